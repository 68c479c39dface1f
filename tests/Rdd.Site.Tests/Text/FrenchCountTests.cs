using Rdd.Site.Text;

namespace Rdd.Site.Tests.Text;

/// <summary>Counts as French writes them: the singular for 0 and 1, thousands grouped with a no-break space.</summary>
public sealed class FrenchCountTests
{
    [Theory]
    [InlineData(0, "0 action")]
    [InlineData(1, "1 action")]
    [InlineData(2, "2 actions")]
    public void Of_AnyCount_AgreesWithItsNoun(int n, string expected) =>
        Assert.Equal(expected, FrenchCount.Of(n, "action", "actions"));

    [Fact]
    public void Of_Thousands_AreGroupedAsFrenchNumbersAre() =>
        Assert.Matches(@"^1\s234 actions$", FrenchCount.Of(1234, "action", "actions"));

    [Fact]
    public void Of_NounOfSeveralWords_TakesThePluralGiven() =>
        Assert.Equal("3 fichiers écrits", FrenchCount.Of(3, "fichier écrit", "fichiers écrits"));
}
