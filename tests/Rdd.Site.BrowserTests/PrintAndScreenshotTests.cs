using System.Text.Json;
using Microsoft.Playwright;

namespace Rdd.Site.BrowserTests;

/// <summary>The print stylesheet, and screenshots of the home page for a person to look at (not compared).</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintAndScreenshotTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Theory]
    [InlineData("content")]
    [InlineData("commune-fictive")]
    public async Task SectionPage_Printed_HidesTheNavigationAndKeepsTheContent(string siteName)
    {
        var site = fixture.Site(siteName);
        var page = await fixture.NewPageAsync();
        try
        {
            var section = site.Representative("SectionPage").Single();
            await page.GotoAsync(site.Url(section));
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            var state = await page.EvaluateAsync<JsonElement>("""
                () => {
                  const shown = sel => [...document.querySelectorAll(sel)].filter(e => getComputedStyle(e).display !== 'none').length;
                  const main = document.querySelector('main#contenu');
                  const r = main.getBoundingClientRect();
                  return { nav: shown('.main-nav'), breadcrumb: shown('.breadcrumb'), skip: shown('.skip-link'), mainShown: getComputedStyle(main).display !== 'none' && getComputedStyle(main).visibility !== 'hidden' && r.height > 0 && r.width > 0, mainText: main.innerText.trim().length };
                }
                """);
            output.WriteLine($"[{site.Name}] impression de /{section} : {state}");
            Assert.Equal(0, state.GetProperty("nav").GetInt32());
            Assert.Equal(0, state.GetProperty("breadcrumb").GetInt32());
            Assert.Equal(0, state.GetProperty("skip").GetInt32());
            Assert.True(state.GetProperty("mainShown").GetBoolean(), "le contenu principal doit rester visible à l'impression");
            Assert.True(state.GetProperty("mainText").GetInt32() > 0, "le contenu principal imprimé ne doit pas être vide");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("content", 1280)]
    [InlineData("content", 375)]
    [InlineData("commune-fictive", 1280)]
    [InlineData("commune-fictive", 375)]
    public async Task HomePage_Screenshot_IsSavedForReview(string siteName, int width)
    {
        var site = fixture.Site(siteName);
        var page = await fixture.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 }, ColorScheme = ColorScheme.Light, Locale = "fr-FR" });
        try
        {
            await page.GotoAsync(site.Url(""));
            var folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"accueil-{site.Name}-{width}px.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            output.WriteLine($"Capture d'écran : {path}");
            Assert.True(new FileInfo(path).Length > 0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
