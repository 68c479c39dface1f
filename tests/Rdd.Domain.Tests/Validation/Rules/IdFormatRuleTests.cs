using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;
using Rdd.Domain.Tests.Support;
using Rdd.Domain.Validation;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Tests.Validation.Rules;

public sealed class IdFormatRuleTests
{
    private static readonly IdFormatRule Rule = new();

    [Theory]
    [InlineData("mobilites")]
    [InlineData("eau-et-assainissement")]
    [InlineData("13")]
    [InlineData("axe-4")]
    public void IsValidId_Slug_IsTrue(string id)
    {
        Assert.True(IdFormatRule.IsValidId(id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mobilites")]
    [InlineData("mobilités")]
    [InlineData("eau potable")]
    [InlineData("eau--potable")]
    [InlineData("-eau")]
    [InlineData("eau-")]
    [InlineData("eau_potable")]
    [InlineData("eau\n")]
    public void IsValidId_NotASlug_IsFalse(string? id)
    {
        Assert.False(IdFormatRule.IsValidId(id));
    }

    [Fact]
    public void IdFormatRule_SampleReport_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, SampleReports.Minimal));
    }

    [Fact]
    public void IdFormatRule_SectionIdWithSpacesAndAccents_ErrsRDD1006WithProposal()
    {
        var report = SampleReports.Minimal.WithSection("eau-et-assainissement", s => s with { Id = "Eau et assainissement" });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1006", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(new ElementRef(ElementKind.Section, "Eau et assainissement", "id"), diagnostic.Element);
        Assert.Contains("« Eau et assainissement »", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Proposition : « eau-et-assainissement »", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IdFormatRule_EmptyActionId_ErrsRDD1006NamingTheAction()
    {
        var report = SampleReports.Minimal.WithAction("compteurs-eau", a => a with { Id = "" });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal(ElementKind.Action, diagnostic.Element?.Kind);
        Assert.Contains("« Pose de compteurs d'eau communicants »", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("vide", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IdFormatRule_EveryKindOfId_IsChecked()
    {
        var report = SampleReports.Minimal with
        {
            KeyFigures = [new KeyFigure { Id = "Trajets", Value = 1, Label = "trajets" }],
            Indicators = [new Indicator { Id = "part_bus", Label = "Part des bus", Year = 2024 }],
            Budget = SampleReports.Minimal.Budget! with { Lines = [new BudgetLine { Id = "Eco", Policy = "Économie", Operating = BudgetAmount.Given(1), Investment = BudgetAmount.Given(1) }] },
            Taxonomies = [new Taxonomy { Id = "Pacte Vert", Name = "Pacte vert", Terms = [new Term { Code = "Axe 4", Label = "Axe 4" }, new Term { Code = "13", Label = "Treize" }] }],
        };

        var kinds = RuleRunner.Run(Rule, report).Select(d => d.Element?.Kind).ToList();

        Assert.Equal([ElementKind.KeyFigure, ElementKind.BudgetLine, ElementKind.Indicator, ElementKind.Taxonomy, ElementKind.Term], kinds);
    }

    [Fact]
    public void IdFormatRule_InvalidTermCode_ErrsOnTheTerm()
    {
        var report = SampleReports.Minimal with
        {
            Taxonomies = [new Taxonomy { Id = "pacte-vert", Name = "Pacte vert", Terms = [new Term { Code = "Axe 4", Label = "Mobilités douces" }] }],
        };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal(new ElementRef(ElementKind.Term, "pacte-vert:Axe 4", "code"), diagnostic.Element);
        Assert.Contains("« Mobilités douces »", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("« axe-4 »", diagnostic.Message, StringComparison.Ordinal);
    }
}
