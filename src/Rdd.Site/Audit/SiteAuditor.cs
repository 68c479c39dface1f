using System.Reflection;
using System.Text.Json;

namespace Rdd.Site.Audit;

/// <summary>
/// Checks every page of a served site in Chromium: axe-core with the rules of the browser tests, the skip link, reflow
/// at 320 CSS pixels and the order of headings, one page after the other in one tab.
/// </summary>
internal static class SiteAuditor
{
    /// <summary>The axe-core rule tags run: WCAG 2.0, 2.1 and 2.2, levels A and AA, as in tests/Rdd.Site.BrowserTests.</summary>
    public static IReadOnlyList<string> Rules { get; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private const int Width = 1280;

    private const int Height = 800;

    private const int NarrowWidth = 320;

    private static readonly Lazy<string> AxeScript = new(() =>
    {
        using var stream = typeof(SiteAuditor).Assembly.GetManifestResourceStream("Rdd.Site.Audit.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is not embedded in Rdd.Site (see Rdd.Site.csproj).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>axe-core on the whole document; only violations, each with the selectors of its elements.</summary>
    private static string RunAxe { get; } = $$"""
        axe.run(document, { runOnly: { type: 'tag', values: {{JsonSerializer.Serialize(Rules, AuditJson.Default.IReadOnlyListString)}} }, resultTypes: ['violations'] })
          .then(r => ({
            version: axe.version,
            title: (document.querySelector('h1') || document).textContent.replace(/\s+/g, ' ').trim(),
            violations: r.violations.map(v => ({ id: v.id, impact: v.impact || null, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) }))
          }))
        """;

    /// <summary>After one Tab from the top: the focused element is a visible link to the page's main content.</summary>
    private const string SkipLinkFocused = """
        (() => {
          const link = document.activeElement;
          if (!link || link.tagName !== 'A') return false;
          const href = link.getAttribute('href') || '';
          if (!href.startsWith('#') || href.length < 2) return false;
          const target = document.getElementById(decodeURIComponent(href.slice(1)));
          const box = link.getBoundingClientRect();
          return !!target && (target.tagName === 'MAIN' || target.getAttribute('role') === 'main') && box.width > 0 && box.height > 0;
        })()
        """;

    /// <summary>One h1, first; no heading more than one level below the one before it (RGAA 9.1).</summary>
    private const string HeadingsInOrder = """
        (() => {
          const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName[1]));
          return levels.length > 0 && levels[0] === 1 && levels.filter(l => l === 1).length === 1
            && levels.every((l, i) => i === 0 || l <= levels[i - 1] + 1);
        })()
        """;

    /// <summary>Once the narrow layout is drawn: nothing wider than the viewport (WCAG 1.4.10).</summary>
    private const string NoHorizontalScroll = """
        new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() =>
          done(document.documentElement.scrollWidth <= document.documentElement.clientWidth))))
        """;

    /// <summary>Checks the pages.</summary>
    /// <param name="browser">The started browser.</param>
    /// <param name="root">The served site's root address, ending with « / ».</param>
    /// <param name="pages">The pages' addresses from the root (« / », « /partie-1/ »).</param>
    /// <param name="progress">Told of each page once checked.</param>
    /// <returns>The report, dated now.</returns>
    /// <exception cref="DevToolsException">Chromium failed.</exception>
    public static async Task<AuditReport> AuditAsync(DevTools browser, Uri root, IReadOnlyList<string> pages, Action<PageAudit> progress)
    {
        var tab = await browser.NewPageAsync().ConfigureAwait(false);
        await tab.PrepareAsync().ConfigureAwait(false);
        await tab.AddScriptAsync(AxeScript.Value).ConfigureAwait(false);
        var axeVersion = "?";
        var results = new List<PageAudit>();
        foreach (var path in pages)
        {
            await tab.ResizeAsync(Width, Height).ConfigureAwait(false);
            await tab.NavigateAsync(new Uri(root, path.TrimStart('/'))).ConfigureAwait(false);
            var axe = await tab.EvaluateAsync(RunAxe).ConfigureAwait(false);
            axeVersion = axe.GetProperty("version").GetString() ?? axeVersion;
            await tab.PressTabAsync().ConfigureAwait(false);
            var skipLink = (await tab.EvaluateAsync(SkipLinkFocused).ConfigureAwait(false)).GetBoolean();
            var headings = (await tab.EvaluateAsync(HeadingsInOrder).ConfigureAwait(false)).GetBoolean();
            await tab.ResizeAsync(NarrowWidth, Height).ConfigureAwait(false);
            var reflow = (await tab.EvaluateAsync(NoHorizontalScroll).ConfigureAwait(false)).GetBoolean();
            var page = new PageAudit
            {
                Url = path,
                Title = axe.GetProperty("title").GetString() ?? path,
                Violations = axe.GetProperty("violations").EnumerateArray().Select(v => new AxeViolation(
                    v.GetProperty("id").GetString()!,
                    v.GetProperty("impact").GetString(),
                    v.GetProperty("help").GetString()!,
                    v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!).ToList())).ToList(),
                SkipLink = skipLink,
                Reflow320 = reflow,
                HeadingOrder = headings,
            };
            results.Add(page);
            progress(page);
        }

        return new AuditReport
        {
            Date = DateTimeOffset.Now,
            Tools = new AuditTools(RddVersion(), axeVersion, await browser.VersionAsync().ConfigureAwait(false)),
            Rules = Rules,
            Pages = results,
        };
    }

    /// <summary>rdd's version, without the commit it was built from (« 0.1.0 »).</summary>
    private static string RddVersion()
    {
        var version = typeof(SiteAuditor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
