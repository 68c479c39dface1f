using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Rdd.Site.BrowserTests;

/// <summary>
/// Keyboard use on one page of each main kind: the skip link comes first, is visible and leads into the main content;
/// Tab visits every link and control in DOM order, each with a visible focus indicator, and leaves the page at the end.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly string[] Kinds = ["HomePage", "PartPage", "SectionPage", "BudgetPage", "CoveragePage", "GlossaryPage", "AccessibilityPage"];

    /// <summary>Marks every element reachable with Tab, in DOM order, and returns their unfocused look.</summary>
    private const string MarkFocusables = """
        () => {
          const selector = 'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable=""], [contenteditable="true"]';
          const shown = e => { const s = getComputedStyle(e); return s.display !== 'none' && s.visibility !== 'hidden' && e.getClientRects().length > 0; };
          return [...document.querySelectorAll(selector)].filter(shown).map((e, i) => {
            e.setAttribute('data-kb', String(i));
            const s = getComputedStyle(e);
            return { label: e.tagName.toLowerCase() + (e.getAttribute('class') ? '.' + [...e.classList].join('.') : '') + ' « ' + (e.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50) + ' »',
                     outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor, shadow: s.boxShadow };
          });
        }
        """;

    /// <summary>The focused element and how it looks.</summary>
    private const string Focused = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body || e === document.documentElement) return null;
          const s = getComputedStyle(e);
          const r = e.getBoundingClientRect();
          return { index: e.getAttribute('data-kb'), id: e.id, tag: e.tagName.toLowerCase(), cls: e.getAttribute('class') || '',
                   outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth), outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor, shadow: s.boxShadow,
                   left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height,
                   vw: document.documentElement.clientWidth, vh: window.innerHeight,
                   inMain: !!e.closest('main#contenu') };
        }
        """;

    [Theory]
    [InlineData("content")]
    [InlineData("commune-fictive")]
    public async Task SkipLink_FirstTab_IsVisibleAndLeadsToTheMainContent(string siteName)
    {
        var site = fixture.Site(siteName);
        var results = await PageRunner.RunAsync(fixture, site, site.Representative(Kinds), async (page, url) =>
        {
            var problems = new List<string>();
            await page.GotoAsync(url);
            await page.Keyboard.PressAsync("Tab");
            var skip = await FocusedAsync(page);
            if (skip is null || !skip.Value.GetProperty("cls").GetString()!.Contains("skip-link", StringComparison.Ordinal))
            {
                problems.Add($"la première tabulation ne donne pas le focus au lien d'évitement mais à {Label(skip)}");
                return problems;
            }

            if (!InViewport(skip.Value))
            {
                problems.Add($"lien d'évitement focalisé hors de l'écran ou sans taille : {Box(skip.Value)}");
            }

            if (!HasRing(skip.Value, null))
            {
                problems.Add($"lien d'évitement sans indicateur de focus visible ({skip.Value.GetProperty("outline").GetString()})");
            }

            await page.Keyboard.PressAsync("Enter");
            var target = await FocusedAsync(page);
            if (target is null || target.Value.GetProperty("id").GetString() != "contenu")
            {
                problems.Add($"Entrée sur le lien d'évitement ne déplace pas le focus sur <main id=\"contenu\"> mais sur {Label(target)}");
                return problems;
            }

            await page.Keyboard.PressAsync("Tab");
            var next = await FocusedAsync(page);
            var mainHasFocusable = await page.EvaluateAsync<bool>("() => !!document.querySelector('main#contenu [data-kb], main#contenu a[href], main#contenu [tabindex=\"0\"]')");
            if (mainHasFocusable && (next is null || !next.Value.GetProperty("inMain").GetBoolean()))
            {
                problems.Add($"après le lien d'évitement, Tab ne mène pas au premier élément du contenu mais à {Label(next)}");
            }

            return problems;
        });
        PageRunner.Report(output, site, "lien d'évitement", results);
    }

    [Theory]
    [InlineData("content")]
    [InlineData("commune-fictive")]
    public async Task Tab_EveryPage_VisitsEveryControlInDomOrderWithAVisibleFocusAndNoTrap(string siteName)
    {
        var site = fixture.Site(siteName);
        var results = await PageRunner.RunAsync(fixture, site, site.Representative(Kinds), async (page, url) =>
        {
            var problems = new List<string>();
            await page.GotoAsync(url);
            var focusables = (await page.EvaluateAsync<JsonElement>(MarkFocusables)).EnumerateArray().ToList();
            for (var i = 0; i < focusables.Count; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                await ScrolledIntoViewAsync(page);
                var focused = await FocusedAsync(page);
                var expected = i.ToString(CultureInfo.InvariantCulture);
                if (focused is null || focused.Value.GetProperty("index").ValueKind == JsonValueKind.Null || focused.Value.GetProperty("index").GetString() != expected)
                {
                    problems.Add($"tabulation n° {i + 1} : attendu {focusables[i].GetProperty("label").GetString()}, obtenu {Label(focused)} (ordre de tabulation différent de l'ordre du DOM)");
                    break;
                }

                if (!HasRing(focused.Value, focusables[i]))
                {
                    problems.Add($"tabulation n° {i + 1} : {focusables[i].GetProperty("label").GetString()} sans indicateur de focus visible (contour {focused.Value.GetProperty("outline").GetString()}, ombre {focused.Value.GetProperty("shadow").GetString()})");
                }

                if (!Intersects(focused.Value))
                {
                    problems.Add($"tabulation n° {i + 1} : {focusables[i].GetProperty("label").GetString()} focalisé hors de l'écran {Box(focused.Value)}");
                }
            }

            if (problems.Count == 0)
            {
                // One more Tab leaves the page (focus back on the body, i.e. the browser's interface) or wraps to the start.
                await page.Keyboard.PressAsync("Tab");
                var after = await FocusedAsync(page);
                if (after is not null && after.Value.GetProperty("index").GetString() != "0")
                {
                    problems.Add($"après {focusables.Count} tabulations, le focus est encore sur {Label(after)} au lieu de quitter la page : piège ou élément en trop");
                }
            }

            output.WriteLine($"[{site.Name}] {new Uri(url).AbsolutePath} : {focusables.Count} éléments parcourus au clavier");
            return problems;
        },
        // Instant scrolling: smooth scrolling (the site's default without reduced motion) only delays when the focused
        // element comes into view, and made this test flaky on a loaded machine; what is tested is focus, not animation.
        new BrowserNewContextOptions { ReducedMotion = ReducedMotion.Reduce });
        PageRunner.Report(output, site, "parcours au clavier", results);
    }

    /// <summary>
    /// Waits for the browser to bring the focused element into view: with « scroll-behavior: smooth » (kept for people
    /// who did not ask for reduced motion) the scroll takes a few hundred milliseconds.
    /// </summary>
    private static async Task ScrolledIntoViewAsync(Microsoft.Playwright.IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync(
                "() => { const e = document.activeElement; if (!e || e === document.body) return true; const r = e.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < document.documentElement.clientWidth; }",
                null, new() { Timeout = 5000, PollingInterval = 50 });
        }
        catch (TimeoutException)
        {
            // Reported by the caller as focus off screen.
        }
    }

    private static async Task<JsonElement?> FocusedAsync(Microsoft.Playwright.IPage page)
    {
        var value = await page.EvaluateAsync<JsonElement?>(Focused);
        return value is { ValueKind: JsonValueKind.Object } ? value : null;
    }

    /// <summary>
    /// A visible focus indicator: an outline of at least 2 px, or a box shadow that the unfocused element does not have.
    /// </summary>
    private static bool HasRing(JsonElement focused, JsonElement? unfocused)
    {
        var outline = focused.GetProperty("outlineStyle").GetString() != "none" && focused.GetProperty("outlineWidth").GetDouble() >= 2;
        var shadow = focused.GetProperty("shadow").GetString();
        var shadowChanged = shadow != "none" && (unfocused is null || shadow != unfocused.Value.GetProperty("shadow").GetString());
        return outline || shadowChanged;
    }

    private static bool InViewport(JsonElement e) =>
        e.GetProperty("width").GetDouble() > 0 && e.GetProperty("height").GetDouble() > 0
        && e.GetProperty("left").GetDouble() >= 0 && e.GetProperty("top").GetDouble() >= 0
        && e.GetProperty("right").GetDouble() <= e.GetProperty("vw").GetDouble() && e.GetProperty("bottom").GetDouble() <= e.GetProperty("vh").GetDouble();

    private static bool Intersects(JsonElement e) =>
        e.GetProperty("width").GetDouble() > 0 && e.GetProperty("height").GetDouble() > 0
        && e.GetProperty("bottom").GetDouble() > 0 && e.GetProperty("top").GetDouble() < e.GetProperty("vh").GetDouble()
        && e.GetProperty("right").GetDouble() > 0 && e.GetProperty("left").GetDouble() < e.GetProperty("vw").GetDouble();

    private static string Box(JsonElement e) => string.Create(CultureInfo.InvariantCulture,
        $"(gauche {e.GetProperty("left").GetDouble():0}, haut {e.GetProperty("top").GetDouble():0}, {e.GetProperty("width").GetDouble():0} × {e.GetProperty("height").GetDouble():0}, écran {e.GetProperty("vw").GetDouble():0} × {e.GetProperty("vh").GetDouble():0})");

    private static string Label(JsonElement? e) => e is null
        ? "aucun élément (body)"
        : $"<{e.Value.GetProperty("tag").GetString()} class=\"{e.Value.GetProperty("cls").GetString()}\" id=\"{e.Value.GetProperty("id").GetString()}\">";
}
