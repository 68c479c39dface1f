using AngleSharp.Html.Parser;
using Rdd.Site.Pages;
using Rdd.Site.Tests.Search;

namespace Rdd.Site.Tests.Pages;

/// <summary>The whole report on one page, <c>/rapport-complet/</c>.</summary>
public sealed class FullReportTests
{
    private static readonly Lazy<AngleSharp.Html.Dom.IHtmlDocument> Page = new(() => new HtmlParser().ParseDocument(DefaultSite.Text("rapport-complet/index.html")));

    [Fact]
    public void HasEveryActionTitle_ExactlyOnce_AsAnH4()
    {
        var actions = DefaultSite.Build.Site!.Pages.OfType<SectionPage>().SelectMany(p => p.Actions).ToList();
        Assert.Equal(152, actions.Count);
        var titles = Page.Value.QuerySelectorAll("article.action > .action-title").ToList();
        Assert.All(titles, h => Assert.Equal("H4", h.TagName));
        var counts = titles.GroupBy(h => h.Id!.Replace("-titre", string.Empty, StringComparison.Ordinal)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var action in actions)
        {
            Assert.Equal(1, counts.GetValueOrDefault("rc-" + action.Anchor));
        }

        // The page makes the spaces inside « » non-breaking, as French typography asks; the titles keep the author's.
        var text = Page.Value.Body!.TextContent.Replace('\u00a0', ' ');
        Assert.All(actions.Select(a => a.Title).Distinct(), t => Assert.Contains(t, text, StringComparison.Ordinal));
    }

    [Fact]
    public void HeadingsFollowTheReport_PartsH2_SectionsH3()
    {
        var document = Page.Value;
        Assert.Equal(3, document.QuerySelectorAll("h2.rc-part-title").Length);
        Assert.Equal(29, document.QuerySelectorAll("h3.rc-section-title").Length);
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Equal(3, document.QuerySelectorAll(".rc-part.part-break").Length);
        Assert.NotNull(document.GetElementById("chiffres-cles"));
        Assert.NotNull(document.GetElementById("budget"));
        Assert.NotNull(document.GetElementById("glossaire"));
        Assert.NotNull(document.QuerySelector("#budget ~ .table-wrap table.data-table"));
    }

    [Fact]
    public void IdsAreUnique_AndTheContentsLinkToThem()
    {
        var document = Page.Value;
        var ids = document.All.Where(e => e.Id is { Length: > 0 }).Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var contents = document.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(contents.Count > 30);
        Assert.All(contents, href => Assert.NotNull(document.GetElementById(href.TrimStart('#'))));
    }

    [Fact]
    public void IsLinkChecked_AndTitledForThePdf()
    {
        Assert.True(DefaultSite.Build.Success);
        Assert.DoesNotContain(DefaultSite.Build.Diagnostics, d => d.Code == "RDD3001");
        Assert.Equal("Rapport développement durable 2024 (version intégrale) — Carcassonne Agglo", Page.Value.Title);
        Assert.Equal("fr", Page.Value.DocumentElement.GetAttribute("lang"));
        Assert.Empty(Page.Value.QuerySelectorAll("script:not([src]), style, [style]"));
        Assert.Equal(["/assets/tableaux.js"], Page.Value.QuerySelectorAll("script").Select(s => s.GetAttribute("src")));
    }

    [Fact]
    public void LinksFromOtherPages_StillTargetTheSectionPages()
    {
        var search = new HtmlParser().ParseDocument(DefaultSite.Text("recherche/index.html"));
        Assert.DoesNotContain(search.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("rapport-complet/#", StringComparison.Ordinal));
        Assert.DoesNotContain("/rapport-complet/#", DefaultSite.Text("finalites/climat/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void PrintStylesheet_BreaksBeforeParts_AndPrintsExternalAddresses()
    {
        var css = DefaultSite.Text("assets/site.css");
        var print = css[css.LastIndexOf("@media print", StringComparison.Ordinal)..];
        Assert.Contains("@page", print, StringComparison.Ordinal);
        Assert.Contains(".part-break", css[css.IndexOf("@media print", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("attr(href)", css, StringComparison.Ordinal);
        Assert.Contains(".finality-list[aria-label]::before", print, StringComparison.Ordinal);
    }
}
