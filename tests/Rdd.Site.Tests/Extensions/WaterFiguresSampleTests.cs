using AngleSharp.Html.Parser;
using Rdd.Site.Content;
using Rdd.Site.Tests.Site;

namespace Rdd.Site.Tests.Extensions;

/// <summary>The sample extension (samples/Rdd.Sample.WaterFigures) on the default content: its rule, its taxonomy and its page.</summary>
public sealed class WaterFiguresSampleTests
{
    private static readonly string[] SampleOnly = [ExtensionLoaderTests.SampleDll];

    [Fact]
    public void Check_DefaultContentWithTheSample_WarnsRdd9101ForEachWaterActionWithoutAFigure()
    {
        var check = ContentChecker.Check(SiteRepo.DefaultContent, null, SampleOnly);

        var warnings = check.Result.Diagnostics.Where(d => d.Code == "RDD9101").ToList();
        Assert.True(check.Success);
        Assert.Equal(7, warnings.Count);
        Assert.All(warnings, w => Assert.Equal("2024/partie-1/02-eau-et-assainissement.md", w.Location?.Path));
        Assert.Contains(warnings, w => w.Message.Contains("« Sécurisation de l’alimentation en eau potable", StringComparison.Ordinal) && w.Location?.Line == 40);
    }

    [Fact]
    public void Check_DefaultContentWithoutTheSample_HasNoRdd9101()
    {
        var check = ContentChecker.Check(SiteRepo.DefaultContent);

        Assert.DoesNotContain(check.Result.Diagnostics, d => d.Code == "RDD9101");
    }

    [Fact]
    public void Check_TermOfTheSampleTaxonomy_IsAcceptedOnlyWithTheSample()
    {
        using var temp = new SiteTempFolder();
        var root = temp.CopyFrom(SiteRepo.DefaultContent, "content");
        var section = Path.Combine(root, "2024", "partie-1", "02-eau-et-assainissement.md");
        File.WriteAllText(section, File.ReadAllText(section).Replace("{#securisation-eau-potable finalites=cohesion,biodiversite}", "{#securisation-eau-potable finalites=cohesion,biodiversite termes=cycle-eau:eau-potable}", StringComparison.Ordinal));

        Assert.False(ContentChecker.Check(root).Success);
        Assert.True(ContentChecker.Check(root, null, SampleOnly).Success);
    }

    [Fact]
    public async Task Build_DefaultContentWithTheSample_AddsTheWaterPageInTheLayoutLinkedFromEveryPage()
    {
        var build = await SiteGenerator.BuildAsync(SiteRepo.DefaultContent, new BuildOptions { Extensions = SampleOnly, BasePath = "/rdd/" });

        Assert.True(build.Success, string.Join("\n", build.Diagnostics));
        var parser = new HtmlParser();
        var page = parser.ParseDocument(build.Files!.Text("eau/index.html"));
        Assert.Equal("L'eau en chiffres", page.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Equal(9, page.QuerySelectorAll("main tbody tr").Length);
        Assert.NotNull(page.QuerySelector("header nav[aria-label='Menu principal']"));
        var home = parser.ParseDocument(build.Files.Text("index.html"));
        Assert.Contains(home.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/rdd/eau/");
    }

    [Fact]
    public async Task Build_DefaultContentWithTheSample_ListsTheWaterPageInSiteMapsAndSearch()
    {
        var build = await SiteGenerator.BuildAsync(SiteRepo.DefaultContent, new BuildOptions { Extensions = SampleOnly });

        Assert.True(build.Success, string.Join("\n", build.Diagnostics));
        var siteMap = new HtmlParser().ParseDocument(build.Files!.Text("plan-du-site/index.html"));
        Assert.Contains(siteMap.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/eau/" && a.TextContent.Trim() == "L'eau en chiffres");
        Assert.Contains("<loc>/eau/</loc>", build.Files.Text("sitemap.xml"), StringComparison.Ordinal);
        using var index = System.Text.Json.JsonDocument.Parse(build.Files.Text("recherche/index.json"));
        Assert.Contains(index.RootElement.GetProperty("e").EnumerateArray(), e => e.GetProperty("h").GetString() == "/eau/" && e.GetProperty("t").GetString() == "L'eau en chiffres");
    }

    [Fact]
    public async Task Build_CycleEauTermOnAnAction_GetsItsTermPages()
    {
        using var temp = new SiteTempFolder();
        var root = temp.CopyFrom(SiteRepo.DefaultContent, "content");
        var section = Path.Combine(root, "2024", "partie-1", "02-eau-et-assainissement.md");
        File.WriteAllText(section, File.ReadAllText(section).Replace("{#securisation-eau-potable finalites=cohesion,biodiversite}", "{#securisation-eau-potable finalites=cohesion,biodiversite termes=cycle-eau:eau-potable}", StringComparison.Ordinal));

        var build = await SiteGenerator.BuildAsync(root, new BuildOptions { Extensions = SampleOnly });

        Assert.True(build.Success, string.Join("\n", build.Diagnostics));
        Assert.Contains("referentiels/cycle-eau/index.html", build.Files!.Paths);
        var term = new HtmlParser().ParseDocument(build.Files.Text("referentiels/cycle-eau/eau-potable/index.html"));
        Assert.Contains(term.QuerySelectorAll("main a"), a => a.TextContent.Contains("Sécurisation de l’alimentation en eau potable", StringComparison.Ordinal));
        var action = new HtmlParser().ParseDocument(build.Files.Text("partie-1/eau-et-assainissement/index.html"));
        Assert.Contains(action.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/referentiels/cycle-eau/eau-potable/");
    }
}
