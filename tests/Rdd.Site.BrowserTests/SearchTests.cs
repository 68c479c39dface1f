using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Rdd.Site.BrowserTests;

/// <summary>
/// The search of the default site in a real browser: accent- and case-insensitive, tolerant of one typo, ranked (titles,
/// then sections, then texts), saying where each result was found, announced, filterable, and an A–Z index without JavaScript.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SearchTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [GeneratedRegex(@"^\d+ résultats? pour «\W*velo\W*»")]
    private static partial Regex VeloStatus();

    [GeneratedRegex(@"^\d+ résultats? pour «\W*energie\W*»")]
    private static partial Regex EnergieStatus();

    private const string WaterSection = "/partie-1/eau-et-assainissement/#";

    /// <summary>Types <paramref name="query"/>, presses Enter and waits for the status to announce the results.</summary>
    private static async Task SearchAsync(IPage page, string query)
    {
        await page.FillAsync("#recherche-texte", query);
        await page.PressAsync("#recherche-texte", "Enter");
        await Assertions.Expect(page.Locator("#recherche-statut")).ToContainTextAsync($"pour «\u00a0{query}\u00a0»");
    }

    private async Task<IPage> SearchPageAsync()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Report.Url("recherche/"));
        await Assertions.Expect(page.Locator("#recherche-formulaire")).Not.ToHaveAttributeAsync("hidden", string.Empty);
        return page;
    }

    /// <summary>The link and the « Mot trouvé … » line of each action found, in the order shown.</summary>
    private static async Task<IReadOnlyList<(string Href, string Where)>> ActionsFoundAsync(IPage page) =>
        (await page.Locator("#recherche-actions > li").EvaluateAllAsync<string[][]>(
            "items => items.map(li => [li.querySelector('a').getAttribute('href'), li.querySelector('.search-where').textContent])"))
        .Select(pair => (pair[0], pair[1]))
        .ToList();

    [Fact]
    public async Task Search_TypingAssainissement_ListsTheNineActionsOfItsSectionFirst()
    {
        var page = await SearchPageAsync();
        try
        {
            await SearchAsync(page, "assainissement");
            var found = await ActionsFoundAsync(page);
            output.WriteLine($"« assainissement » : {string.Join(" | ", found.Select(f => f.Href + " " + f.Where))}");
            Assert.True(found.Count > 9, "the section's nine actions, then those whose texts or sections' introductions say it");
            Assert.All(found.Take(9), f =>
            {
                Assert.StartsWith(WaterSection, f.Href, StringComparison.Ordinal);
                Assert.Equal("Mot trouvé dans la section Eau et assainissement.", f.Where);
            });
            Assert.DoesNotContain(found.Skip(9), f => f.Href.StartsWith(WaterSection, StringComparison.Ordinal));
            Assert.Contains(found.Skip(9), f => f.Where == "Mot trouvé dans le texte.");
            Assert.Contains(found.Skip(9), f => f.Where == "Mot trouvé dans l’introduction de la section Mobilités et déplacements.");
            var firstIntroduction = found.ToList().FindIndex(f => f.Where.Contains("introduction", StringComparison.Ordinal));
            Assert.All(found.Skip(firstIntroduction), f => Assert.Contains("introduction", f.Where, StringComparison.Ordinal));

            var others = await page.Locator("#recherche-autres > li").AllInnerTextsAsync();
            Assert.Contains(others, o => o.Contains("travaux d’assainissement", StringComparison.Ordinal) && o.Contains("Mot trouvé dans les chiffres clés.", StringComparison.Ordinal));
            var total = found.Count + others.Count;
            await Assertions.Expect(page.Locator("#recherche-statut")).ToHaveTextAsync($"{total} résultats pour «\u00a0assainissement\u00a0»");
            await Assertions.Expect(page.Locator("#recherche-statut")).ToHaveAttributeAsync("role", "status");
            Assert.Equal($"{found.Count} actions", await page.Locator("#recherche-liste h3").First.InnerTextAsync());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Search_TypingAssainisementWithATypo_FindsTheSameNineActionsFirst()
    {
        var page = await SearchPageAsync();
        try
        {
            await SearchAsync(page, "assainisement");
            var found = await ActionsFoundAsync(page);
            Assert.True(found.Count > 9);
            Assert.All(found.Take(9), f =>
            {
                Assert.StartsWith(WaterSection, f.Href, StringComparison.Ordinal);
                Assert.Equal("Mot trouvé dans la section Eau et assainissement (orthographe voisine).", f.Where);
            });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Search_TypingPcaet_ShowsItsExpansionFromTheGlossaryAndTheActionUsingIt()
    {
        var page = await SearchPageAsync();
        try
        {
            await SearchAsync(page, "PCAET");
            var found = await ActionsFoundAsync(page);
            var first = Assert.Single(found);
            Assert.Equal("/partie-3/pilotage/#plan-climat-air-energie-territorial", first.Href);
            Assert.Equal("Mot trouvé dans le titre.", first.Where);
            var glossary = page.Locator("#recherche-autres > li", new() { HasText = "dans le glossaire" });
            await Assertions.Expect(glossary).ToHaveCountAsync(1);
            await Assertions.Expect(glossary).ToContainTextAsync("PCAET — Plan Climat Air Energie Territorial");
            Assert.Equal("/glossaire/#sigle-pcaet", await glossary.Locator("a").GetAttributeAsync("href"));
            await Assertions.Expect(page.Locator("#recherche-autres > li", new() { HasText = "Mot trouvé dans le référentiel Pacte vert." })).ToHaveCountAsync(1);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("methanisation", "1 résultat pour «\u00a0methanisation\u00a0»")]
    [InlineData("xyzzy", "Aucun résultat pour «\u00a0xyzzy\u00a0»")]
    public async Task Search_Status_AnnouncesTheCountInCorrectFrench(string query, string status)
    {
        var page = await SearchPageAsync();
        try
        {
            await SearchAsync(page, query);
            await Assertions.Expect(page.Locator("#recherche-statut")).ToHaveTextAsync(status);
            Assert.Equal(query == "xyzzy", await page.Locator("#recherche-resultats").IsHiddenAsync());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Search_TypingVelo_FindsTheActionsAboutVeloAndAnnouncesTheCount()
    {
        var page = await fixture.NewPageAsync();
        try
        {
            await page.GotoAsync(fixture.Report.Url("recherche/"));
            await Assertions.Expect(page.Locator("#recherche-formulaire")).Not.ToHaveAttributeAsync("hidden", string.Empty);
            await page.FillAsync("#recherche-texte", "velo");
            await page.PressAsync("#recherche-texte", "Enter");
            await Assertions.Expect(page.Locator("#recherche-statut")).ToHaveTextAsync(VeloStatus());
            var titles = await page.Locator("#recherche-actions a").AllInnerTextsAsync();
            var hrefs = await page.Locator("#recherche-actions a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            output.WriteLine($"« velo » : {string.Join(" | ", titles)}");
            Assert.Contains(titles, t => t.Contains("Vélo", StringComparison.Ordinal) || t.Contains("vélo", StringComparison.Ordinal));
            Assert.NotEmpty(hrefs);
            Assert.All(hrefs, h => Assert.Matches(@"^/partie-\d/[a-z0-9-]+/#[a-z0-9-]+$", h));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Search_TypingEnergie_FindsEnergiesWhateverTheAccents()
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
    public async Task AToZIndex_WithoutJavaScript_ListsEveryAction()
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
    public async Task Search_PacteVertAxisChosen_KeepsOnlyItsActions()
    {
        var page = await fixture.NewPageAsync();
        try
        {
            await page.GotoAsync(fixture.Report.Url("recherche/"));
            await Assertions.Expect(page.Locator("#recherche-formulaire")).Not.ToHaveAttributeAsync("hidden", string.Empty);
            await page.SelectOptionAsync("#recherche-terme", "pacte-vert:axe-4");
            await Assertions.Expect(page.Locator("#recherche-statut")).ToContainTextAsync("rattachées à");
            var titles = await page.Locator("#recherche-actions a").AllInnerTextsAsync();
            Assert.Contains(titles, t => t.Contains("stationnement cyclable", StringComparison.Ordinal));
            Assert.DoesNotContain(titles, t => t.Contains("Tarification éco-progressive", StringComparison.Ordinal));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
