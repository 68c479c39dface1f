using System.IO.Compression;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Rdd.Site.Serve;
using Rdd.Site.Serve.Editor;
using Rdd.Site.Serve.Publishing;

namespace Rdd.Site.Tests.Serve.Publishing;

/// <summary>The editor's « Publier » page: errors block with links to their editor pages; a publication is a POST, its files are GETs.</summary>
public sealed class PublishModuleTests : IAsyncLifetime
{
    private const string Section = "2025/partie-1/01-climat.md";

    private readonly TempContent _content = new();
    private readonly TempContent _output = TempContent.Empty();
    private PreviewServer? _server;
    private HttpClient? _http;

    private PreviewServer Server => _server!;

    private HttpClient Http => _http!;

    private string Site => _output.FullPath("site");

    public async Task InitializeAsync()
    {
        _server = new PreviewServer(_content.Root, TextWriter.Null);
        Assert.True(await _server.StartAsync(0), string.Join('\n', _server.LastDiagnostics));
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _server.Address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _content.Dispose();
        _output.Dispose();
    }

    private async Task<HttpResponseMessage> PublishAsync(params (string Name, string Value)[] fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, PublishModule.PagePath)
        {
            Content = new FormUrlEncodedContent([new(EditorSecurity.TokenField, Server.Editor!.Security.Token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]),
        };
        request.Headers.Add("Origin", Server.Address!.GetLeftPart(UriPartial.Authority));
        return await Http.SendAsync(request);
    }

    [Fact]
    public async Task Get_ShowsTheCheckAndTheForm_InTheEditorsMenuWithNothingToDownloadYet()
    {
        using var response = await Http.GetAsync(new Uri(PublishModule.PagePath, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"/edition/publier\" aria-current=\"page\">Publier</a>", html, StringComparison.Ordinal);
        Assert.Contains("La vérification ne signale ni erreur ni avertissement", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"dossier\">Dossier du site</label>", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(new SitePublisher(_content.Root).DefaultOutput), html, StringComparison.Ordinal);
        Assert.Contains("Rien n'a encore été publié", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ContentWithAnError_IsBlockedWithTheErrorLinkedToItsActionsForm()
    {
        _content.Write(Section, _content.Read(Section).Replace("{#plan-velo avancement=lancement finalites=epanouissement", "{#plan-velo avancement=lancement finalites=inconnue", StringComparison.Ordinal));

        using var response = await PublishAsync(("dossier", Site), ("chemin", "/"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("empêche", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{WebUtility.HtmlEncode(EditorUrls.Action(Section, "plan-velo"))}\"", html, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Site));
        Assert.Empty(new SitePublisher(_content.Root).Downloads);
    }

    [Fact]
    public async Task Post_CleanContent_PublishesAndRedirectsThenOffersTheZipAndTheOpenDataAsDownloads()
    {
        using var response = await PublishAsync(("dossier", Site), ("chemin", "/"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(PublishModule.PagePath + "#publication", response.Headers.Location?.OriginalString);
        Assert.True(File.Exists(Path.Combine(Site, "index.html")));
        var page = await Http.GetStringAsync(new Uri(PublishModule.PagePath, UriKind.Relative));
        Assert.Contains($"href=\"{PublishModule.DownloadPath}{SitePublisher.ZipFile}\" download", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{PublishModule.DownloadPath}donnees/actions.csv\" download", page, StringComparison.Ordinal);

        using var zip = await Http.GetAsync(new Uri(PublishModule.DownloadPath + SitePublisher.ZipFile, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        Assert.Equal("attachment; filename=\"site.zip\"", zip.Content.Headers.ContentDisposition?.ToString());
        using var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync());
        Assert.Contains(archive.Entries, e => e.FullName == "index.html");
        Assert.Contains(archive.Entries, e => e.FullName == WebmasterNotes.FileName);
    }

    [Theory]
    [InlineData("../site.yml")]
    [InlineData("..%2Fsite.yml")]
    [InlineData("inconnu.zip")]
    public async Task Get_AFileThePublicationDidNotWrite_IsNotFound(string file)
    {
        _content.Write(".rdd/publication/site.zip", "pas une archive");

        using var response = await Http.GetAsync(new Uri(PublishModule.DownloadPath + file, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_IntoTheContentFolder_IsRefusedAtTheField()
    {
        using var response = await PublishAsync(("dossier", _content.Root), ("chemin", "/"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("<a href=\"#dossier\">Le site ne peut pas être écrit dans le dossier du contenu", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetWord_WithoutPublishing_SendsTheReportAsAWordDocumentLinkedFromThePage()
    {
        var page = await Http.GetStringAsync(new Uri(PublishModule.PagePath, UriKind.Relative));
        using var response = await Http.GetAsync(new Uri(PublishModule.WordPath, UriKind.Relative));

        Assert.Contains($"<a href=\"{PublishModule.WordPath}\" download>Télécharger en Word</a>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment; filename=\"rapport-2025.docx\"", response.Content.Headers.ContentDisposition?.ToString());
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var report = Server.LastContent!.Latest!.Report;
        Assert.Equal(report.Title, document.PackageProperties.Title);
        Assert.Contains(report.AllActions().First().Action.Title, document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }
}
