using Rdd.Domain.Law;

namespace Rdd.Domain.Tests.Law;

public sealed class GovernanceElementsTests
{
    [Fact]
    public void All_FiveElementsInTheSeedReportsOrder()
    {
        Assert.Equal(["participation", "pilotage", "transversalite", "evaluation", "amelioration"], GovernanceElements.All.Select(e => e.Code));
        Assert.Equal([1, 2, 3, 4, 5], GovernanceElements.All.Select(e => e.Number));
    }

    [Fact]
    public void All_RestOnThe2006FrameworkOfReference()
    {
        Assert.All(GovernanceElements.All, e => Assert.Equal(LegalTexts.FrameworkOfReference2006, e.LegalBasis));
    }

    [Theory]
    [InlineData("evaluation")]
    [InlineData("Évaluation")]
    [InlineData("EVALUATION")]
    public void Find_CodeWithAccentsOrCase_FindsTheElement(string code)
    {
        Assert.Same(GovernanceElements.Evaluation, GovernanceElements.Find(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("climat")]
    public void Find_UnknownCode_ReturnsNull(string? code)
    {
        Assert.Null(GovernanceElements.Find(code));
    }
}
