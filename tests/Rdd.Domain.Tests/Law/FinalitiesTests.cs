using Rdd.Domain.Law;

namespace Rdd.Domain.Tests.Law;

public sealed class FinalitiesTests
{
    [Theory]
    [InlineData("biodiversite")]
    [InlineData("Biodiversité")]
    [InlineData("BIODIVERSITÉ")]
    [InlineData("  biodiversité ")]
    public void Find_CodeWithAccentsCaseOrSpaces_FindsTheFinality(string code)
    {
        Assert.Same(Finalities.Biodiversity, Finalities.Find(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("climt")]
    [InlineData("participation")]
    public void Find_UnknownCode_ReturnsNull(string? code)
    {
        Assert.Null(Finalities.Find(code));
    }

    [Fact]
    public void All_FiveFinalitiesInTheArticleOrder()
    {
        Assert.Equal(["climat", "biodiversite", "cohesion", "epanouissement", "production"], Finalities.All.Select(f => f.Code));
        Assert.Equal([1, 2, 3, 4, 5], Finalities.All.Select(f => f.Number));
    }

    [Fact]
    public void All_RestOnTheArticleOfTheEnvironmentCodeThatListsThem()
    {
        Assert.All(Finalities.All, f => Assert.Equal("Code de l'environnement, art. L110-1, III", f.LegalBasis.Reference));
    }
}
