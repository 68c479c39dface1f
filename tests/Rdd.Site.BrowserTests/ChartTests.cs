using System.Text.Json;
using Microsoft.Playwright;

namespace Rdd.Site.BrowserTests;

/// <summary>
/// axe cannot tell the background of text inside an SVG (it leaves the budget chart's labels « incomplete »): this
/// checks what a person would, in both themes — no label overlaps a bar, so each one sits on the page background, and
/// its fill contrasts at least 4.5:1 with that background.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Check = """
        () => {
          const lum = c => { const m = c.match(/[\d.]+/g).map(Number); const f = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(m[0]) + 0.7152 * f(m[1]) + 0.0722 * f(m[2]); };
          const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
          const problems = [];
          let bg = 'rgb(255, 255, 255)';
          for (let e = document.querySelector('.chart'); e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { bg = c; break; } }
          if (bg === 'rgb(255, 255, 255)' && getComputedStyle(document.body).backgroundColor) bg = getComputedStyle(document.body).backgroundColor;
          const bars = [...document.querySelectorAll('.chart-svg rect')].filter(r => !r.closest('pattern')).map(r => r.getBoundingClientRect());
          const texts = [...document.querySelectorAll('.chart-svg text')];
          for (const t of texts) {
            const r = t.getBoundingClientRect();
            for (const b of bars) {
              if (b.width > 0 && r.left < b.right - 0.5 && r.right > b.left + 0.5 && r.top < b.bottom - 0.5 && r.bottom > b.top + 0.5) { problems.push('« ' + t.textContent + ' » chevauche une barre'); break; }
            }
            const k = ratio(getComputedStyle(t).fill, bg);
            if (k < 4.5) problems.push('« ' + t.textContent + ' » contraste ' + k.toFixed(2) + ':1 sur ' + bg);
          }
          return { count: texts.length, problems };
        }
        """;

    [Theory]
    [InlineData("content", "light")]
    [InlineData("content", "dark")]
    [InlineData("commune-fictive", "light")]
    [InlineData("commune-fictive", "dark")]
    public async Task Budget_chart_labels_sit_beside_the_bars_and_contrast_with_the_page(string siteName, string theme)
    {
        var site = fixture.Site(siteName);
        var page = await fixture.NewPageAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            ColorScheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            Locale = "fr-FR",
        });
        try
        {
            var budget = site.Representative("BudgetPage").Single();
            await page.GotoAsync(site.Url(budget));
            var result = await page.EvaluateAsync<JsonElement>(Check);
            output.WriteLine($"[{site.Name}] /{budget}, thème {theme} : {result.GetProperty("count").GetInt32()} textes du graphique vérifiés");
            Assert.True(result.GetProperty("count").GetInt32() > 0, "le graphique du budget devrait avoir des étiquettes");
            Assert.Empty(result.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
