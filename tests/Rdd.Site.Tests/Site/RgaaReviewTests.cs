using AngleSharp.Dom;

namespace Rdd.Site.Tests.Site;

/// <summary>
/// What a manual RGAA 4.1 review found beyond axe-core, each turned into a check over every page of both built sites:
/// the current page in the menu, link texts, the accessibility statement, headings and groups, definition lists,
/// languages, the search without JavaScript, and pictograms with CSS off.
/// </summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class RgaaReviewTests(BuiltSitesFixture sites)
{
    public static TheoryData<string> Sites => new() { BuiltSitesFixture.Default, BuiltSitesFixture.Fixture };

    [Theory, MemberData(nameof(Sites))]
    public void AriaCurrentPage_IsOnlyOnLinksToThePageItself(string name)
    {
        var site = sites[name];
        PageAssert.NoProblems(site, "aria-current=\"page\" on a link to another page", (path, doc) =>
            doc.QuerySelectorAll("a[aria-current='page']")
                .Where(a => site.Resolve(path, a.GetAttribute("href")!).File != path)
                .Select(a => $"« {SiteStructureTests.Normalize(a.TextContent)} » ({a.GetAttribute("href")}) is marked as the current page"));
    }

    [Theory, MemberData(nameof(Sites))]
    public void CurrentMenuEntry_IsInTheBreadcrumb(string name)
    {
        var site = sites[name];
        PageAssert.NoProblems(site, "menu and breadcrumb agree", (path, doc) =>
        {
            var current = doc.QuerySelector(".main-nav a[aria-current]");
            var crumbs = doc.QuerySelectorAll(".breadcrumb a").Select(a => site.Resolve(path, a.GetAttribute("href")!).File).ToHashSet();
            if (current is null || doc.QuerySelector(".breadcrumb") is null)
            {
                return [];
            }

            var target = site.Resolve(path, current.GetAttribute("href")!).File;
            return target == path || crumbs.Contains(target)
                ? []
                : [$"the menu marks « {SiteStructureTests.Normalize(current.TextContent)} » while the breadcrumb does not go through it"];
        });
    }

    [Theory, MemberData(nameof(Sites))]
    public void LinksWithTheSameText_LeadToTheSameAddress(string name)
    {
        var site = sites[name];
        PageAssert.NoProblems(site, "same link text, same target (RGAA 6.1)", (path, doc) =>
            doc.QuerySelectorAll("a[href]")
                .GroupBy(a => AccessibleName(a).ToLowerInvariant())
                .Select(g => (Text: g.Key, Targets: g.Select(a => Target(site, path, a.GetAttribute("href")!)).Distinct().ToList()))
                .Where(g => g.Targets.Count > 1)
                .Select(g => $"« {g.Text} » leads to {string.Join(" and ", g.Targets)}"));
    }

    [Theory, MemberData(nameof(Sites))]
    public void Statement_LinksTheDefenseurDesDroitsAndListsThePagesTheLatestAuditChecked(string name)
    {
        var site = sites[name];
        var statement = site.Page("accessibilite/index.html");
        var recourse = statement.QuerySelector("#recours")!.ParentElement!;
        var links = recourse.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("https://formulaire.defenseurdesdroits.fr/", links);
        Assert.Contains("https://www.defenseurdesdroits.fr/saisir/delegues", links);

        var tested = statement.QuerySelector("#etablissement")!.ParentElement!.QuerySelectorAll("a")
            .Select(a => site.Resolve("accessibilite/index.html", a.GetAttribute("href")!).File).ToList();
        if (site.Settings.Audit is null)
        {
            Assert.Empty(tested);
            return;
        }

        // rdd audit checks every page; each one the site still has is listed, the 404 page aside (nothing links to it).
        var expected = site.Settings.Audit.Pages.Select(p => p.Url.TrimStart('/'))
            .Select(p => p.Length == 0 || p.EndsWith('/') ? p + "index.html" : p)
            .Where(p => site.Files.Contains(p) && p != "404.html");
        Assert.Equal(expected.Order(StringComparer.Ordinal), tested.Order(StringComparer.Ordinal));
        foreach (var required in new[] { "index.html", "accessibilite/index.html", "plan-du-site/index.html", "recherche/index.html", "mentions-legales/index.html" })
        {
            Assert.Contains(required, tested);
        }
    }

    [Fact]
    public void Statement_DateInSiteYml_IsGiven()
    {
        var site = sites[BuiltSitesFixture.Fixture];
        Assert.NotNull(site.Settings.Accessibility.StatementDate);
        var facts = site.Page("accessibilite/index.html").QuerySelectorAll("dl.facts dt").Select(dt => SiteStructureTests.Normalize(dt.TextContent)).ToList();
        Assert.Contains("Déclaration établie le", facts);
        Assert.Single(site.Page("accessibilite/index.html").QuerySelectorAll("h2, dt"), e => SiteStructureTests.Normalize(e.TextContent) == "État de conformité");
    }

    [Fact]
    public void SectionsWithoutAGroup_BesideGroupedOnes_GetAVisibleHeading()
    {
        var site = sites[BuiltSitesFixture.Default];
        var part = site.Report.Parts[0];
        Assert.Contains(part.Sections, s => s.Group is null);
        Assert.Contains(part.Sections, s => s.Group is not null);
        var page = site.Page("partie-1/index.html");
        Assert.Contains("Autres sections", page.QuerySelectorAll("h2.group-title").Select(h => SiteStructureTests.Normalize(h.TextContent)));
        Assert.Empty(page.QuerySelectorAll("section[aria-label='Sections']"));
    }

    [Theory, MemberData(nameof(Sites))]
    public void SectionGroup_SaysWhatItIs(string name) =>
        PageAssert.NoProblems(sites[name], "section group labelled", (_, doc) =>
            doc.QuerySelectorAll(".section-group").Where(p => !SiteStructureTests.Normalize(p.TextContent).StartsWith("Groupe : ", StringComparison.Ordinal))
                .Select(p => $"« {SiteStructureTests.Normalize(p.TextContent)} » is not introduced"));

    [Theory, MemberData(nameof(Sites))]
    public void DefinitionLists_NeverRepeatATermInARow(string name) =>
        PageAssert.NoProblems(sites[name], "one dt per term", (_, doc) =>
            doc.QuerySelectorAll("dl > dt").Where(dt => dt.PreviousElementSibling is { LocalName: "dd" } dd
                    && dd.PreviousElementSibling is { LocalName: "dt" } previous
                    && SiteStructureTests.Normalize(previous.TextContent) == SiteStructureTests.Normalize(dt.TextContent))
                .Select(dt => $"« {SiteStructureTests.Normalize(dt.TextContent)} » is repeated as a term"));

    [Fact]
    public void TermWithSubTerms_ListsThemUnderOneTerm()
    {
        var site = sites[BuiltSitesFixture.Default];
        var withChildren = site.Pages.Where(p => p.Key.StartsWith("referentiels/", StringComparison.Ordinal))
            .Select(p => p.Value.QuerySelectorAll("dl.facts dt").FirstOrDefault(dt => dt.TextContent == "Comprend"))
            .OfType<IElement>().ToList();
        Assert.NotEmpty(withChildren);
        Assert.All(withChildren, dt => Assert.Equal("dd", dt.NextElementSibling!.LocalName));
        Assert.Contains(withChildren, dt => dt.NextElementSibling!.NextElementSibling is { LocalName: "dd" });
    }

    [Theory, MemberData(nameof(Sites))]
    public void Headings_NeverRepeatTheHeadingOfTheirOwnSection(string name) =>
        PageAssert.NoProblems(sites[name], "heading nested under the same text", (_, doc) =>
        {
            var problems = new List<string>();
            var open = new List<(int Level, string Text)>();
            foreach (var heading in doc.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
            {
                var level = heading.LocalName[1] - '0';
                var text = Comparable(heading.TextContent);
                open.RemoveAll(h => h.Level >= level);
                if (open.Count > 0 && open[^1].Text == text)
                {
                    problems.Add($"h{level} « {SiteStructureTests.Normalize(heading.TextContent)} » under a heading with the same text");
                }

                open.Add((level, text));
            }

            return problems;
        });

    [Fact]
    public void ForeignWords_MarkedByTheAuthor_CarryTheirLanguage()
    {
        var site = sites[BuiltSitesFixture.Default];
        var page = site.Pages.Single(p => p.Key.StartsWith("partie-1/", StringComparison.Ordinal) && p.Value.Body!.TextContent.Contains("SmartCity", StringComparison.Ordinal)).Value;
        var span = Assert.Single(page.QuerySelectorAll("span[lang='en']"), s => s.TextContent == "SmartCity");
        Assert.DoesNotContain("{lang=", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("en", span.GetAttribute("lang"));
    }

    [Theory, MemberData(nameof(Sites))]
    public void SearchPage_WithoutJavaScript_SaysWhyThereIsNoForm(string name)
    {
        var page = sites[name].Page("recherche/index.html");
        var notice = page.GetElementById("recherche-sans-script")!;
        Assert.False(notice.HasAttribute("hidden"));
        Assert.Equal("La recherche nécessite JavaScript ; l'index de A à Z ci-dessous reste disponible.", SiteStructureTests.Normalize(notice.TextContent));
        Assert.True(page.GetElementById("recherche-formulaire")!.HasAttribute("hidden"));
    }

    [Theory, MemberData(nameof(Sites))]
    public void EverySvg_HasItsOwnSizeForAReaderWithoutCss(string name) =>
        PageAssert.NoProblems(sites[name], "svg width and height attributes", (_, doc) =>
            doc.QuerySelectorAll("svg").Where(svg => !svg.HasAttribute("width") || !svg.HasAttribute("height"))
                .Select(svg => $"<svg class=\"{svg.GetAttribute("class")}\"> has no width or height"));

    [Theory, MemberData(nameof(Sites))]
    public void Charts_WriteTheirTextsInHtmlNotInSvg(string name) =>
        PageAssert.NoProblems(sites[name], "no SVG text (it does not grow with the text size)", (_, doc) =>
            doc.QuerySelectorAll("svg text").Select(t => $"SVG text « {t.TextContent} »"));

    private static string AccessibleName(IElement link) =>
        SiteStructureTests.Normalize(link.GetAttribute("aria-label") ?? link.TextContent);

    private static string Target(BuiltSite site, string page, string href)
    {
        var resolved = site.Resolve(page, href);
        return resolved.Internal ? (resolved.File ?? href) + (resolved.Fragment is { } f ? "#" + f : string.Empty) : href;
    }

    private static string Comparable(string text) => SiteStructureTests.Normalize(text).Replace('’', '\'').ToLowerInvariant();
}
