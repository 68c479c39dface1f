using System.Text.Json;
using Microsoft.Playwright;

namespace Rdd.Site.BrowserTests;

/// <summary>
/// Tables wider than the screen (RGAA 10.11, 12.8): their scrolling box is a tab stop only while the table overflows
/// (the HTML keeps it, for readers without JavaScript), and their caption stays on screen, wrapped, instead of
/// scrolling away with the table.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TableTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Boxes = """
        () => [...document.querySelectorAll('.table-wrap')].map(box => {
          const caption = box.querySelector('caption');
          const r = caption ? caption.getBoundingClientRect() : null;
          const range = document.createRange();
          if (caption) range.selectNodeContents(caption);
          const text = caption ? range.getBoundingClientRect() : null;
          return {
            caption: caption ? caption.textContent.trim() : '',
            overflows: box.scrollWidth > box.clientWidth + 1,
            tabindex: box.getAttribute('tabindex'),
            captionLeft: r ? r.left : 0,
            captionTextRight: text ? text.right : 0,
            boxRight: box.getBoundingClientRect().right,
          };
        })
        """;

    [Theory]
    [InlineData("content", 1280)]
    [InlineData("content", 320)]
    [InlineData("commune-fictive", 1280)]
    [InlineData("commune-fictive", 320)]
    public async Task TableBox_Scrolling_IsATabStopOnlyThenAndItsCaptionStaysInView(string siteName, int width)
    {
        var site = fixture.Site(siteName);
        var page = await fixture.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 }, Locale = "fr-FR" });
        try
        {
            var problems = new List<string>();
            var overflowing = 0;
            var checkedBoxes = 0;
            foreach (var path in site.Representative("CoveragePage", "BudgetPage", "IndicatorsPage"))
            {
                await page.GotoAsync(site.Url(path));
                foreach (var box in (await page.EvaluateAsync<JsonElement>(Boxes)).EnumerateArray())
                {
                    checkedBoxes++;
                    var caption = box.GetProperty("caption").GetString();
                    var overflows = box.GetProperty("overflows").GetBoolean();
                    overflowing += overflows ? 1 : 0;
                    var tabindex = box.GetProperty("tabindex").ValueKind == JsonValueKind.Null ? null : box.GetProperty("tabindex").GetString();
                    if (overflows && tabindex != "0")
                    {
                        problems.Add($"/{path} « {caption} » : le tableau défile mais sa boîte n'est pas atteignable au clavier");
                    }

                    if (!overflows && tabindex is not null)
                    {
                        problems.Add($"/{path} « {caption} » : le tableau tient à l'écran mais sa boîte reste un arrêt de tabulation vide");
                    }

                    if (box.GetProperty("captionTextRight").GetDouble() > box.GetProperty("boxRight").GetDouble() + 1 || box.GetProperty("captionLeft").GetDouble() < -1)
                    {
                        problems.Add($"/{path} « {caption} » : le titre du tableau sort de sa boîte");
                    }
                }
            }

            output.WriteLine($"[{site.Name}] {width} px : {checkedBoxes} tableaux, dont {overflowing} qui défilent");
            Assert.True(checkedBoxes > 0);
            if (width == 320 && siteName == "content")
            {
                Assert.True(overflowing > 0, "à 320 px, la matrice de couverture devrait défiler");
            }

            Assert.Empty(problems);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
