using Rdd.Domain.Reports;
using Rdd.Domain.Tests.Support;
using Rdd.Domain.Validation;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Tests.Validation.Rules;

public sealed class AmountsRuleTests
{
    private static readonly AmountsRule Rule = new();

    [Fact]
    public void AmountsRule_SampleReport_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, SampleReports.Minimal));
    }

    [Fact]
    public void AmountsRule_NoBudget_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, SampleReports.Minimal with { Budget = null }));
    }

    [Fact]
    public void AmountsRule_NegativeOperatingAmount_ErrsRDD1020()
    {
        var report = (SampleReports.Minimal with { Budget = SampleReports.Minimal.Budget! with { StatedOperatingTotal = null } })
            .WithBudgetLine("grandes-infrastructures", l => l with { Operating = BudgetAmount.Given(-1_000) });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1020", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(new ElementRef(ElementKind.BudgetLine, "grandes-infrastructures", "operating"), diagnostic.Element);
        Assert.Contains("Le montant de fonctionnement de « Grandes infrastructures » est négatif", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(French.Euros(-1_000), diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AmountsRule_NegativeStatedTotals_ErrRDD1020()
    {
        var report = SampleReports.Minimal.WithBudgetLine("developpement-economique", l => l with { StatedTotal = -1 });
        report = report with { Budget = report.Budget! with { StatedInvestmentTotal = -5 } };

        var elements = RuleRunner.Run(Rule, report, AmountsRule.NegativeAmount).Select(d => d.Element).ToList();

        Assert.Equal([new ElementRef(ElementKind.BudgetLine, "developpement-economique", "total"), new ElementRef(ElementKind.Budget, "", "investment-total")], elements);
    }

    [Fact]
    public void AmountsRule_PercentKeyFigureAbove100_ErrsRDD1021()
    {
        var report = SampleReports.Minimal with
        {
            KeyFigures = [new KeyFigure { Id = "part-bio", Value = 150, Unit = "%", Label = "de produits bio dans les cantines" }],
        };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1021", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(new ElementRef(ElementKind.KeyFigure, "part-bio", "value"), diagnostic.Element);
        Assert.Contains("« de produits bio dans les cantines » vaut 150 %", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Change.Decrease, 52)]
    [InlineData(Change.Decrease, 100)]
    [InlineData(Change.Increase, 150)]
    public void AmountsRule_PercentKeyFigureThatIsAChange_IsAllowed(Change change, int value)
    {
        var report = SampleReports.Minimal with
        {
            KeyFigures = [new KeyFigure { Id = "consommations", Value = value, Unit = "%", Label = "de consommations d'énergie", Change = change }],
        };

        Assert.Empty(RuleRunner.Run(Rule, report));
    }

    [Fact]
    public void AmountsRule_PercentDecreaseAbove100_ErrsRDD1021()
    {
        var report = SampleReports.Minimal with
        {
            KeyFigures = [new KeyFigure { Id = "consommations", Value = 120, Unit = "%", Label = "de consommations", Change = Change.Decrease }],
        };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1021", diagnostic.Code);
        Assert.Equal("Le chiffre clé « de consommations » est une baisse de 120 % : une baisse ne dépasse pas 100 %.", diagnostic.Message);
    }

    [Theory]
    [InlineData(Change.Decrease, "une baisse (evolution: baisse)", "\u221252\u00a0%")]
    [InlineData(Change.Increase, "une hausse (evolution: hausse)", "+52\u00a0%")]
    public void AmountsRule_ChangeWrittenWithASign_ErrsRDD1026(Change change, string way, string shown)
    {
        var report = SampleReports.Minimal with
        {
            KeyFigures = [new KeyFigure { Id = "consommations", Value = -52, Unit = "%", Label = "de consommations", Change = change }],
        };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1026", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(new ElementRef(ElementKind.KeyFigure, "consommations", "value"), diagnostic.Element);
        Assert.Equal($"Le chiffre clé « de consommations » est {way} et sa valeur a un signe (\u221252) : écrivez-la sans signe, 52 ; le site affichera « {shown} ».", diagnostic.Message);
    }

    [Fact]
    public void AmountsRule_NegativePercentNotAChange_ErrsRDD1021SayingHowToWriteADecrease()
    {
        var report = SampleReports.Minimal with
        {
            KeyFigures = [new KeyFigure { Id = "consommations", Value = -5.5m, Unit = "%", Label = "d'émissions" }],
        };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1021", diagnostic.Code);
        Assert.Equal("Le chiffre clé « d'émissions » vaut \u22125,5 % : un pourcentage est compris entre 0 et 100. S'il s'agit d'une baisse, écrivez la valeur sans signe (5.5) et « evolution: baisse » : le site affichera « \u22125,5\u00a0% ».", diagnostic.Message);
    }

    [Fact]
    public void AmountsRule_ZeroAmount_InformsRDD1025()
    {
        var report = SampleReports.Minimal.WithBudgetLine("grandes-infrastructures", l => l with { Operating = BudgetAmount.Given(0), StatedTotal = null });
        report = report with { Budget = report.Budget! with { StatedOperatingTotal = null } };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1025", diagnostic.Code);
        Assert.Equal(Severity.Info, diagnostic.Severity);
        Assert.Equal(new ElementRef(ElementKind.BudgetLine, "grandes-infrastructures", "operating"), diagnostic.Element);
        Assert.Contains("non communiqué", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AmountsRule_NonPercentValueAbove100_IsAllowed()
    {
        var report = SampleReports.Minimal with
        {
            KeyFigures = [new KeyFigure { Id = "trajets", Value = 12_000, Unit = "", Label = "trajets" }, new KeyFigure { Id = "baisse", Value = -12, Unit = "t", Label = "tonnes" }],
        };

        Assert.Empty(RuleRunner.Run(Rule, report));
    }

    [Fact]
    public void AmountsRule_PercentIndicatorOutOfRange_ErrsRDD1021ForValueTargetAndSeries()
    {
        var report = SampleReports.Minimal with
        {
            Indicators =
            [
                new Indicator
                {
                    Id = "part-bus",
                    Label = "Part des bus au biocarburant",
                    Unit = "%",
                    Year = 2024,
                    Value = -3,
                    Target = 120,
                    Series = [new IndicatorPoint(2022, 0), new IndicatorPoint(2023, 101)],
                },
            ],
        };

        var diagnostics = RuleRunner.Run(Rule, report);

        Assert.All(diagnostics, d => Assert.Equal("RDD1021", d.Code));
        Assert.Equal(["value", "target", "series"], diagnostics.Select(d => d.Element?.Attribute));
        Assert.Contains("en 2023", diagnostics[2].Message, StringComparison.Ordinal);
        Assert.All(diagnostics, d => Assert.Contains("« Part des bus au biocarburant »", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void AmountsRule_AmountDeclaredNotGiven_WarnsRDD1022AndSkipsTheTotal()
    {
        var report = SampleReports.Minimal.WithBudgetLine("grandes-infrastructures", l => l with { Operating = BudgetAmount.NotGiven() });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1022", diagnostic.Code);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(new ElementRef(ElementKind.BudgetLine, "grandes-infrastructures", "operating"), diagnostic.Element);
        Assert.Equal("Le montant de fonctionnement de « Grandes infrastructures » n'est pas communiqué.", diagnostic.Message);
    }

    [Fact]
    public void AmountsRule_AmountNotGivenWithNote_QuotesTheNote()
    {
        var report = SampleReports.Minimal.WithBudgetLine("grandes-infrastructures", l => l with { Investment = BudgetAmount.NotGiven("absent du document source") });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal(new ElementRef(ElementKind.BudgetLine, "grandes-infrastructures", "investment"), diagnostic.Element);
        Assert.StartsWith("Le montant d'investissement de « Grandes infrastructures » n'est pas communiqué.", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith("Motif indiqué : « absent du document source ».", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AmountsRule_AmountNeitherGivenNorDeclared_ErrsRDD1024()
    {
        var report = SampleReports.Minimal.WithBudgetLine("grandes-infrastructures", l => l with { Investment = null });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1024", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(new ElementRef(ElementKind.BudgetLine, "grandes-infrastructures", "investment"), diagnostic.Element);
        Assert.Contains("Le montant d'investissement de « Grandes infrastructures » n'est ni donné ni déclaré", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AmountsRule_LineTotalDisagrees_ErrsRDD1023WithTheSum()
    {
        var report = SampleReports.Minimal.WithBudgetLine("developpement-economique", l => l with { StatedTotal = 12_000_000 });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1023", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(new ElementRef(ElementKind.BudgetLine, "developpement-economique", "total"), diagnostic.Element);
        Assert.Contains("« Développement économique et emploi »", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(French.Euros(12_000_000), diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(French.Euros(12_484_786), diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AmountsRule_BudgetTotalDisagrees_ErrsRDD1023OnTheBudget()
    {
        var report = SampleReports.Minimal with { Budget = SampleReports.Minimal.Budget! with { StatedOperatingTotal = 7_738_581 } };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1023", diagnostic.Code);
        Assert.Equal(new ElementRef(ElementKind.Budget, "", "operating-total"), diagnostic.Element);
        Assert.Contains("Le total de fonctionnement du budget", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(French.Euros(7_738_580), diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AmountsRule_TotalWithAPartNotGiven_IsNotChecked()
    {
        var report = SampleReports.Minimal.WithBudgetLine("developpement-economique", l => l with { Operating = BudgetAmount.NotGiven(), StatedTotal = 1 });

        Assert.Empty(RuleRunner.Run(Rule, report, AmountsRule.TotalMismatch));
    }
}
