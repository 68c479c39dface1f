using Rdd.Site.Pages;

namespace Rdd.Site.Tests.Site;

/// <summary>
/// What rdd check asks for is published: the review of the responsible digital strategy (RDD1041) has its page, its
/// menu entry, its card on the home page and its chapter in the printable report; the indicators have their menu entry
/// and their tables in the printable report. The default content, which has neither, keeps its menu.
/// </summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class EverythingCheckedIsPublishedTests(BuiltSitesFixture sites)
{
    private const string Review = "La stratégie numérique responsable, adoptée en décembre 2024";

    private static List<(string Text, string Href)> Menu(BuiltSite site) =>
        site.Page("index.html").QuerySelectorAll("nav.main-nav a").Select(a => (SiteStructureTests.Normalize(a.TextContent), a.GetAttribute("href")!)).ToList();

    [Fact]
    public void DigitalStrategyReview_HasItsOwnPageWithTheTextTheAuthorWrote()
    {
        var page = sites[BuiltSitesFixture.Fixture].Page("numerique-responsable/index.html");

        Assert.Equal(ReportPages.DigitalStrategyTitle, SiteStructureTests.Normalize(page.QuerySelector("h1")!.TextContent));
        Assert.Contains(Review, SiteStructureTests.Normalize(page.QuerySelector("main .prose")!.TextContent), StringComparison.Ordinal);
        Assert.Contains("CGCT, art. L2311-1-1", page.QuerySelector("main .lead")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("page", page.QuerySelector("nav.main-nav a[href='/numerique-responsable/']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public void DigitalStrategyReview_IsInTheMainMenuAndOnTheHomePage()
    {
        var site = sites[BuiltSitesFixture.Fixture];

        Assert.Contains(("Numérique responsable", "/numerique-responsable/"), Menu(site));
        var card = site.Page("index.html").QuerySelectorAll("main a").SingleOrDefault(a => a.GetAttribute("href") == "/numerique-responsable/");
        Assert.NotNull(card);
        Assert.Equal(ReportPages.DigitalStrategyTitle, SiteStructureTests.Normalize(card.TextContent));
    }

    [Fact]
    public void PrintableReport_HasTheDigitalStrategyReviewChapterListedInItsContents()
    {
        var page = sites[BuiltSitesFixture.Fixture].Page("rapport-complet/index.html");

        var chapter = page.GetElementById("numerique-responsable")!;
        Assert.Equal("H2", chapter.TagName);
        Assert.Contains(Review, SiteStructureTests.Normalize(chapter.ParentElement!.TextContent), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".toc a[href='#numerique-responsable']"));
    }

    [Fact]
    public void PrintableReport_HasEveryIndicatorWithEachYearOfItsSeriesAsATable()
    {
        var site = sites[BuiltSitesFixture.Fixture];
        var page = site.Page("rapport-complet/index.html");
        Assert.NotNull(page.QuerySelector(".toc a[href='#indicateurs']"));
        var section = page.GetElementById("indicateurs")!.ParentElement!;

        foreach (var indicator in site.Report.Indicators)
        {
            var table = section.QuerySelector($"#rc-indicateur-{indicator.Id}-tableau")!.Closest("table")!;
            var rows = table.QuerySelectorAll("tbody tr").Select(tr => SiteStructureTests.Normalize(tr.TextContent)).ToList();
            foreach (var point in indicator.Series.Append(new Rdd.Domain.Reports.IndicatorPoint(indicator.Year, indicator.Value!.Value)))
            {
                var year = point.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Assert.Contains(rows, r => r.StartsWith(year, StringComparison.Ordinal) && r.Contains(SiteStructureTests.Normalize(Rdd.Domain.French.Number(point.Value)), StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void IndicatorsPage_WhenThereAreIndicators_IsInTheMainMenu()
    {
        var site = sites[BuiltSitesFixture.Fixture];

        Assert.Contains(("Indicateurs", "/indicateurs/"), Menu(site));
        Assert.Equal("page", site.Page("indicateurs/index.html").QuerySelector("nav.main-nav a[href='/indicateurs/']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public void DefaultSite_WithoutReviewNorIndicators_KeepsItsMenu()
    {
        var site = sites[BuiltSitesFixture.Default];

        Assert.Null(site.Report.DigitalStrategyReview);
        Assert.Empty(site.Report.Indicators);
        Assert.Equal(
            ["Accueil", "Politiques publiques", "Fonctionnement interne", "Gouvernance", "Finalités", "Couverture", "Budget", "Stratégie et ODD"],
            Menu(site).Select(m => m.Text));
        Assert.False(site.Pages.ContainsKey("numerique-responsable/index.html"));
        Assert.Null(site.Page("rapport-complet/index.html").GetElementById("numerique-responsable"));
    }
}
