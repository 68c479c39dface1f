using AngleSharp.Html.Parser;

namespace Rdd.Site.Tests.Site;

/// <summary>What search engines read (Lighthouse's SEO audits): a description on every page, and its canonical address when the site's address is known.</summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class SearchEngineTests(BuiltSitesFixture sites)
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData(BuiltSitesFixture.Default)]
    [InlineData(BuiltSitesFixture.Fixture)]
    public void EveryPage_WithoutTheSitesAddress_HasOneDescriptionAndNoCanonical(string name) =>
        PageAssert.NoProblems(sites[name], "meta description", (_, page) =>
        {
            var descriptions = page.QuerySelectorAll("meta[name='description']").Select(m => m.GetAttribute("content") ?? string.Empty).ToList();
            return (descriptions.Count != 1 ? [$"{descriptions.Count} descriptions"] : descriptions[0].Trim().Length < 50 ? [$"description « {descriptions[0]} » too short"] : Array.Empty<string>())
                .Concat(page.QuerySelector("link[rel='canonical']") is null ? [] : ["a canonical link, while site.yml gives no address"]);
        });

    [Fact]
    public void HomePage_IsDescribedByTheAuthorityAndItsReport() =>
        Assert.Equal(
            "Carcassonne Agglo rend compte de sa situation en matière de développement durable pour l'année 2024, avant le débat sur le budget 2025.",
            sites[BuiltSitesFixture.Default].Page("index.html").QuerySelector("meta[name='description']")!.GetAttribute("content"));

    [Fact]
    public async Task EveryPageOfEveryYear_WithTheSitesAddress_NamesItsCanonicalAddress()
    {
        using var temp = new SiteTempFolder();
        var content = temp.CopyFrom(Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "commune-deux-annees"), "contenu");
        var siteYml = Path.Combine(content, "site.yml");
        File.WriteAllText(siteYml, File.ReadAllText(siteYml).Replace("site:\n", "site:\n  url: https://www.belval.example/rdd\n", StringComparison.Ordinal));

        var build = await SiteGenerator.BuildAsync(content, new BuildOptions());

        Assert.True(build.Success, string.Join('\n', build.Diagnostics));
        var pages = build.Files!.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && !p.EndsWith("404.html", StringComparison.Ordinal)).ToList();
        Assert.Contains("2024/partie-1/index.html", pages);
        Assert.All(pages, path =>
        {
            var canonical = Parser.ParseDocument(build.Files.Text(path)).QuerySelector("link[rel='canonical']")?.GetAttribute("href");
            Assert.Equal("https://www.belval.example/rdd/" + path[..^"index.html".Length], canonical);
        });
    }
}
