using System.Net;
using Rdd.Site.Serve.Editor;

namespace Rdd.Site.Tests.Serve.Editor;

/// <summary>« Commencer le rapport 2026 » in <c>rdd serve</c>: one save writes the new year beside the latest, and one undo takes it back.</summary>
public sealed class NextYearModuleTests : IAsyncLifetime
{
    private EditorServer? _editor;

    private EditorServer Editor => _editor!;

    public async Task InitializeAsync() => _editor = await EditorServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_editor is not null)
        {
            await _editor.DisposeAsync();
        }
    }

    [Fact]
    public async Task TheStructurePage_OffersToStartTheNextYear()
    {
        var html = WebUtility.HtmlDecode(await Editor.GetStringAsync(EditorUrls.Structure));

        Assert.Contains($"<a href=\"{NextYearModule.Path}\">Commencer le rapport 2026</a>", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">Commencer le rapport 2026</button>", WebUtility.HtmlDecode(await Editor.GetStringAsync(NextYearModule.Path)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartingTheNextYear_WritesItsFolderAndOneUndoRemovesIt()
    {
        using var response = await Editor.PostAsync(NextYearModule.Path);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.True(Editor.Content.Exists("2026/rapport.yml"));
        Assert.Equal(2026, Editor.Editor.Content!.Latest!.Report.Year);
        Assert.Contains("Rapport 2026", await Editor.GetStringAsync(EditorUrls.Structure), StringComparison.Ordinal);

        using var undo = await Editor.PostAsync(HistoryModule.UndoPath);

        Assert.Equal(HttpStatusCode.SeeOther, undo.StatusCode);
        Assert.False(Directory.Exists(Editor.Content.FullPath("2026")));
    }

    [Fact]
    public async Task ANextYearFolderAlreadyThere_IsLeftAsItIs()
    {
        Editor.Content.Write("2026/notes.txt", "à garder\n");

        Assert.Contains("Le rapport 2026 est déjà commencé", WebUtility.HtmlDecode(await Editor.GetStringAsync(NextYearModule.Path)), StringComparison.Ordinal);
        using var response = await Editor.PostAsync(NextYearModule.Path);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(Editor.Content.FullPath("2026")).Select(Path.GetFileName));
    }
}
