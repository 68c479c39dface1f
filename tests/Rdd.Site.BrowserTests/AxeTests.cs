using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Rdd.Site.BrowserTests;

/// <summary>
/// axe-core on every page of both sites, with the WCAG 2.0, 2.1 and 2.2 A and AA rules, none disabled. The dark
/// theme (prefers-color-scheme: dark) is checked on one page of each kind: it changes colours only, and the same
/// components make up every page of a kind.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeTests(BrowserFixture fixture, ITestOutputHelper output)
{
    /// <summary>The rule tags run: WCAG 2.0, 2.1 and 2.2, levels A and AA (rdd audit runs the same).</summary>
    internal static readonly List<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags },
    };

    [Theory]
    [InlineData("content")]
    [InlineData("commune-fictive")]
    public async Task EveryPage_HasNoAxeViolation(string siteName)
    {
        var site = fixture.Site(siteName);
        await CheckAsync(site, site.Pages, ColorScheme.Light);
    }

    [Theory]
    [InlineData("content")]
    [InlineData("commune-fictive")]
    public async Task EveryKindOfPage_DarkTheme_HasNoAxeViolation(string siteName)
    {
        var site = fixture.Site(siteName);
        await CheckAsync(site, site.Representative(), ColorScheme.Dark);
    }

    private async Task CheckAsync(BuiltSite site, IReadOnlyList<string> pages, ColorScheme scheme)
    {
        var theme = scheme == ColorScheme.Dark ? "sombre" : "clair";
        var options = new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            ColorScheme = scheme,
            Locale = "fr-FR",
        };
        var incomplete = new List<string>();
        var results = await PageRunner.RunAsync(fixture, site, pages, async (page, url) =>
        {
            await page.GotoAsync(url);
            var result = await RunAxeAsync(page);
            lock (incomplete)
            {
                incomplete.AddRange(Describe(result.Incomplete).Select(line => $"{new Uri(url).AbsolutePath} — {line}"));
            }

            return Describe(result.Violations).ToList();
        }, options);

        output.WriteLine($"[{site.Name}] axe, résultats « incomplete » à revoir par une personne (thème {theme}) : {incomplete.Count}");
        foreach (var line in incomplete)
        {
            output.WriteLine("  " + line);
        }

        PageRunner.Report(output, site, $"axe WCAG A/AA, thème {theme}", results);
    }

    /// <summary>
    /// Runs axe on the page. Pages without frames (all of ours: the CSP forbids them) are checked with a single
    /// axe.run in the page (« legacy » mode): the default mode runs axe per frame then merges the results in a new
    /// browser context, to handle cross-origin iframes; for a page without frames both give the same results, and the
    /// single run takes a third of the time (0.7 s instead of 2 to 5 s per page on two cores), which keeps the whole
    /// browser suite within a few minutes. A page with a frame gets the default mode.
    /// </summary>
    private static async Task<AxeResult> RunAxeAsync(IPage page)
    {
        if (page.Frames.Count > 1)
        {
            return await page.RunAxe(Options);
        }

#pragma warning disable CS0618 // Legacy mode is deprecated upstream; see the summary for why it is used here.
        return await page.RunAxeLegacy(null, Options);
#pragma warning restore CS0618
    }

    /// <summary>One line per node: rule, impact, target, help, and why.</summary>
    private static IEnumerable<string> Describe(IEnumerable<AxeResultItem> items) =>
        items.SelectMany(item => item.Nodes.Select(node =>
            $"{item.Id} ({node.Impact ?? item.Impact}) {node.Target} — {item.Help} — {Why(node)} — {item.HelpUrl}"));

    private static string Why(AxeResultNode node) =>
        string.Join(" ; ", node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message).Where(m => !string.IsNullOrEmpty(m)));
}
