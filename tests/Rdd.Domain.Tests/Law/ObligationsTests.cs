using Rdd.Domain.Law;

namespace Rdd.Domain.Tests.Law;

public sealed class ObligationsTests
{
    [Fact]
    public void Assess_Epci115000In2025_IsObligedUnderTheCommonArticlesOfLawAndDecree()
    {
        var assessment = Obligations.Assess(AuthorityKind.Intercommunality, 115_000, 2025);

        Assert.True(assessment.IsObliged);
        Assert.Equal(["CGCT, art. L2311-1-1", "CGCT, art. D2311-15"], assessment.LegalBases.Select(b => b.Reference));
        Assert.Contains("L2311-1-1", assessment.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_CommuneOf30000_IsNotObligedAndExplainsThe50000Threshold()
    {
        var assessment = Obligations.Assess(AuthorityKind.Commune, 30_000, 2025);

        Assert.False(assessment.IsObliged);
        Assert.Contains(50_000.ToString("N0", French.Culture), assessment.Explanation, StringComparison.Ordinal);
        Assert.Empty(assessment.Requirements);
    }

    [Fact]
    public void Assess_CommuneOfExactly50000_IsNotObliged()
    {
        Assert.False(Obligations.Assess(AuthorityKind.Commune, 50_000, 2025).IsObliged);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(300_000)]
    [InlineData(12_000_000)]
    public void Assess_RegionWhateverItsPopulation_IsObligedUnderTheRegionsArticlesOfLawAndDecree(int population)
    {
        var assessment = Obligations.Assess(AuthorityKind.Region, population, 2025);

        Assert.True(assessment.IsObliged);
        Assert.Equal(["CGCT, art. L4310-1", "CGCT, art. D4311-6"], assessment.LegalBases.Select(b => b.Reference));
    }

    [Fact]
    public void Assess_BudgetYear2011_IsNotObliged()
    {
        var assessment = Obligations.Assess(AuthorityKind.Department, 500_000, 2011);

        Assert.False(assessment.IsObliged);
        Assert.Contains("2012", assessment.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_BudgetYear2012_IsTheFirstObligedYear()
    {
        Assert.True(Obligations.Assess(AuthorityKind.Department, 500_000, 2012).IsObliged);
    }

    [Fact]
    public void Assess_OtherBody_IsNotObligedAndHasNoLegalBasis()
    {
        var assessment = Obligations.Assess(AuthorityKind.Other, 1_000_000, 2025);

        Assert.False(assessment.IsObliged);
        Assert.Null(assessment.Obligation);
        Assert.Empty(assessment.LegalBases);
    }

    [Fact]
    public void Assess_NegativePopulation_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Obligations.Assess(AuthorityKind.Commune, -1, 2025));
    }

    [Fact]
    public void Requirements_EpciAbove50000In2025_IncludeDigitalStrategyReview()
    {
        var assessment = Obligations.Assess(AuthorityKind.Intercommunality, 115_000, 2025);

        Assert.Contains(Obligations.DigitalStrategyReview, assessment.Requirements);
        Assert.Contains(Obligations.Agenda2030, assessment.Requirements);
    }

    [Fact]
    public void Requirements_DepartmentIn2025_ExcludeDigitalStrategyReview()
    {
        var assessment = Obligations.Assess(AuthorityKind.Department, 115_000, 2025);

        Assert.True(assessment.IsObliged);
        Assert.DoesNotContain(Obligations.DigitalStrategyReview, assessment.Requirements);
    }

    [Fact]
    public void Requirements_EpciAbove50000In2024_ExcludeDigitalStrategyReview()
    {
        Assert.DoesNotContain(Obligations.DigitalStrategyReview, Obligations.Assess(AuthorityKind.Intercommunality, 115_000, 2024).Requirements);
    }

    [Fact]
    public void Requirements_AnyObligedReport_IncludeTheThreeContentsOfTheDecree()
    {
        var requirements = Obligations.Assess(AuthorityKind.Corsica, 340_000, 2025).Requirements;

        Assert.Contains(Obligations.PolicyReview, requirements);
        Assert.Contains(Obligations.InternalReview, requirements);
        Assert.Contains(Obligations.ModalitiesAnalysis, requirements);
    }
}
