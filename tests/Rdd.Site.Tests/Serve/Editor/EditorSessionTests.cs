using System.Net;
using Rdd.Site.Content;
using Rdd.Site.Serve;
using Rdd.Site.Serve.Editor;

namespace Rdd.Site.Tests.Serve.Editor;

/// <summary>
/// The editor's shell in <c>rdd serve</c>: its pages under <c>/edition/</c>, their headers, the checks every request
/// passes before a module sees it (own Host; a POST with the token from the server's own pages), and the one way to save.
/// </summary>
public sealed class EditorSessionTests : IAsyncLifetime
{
    private const string Section = "2025/partie-1/01-climat.md";

    private EditorServer? _editorServer;

    private EditorServer Running => _editorServer!;

    private TempContent Files => Running.Content;

    private PreviewServer Server => Running.Server;

    private HttpClient Http => Running.Http;

    private EditorSession Editor => Running.Editor;

    private string Origin => Running.Origin;

    public async Task InitializeAsync() => _editorServer = await EditorServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_editorServer is not null)
        {
            await _editorServer.DisposeAsync();
        }
    }

    [Fact]
    public async Task TheStructurePage_ListsPartsSectionsAndActions_WithLinksToTheirEditors()
    {
        using var response = await Http.GetAsync(new Uri("/edition/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"skip-link\" href=\"#contenu\">", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"contenu\"", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(EditorUrls.Section(Section)), html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(EditorUrls.Action(Section, "plan-velo")), html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(EditorUrls.Part("2025", Rdd.Domain.Reports.PartKind.PublicPolicies)), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryEditorAnswer_CarriesTheSitesContentSecurityPolicy()
    {
        using var page = await Http.GetAsync(new Uri("/edition/", UriKind.Relative));
        using var style = await Http.GetAsync(new Uri(EditorSession.StylePath, UriKind.Relative));
        using var missing = await Http.GetAsync(new Uri("/edition/nulle-part", UriKind.Relative));

        foreach (var response in new[] { page, style, missing })
        {
            Assert.Equal(Rdd.Site.Pages.PageBuilder.ContentSecurityPolicyHeader, response.Headers.GetValues("Content-Security-Policy").Single());
        }

        Assert.Equal(HttpStatusCode.OK, style.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task APageAskedUnderAnotherHostName_IsRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/edition/");
        request.Headers.Host = "rapport.example:" + Server.Address!.Port;

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task APostFromTheServersOwnPageWithTheToken_IsAccepted()
    {
        using var response = await PostUndoAsync(Editor.Security.Token, origin: Origin);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(EditorNotices.After(EditorUrls.Structure, EditorNotices.NothingToUndo), response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task APostWithTheTokenAndOnlyAReferer_IsAccepted()
    {
        using var response = await PostUndoAsync(Editor.Security.Token, referer: Origin + "/edition/");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
    }

    [Fact]
    public async Task APostWithoutTheToken_IsRefusedAndChangesNothing()
    {
        await SaveAsync("Ajout.");

        using var missing = await PostUndoAsync(token: null, origin: Origin);
        using var wrong = await PostUndoAsync(token: "pas-le-bon", origin: Origin);

        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.EndsWith("Ajout.\n", Files.Read(Section), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://rapport.example", null)]
    [InlineData("null", null)]
    [InlineData(null, "http://rapport.example/edition/")]
    [InlineData(null, null)]
    public async Task ACrossOriginPost_IsRefusedEvenWithTheToken(string? origin, string? referer)
    {
        await SaveAsync("Ajout.");

        using var response = await PostUndoAsync(Editor.Security.Token, origin, referer);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.EndsWith("Ajout.\n", Files.Read(Section), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APostUnderAnotherHostName_IsRefusedEvenFromThatOrigin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/edition/annuler")
        {
            Content = new FormUrlEncodedContent([new(EditorSecurity.TokenField, Editor.Security.Token)]),
        };
        request.Headers.Host = "rapport.example:" + Server.Address!.Port;
        request.Headers.Add("Origin", "http://rapport.example:" + Server.Address.Port);

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task APostOverTheFormLimit_IsRefusedWith413BeforeItIsRead()
    {
        var before = Files.Read(Section);
        using var request = new HttpRequestMessage(HttpMethod.Post, TextsModule.FilePath)
        {
            Content = new ByteArrayContent(new byte[2 * RequestBodyLimit.FormBytes]),
        };
        request.Content.Headers.ContentType = new("application/x-www-form-urlencoded");
        request.Headers.Add("Origin", Origin);

        using var response = await Http.SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("<title>Erreur\u00A0: Envoi trop volumineux", html, StringComparison.Ordinal);
        Assert.Contains("Le formulaire envoyé pèse 8\u00A0Mo\u00A0; cette page en accepte 4\u00A0Mo au plus. Rien n'a été enregistré.", html, StringComparison.Ordinal);
        Assert.Equal(before, Files.Read(Section));
    }

    [Fact]
    public async Task TheImportReport_IsShownAndLinkedFromTheStructure_OnlyWhenTheContentHasOne()
    {
        var before = await Running.GetStringAsync(EditorUrls.Structure);
        Files.Write("import.md", "# Rapport d'import du document Word\n\n1 partie reprise de « rapport.docx ».\n\n## Ce qui n'a pas été repris (1)\n\n- paragraphe 4 : zone de texte — Encadré\n");

        var structure = WebUtility.HtmlDecode(await Running.GetStringAsync(EditorUrls.Structure));
        var page = WebUtility.HtmlDecode(await Running.GetStringAsync(ImportReportModule.PagePath));

        Assert.DoesNotContain(ImportReportModule.PagePath, before, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{ImportReportModule.PagePath}\">voir le rapport d'import</a>", structure, StringComparison.Ordinal);
        Assert.Contains("<h1>Rapport d'import</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<h2", page, StringComparison.Ordinal);
        Assert.Contains("Ce qui n'a pas été repris (1)</h2>", page, StringComparison.Ordinal);
        Assert.Contains("zone de texte", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStructurePage_SaysThePartsKeepTheDecreesOrder()
    {
        var html = WebUtility.HtmlDecode(await Running.GetStringAsync(EditorUrls.Structure));

        Assert.Contains("Les trois parties se suivent dans l'ordre des trois contenus que fixe le décret", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_WritesChecksAndRebuildsThePreview()
    {
        var builds = Server.SuccessfulBuilds;

        var result = await SaveAsync("Nouvelle phrase.");

        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.Equal(builds + 1, Server.SuccessfulBuilds);
        Assert.EndsWith("Nouvelle phrase.\n", Files.Read(Section), StringComparison.Ordinal);
        Assert.Equal([Section], Editor.Store.LastChange);
    }

    [Fact]
    public async Task Save_ATextThatWouldNotBeRead_IsRefusedWithItsErrorAndTheFileKept()
    {
        var before = Files.Read(Section);
        var builds = Server.SuccessfulBuilds;

        var result = await Editor.SaveAsync([new FileEdit(Section, before.Replace("## Plan vélo communal", "##", StringComparison.Ordinal), Editor.Store.Read(Section)!.Version)]);

        Assert.Equal(SaveStatus.Refused, result.Status);
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("Action sans titre", StringComparison.Ordinal));
        Assert.Equal(before, Files.Read(Section));
        Assert.Equal(builds, Server.SuccessfulBuilds);
        Assert.Null(Editor.Store.LastChange);
    }

    [Fact]
    public async Task Save_ThatKeepsAnErrorTheFileHadAlready_IsSaved()
    {
        Files.Write(Section, Files.Read(Section).Replace("avancement=lancement", "avancement=commence", StringComparison.Ordinal));

        var result = await SaveAsync("Suite.");

        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.Contains(result.Diagnostics, d => d.Location?.Path == Section && d.Message.Contains("commence", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Save_AFileChangedOnDiskSinceTheFormWasOpened_IsAConflict()
    {
        var version = Editor.Store.Read(Section)!.Version;
        Files.Write(Section, Files.Read(Section) + "\nÉcrit ailleurs.\n");

        var result = await Editor.SaveAsync([new FileEdit(Section, "---\ntitre: Remplacé\n---\n", version)]);

        Assert.Equal(SaveStatus.Conflict, result.Status);
        Assert.Contains("a été modifié sur le disque", result.Message, StringComparison.Ordinal);
        Assert.EndsWith("Écrit ailleurs.\n", Files.Read(Section), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Undo_ByTheFormAtTheTopOfEveryPage_RestoresTheFileAndRebuilds()
    {
        var before = Files.Read(Section);
        await SaveAsync("À annuler.");
        var page = await Http.GetStringAsync(new Uri("/edition/", UriKind.Relative));
        Assert.Contains("Annuler la dernière modification", page, StringComparison.Ordinal);

        using var response = await PostUndoAsync(Editor.Security.Token, origin: Origin, referer: Origin + "/edition/");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(EditorNotices.After(EditorUrls.Structure, EditorNotices.Undone), response.Headers.Location?.OriginalString);
        Assert.Equal(before, Files.Read(Section));
    }

    [Fact]
    public async Task APreviewPage_LinksToItsEditor_AndTheBuiltSiteHasNoEditor()
    {
        var html = await Http.GetStringAsync(new Uri("/partie-1/climat/", UriKind.Relative));
        var built = await SiteGenerator.BuildAsync(Files.Root, new BuildOptions());

        Assert.Contains(">Modifier cette page</a>", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(EditorUrls.FromPreview("/partie-1/climat/")), html, StringComparison.Ordinal);
        Assert.DoesNotContain(built.Files!.Paths, p => p.StartsWith("edition", StringComparison.Ordinal));
        Assert.DoesNotContain(built.Files!.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)), p => built.Files.Text(p).Contains("/edition/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/", "", EditorUrls.Structure)]
    [InlineData("/finalites/", "", EditorUrls.Structure)]
    [InlineData("/partie-1/climat/", "", "/edition/section?fichier=2025%2Fpartie-1%2F01-climat.md")]
    [InlineData("/partie-1/climat/", "plan-velo", "/edition/action?fichier=2025%2Fpartie-1%2F01-climat.md&action=plan-velo")]
    [InlineData("/partie-1/climat/", "inconnue", "/edition/section?fichier=2025%2Fpartie-1%2F01-climat.md")]
    [InlineData("/partie-1/", "", "/edition/partie?annee=2025&partie=1")]
    [InlineData("/partie-1/nulle-part/", "", EditorUrls.Structure)]
    public void EditorPageOf_APreviewPage_IsItsEditor(string page, string anchor, string expected)
    {
        var outline = ReportOutline.Of(ContentLoader.Load(Files.Root));

        Assert.Equal(expected, StructureModule.EditorPageOf(outline, page, anchor));
    }

    private async Task<SaveResult> SaveAsync(string paragraph)
    {
        var file = Editor.Store.Read(Section)!;
        var result = await Editor.SaveAsync([new FileEdit(Section, file.Text + "\n" + paragraph + "\n", file.Version)]);
        Assert.Equal(SaveStatus.Saved, result.Status);
        return result;
    }

    private Task<HttpResponseMessage> PostUndoAsync(string? token, string? origin = null, string? referer = null) =>
        Running.SendAsync(HistoryModule.UndoPath, token is null ? [] : [(EditorSecurity.TokenField, token)], origin, referer);
}
