using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Rdd.Site.BrowserTests;

/// <summary>Runs a check on many pages, a few at a time, each in its own tab, and gathers the problems per page.</summary>
internal static class PageRunner
{
    /// <summary>Pages checked at once: the machines have two cores, the browser needs them too.</summary>
    private const int Concurrency = 2;

    /// <summary>Runs <paramref name="check"/> on every page of <paramref name="site"/>.</summary>
    /// <param name="fixture">The fixture.</param>
    /// <param name="site">The site.</param>
    /// <param name="pages">The pages (paths from the root).</param>
    /// <param name="check">Opens nothing: receives a tab and the page's address, returns the problems (empty when fine).</param>
    /// <param name="options">The context's options; the fixture's default when null.</param>
    /// <returns>The problems, by page, in the pages' order.</returns>
    public static async Task<IReadOnlyList<(string Page, IReadOnlyList<string> Problems)>> RunAsync(
        BrowserFixture fixture, BuiltSite site, IEnumerable<string> pages, Func<IPage, string, Task<IReadOnlyList<string>>> check, BrowserNewContextOptions? options = null)
    {
        var list = pages.ToList();
        var results = new ConcurrentDictionary<int, IReadOnlyList<string>>();
        var next = -1;
        async Task Worker()
        {
            var page = await fixture.NewPageAsync(options);
            try
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < list.Count)
                {
                    try
                    {
                        results[i] = await check(page, site.Url(list[i]));
                    }
                    catch (PlaywrightException e)
                    {
                        results[i] = [$"erreur du navigateur : {e.Message}"];
                    }
                }
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Worker()));
        return list.Select((p, i) => (p, results[i])).ToList();
    }

    /// <summary>Writes a per-page summary to the test output and fails with every problem found.</summary>
    /// <param name="output">The test output.</param>
    /// <param name="site">The site.</param>
    /// <param name="what">What was checked, for the messages.</param>
    /// <param name="results">The results of <see cref="RunAsync"/>.</param>
    public static void Report(ITestOutputHelper output, BuiltSite site, string what, IReadOnlyList<(string Page, IReadOnlyList<string> Problems)> results)
    {
        foreach (var (page, problems) in results)
        {
            output.WriteLine($"[{site.Name}] /{page} — {what} : {(problems.Count == 0 ? "OK" : problems.Count + " problème(s)")}");
        }

        var failing = results.Where(r => r.Problems.Count > 0).ToList();
        output.WriteLine($"[{site.Name}] {what} : {results.Count} pages, {failing.Count} en échec.");
        if (failing.Count > 0)
        {
            var text = string.Join(Environment.NewLine, failing.Select(r => $"/{r.Page}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", r.Problems)));
            Assert.Fail($"[{site.Name}] {what} : {failing.Count} page(s) sur {results.Count} en échec.{Environment.NewLine}{text}");
        }
    }
}
