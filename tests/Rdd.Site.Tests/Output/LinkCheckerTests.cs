using Rdd.Site.Output;
using Rdd.Site.Tests.Site;

namespace Rdd.Site.Tests.Output;

/// <summary>RDD3001: a page with a broken link or anchor is reported by name.</summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class LinkCheckerTests(BuiltSitesFixture sites)
{
    private const string Page = "essai/casse/index.html";

    private static string Html(string body) => $"<!DOCTYPE html><html lang=\"fr\"><head><title>x</title></head><body>{body}</body></html>";

    private SiteFiles WithPage(string body)
    {
        var files = BasePathTests.Copy(sites[BuiltSitesFixture.Fixture].Files);
        files.Add(Page, Html(body));
        return files;
    }

    [Fact]
    public void Check_BuiltSites_HaveNoBrokenLink()
    {
        Assert.Empty(LinkChecker.Check(sites[BuiltSitesFixture.Default].Files, "/"));
        Assert.Empty(LinkChecker.Check(sites[BuiltSitesFixture.Fixture].Files, "/"));
    }

    [Theory]
    [InlineData("<a href=\"/nulle-part/\">x</a>", "/nulle-part/")]
    [InlineData("<a href=\"/budget/#pas-d-ancre\">x</a>", "pas-d-ancre")]
    [InlineData("<a href=\"#absent\">x</a>", "absent")]
    [InlineData("<img src=\"/assets/absent.png\" alt=\"\">", "/assets/absent.png")]
    [InlineData("<a href=\"/partie-1/pas-de-section/\">x</a>", "/partie-1/pas-de-section/")]
    public void Check_BrokenLink_IsRDD3001NamingThePage(string body, string named)
    {
        var broken = Assert.Single(LinkChecker.Check(WithPage(body), "/"));
        Assert.Equal("RDD3001", broken.Code);
        Assert.Equal(Rdd.Domain.Validation.Severity.Error, broken.Severity);
        Assert.Contains(Page, broken.Message, StringComparison.Ordinal);
        Assert.Contains(named, broken.Message, StringComparison.Ordinal);
        Assert.Contains(Page, broken.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<a href=\"https://www.legifrance.gouv.fr/\">x</a>")]
    [InlineData("<a href=\"mailto:a@b.example\">x</a>")]
    [InlineData("<a href=\"/budget/#tableau-budget\">x</a>")]
    [InlineData("<a href=\"/\">x</a><a href=\"/404.html\">x</a><a id=\"ici\" href=\"#ici\">x</a>")]
    public void Check_ValidAndExternalLinks_AreNotReported(string body) =>
        Assert.Empty(LinkChecker.Check(WithPage(body), "/"));
}
