using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Rdd.Site.BrowserTests;

/// <summary>The search of the default site in a real browser: accent- and case-insensitive, announced, filterable, and an A–Z index without JavaScript.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SearchTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [GeneratedRegex(@"^\d+ résultats? pour «\W*velo\W*»")]
    private static partial Regex VeloStatus();

    [GeneratedRegex(@"^\d+ résultats? pour «\W*energie\W*»")]
    private static partial Regex EnergieStatus();

    [Fact]
    public async Task Typing_velo_finds_the_actions_about_velo_and_announces_the_count()
    {
        var page = await fixture.NewPageAsync();
        try
        {
            await page.GotoAsync(fixture.Report.Url("recherche/"));
            await Assertions.Expect(page.Locator("#recherche-formulaire")).Not.ToHaveAttributeAsync("hidden", string.Empty);
            await page.FillAsync("#recherche-texte", "velo");
            await page.PressAsync("#recherche-texte", "Enter");
            await Assertions.Expect(page.Locator("#recherche-statut")).ToHaveTextAsync(VeloStatus());
            var titles = await page.Locator("#recherche-liste a").AllInnerTextsAsync();
            var hrefs = await page.Locator("#recherche-liste a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            output.WriteLine($"« velo » : {string.Join(" | ", titles)}");
            Assert.Contains(titles, t => t.Contains("Vélo", StringComparison.Ordinal) || t.Contains("vélo", StringComparison.Ordinal));
            var actionLinks = hrefs.Where(h => h.Contains('#', StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(actionLinks);
            Assert.All(actionLinks, h => Assert.Matches(@"^/partie-\d/[a-z0-9-]+/#[a-z0-9-]+$", h));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Typing_energie_finds_energies_whatever_the_accents()
    {
        var page = await fixture.NewPageAsync();
        try
        {
            await page.GotoAsync(fixture.Report.Url("recherche/"));
            await Assertions.Expect(page.Locator("#recherche-formulaire")).Not.ToHaveAttributeAsync("hidden", string.Empty);
            await page.FillAsync("#recherche-texte", "energie");
            await page.PressAsync("#recherche-texte", "Enter");
            await Assertions.Expect(page.Locator("#recherche-statut")).ToHaveTextAsync(EnergieStatus());
            var texts = await page.Locator("#recherche-liste").InnerTextAsync();
            var count = await page.Locator("#recherche-liste a").CountAsync();
            output.WriteLine($"« energie » : {count} résultats");
            Assert.True(count > 0);
            Assert.Contains("énergie", texts.ToLowerInvariant(), StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Without_javascript_the_A_to_Z_index_lists_every_action()
    {
        var page = await fixture.NewPageAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        try
        {
            await page.GotoAsync(fixture.Report.Url("recherche/"));
            Assert.False(await page.Locator("#recherche-formulaire").IsVisibleAsync());
            Assert.Equal(152, await page.Locator(".az-list li").CountAsync());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}

/// <summary>The search's filter by a strategy term, declared in YAML only.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTermFilterTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Choosing_a_pacte_vert_axis_keeps_only_its_actions()
    {
        var page = await fixture.NewPageAsync();
        try
        {
            await page.GotoAsync(fixture.Report.Url("recherche/"));
            await Assertions.Expect(page.Locator("#recherche-formulaire")).Not.ToHaveAttributeAsync("hidden", string.Empty);
            await page.SelectOptionAsync("#recherche-terme", "pacte-vert:axe-4");
            await Assertions.Expect(page.Locator("#recherche-statut")).ToContainTextAsync("rattachées à");
            var titles = await page.Locator("#recherche-liste a[href*='#']").AllInnerTextsAsync();
            Assert.Contains(titles, t => t.Contains("stationnement cyclable", StringComparison.Ordinal));
            Assert.DoesNotContain(titles, t => t.Contains("Tarification éco-progressive", StringComparison.Ordinal));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
