using Rdd.Site.Pages;
using Rdd.Site.Tests.Content;

namespace Rdd.Site.Tests.Site;

/// <summary>A content folder with two report years: the latest at the root, the older under its year, trends and continuity.</summary>
public sealed class MultiYearTests : IAsyncLifetime
{
    private static readonly string TwoYears = Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "commune-deux-annees");

    private SiteBuild _build = null!;

    public async Task InitializeAsync() => _build = await SiteGenerator.BuildAsync(TwoYears, new BuildOptions());

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Build_WritesTheLatestYearAtTheRootAndTheOlderUnderItsYear()
    {
        Assert.True(_build.Success, string.Join('\n', _build.Diagnostics));
        var files = _build.Files!;
        Assert.Contains("Rapport sur la situation en matière de développement durable 2025", files.Text("index.html"), StringComparison.Ordinal);
        Assert.Contains("Rapport sur la situation en matière de développement durable 2024", files.Text("2024/index.html"), StringComparison.Ordinal);
        Assert.True(files.Contains("2024/partie-1/climat/index.html"));
        Assert.False(files.Contains("2024/assets/site.css"));
        Assert.Contains("href=\"/assets/site.css\"", files.Text("2024/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPage_HasTheYearsMenuWithTheCurrentYearMarked()
    {
        var latest = _build.Files!.Text("partie-1/index.html");
        var older = _build.Files.Text("2024/partie-1/index.html");
        Assert.Contains("<a href=\"/\" aria-current=\"true\"><span class=\"visually-hidden\">Rapport </span>2025</a>", latest, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/2024/\" aria-current=\"true\"><span class=\"visually-hidden\">Rapport </span>2024</a>", older, StringComparison.Ordinal);
    }

    [Fact]
    public void ContinuedAction_LinksToItsPreviousVersion_AndBack()
    {
        var latest = _build.Files!.Text("partie-1/climat/index.html");
        Assert.Contains("href=\"/2024/partie-1/climat/#schema-velo\"", latest, StringComparison.Ordinal);
        var older = _build.Files.Text("2024/partie-1/climat/index.html");
        Assert.Contains("href=\"/partie-1/climat/#plan-velo\"", older, StringComparison.Ordinal);
    }

    [Fact]
    public void IndicatorsPage_ShowsTheTrendAcrossYears_AsChartAndTable()
    {
        var page = System.Net.WebUtility.HtmlDecode(_build.Files!.Text("indicateurs/index.html"));
        Assert.Contains("role=\"img\"", page, StringComparison.Ordinal);
        Assert.Contains("2023\u00a0: 9\u202f310", page, StringComparison.Ordinal);
        Assert.Contains("2024\u00a0: 8\u202f900", page, StringComparison.Ordinal);
        Assert.Contains("2025\u00a0: 8\u202f420", page, StringComparison.Ordinal);
        Assert.Contains("<caption", page, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressPage_ListsWhatWasLaunchedContinuedAndCompleted()
    {
        var page = _build.Files!.Text("avancement/index.html");
        Assert.Contains("Lancées cette année", page, StringComparison.Ordinal);
        Assert.Contains("Poursuivies, renforcées ou renouvelées", page, StringComparison.Ordinal);
        Assert.Contains("Achevées", page, StringComparison.Ordinal);
        Assert.Contains("Rénovation thermique de l&#x27;école des Tilleuls", page, StringComparison.Ordinal);
    }

    [Fact]
    public void History_TrendPrefersEachYearsOwnValue()
    {
        var content = Rdd.Site.Content.ContentLoader.Load(TwoYears);
        var history = new ReportHistory(content.Years, "/");
        Assert.Equal([(2023, 9310m), (2024, 8900m), (2025, 8420m)], history.Trend("consommation-energie-batiments", 2025).Select(p => (p.Year, p.Value)));
        Assert.Equal([(2023, 9310m), (2024, 8900m)], history.Trend("consommation-energie-batiments", 2024).Select(p => (p.Year, p.Value)));
    }

    [Fact]
    public void UnknownContinuation_IsRdd2040_NamingTheLikelyAction()
    {
        using var copy = new TempContent(copyFixture: false);
        TempContentCopy.From(TwoYears, copy.Root);
        copy.Replace("2025/partie-1/01-climat.md", "suite_de=schema-velo", "suite_de=schema-vel");

        var check = copy.Check();

        var diagnostic = Diagnostics.Single(check.Result.Diagnostics, "RDD2040");
        Assert.Equal("2025/partie-1/01-climat.md", diagnostic.Location!.Path);
        Assert.Equal(copy.LineOf("2025/partie-1/01-climat.md", "suite_de=schema-vel"), diagnostic.Location.Line);
        Assert.Contains("« schema-velo »", diagnostic.Message, StringComparison.Ordinal);
    }
}

/// <summary>Copies a folder tree.</summary>
internal static class TempContentCopy
{
    public static void From(string source, string target)
    {
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)), overwrite: true);
        }
    }
}
