using Rdd.Domain.Reports;
using Rdd.Domain.Tests.Support;
using Rdd.Domain.Validation;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Tests.Validation.Rules;

public sealed class ExampleLeftoversRuleTests
{
    private static readonly ExampleLeftoversRule Rule = new();

    [Fact]
    public void ExampleLeftoversRule_NoExampleId_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, SampleReports.Minimal));
    }

    [Fact]
    public void ExampleLeftoversRule_ExampleBudgetLine_WarnsRDD1060NamingThePolicy()
    {
        var report = SampleReports.Minimal with
        {
            Budget = new Budget
            {
                Year = 2025,
                Lines = [new BudgetLine { Id = "exemple-politique", Policy = "Exemple de politique publique", Operating = BudgetAmount.Given(1000) }],
            },
        };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1060", diagnostic.Code);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(new ElementRef(ElementKind.BudgetLine, "exemple-politique"), diagnostic.Element);
        Assert.Equal("La ligne de budget d'exemple « Exemple de politique publique » est encore là : remplacez-la par une politique publique de la collectivité.", diagnostic.Message);
    }

    [Fact]
    public void ExampleLeftoversRule_ExampleIndicator_WarnsRDD1060NamingIt()
    {
        var report = SampleReports.Minimal with
        {
            Indicators = [new Indicator { Id = "exemple-indicateur", Label = "Exemple d'indicateur", Year = 2024, Value = 3 }],
        };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal(new ElementRef(ElementKind.Indicator, "exemple-indicateur"), diagnostic.Element);
        Assert.Equal("L'indicateur d'exemple « Exemple d'indicateur » est encore là : remplacez-le par un indicateur suivi par la collectivité.", diagnostic.Message);
    }
}
