using System.Text.Json;
using Microsoft.Playwright;

namespace Rdd.Site.BrowserTests;

/// <summary>
/// Charts as a reader with low vision uses them (RGAA 10.4, WCAG 1.4.4 and 1.4.12): every text of the budget chart and
/// of the indicators' trends is HTML that grows with the text size — none is clipped, overlaps a bar or another
/// text, or leaves the screen, at 1280 px, at 320 px, with the text size doubled and with the text-spacing override —
/// and each contrasts at least 4.5:1 with the page, in both themes.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Check = """
        () => {
          const lum = c => { const m = c.match(/[\d.]+/g).map(Number); const f = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(m[0]) + 0.7152 * f(m[1]) + 0.0722 * f(m[2]); };
          const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
          const background = e => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c; } return 'rgb(255, 255, 255)'; };
          const overlap = (a, b) => a.left < b.right - 0.5 && a.right > b.left + 0.5 && a.top < b.bottom - 0.5 && a.bottom > b.top + 0.5;
          const problems = [];
          const width = document.documentElement.clientWidth;
          const texts = [...document.querySelectorAll('.hbar-label, .hbar-value, .trend-values li, .trend-axes, .chart-legend li')];
          const bars = [...document.querySelectorAll('.hbar-track rect, .trend-svg')].map(r => r.getBoundingClientRect()).filter(r => r.width > 0);
          const boxes = texts.map(t => { const range = document.createRange(); range.selectNodeContents(t); return range.getBoundingClientRect(); });
          texts.forEach((t, i) => {
            const name = '« ' + t.textContent.trim() + ' »';
            const r = boxes[i];
            if (t.scrollWidth > t.clientWidth + 1 || t.scrollHeight > t.clientHeight + 1) problems.push(name + ' est coupé');
            if (r.right > width + 1 || r.left < -1) problems.push(name + ' sort de l\'écran');
            if (bars.some(b => overlap(r, b))) problems.push(name + ' chevauche une barre');
            boxes.forEach((other, j) => { if (j > i && !texts[j].contains(t) && !t.contains(texts[j]) && overlap(r, other)) problems.push(name + ' chevauche « ' + texts[j].textContent.trim() + ' »'); });
            const k = ratio(getComputedStyle(t).color, background(t));
            if (k < 4.5) problems.push(name + ' contraste ' + k.toFixed(2) + ':1');
          });
          return { count: texts.length, svgTexts: document.querySelectorAll('svg text').length, problems };
        }
        """;

    public static TheoryData<string, string, int, string> Cases => new()
    {
        { "content", "light", 1280, "normal" },
        { "content", "dark", 1280, "normal" },
        { "content", "light", 320, "normal" },
        { "content", "light", 1280, "texte 200 %" },
        { "content", "light", 320, "texte 200 %" },
        { "content", "light", 1280, "espacement du texte" },
        { "commune-fictive", "light", 1280, "normal" },
        { "commune-fictive", "dark", 320, "texte 200 %" },
        { "commune-fictive", "light", 1280, "espacement du texte" },
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task ChartTexts_Enlarged_ReflowWithoutBeingClippedOrOverlapping(string siteName, string theme, int width, string text)
    {
        var site = fixture.Site(siteName);
        var page = await fixture.NewPageAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
            ColorScheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            Locale = "fr-FR",
            // The text-spacing override is a style sheet the reader adds (a bookmarklet, an extension): the site's CSP
            // would refuse it as inline style.
            BypassCSP = true,
        });
        try
        {
            var pages = site.Representative("BudgetPage", "IndicatorsPage");
            Assert.NotEmpty(pages);
            foreach (var chartPage in pages)
            {
                await page.GotoAsync(site.Url(chartPage));
                if (text == "texte 200 %")
                {
                    // What the browser's « text size » setting does: every rem and em doubles, zoom stays at 100 %.
                    await page.EvaluateAsync("() => { document.documentElement.style.fontSize = '200%'; }");
                }
                else if (text == "espacement du texte")
                {
                    await page.AddStyleTagAsync(new PageAddStyleTagOptions
                    {
                        Content = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }",
                    });
                }

                var result = await page.EvaluateAsync<JsonElement>(Check);
                var count = result.GetProperty("count").GetInt32();
                output.WriteLine($"[{site.Name}] /{chartPage}, thème {theme}, {width} px, {text} : {count} textes de graphique vérifiés");
                Assert.True(count > 0, $"/{chartPage} devrait avoir des textes de graphique");
                Assert.Equal(0, result.GetProperty("svgTexts").GetInt32());
                Assert.Empty(result.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("content")]
    [InlineData("commune-fictive")]
    public async Task BudgetSeries_ForcedColours_StayDistinct(string siteName)
    {
        var site = fixture.Site(siteName);
        var page = await fixture.NewPageAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            ForcedColors = ForcedColors.Active,
            Locale = "fr-FR",
        });
        try
        {
            await page.GotoAsync(site.Url(site.Representative("BudgetPage").Single()));
            var result = await page.EvaluateAsync<JsonElement>("""
                () => {
                  const sample = s => getComputedStyle(document.querySelector('.chart-legend .legend-' + s), '::before');
                  const bar = s => document.querySelector('.hbar--' + s + ' .hbar-track rect');
                  return {
                    forced: matchMedia('(forced-colors: active)').matches,
                    operatingSample: sample('operating').backgroundImage + ' ' + sample('operating').backgroundColor,
                    investmentSample: sample('investment').backgroundImage + ' ' + sample('investment').backgroundColor,
                    operatingBar: getComputedStyle(bar('operating')).fill,
                    investmentBar: getComputedStyle(bar('investment')).fill,
                  };
                }
                """);
            Assert.True(result.GetProperty("forced").GetBoolean(), "les couleurs forcées devraient être émulées");
            output.WriteLine(result.ToString());
            Assert.NotEqual(result.GetProperty("operatingSample").GetString(), result.GetProperty("investmentSample").GetString());
            Assert.Contains("gradient", result.GetProperty("investmentSample").GetString(), StringComparison.Ordinal);
            Assert.NotEqual(result.GetProperty("operatingBar").GetString(), result.GetProperty("investmentBar").GetString());
            Assert.Contains("url(", result.GetProperty("investmentBar").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
