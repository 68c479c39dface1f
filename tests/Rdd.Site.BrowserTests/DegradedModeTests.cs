using System.Text.Json;
using Microsoft.Playwright;

namespace Rdd.Site.BrowserTests;

/// <summary>
/// Pages stay usable without JavaScript (RGAA 7; one page of each kind: the site ships no script) and every page
/// without the stylesheet (RGAA 10.3): the main content is there, starts with the page's only h1, its headings do not
/// skip levels, and without CSS they read top to bottom in DOM order.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DegradedModeTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Check = """
        (withoutCss) => {
          const problems = [];
          const main = document.querySelector('main#contenu');
          if (!main) return ['pas de <main id="contenu">'];
          if (main.innerText.trim().length === 0) problems.push('contenu principal vide');
          const h1s = document.querySelectorAll('h1');
          if (h1s.length !== 1) problems.push(h1s.length + ' titres h1 dans la page au lieu d\'un');
          if (!main.firstElementChild || main.firstElementChild.tagName !== 'H1') problems.push('le premier élément du contenu principal n\'est pas le h1 mais <' + (main.firstElementChild ? main.firstElementChild.tagName.toLowerCase() : 'rien') + '>');
          const headings = [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(h => !h.closest('[hidden]'));
          let previous = 0, previousTop = -Infinity;
          for (const h of headings) {
            const level = Number(h.tagName[1]);
            const text = h.innerText.trim().slice(0, 60);
            if (level > previous + 1) problems.push('saut de niveau de titre : h' + level + ' « ' + text + ' » après h' + previous);
            const r = h.getBoundingClientRect();
            if (r.height === 0 || r.width === 0) problems.push('titre invisible : h' + level + ' « ' + text + ' »');
            else if (withoutCss && r.top < previousTop) problems.push('ordre de lecture : h' + level + ' « ' + text + ' » affiché au-dessus du titre qui le précède dans le code');
            else previousTop = r.top;
            previous = level;
          }
          return problems;
        }
        """;

    [Theory]
    [InlineData("content")]
    [InlineData("commune-fictive")]
    public async Task EveryKindOfPage_WithoutJavaScript_ReadsWell(string siteName)
    {
        var site = fixture.Site(siteName);
        var options = new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 }, JavaScriptEnabled = false, Locale = "fr-FR" };
        var results = await PageRunner.RunAsync(fixture, site, site.Representative(), async (page, url) =>
        {
            await page.GotoAsync(url);
            return (await page.EvaluateAsync<JsonElement>(Check, false)).EnumerateArray().Select(p => p.GetString()!).ToList();
        }, options);
        PageRunner.Report(output, site, "sans JavaScript", results);
    }

    [Theory]
    [InlineData("content")]
    [InlineData("commune-fictive")]
    public async Task EveryPage_WithoutTheStylesheet_ReadsWell(string siteName)
    {
        var site = fixture.Site(siteName);
        var results = await PageRunner.RunAsync(fixture, site, site.Pages, async (page, url) =>
        {
            await page.RouteAsync("**/*.css", route => route.AbortAsync());
            await page.GotoAsync(url);
            var problems = new List<string>();
            if (await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.skip-link')).position") == "absolute")
            {
                problems.Add("la feuille de style n'a pas été bloquée");
            }

            problems.AddRange((await page.EvaluateAsync<JsonElement>(Check, true)).EnumerateArray().Select(p => p.GetString()!));
            return problems;
        });
        PageRunner.Report(output, site, "sans feuille de style", results);
    }
}
