using Rdd.Site.Text;

namespace Rdd.Site.Tests.Text;

/// <summary>Counts as French writes them: the singular for 0 and 1, thousands grouped with a no-break space.</summary>
public sealed class FrenchCountTests
{
    [Theory]
    [InlineData(0, "0 action")]
    [InlineData(1, "1 action")]
    [InlineData(2, "2 actions")]
    public void A_count_agrees_with_its_noun(int n, string expected) =>
        Assert.Equal(expected, FrenchCount.Of(n, "action", "actions"));

    [Fact]
    public void Thousands_are_grouped_as_French_numbers_are() =>
        Assert.Matches(@"^1\s234 actions$", FrenchCount.Of(1234, "action", "actions"));

    [Fact]
    public void A_count_of_several_words_takes_the_plural_given() =>
        Assert.Equal("3 fichiers écrits", FrenchCount.Of(3, "fichier écrit", "fichiers écrits"));
}
