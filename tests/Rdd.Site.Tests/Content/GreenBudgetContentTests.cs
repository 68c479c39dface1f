using Rdd.Domain.Reports;
using Rdd.Domain.Validation;
using Rdd.Site.Content;

namespace Rdd.Site.Tests.Content;

/// <summary>
/// <c>budget-vert.yml</c>: the fictional statement of the fictional commune (tests/fixtures/commune-fictive/2025), and
/// bad variants of it, each reported at the file, line and column the author wrote.
/// </summary>
public sealed class GreenBudgetContentTests
{
    internal const string File = "2025/budget-vert.yml";

    internal static TempContent WithFictionalStatement()
    {
        var content = new TempContent();
        Assert.True(content.Exists(File), "The fictional commune holds the fictional statement.");
        return content;
    }

    private static IReadOnlyList<Diagnostic> Check(TempContent content) => ContentChecker.Check(content.Root).Result.Diagnostics;

    [Fact]
    public void Load_FictionalStatement_ReadsLinesClassesAndTotals()
    {
        using var content = WithFictionalStatement();

        var statement = content.Load().Latest!.Report.GreenBudget!;

        Assert.Equal(2024, statement.FinancialYear);
        Assert.Equal(["renovation-ecoles", "pistes-cyclables", "parking-centre", "etudes-voirie"], statement.Lines.Select(l => l.Id));
        Assert.Equal("21312", statement.Lines[0].Account);
        Assert.Equal(GreenRating.VeryFavourable, statement.Lines[0].RatingOn(EnvironmentalAxis.ClimateMitigation));
        Assert.Equal(GreenRating.NotRated, statement.Lines[1].RatingOn(EnvironmentalAxis.Biodiversity));
        Assert.Null(statement.Lines[1].RatingOn(EnvironmentalAxis.Water));
        Assert.Equal(2, statement.StatedTotals.Count);
    }

    [Fact]
    public void Check_FictionalStatement_ReportsNothingAboutIt()
    {
        using var content = WithFictionalStatement();

        Assert.DoesNotContain(Check(content), d => d.Code.StartsWith("RDD107", StringComparison.Ordinal) || d.Location?.Path == File);
    }

    [Fact]
    public void Check_NoStatement_WarnsRDD1073AtTheBudget()
    {
        using var content = new TempContent().Delete(File);

        var diagnostic = Assert.Single(Check(content), d => d.Code == "RDD1073");

        Assert.Equal("2025/budget.yml", diagnostic.Location?.Path);
    }

    [Fact]
    public void Check_CommentsOnly_IsNoStatementAndNoError()
    {
        using var content = new TempContent().Write(File, "# exercice: 2024\n# lignes: []\n");

        Assert.Null(content.Load().Latest!.Report.GreenBudget);
        Assert.DoesNotContain(Check(content), d => d.Location?.Path == File);
    }

    [Fact]
    public void Check_UnknownClass_ErrsRDD2015WithASuggestion()
    {
        using var content = WithFictionalStatement().Replace(File, "attenuation: favorable\n", "attenuation: favorabl\n");

        var diagnostic = Assert.Single(Check(content), d => d.Code == "RDD2015");

        Assert.Equal(new SourceLocation(File, 20, 20), diagnostic.Location);
        Assert.Contains("Vouliez-vous dire « favorable » ?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AxisLeftOutIn2025_ErrsRDD1071AtTheLinesAxes()
    {
        using var content = WithFictionalStatement()
            .Replace(File, "exercice: 2024", "exercice: 2025")
            .Replace(File, "      attenuation: defavorable\n      biodiversite: defavorable\n", "      attenuation: defavorable\n");

        var diagnostic = Assert.Single(Check(content), d => d.Code == "RDD1071");

        Assert.Equal(new SourceLocation(File, 26, 5), diagnostic.Location);
        Assert.Contains("«\u00a0Extension du parking du centre\u00a0» n'a pas de classe sur l'axe 6", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NegativeAmount_ErrsRDD1070AtTheAmount()
    {
        using var content = WithFictionalStatement().Replace(File, "montant: 50000", "montant: -50000");

        var diagnostic = Assert.Single(Check(content), d => d.Code == "RDD1070");

        Assert.Equal(new SourceLocation(File, 31, 14), diagnostic.Location);
    }

    [Fact]
    public void Check_TotalDifferentFromTheLines_ErrsRDD1072AtTheTotal()
    {
        using var content = WithFictionalStatement().Replace(File, "classe: defavorable\n    montant: 300000", "classe: defavorable\n    montant: 350000");

        var diagnostic = Assert.Single(Check(content), d => d.Code == "RDD1072");

        Assert.Equal(File, diagnostic.Location?.Path);
        Assert.Contains("Le total «\u00a0défavorable\u00a0» de l'axe 1", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FinancialYearAfterTheReport_ErrsRDD2080()
    {
        using var content = WithFictionalStatement().Replace(File, "exercice: 2024", "exercice: 2026");

        var diagnostic = Assert.Single(Check(content), d => d.Code == "RDD2080");

        Assert.Equal(new SourceLocation(File, 4, 11), diagnostic.Location);
    }

    [Fact]
    public void Check_MissingAmount_ErrsRDD2013()
    {
        using var content = WithFictionalStatement().Replace(File, "    montant: 450000\n", string.Empty);

        Assert.Contains(Check(content), d => d.Code == "RDD2013" && d.Location?.Path == File && d.Message.Contains("« montant »", StringComparison.Ordinal));
    }
}
