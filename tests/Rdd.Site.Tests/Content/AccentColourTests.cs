using Rdd.Site.Content;

namespace Rdd.Site.Tests.Content;

/// <summary>The accent colour of site.yml must be « #rrggbb » and contrast at least 4.5:1 with white.</summary>
public sealed class AccentColourTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rdd-accent-" + Guid.NewGuid().ToString("N")[..8]);

    [Theory]
    [InlineData("#ffffff", 1.0)]
    [InlineData("#000000", 21.0)]
    [InlineData("#767676", 4.54)]
    [InlineData("#777777", 4.48)]
    [InlineData("#0b5a7a", 7.6)]
    [InlineData("#7a2e0b", 9.45)]
    public void ContrastWithWhite_FollowsTheWcagRelativeLuminance(string text, double expected)
    {
        Assert.True(AccentColour.TryParse(text, out var colour));
        Assert.Equal(expected, colour.ContrastWithWhite, 0.05);
    }

    [Theory]
    [InlineData("#aaaaaa")]
    [InlineData("#ffcc00")]
    [InlineData("#4FC3F7")]
    [InlineData("#ffffff")]
    public void DarkenedToContrast_LightColour_KeepsTheHueAndJustReachesTheMinimumContrast(string text)
    {
        Assert.True(AccentColour.TryParse(text, out var colour));
        var darker = colour.DarkenedToContrast(AccentColour.MinimumContrast);
        Assert.True(darker.ContrastWithWhite >= AccentColour.MinimumContrast);
        Assert.True(darker.Red <= colour.Red && darker.Green <= colour.Green && darker.Blue <= colour.Blue);
        var lighter = new AccentColour((byte)Math.Min(255, darker.Red + 3), (byte)Math.Min(255, darker.Green + 3), (byte)Math.Min(255, darker.Blue + 3));
        Assert.True(lighter.ContrastWithWhite < AccentColour.MinimumContrast + 0.5, "the suggestion should not be much darker than needed");
    }

    [Theory]
    [InlineData("bleu")]
    [InlineData("#12345")]
    [InlineData("#1234567")]
    [InlineData("0b5a7a")]
    [InlineData("#0b5a7g")]
    [InlineData("#fff")]
    public void TryParse_MalformedColour_IsFalse(string text) => Assert.False(AccentColour.TryParse(text, out _));

    [Theory]
    [InlineData("#7a2e0b")]
    [InlineData("#767676")]
    [InlineData("#0B5A7A")]
    public void Load_DarkEnoughAccentColour_IsAccepted(string colour)
    {
        var content = ContentLoader.Load(Content(colour));
        Assert.DoesNotContain(content.Diagnostics, d => d.Code is "RDD2015" or "RDD2016");
        Assert.Equal(colour.ToLowerInvariant(), content.Site.AccentColour);
    }

    [Fact]
    public void Load_LightAccentColour_IsAnErrorAtTheValueWithTheRatioAndADarkerSuggestion()
    {
        var content = ContentLoader.Load(Content("#aaaaaa"));
        var diagnostic = Assert.Single(content.Diagnostics, d => d.Code == "RDD2016");
        Assert.Equal(Rdd.Domain.Validation.Severity.Error, diagnostic.Severity);
        Assert.Contains("2,32:1", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("4,5:1", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("plus foncée", diagnostic.Message, StringComparison.Ordinal);
        Assert.Matches("« #[0-9a-f]{6} »", diagnostic.Message);
        Assert.Equal("site.yml", diagnostic.Location!.Path);
        Assert.Equal(9, diagnostic.Location.Line);
        Assert.Equal(12, diagnostic.Location.Column);
        Assert.Null(content.Site.AccentColour);
    }

    [Fact]
    public void Load_AccentColourJustUnderTheThreshold_IsRefused() =>
        Assert.Single(ContentLoader.Load(Content("#777777")).Diagnostics, d => d.Code == "RDD2016");

    [Theory]
    [InlineData("bleu")]
    [InlineData("#12345")]
    [InlineData("rgb(0, 0, 0)")]
    public void Load_MalformedAccentColour_IsAnInvalidValue(string colour)
    {
        var diagnostic = Assert.Single(ContentLoader.Load(Content(colour)).Diagnostics, d => d.Code == "RDD2015");
        Assert.Contains("hexadécimal", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(9, diagnostic.Location!.Line);
    }

    [Fact]
    public async Task Build_LightAccentColour_IsRefused()
    {
        var build = await SiteGenerator.BuildAsync(Content("#ffcc00"), new BuildOptions { BasePath = "/" });
        Assert.False(build.Success);
        Assert.Contains(build.Diagnostics, d => d.Code == "RDD2016");
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>A copy of the fictional commune whose site.yml (line 8) gives <paramref name="colour"/>.</summary>
    private string Content(string colour)
    {
        var source = Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "commune-fictive");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        var site = Path.Combine(_root, "site.yml");
        var lines = File.ReadAllLines(site);
        Assert.StartsWith("  couleur: ", lines[8], StringComparison.Ordinal);
        lines[8] = $"  couleur: \"{colour}\"";
        File.WriteAllLines(site, lines);
        return _root;
    }
}
