using Rdd.Site.Output;

namespace Rdd.Site.Tests.Site;

/// <summary>Builds the default content once under the base path « /rapport/ ».</summary>
public sealed class BasePathSiteFixture : IAsyncLifetime
{
    public const string BasePath = "/rapport/";

    internal BuiltSite Site { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Site = new BuiltSite("content under /rapport/", SiteRepo.DefaultContent,
            await SiteGenerator.BuildAsync(SiteRepo.DefaultContent, new BuildOptions { BasePath = BasePath }));

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>A site served under a sub-path: every internal address carries the prefix, and still resolves.</summary>
public sealed class BasePathTests(BasePathSiteFixture fixture) : IClassFixture<BasePathSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void BasePath_IsNormalisedIntoTheModel() => Assert.Equal(BasePathSiteFixture.BasePath, Site.BasePath);

    [Fact]
    public void EveryPage_WithABasePath_StartsEveryInternalHrefAndSrcWithIt() =>
        PageAssert.NoProblems(Site, "internal addresses under /rapport/", (_, doc) =>
            SiteStructureTests.Addresses(doc)
                .Where(a => !a.Address.StartsWith('#') && !a.Address.Contains(':', StringComparison.Ordinal))
                .Where(a => !a.Address.StartsWith(BasePathSiteFixture.BasePath, StringComparison.Ordinal))
                .Select(a => $"<{a.Element.LocalName} {a.Attribute}=\"{a.Address}\">"));

    [Fact]
    public void EveryInternalLink_WithABasePath_ResolvesUnderIt() =>
        PageAssert.NoProblems(Site, "links under /rapport/", (path, doc) =>
            SiteStructureTests.Addresses(doc)
                .Select(a => (a, r: Site.Resolve(path, a.Address)))
                .Where(x => x.r.Internal && (x.r.File is null || (x.r.Fragment is { Length: > 0 } f && Site.Pages.TryGetValue(x.r.File, out var d) && d.GetElementById(f) is null)))
                .Select(x => $"<{x.a.Element.LocalName} {x.a.Attribute}=\"{x.a.Address}\"> does not resolve"));

    [Fact]
    public void LinkChecker_WithABasePath_FindsNoBrokenLink() =>
        Assert.Empty(LinkChecker.Check(Site.Files, BasePathSiteFixture.BasePath));

    [Fact]
    public void LinkChecker_UnprefixedLinksWithABasePath_AreRejected()
    {
        var files = Copy(Site.Files);
        files.Add("essai/index.html", "<!DOCTYPE html><html lang=\"fr\"><body><a href=\"/budget/\">budget</a></body></html>");
        var broken = Assert.Single(LinkChecker.Check(files, BasePathSiteFixture.BasePath));
        Assert.Equal("RDD3001", broken.Code);
        Assert.Contains("essai/index.html", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SitemapAndHeaders_WithABasePath_FollowIt()
    {
        var sitemap = Site.Files.Text("sitemap.xml");
        Assert.DoesNotContain("<loc>/budget/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Matches(@"<loc>[^<]*/rapport/budget/</loc>", sitemap);
    }

    internal static SiteFiles Copy(SiteFiles source)
    {
        var copy = new SiteFiles();
        foreach (var path in source.Paths)
        {
            copy.Add(path, source[path]);
        }

        return copy;
    }
}
