using System.Text.Json;
using Microsoft.Playwright;

namespace Rdd.Site.BrowserTests;

/// <summary>
/// Reflow (WCAG 1.4.10, RGAA 10.11): at 320 CSS px wide, and at 640 CSS px (a 1280 px window zoomed to 200 %), no page
/// scrolls horizontally and no text is cut by a box that hides its overflow. Data tables scroll inside their own
/// region (.table-wrap) by design.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReflowTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Check = """
        () => {
          const problems = [];
          const de = document.documentElement;
          const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('class') ? '.' + [...e.classList].join('.') : '');
          if (de.scrollWidth > de.clientWidth) {
            const wide = [...document.body.querySelectorAll('*')]
              .filter(e => e.getBoundingClientRect().right > de.clientWidth + 0.5 && !e.closest('.table-wrap, .visually-hidden'))
              .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= de.clientWidth + 0.5)
              .slice(0, 5).map(e => name(e) + ' (bord droit ' + Math.round(e.getBoundingClientRect().right) + ' px)');
            problems.push('défilement horizontal : largeur ' + de.scrollWidth + ' px pour ' + de.clientWidth + ' px visibles ; dépassent : ' + wide.join(', '));
          }
          for (const e of document.body.querySelectorAll('*')) {
            if (!(e instanceof HTMLElement) || e.closest('.visually-hidden') || e.classList.contains('table-wrap')) continue;
            const s = getComputedStyle(e);
            if (s.display === 'none') continue;
            const hides = v => v === 'hidden' || v === 'clip';
            const cutX = hides(s.overflowX) && e.scrollWidth > e.clientWidth + 1;
            const cutY = hides(s.overflowY) && e.scrollHeight > e.clientHeight + 1;
            if (cutX || cutY) problems.push('contenu coupé : ' + name(e) + ' (' + e.scrollWidth + ' × ' + e.scrollHeight + ' dans ' + e.clientWidth + ' × ' + e.clientHeight + ')');
          }
          return problems;
        }
        """;

    [Theory]
    [InlineData("content")]
    [InlineData("commune-fictive")]
    public async Task EveryPage_At320PxAnd200PercentZoom_NeitherScrollsHorizontallyNorCutsText(string siteName)
    {
        var site = fixture.Site(siteName);
        var options = new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 800 }, Locale = "fr-FR" };
        var results = await PageRunner.RunAsync(fixture, site, site.Pages, async (page, url) =>
        {
            var problems = new List<string>();
            await page.SetViewportSizeAsync(320, 800);
            await page.GotoAsync(url);
            problems.AddRange((await page.EvaluateAsync<JsonElement>(Check)).EnumerateArray().Select(p => "320 px : " + p.GetString()));
            await page.SetViewportSizeAsync(640, 800);
            problems.AddRange((await page.EvaluateAsync<JsonElement>(Check)).EnumerateArray().Select(p => "1280 px à 200 % (640 px) : " + p.GetString()));
            return problems;
        }, options);
        PageRunner.Report(output, site, "redistribution (320 px, 200 %)", results);
    }
}
