using System.Text.RegularExpressions;
using Rdd.Domain.Law;
using Rdd.Site.Pages;

namespace Rdd.Site.Tests.Site;

/// <summary>What the pages say matches the report: budget amounts, coverage tables, actions, finalité listings.</summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class SiteContentTests(BuiltSitesFixture sites)
{
    public static TheoryData<string> Sites => new() { BuiltSitesFixture.Default, BuiltSitesFixture.Fixture };

    [Fact]
    public void BudgetPage_MissingOperatingAmount_SaysNonCommuniqueNeverZero()
    {
        var site = sites[BuiltSitesFixture.Default];
        var missing = site.Report.Budget!.Lines.Single(l => l.Operating is { IsGiven: false });
        Assert.Equal("Grandes infrastructures", missing.Policy);
        var page = site.Page("budget/index.html");
        var row = page.QuerySelectorAll("table tbody tr").Single(tr => SiteStructureTests.Normalize(tr.QuerySelector("th")!.TextContent) == missing.Policy);
        var cells = row.QuerySelectorAll("td").Select(td => SiteStructureTests.Normalize(td.TextContent)).ToList();
        Assert.Equal("non communiqué", cells[0]);

        // The chart's text for that policy, and every text of the page, never shows a zero amount.
        var chart = page.QuerySelector(".hbars")!;
        var chartText = SiteStructureTests.Normalize(chart.TextContent);
        Assert.Contains("Fonctionnement : non communiqué", chartText, StringComparison.Ordinal);
        var zero = new Regex(@"(?<![\d\u202f\u00a0 ,])0([,.]0+)?[\s\u00a0\u202f]*€");
        var text = page.Body!.TextContent;
        Assert.False(zero.IsMatch(text), $"the budget page shows a zero amount: « {zero.Match(text).Value} »");
        Assert.DoesNotContain(cells, c => zero.IsMatch(c));
    }

    [Theory, MemberData(nameof(Sites))]
    public void BadgePictograms_AreEachDrawnFromTheOneSpriteOfTheirPage(string name)
    {
        var site = sites[name];
        var pages = site.Pages.Where(p => p.Value.QuerySelector(".action .finality-badge") is not null).ToList();
        Assert.Contains(pages, p => p.Key == "rapport-complet/index.html");
        foreach (var (file, page) in pages)
        {
            // One invisible sprite per page, one symbol per finalité shown there, and badges that only refer to them.
            var sprite = Assert.Single(page.QuerySelectorAll("svg.picto-sprite"));
            Assert.Equal("true", sprite.GetAttribute("aria-hidden"));
            var symbols = sprite.QuerySelectorAll("symbol").Select(s => s.Id!).ToList();
            var used = page.QuerySelectorAll(".finality-badge svg.picto use").Select(u => u.GetAttribute("href")!.TrimStart('#')).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(page.QuerySelectorAll(".action .finality-badge").Length, page.QuerySelectorAll(".action .finality-badge svg.picto use").Length);
            Assert.Equal(used.Order(StringComparer.Ordinal), symbols.Order(StringComparer.Ordinal));
            Assert.All(symbols, id => Assert.Matches("^picto_[a-z]+$", id));
            Assert.Empty(page.QuerySelectorAll(".finality-badge svg.picto path"));
            Assert.True(page.QuerySelectorAll(".action .finality-badge").All(b => b.QuerySelector("svg")!.GetAttribute("aria-hidden") == "true"), file);
        }
    }

    [Theory, MemberData(nameof(Sites))]
    public void SiteMap_ListsEveryPageOnce(string name)
    {
        var page = sites[name].Page("plan-du-site/index.html");
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/accessibilite/", links);
        Assert.Contains("/mentions-legales/", links);
        Assert.Empty(links.GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Theory, MemberData(nameof(Sites))]
    public void CoveragePage_HasOneTablePerPartWithFiveColumnsOfFinalitesOrElements(string name)
    {
        var site = sites[name];
        var page = site.Page("couverture/index.html");
        var tables = page.QuerySelectorAll("main table").ToList();
        Assert.Equal(site.Report.Parts.Count, tables.Count);
        foreach (var (part, table) in site.Report.Parts.Zip(tables))
        {
            var headers = table.QuerySelectorAll("thead th").Select(th => SiteStructureTests.Normalize(th.TextContent)).ToList();
            var expected = part.Kind == Rdd.Domain.Reports.PartKind.Modalities
                ? GovernanceElements.All.Select(e => e.ShortLabel)
                : Finalities.All.Select(f => f.ShortLabel);
            Assert.Equal(expected, headers.Skip(1).Take(5));
            Assert.Equal(7, headers.Count);
            Assert.Equal(part.Sections.Count, table.QuerySelectorAll("tbody tr").Length);
            Assert.Contains($"Partie {(int)part.Kind}", table.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
            foreach (var row in table.QuerySelectorAll("tbody tr, tfoot tr"))
            {
                Assert.Equal(6, row.QuerySelectorAll("td").Length);
            }
        }
    }

    [Theory, MemberData(nameof(Sites))]
    public void Coverage_Counts_MatchTheModel(string name)
    {
        var site = sites[name];
        var tables = site.Page("couverture/index.html").QuerySelectorAll("main table").ToList();
        var problems = new List<string>();
        foreach (var (part, table) in site.Report.Parts.Zip(tables))
        {
            foreach (var (section, row) in part.Sections.Zip(table.QuerySelectorAll("tbody tr")))
            {
                var actions = site.Report.AllActions().Where(a => a.Section == section).ToList();
                var expected = part.Kind == Rdd.Domain.Reports.PartKind.Modalities
                    ? GovernanceElements.All.Select(e => actions.Count(a => a.GovernanceElements.Contains(e.Code)))
                    : Finalities.All.Select(f => actions.Count(a => a.Finalities.Contains(f.Code)));
                var actual = row.QuerySelectorAll("td").Select(td => SiteStructureTests.Normalize(td.TextContent)).ToList();
                var wanted = expected.Append(actions.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
                if (!actual.Select(a => a.Replace("\u202f", string.Empty, StringComparison.Ordinal)).SequenceEqual(wanted))
                {
                    problems.Add($"{section.Id}: [{string.Join(", ", actual)}] instead of [{string.Join(", ", wanted)}]");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{name}: coverage counts:\n  {string.Join("\n  ", problems)}");
    }

    [Theory, MemberData(nameof(Sites))]
    public void EveryAction_AppearsOnItsSectionPageWithItsId(string name)
    {
        var site = sites[name];
        var problems = new List<string>();
        var count = 0;
        foreach (var placed in site.Report.AllActions())
        {
            count++;
            var file = SiteUrls.FileOf(SiteUrls.Section((int)placed.Part.Kind, placed.Section.Id));
            if (!site.Pages.TryGetValue(file, out var page))
            {
                problems.Add($"{placed.Action.Id}: no section page {file}");
                continue;
            }

            var element = page.GetElementById(placed.Action.Id);
            if (element is null)
            {
                problems.Add($"{placed.Action.Id}: no element with this id in {file}");
            }
            else if (!SiteStructureTests.Normalize(element.TextContent).Contains(SiteStructureTests.Normalize(placed.Action.Title), StringComparison.Ordinal))
            {
                problems.Add($"{placed.Action.Id}: the element #{placed.Action.Id} of {file} does not show the title « {placed.Action.Title} »");
            }
        }

        Assert.True(problems.Count == 0, $"{name}: actions on section pages:\n  {string.Join("\n  ", problems)}");
        Assert.True(count > 0, $"{name}: the report has no action");
        if (name == BuiltSitesFixture.Default)
        {
            Assert.Equal(152, count);
        }
    }

    [Theory, MemberData(nameof(Sites))]
    public void FinalitePage_ListsExactlyTheActionsThatServeIt(string name)
    {
        var site = sites[name];
        var problems = new List<string>();
        foreach (var finality in Finalities.All)
        {
            var file = SiteUrls.FileOf(SiteUrls.Finality(finality.Code));
            var page = site.Page(file);
            var listed = page.QuerySelectorAll("main ul.action-list a[href]")
                .Select(a => site.Resolve(file, a.GetAttribute("href")!))
                .Select(r => $"{r.File}#{r.Fragment}")
                .ToList();
            var expected = site.Report.AllActions()
                .Where(a => a.Finalities.Contains(finality.Code))
                .Select(a => $"{SiteUrls.FileOf(SiteUrls.Section((int)a.Part.Kind, a.Section.Id))}#{a.Action.Id}")
                .ToList();
            problems.AddRange(expected.Except(listed).Select(a => $"{finality.Code}: missing {a}"));
            problems.AddRange(listed.Except(expected).Select(a => $"{finality.Code}: lists {a}, which does not serve it"));
            problems.AddRange(listed.GroupBy(a => a).Where(g => g.Count() > 1).Select(g => $"{finality.Code}: lists {g.Key} {g.Count()} times"));
        }

        Assert.True(problems.Count == 0, $"{name}: finalité pages:\n  {string.Join("\n  ", problems)}");
    }

    [Fact]
    public void Fixture_HasActionsThatInheritTheirSectionsFinalites()
    {
        // The finalité listing comparison is only meaningful if some action inherits its section's finalités.
        var site = sites[BuiltSitesFixture.Fixture];
        var inheriting = site.Report.AllActions().Count(a => a.Action.Finalities.Count == 0 && a.Finalities.Count > 0);
        Assert.True(inheriting > 0, "no action of the fixture inherits its section's finalités");
    }
}
