using FsCheck.Xunit;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Tests;

public sealed class CodesTests
{
    [Theory]
    [InlineData("Biodiversité", "biodiversite")]
    [InlineData("  CLIMAT ", "climat")]
    [InlineData("Amélioration continue", "amelioration-continue")]
    [InlineData("axe_4", "axe-4")]
    [InlineData("plan\u2013climat", "plan-climat")]
    [InlineData("plan\u2014climat", "plan-climat")]
    [InlineData("plan\u2212climat", "plan-climat")]
    [InlineData("plan\u2011climat", "plan-climat")]
    [InlineData("\u00A0cohesion\u202F", "cohesion")]
    [InlineData("amelioration\u00A0continue", "amelioration-continue")]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    public void Normalize_Examples(string? code, string expected)
    {
        Assert.Equal(expected, Codes.Normalize(code));
    }

    [Theory]
    [InlineData("Eau et assainissement", "eau-et-assainissement")]
    [InlineData("Cœur de ville", "coeur-de-ville")]
    [InlineData("  L'épanouissement de tous ! ", "l-epanouissement-de-tous")]
    [InlineData("ODD 13", "odd-13")]
    [InlineData("---", "")]
    [InlineData(null, "")]
    public void Slugify_Examples(string? text, string expected)
    {
        Assert.Equal(expected, Codes.Slugify(text));
    }

    [Fact]
    public void Suggest_Typo_ProposesTheNearCode()
    {
        Assert.Equal("climat", Codes.Suggest("climt", ["climat", "biodiversite", "cohesion", "epanouissement", "production"]));
    }

    [Fact]
    public void Suggest_Transposition_ProposesTheNearCode()
    {
        Assert.Equal("pilotage", Codes.Suggest("piltoage", ["participation", "pilotage", "transversalite"]));
    }

    [Theory]
    [InlineData("budget")]
    [InlineData("zzzzzzzz")]
    [InlineData("")]
    [InlineData(null)]
    public void Suggest_UnrelatedOrEmptyCode_ProposesNothing(string? code)
    {
        Assert.Null(Codes.Suggest(code, ["climat", "biodiversite", "cohesion", "epanouissement", "production"]));
    }

    [Fact]
    public void Suggest_NoCandidate_ProposesNothing()
    {
        Assert.Null(Codes.Suggest("climat", []));
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("climat", "climat", 0)]
    [InlineData("climt", "climat", 1)]
    [InlineData("ab", "ba", 1)]
    [InlineData("", "abc", 3)]
    public void Distance_Examples(string a, string b, int expected)
    {
        Assert.Equal(expected, Codes.Distance(a, b));
    }

    [Property]
    public bool Slugify_AnyText_IsAValidIdOrEmpty(string? text)
    {
        var slug = Codes.Slugify(text);
        return slug.Length == 0 || IdFormatRule.IsValidId(slug);
    }

    [Property]
    public bool Normalize_AnyText_IsIdempotent(string? text)
    {
        var once = Codes.Normalize(text);
        return Codes.Normalize(once) == once;
    }

    [Property]
    public bool Slugify_AnyText_IsIdempotent(string? text)
    {
        var once = Codes.Slugify(text);
        return Codes.Slugify(once) == once;
    }

    [Property]
    public bool Distance_AnyStrings_IsSymmetricAndZeroOnlyForEqualStrings(string? a, string? b)
    {
        a ??= string.Empty;
        b ??= string.Empty;
        var distance = Codes.Distance(a, b);
        return distance == Codes.Distance(b, a) && (distance == 0) == (a == b);
    }
}
