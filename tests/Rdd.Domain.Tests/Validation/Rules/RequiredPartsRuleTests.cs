using Rdd.Domain.Reports;
using Rdd.Domain.Tests.Support;
using Rdd.Domain.Validation;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Tests.Validation.Rules;

public sealed class RequiredPartsRuleTests
{
    private static readonly RequiredPartsRule Rule = new();

    [Fact]
    public void RequiredPartsRule_ThreePartsWithActions_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, SampleReports.Minimal));
    }

    [Fact]
    public void RequiredPartsRule_MissingPart2_ErrsRDD1001NamingIt()
    {
        var report = SampleReports.Minimal with { Parts = SampleReports.Minimal.Parts.Where(p => p.Kind != PartKind.InternalFunctioning).ToList() };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1001", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(ElementRef.ReportItself, diagnostic.Element);
        Assert.Contains("La partie 2 (« Le fonctionnement interne de la collectivité ») est absente", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredPartsRule_PartWithoutAction_ErrsRDD1001OnThePart()
    {
        var report = SampleReports.Minimal.WithPart(PartKind.Modalities, p => p with { Sections = [new Section { Id = "vide", Title = "Vide" }] });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal(new ElementRef(ElementKind.Part, "3"), diagnostic.Element);
        Assert.Contains("ne contient aucune action", diagnostic.Message, StringComparison.Ordinal);
    }
}
