using System.Text.Json;
using Rdd.Domain.Validation;
using Rdd.Site.Content;
using Rdd.Site.Serve;

namespace Rdd.Site.Tests.Serve;

/// <summary>
/// The banner of « rdd serve » tells the author everything, in French: errors and warnings with their file and line,
/// and the files that are not taken into account; the page only displays what the server worded.
/// </summary>
public sealed class PreviewReportTests
{
    private static readonly Diagnostic Error = new("RDD2025", Severity.Error, "Le bloc d'attributs n'est pas fermé.", null, new SourceLocation("2025/partie-1/01-climat.md", 6, 34));

    private static readonly Diagnostic Warning = new("RDD2036", Severity.Warning, "Le nom de la section ne commence pas par un numéro.", null, new SourceLocation("2025/partie-1/mobilites.md", 1, 1));

    private static readonly Diagnostic Ignored = new("RDD2023", Severity.Warning, "Le fichier « 2025/notes.pdf » n'est pas pris en compte.", null, new SourceLocation("2025/notes.pdf"));

    [Fact]
    public void Preview_BeforeAnySiteWasBuilt_SaysSoInAFrenchPageWithItsBanner()
    {
        var report = PreviewReport.Of(built: false, [Error], hasSite: false);

        Assert.Equal("Le contenu a 1 erreur : le site n'a pas encore pu être construit.", report.Title);
        var page = PreviewServer.NoSitePage(report);
        Assert.StartsWith("<!DOCTYPE html><html lang=\"fr\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Le site n'a pas encore pu être construit</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"<script src=\"{PreviewServer.ReloadScript}\" defer></script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("dernier site valide", page, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_AFailedBuild_CountsErrorsAndWarningsInFrenchWordsAndListsEachWithItsPlace()
    {
        var report = PreviewReport.Of(built: false, [Error, Error with { Location = new SourceLocation("2025/introduction.md", 3) }, Warning, Ignored]);

        Assert.Equal("Le contenu a 2 erreurs et 1 avertissement : le site n'a pas été reconstruit, cette page montre le dernier site valide.", report.Title);
        Assert.Equal(["erreur", "erreur", "avertissement"], report.Items.Select(i => i.Severity));
        Assert.Equal(["2025/partie-1/01-climat.md, ligne 6, colonne 34", "2025/introduction.md, ligne 3", "2025/partie-1/mobilites.md, ligne 1, colonne 1"], report.Items.Select(i => i.Place));
        Assert.Equal("Un fichier du dossier de contenu n'est pas pris en compte :", report.IgnoredTitle);
        var ignored = Assert.Single(report.Ignored);
        Assert.Equal(("avertissement", "2025/notes.pdf", "RDD2023"), (ignored.Severity, ignored.Place, ignored.Code));
        Assert.True(report.HasAnything);
    }

    [Fact]
    public void Of_AGoodBuildWithWarnings_SaysTheSiteIsUpToDateAndShowsThem()
    {
        var report = PreviewReport.Of(built: true, [Warning, Warning, Ignored, Ignored]);

        Assert.Equal("Le site est à jour ; le contenu a 2 avertissements :", report.Title);
        Assert.Equal("2 fichiers ou dossiers du dossier de contenu ne sont pas pris en compte :", report.IgnoredTitle);
        Assert.True(report.HasAnything);
    }

    [Fact]
    public void Of_AGoodBuildWithoutWarnings_HasNothingToShow()
    {
        var report = PreviewReport.Of(built: true, [new Diagnostic("RDD1042", Severity.Info, "Information.")]);

        Assert.False(report.HasAnything);
        Assert.Empty(report.Items);
    }

    [Fact]
    public async Task PreviewEvents_ContentWithAWarningAndAnIgnoredFile_CarryBoth()
    {
        using var content = new TempContent();
        content.Write("2025/partie-1/mobilites.md", "---\ntitre: Mobilités\nfinalites: [climat]\n---\n\n## Navette électrique {#navette avancement=lancement}\n\nTexte.\n");
        content.WriteBytes("2025/notes.pdf", [0x25, 0x50, 0x44, 0x46]);
        await using var server = new PreviewServer(content.Root, TextWriter.Null);
        Assert.True(await server.StartAsync(0), string.Join('\n', server.LastDiagnostics));
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };

        var report = await FirstReportAsync(http);

        Assert.True(report.GetProperty("built").GetBoolean());
        Assert.Equal("Le site est à jour ; le contenu a 1 avertissement :", report.GetProperty("title").GetString());
        var item = Assert.Single(report.GetProperty("items").EnumerateArray());
        Assert.Equal("avertissement", item.GetProperty("severity").GetString());
        Assert.Equal("2025/partie-1/mobilites.md, ligne 1, colonne 1", item.GetProperty("place").GetString());
        Assert.Equal("RDD2036", item.GetProperty("code").GetString());
        Assert.Equal("Un fichier du dossier de contenu n'est pas pris en compte :", report.GetProperty("ignoredTitle").GetString());
        Assert.Equal("2025/notes.pdf", Assert.Single(report.GetProperty("ignored").EnumerateArray()).GetProperty("place").GetString());
    }

    [Fact]
    public async Task PreviewEvents_ContentWithAnError_SayTheLastGoodSiteIsShown()
    {
        using var content = new TempContent();
        await using var server = new PreviewServer(content.Root, TextWriter.Null);
        Assert.True(await server.StartAsync(0), string.Join('\n', server.LastDiagnostics));
        content.Replace("2025/partie-1/01-climat.md", "termes=plan-climat:mobilites}", "termes=plan-climat:mobilites");
        Assert.False(await server.RebuildAsync("Test"));
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };

        var report = await FirstReportAsync(http);

        Assert.False(report.GetProperty("built").GetBoolean());
        Assert.Equal("Le contenu a 1 erreur : le site n'a pas été reconstruit, cette page montre le dernier site valide.", report.GetProperty("title").GetString());
        var item = Assert.Single(report.GetProperty("items").EnumerateArray());
        Assert.Equal("erreur", item.GetProperty("severity").GetString());
        Assert.StartsWith("2025/partie-1/01-climat.md, ligne 10, colonne ", item.GetProperty("place").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_BannerScriptAndStyleSheet_AreServedAndWriteNoInlineStyleOrMarkup()
    {
        using var content = new TempContent();
        await using var server = new PreviewServer(content.Root, TextWriter.Null);
        await server.StartAsync(0);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };

        var script = await http.GetStringAsync(new Uri(PreviewServer.ReloadScript, UriKind.Relative));
        using var css = await http.GetAsync(new Uri("/__rdd/preview.css", UriKind.Relative));

        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".rdd-preview", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("preview.css", script, StringComparison.Ordinal);
        Assert.DoesNotContain(".style", script, StringComparison.Ordinal);
        Assert.DoesNotContain("innerHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("\"style\"", script, StringComparison.Ordinal);
    }

    /// <summary>The data of the first « diagnostics » event the server sends to a page that connects.</summary>
    private static async Task<JsonElement> FirstReportAsync(HttpClient http)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await http.GetAsync(new Uri("/__rdd/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        var sawEvent = false;
        while (await reader.ReadLineAsync(cancel.Token) is { } line)
        {
            if (line == "event: diagnostics")
            {
                sawEvent = true;
            }
            else if (sawEvent && line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
            }
            else if (line.StartsWith(": connecté", StringComparison.Ordinal))
            {
                break;
            }
        }

        Assert.Fail("The server sent no diagnostics event.");
        return default;
    }
}
