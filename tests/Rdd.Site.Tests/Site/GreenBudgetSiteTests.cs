using Rdd.Site.Content;
using Rdd.Site.Data;
using Rdd.Site.Tests.Content;

namespace Rdd.Site.Tests.Site;

/// <summary>The green budget page, its CSV and its chapter of the full report, built from the fictional statement.</summary>
public sealed class GreenBudgetSiteTests : IAsyncLifetime
{
    private readonly TempContent _content = GreenBudgetContentTests.WithFictionalStatement();
    private SiteBuild _build = default!;

    public async Task InitializeAsync() => _build = await SiteGenerator.BuildAsync(_content.Root, new BuildOptions());

    public Task DisposeAsync()
    {
        _content.Dispose();
        return Task.CompletedTask;
    }

    private string Page(string path) => _build.Files!.Text(path);

    [Fact]
    public void Build_FictionalStatement_Succeeds()
    {
        Assert.True(_build.Success, string.Join('\n', _build.Diagnostics));
    }

    [Fact]
    public void GreenBudgetPage_ShowsTheChartAndTheSameSharesAsATable()
    {
        var html = Page("budget-vert/index.html");

        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.Contains("Impact du budget 2024 pour la transition écologique", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-labelledby=\"graphique-budget-vert-titre graphique-budget-vert-desc\"", html, StringComparison.Ordinal);
        // The chart's description states every share (the SVG encodes accents as entities).
        Assert.Contains("Axe 1, atténuation du changement climatique\u00a0: très favorable 60\u00a0%, favorable 22,5\u00a0%, neutre 0\u00a0%, défavorable 15\u00a0%, non coté 2,5\u00a0%.", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("<caption id=\"tableau-budget-vert-parts\">", html, StringComparison.Ordinal);
        Assert.Contains("1\u202f200\u202f000\u00a0€ (60\u00a0%)", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("Les mêmes données figurent dans le tableau ci-dessous.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void GreenBudgetPage_KeepsNotRatedApartFromAMissingClass()
    {
        var html = Page("budget-vert/index.html");

        Assert.Contains(">Non coté</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("non renseigné", html, StringComparison.Ordinal);
    }

    [Fact]
    public void BudgetAndHomePages_LinkToTheGreenBudget()
    {
        Assert.Contains("href=\"/budget-vert/\"", Page("budget/index.html"), StringComparison.Ordinal);
        Assert.Contains("href=\"/budget-vert/\"", Page("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void OpenData_PublishesTheCsvAndDescribesItsColumns()
    {
        var rows = Csv.Parse(_build.Files!["donnees/budget-vert.csv"]);
        var data = Page("donnees/index.html");

        Assert.Equal(["exercice", "id", "libelle", "compte", "fonction", "montant", "axe", "axe_libelle", "classe"], rows[0]);
        Assert.Equal(9, rows.Count);
        Assert.Contains(rows, r => r[1] == "pistes-cyclables" && r[6] == "6" && r[8] == "non-cote");
        Assert.Contains("budget-vert.csv", data, StringComparison.Ordinal);
        Assert.Contains("quand la collectivité déclare ne pas l&#x27;avoir cotée", data, StringComparison.Ordinal);
    }

    [Fact]
    public void FullReport_HasTheGreenBudgetChapterInItsContents()
    {
        var html = Page("rapport-complet/index.html");

        Assert.Contains("href=\"#budget-vert\"", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"budget-vert\">Impact du budget 2024 pour la transition écologique</h2>", html, StringComparison.Ordinal);
        Assert.Contains("tableau-budget-vert-depenses", html, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultContent_HasNoGreenBudget()
    {
        // Carcassonne Agglo's 2024 report does not publish the statement: none is invented.
        Assert.False(System.IO.File.Exists(Path.Combine(TempContent.RepoRoot, "content", "2024", GreenBudgetReader.FileName)));
        Assert.Null(ContentLoader.Load(Path.Combine(TempContent.RepoRoot, "content")).Latest!.Report.GreenBudget);
    }
}
