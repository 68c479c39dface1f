using Rdd.Domain.Reports;
using Rdd.Domain.Tests.Support;
using Rdd.Domain.Validation;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Tests.Validation.Rules;

public sealed class GreenBudgetRuleTests
{
    private static readonly GreenBudgetRule Rule = new();

    private static GreenBudgetLine Line(string id, decimal amount, params (EnvironmentalAxis Axis, GreenRating Rating)[] ratings) => new()
    {
        Id = id,
        Label = "Dépense " + id,
        Amount = amount,
        Ratings = ratings.Select(r => new GreenBudgetRating(r.Axis, r.Rating)).ToList(),
    };

    private static readonly GreenBudget Valid2025 = new()
    {
        FinancialYear = 2025,
        Lines =
        [
            Line("ecoles", 1_000, (EnvironmentalAxis.ClimateMitigation, GreenRating.VeryFavourable), (EnvironmentalAxis.Biodiversity, GreenRating.Neutral)),
            Line("parking", 400, (EnvironmentalAxis.ClimateMitigation, GreenRating.Unfavourable), (EnvironmentalAxis.Biodiversity, GreenRating.NotRated)),
        ],
        StatedTotals = [new GreenBudgetTotal(EnvironmentalAxis.ClimateMitigation, GreenRating.VeryFavourable, 1_000)],
    };

    private static Report With(GreenBudget? statement, int year = 2025) => SampleReports.Minimal with { Year = year, BudgetYear = year + 1, GreenBudget = statement };

    [Fact]
    public void GreenBudgetRule_ConsistentStatement_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, With(Valid2025)));
    }

    [Fact]
    public void GreenBudgetRule_NegativeAmount_ErrsRDD1070()
    {
        var statement = Valid2025 with { Lines = [Valid2025.Lines[0] with { Amount = -5 }, Valid2025.Lines[1]], StatedTotals = [] };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, With(statement)));

        Assert.Equal("RDD1070", diagnostic.Code);
        Assert.Equal(new ElementRef(ElementKind.GreenBudgetLine, "ecoles", GreenBudgetAttributes.Amount), diagnostic.Element);
        Assert.Contains(French.Euros(-5), diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GreenBudgetRule_LineWithoutBiodiversityIn2025_ErrsRDD1071()
    {
        var statement = Valid2025 with { Lines = [Line("ecoles", 1_000, (EnvironmentalAxis.ClimateMitigation, GreenRating.VeryFavourable)), Valid2025.Lines[1]] };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, With(statement)));

        Assert.Equal("RDD1071", diagnostic.Code);
        Assert.Contains("l'axe 6 (préservation de la biodiversité", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("requis pour l'exercice 2025", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GreenBudgetRule_LineWithoutBiodiversityIn2024_IsValid()
    {
        var statement = new GreenBudget { FinancialYear = 2024, Lines = [Line("ecoles", 1_000, (EnvironmentalAxis.ClimateMitigation, GreenRating.Favourable))] };

        Assert.Empty(RuleRunner.Run(Rule, With(statement)));
    }

    [Fact]
    public void GreenBudgetRule_NotRatedIsAClassNotAGap()
    {
        var statement = new GreenBudget { FinancialYear = 2024, Lines = [Line("etudes", 50, (EnvironmentalAxis.ClimateMitigation, GreenRating.NotRated))] };

        Assert.Empty(RuleRunner.Run(Rule, With(statement)));
        Assert.Equal(50, statement.Sum(EnvironmentalAxis.ClimateMitigation, GreenRating.NotRated));
        Assert.Equal(0, statement.Sum(EnvironmentalAxis.ClimateMitigation, GreenRating.Neutral));
    }

    [Fact]
    public void GreenBudgetRule_TotalDifferentFromItsLines_ErrsRDD1072WithTheSum()
    {
        var statement = Valid2025 with { StatedTotals = [new GreenBudgetTotal(EnvironmentalAxis.ClimateMitigation, GreenRating.Unfavourable, 500)] };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, With(statement)));

        Assert.Equal("RDD1072", diagnostic.Code);
        Assert.Equal(new ElementRef(ElementKind.GreenBudget, "", "total:attenuation:defavorable"), diagnostic.Element);
        Assert.Contains($"font ensemble {French.Euros(400)}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GreenBudgetRule_DuplicateIdAndAxisRatedTwice_ErrRDD1074AndRDD1075()
    {
        var twice = Line("ecoles", 10, (EnvironmentalAxis.ClimateMitigation, GreenRating.Favourable), (EnvironmentalAxis.ClimateMitigation, GreenRating.Unfavourable), (EnvironmentalAxis.Biodiversity, GreenRating.Neutral));
        var statement = Valid2025 with { Lines = [.. Valid2025.Lines, twice], StatedTotals = [] };

        var codes = RuleRunner.Run(Rule, With(statement)).Select(d => d.Code).ToList();

        Assert.Equal(["RDD1074", "RDD1075"], codes);
    }

    [Fact]
    public void GreenBudgetRule_ObligedAuthorityWithBudgetButNoStatement_WarnsRDD1073()
    {
        var diagnostic = Assert.Single(RuleRunner.Run(Rule, With(null, year: 2025)));

        Assert.Equal("RDD1073", diagnostic.Code);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Contains("de l'exercice 2024, le dernier clos avant sa présentation, qu'un EPCI à fiscalité propre de plus de 3\u202f500 habitants qui applique la M57", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GreenBudgetRule_ReportOn2024_ExpectsNoStatementYet()
    {
        // The report on 2024 is presented before the accounts of 2024 are closed; no statement existed for 2023.
        Assert.Empty(RuleRunner.Run(Rule, With(null, year: 2024)));
    }

    [Fact]
    public void GreenBudgetRule_NoBudget_ExpectsNoStatement()
    {
        Assert.Empty(RuleRunner.Run(Rule, With(null) with { Budget = null }));
    }

    [Fact]
    public void GreenBudgetRule_SmallCommuneWithBudget_IsNotWarned()
    {
        var report = With(null) with { Authority = SampleReports.Minimal.Authority with { Kind = Rdd.Domain.Law.AuthorityKind.Commune, Population = 2_000 } };

        Assert.Empty(RuleRunner.Run(Rule, report));
    }
}
