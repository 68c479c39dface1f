using Rdd.Domain.Law;
using Rdd.Domain.Reports;

namespace Rdd.Domain.Tests.Law;

public sealed class GreenBudgetObligationTests
{
    [Fact]
    public void AssessGreenBudget_CommuneOf30000_IsObligedToTheAnnexButNotToTheReport()
    {
        var report = Obligations.Assess(AuthorityKind.Commune, 30_000, 2026);
        var annex = Obligations.AssessGreenBudget(AuthorityKind.Commune, 30_000, 2025);

        Assert.False(report.IsObliged);
        Assert.True(annex.IsObliged);
        Assert.Equal([EnvironmentalAxis.ClimateMitigation, EnvironmentalAxis.Biodiversity], annex.RequiredAxes);
        Assert.StartsWith("Une commune de plus de 3\u202f500 habitants, si elle applique le référentiel budgétaire et comptable M57, annexe", annex.Explanation, StringComparison.Ordinal);
        Assert.Contains("Loi n° 2023-1322 du 29 décembre 2023, art. 191", annex.Explanation, StringComparison.Ordinal);
        Assert.Equal([GreenBudgetTexts.FinanceLaw2024Article191, GreenBudgetTexts.Decree2024], annex.LegalBases);
    }

    [Fact]
    public void AssessGreenBudget_CommuneOf3500_IsNotObliged()
    {
        var annex = Obligations.AssessGreenBudget(AuthorityKind.Commune, 3_500, 2025);

        Assert.False(annex.IsObliged);
        Assert.Empty(annex.RequiredAxes);
        Assert.Contains("n'atteint pas le seuil de plus de 3\u202f500 habitants", annex.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessGreenBudget_EpciIsMasculine()
    {
        var annex = Obligations.AssessGreenBudget(AuthorityKind.Intercommunality, 115_000, 2024);

        Assert.StartsWith("Un EPCI à fiscalité propre de plus de 3\u202f500 habitants, s'il applique", annex.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessGreenBudget_Before2024_IsNotObliged()
    {
        var annex = Obligations.AssessGreenBudget(AuthorityKind.Region, 5_000_000, 2023);

        Assert.False(annex.IsObliged);
        Assert.Contains("qu'à compter des comptes de l'exercice 2024", annex.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AuthorityKind.LyonMetropolis)]
    [InlineData(AuthorityKind.Corsica)]
    public void AssessGreenBudget_AuthorityNamedByTheLaw_IsObligedWhateverItsPopulation(AuthorityKind kind)
    {
        var annex = Obligations.AssessGreenBudget(kind, 0, 2024);

        Assert.True(annex.IsObliged);
        Assert.Contains("nommée par la loi", annex.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("M57,", annex.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessGreenBudget_OtherPublicBody_IsNotAnswered()
    {
        var annex = Obligations.AssessGreenBudget(AuthorityKind.Other, 100_000, 2025);

        Assert.False(annex.IsObliged);
        Assert.Contains("ne sait pas dire", annex.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2023, new int[0])]
    [InlineData(2024, new[] { 1 })]
    [InlineData(2025, new[] { 1, 6 })]
    [InlineData(2026, new[] { 1, 6 })]
    [InlineData(2027, new[] { 1, 6 })]
    public void GreenBudgetAxesRequired_FollowsTheDecreesSchedule(int financialYear, int[] axes)
    {
        Assert.Equal(axes, Obligations.GreenBudgetAxesRequired(financialYear).Select(a => a.Number()));
    }

    [Fact]
    public void AssessGreenBudget_From2027_PlansTheFourOtherAxesWithoutRequiringThem()
    {
        var annex = Obligations.AssessGreenBudget(AuthorityKind.Department, 600_000, 2027);

        Assert.Equal([2, 3, 4, 5], annex.PlannedAxes.Select(a => a.Number()));
        Assert.Equal([1, 6], annex.RequiredAxes.Select(a => a.Number()));
        Assert.Contains("sous réserve de la publication de leur méthode", annex.Explanation, StringComparison.Ordinal);
        Assert.Empty(Obligations.AssessGreenBudget(AuthorityKind.Department, 600_000, 2026).PlannedAxes);
    }

    [Fact]
    public void GreenBudgetTexts_UncheckedWordingIsMarkedSecondHand()
    {
        Assert.Equal(SourceCertainty.SecondHand, GreenBudgetTexts.RatingClasses.Certainty);
        Assert.Equal(SourceCertainty.SecondHand, GreenBudgetTexts.FinanceLaw2024Article191.Certainty);
    }

    [Fact]
    public void GreenBudgetWording_LabelsEveryAxisAndClassInFrench()
    {
        Assert.Equal(["très favorable", "favorable", "neutre", "défavorable", "non coté"], GreenBudgetWording.Ratings.Select(r => r.FrenchLabel()));
        Assert.Equal("atténuation du changement climatique", EnvironmentalAxis.ClimateMitigation.FrenchLabel());
        Assert.Equal(6, GreenBudgetWording.Axes.Select(a => a.Code()).Distinct().Count());
    }
}
