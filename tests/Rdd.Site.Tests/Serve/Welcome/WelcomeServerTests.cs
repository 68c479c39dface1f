using System.Net;
using System.Text.RegularExpressions;
using Rdd.Site.Serve.Welcome;

namespace Rdd.Site.Tests.Serve.Welcome;

/// <summary>The welcome page served while there is no content: « Créer » writes the folder and sends the browser to the editor; foreign requests are refused.</summary>
public sealed partial class WelcomeServerTests : IAsyncLifetime
{
    private static readonly Uri EditorAddress = new("http://127.0.0.1:9/");

    private readonly TempContent _folder = TempContent.Empty();
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false });
    private WelcomeServer _server = null!;
    private string? _opened;

    private string Root => _folder.FullPath("content");

    public async Task InitializeAsync()
    {
        _server = new WelcomeServer(Root, root => { _opened = root; return Task.FromResult(EditorAddress); }, TextWriter.Null);
        await _server.StartAsync(0);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _client.Dispose();
        _folder.Dispose();
    }

    private Uri Address => _server.Address!;

    private async Task<string> TokenAsync()
    {
        var page = await _client.GetStringAsync(Address);
        return Token().Match(page).Groups[1].Value;
    }

    private Task<HttpResponseMessage> PostAsync(IEnumerable<KeyValuePair<string, string>> fields, string? origin = "same")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Address) { Content = new FormUrlEncodedContent(fields) };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin == "same" ? Address.GetLeftPart(UriPartial.Authority) : origin);
        }

        return _client.SendAsync(request);
    }

    private static KeyValuePair<string, string>[] Fields(string token, string action, string population = "60000") =>
    [
        new("jeton", token), new("nom", "Ville de Belval"), new("nature", "commune"), new("population", population),
        new("annee", "2025"), new("article", string.Empty), new("action", action),
    ];

    [Fact]
    public async Task Get_ShowsCreerLeRapport_WithTheFieldsOfRddNewAndNoScript()
    {
        using var response = await _client.GetAsync(Address);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Créer le rapport</h1>", page, StringComparison.Ordinal);
        foreach (var label in new[] { "Nom de la collectivité", "Nature", "Population", "Année du rapport" })
        {
            Assert.Contains($">{label}</label>", page, StringComparison.Ordinal);
        }

        Assert.Contains("<select id=\"nature\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostVerifier_ShowsTheObligation_AndCreatesNothing()
    {
        using var response = await PostAsync(Fields(await TokenAsync(), "verifier", "20000"));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("le rapport n'est pas obligatoire, mais il reste possible", page, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Root));
    }

    [Fact]
    public async Task PostCreer_WritesTheFolderAsRddNew_ThenSendsTheBrowserToTheEditor()
    {
        using var response = await PostAsync(Fields(await TokenAsync(), "creer"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(new Uri(EditorAddress, "edition/"), response.Headers.Location);
        Assert.Equal(Root, _opened);
        Assert.Contains("nom: \"Ville de Belval\"", File.ReadAllText(Path.Combine(Root, "site.yml")), StringComparison.Ordinal);
        Assert.True(ContentChecker.Check(Root).Success);
        using var after = await _client.GetAsync(Address);
        Assert.Equal(HttpStatusCode.SeeOther, after.StatusCode);
        Assert.Equal(EditorAddress, after.Headers.Location);
    }

    private Task<HttpResponseMessage> PostImportAsync(string token, byte[]? document, string levels = "partie,section,action", bool withLength = true)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in Fields(token, "importer"))
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new StringContent(levels), "niveaux");
        if (document is not null)
        {
            form.Add(withLength ? new ByteArrayContent(document) : new StreamContent(new UnknownLengthStream(document)), "document", "rapport-2024.docx");
        }

        var request = new HttpRequestMessage(HttpMethod.Post, Address) { Content = form };
        request.Headers.Add("Origin", Address.GetLeftPart(UriPartial.Authority));
        return _client.SendAsync(request);
    }

    [Fact]
    public async Task PostImporter_WritesTheFolderFromTheDocument_ThenOpensTheEditorOnTheImportReport()
    {
        using var response = await PostImportAsync(await TokenAsync(), Import.DocxImporterTests.Fixture());

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(new Uri(EditorAddress, "edition/import"), response.Headers.Location);
        Assert.Equal(Root, _opened);
        Assert.Contains("nom: \"Ville de Belval\"", File.ReadAllText(Path.Combine(Root, "site.yml")), StringComparison.Ordinal);
        Assert.Contains("## Plan vélo", File.ReadAllText(Path.Combine(Root, "2025/partie-1/01-mobilites.md")), StringComparison.Ordinal);
        Assert.Contains("rapport-2024.docx", File.ReadAllText(Path.Combine(Root, "import.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostImporter_OtherLevels_AreThoseOfRddImportNiveaux()
    {
        using var response = await PostImportAsync(await TokenAsync(), Import.DocxImporterTests.Fixture(), "partie,action");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Contains("## Mobilités", string.Concat(Directory.GetFiles(Path.Combine(Root, "2025/partie-1"), "*.md").Select(File.ReadAllText)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Choisissez le document Word à importer")]
    [InlineData("pas un document", "Le document n'a pas pu être importé")]
    public async Task PostImporter_WithoutAReadableDocument_SaysSoAtTheFieldAndCreatesNothing(string? document, string error)
    {
        using var response = await PostImportAsync(await TokenAsync(), document is null ? null : System.Text.Encoding.UTF8.GetBytes(document));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("<li><a href=\"#document\">" + error, page, StringComparison.Ordinal);
        Assert.Contains("id=\"document\" name=\"document\"", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"document-aide document-erreur\"", page, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Root));
        Assert.Null(_opened);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PostImporter_OverTheSizeLimit_IsRefusedWith413WithoutReadingIt(bool withLength)
    {
        using var response = await PostImportAsync(await TokenAsync(), new byte[Rdd.Site.Import.DocumentInput.MaxFileBytes + Rdd.Site.Serve.Editor.RequestBodyLimit.FormOverheadBytes + 1], withLength: withLength);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Le document envoyé pèse plus de 100\u00a0Mo, le maximum\u00a0: rien n'a été créé.", page, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Root));
    }

    [Fact]
    public async Task PostCreer_WithErrors_SumsThemUpLinkedToTheirFieldsAndCreatesNothing()
    {
        var fields = Fields(await TokenAsync(), "creer", "beaucoup").Select(f => f.Key == "nom" ? new KeyValuePair<string, string>("nom", " ") : f);

        using var response = await PostAsync(fields);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Erreur\u00a0: Créer le rapport — Rdd</title>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#nom\">", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#population\">", page, StringComparison.Ordinal);
        Assert.Contains("id=\"population\" name=\"population\" value=\"beaucoup\"", page, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", page, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Root));
        Assert.Null(_opened);
    }

    [Fact]
    public async Task PostCreer_IntoAFolderThatIsNotEmpty_OverwritesNothing()
    {
        _folder.Write("content/notes.txt", "à garder");

        using var response = await PostAsync(Fields(await TokenAsync(), "creer"));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("n'est pas vide", page, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Root, "site.yml")));
        Assert.Null(_opened);
    }

    [Theory]
    [InlineData("", "same")]
    [InlineData("0000", "same")]
    [InlineData(null, null)]
    [InlineData(null, "http://evil.example")]
    public async Task Post_WithoutTheRightTokenOrFromAnotherOrigin_IsRefused(string? token, string? origin)
    {
        using var response = await PostAsync(Fields(token ?? await TokenAsync(), "creer"), origin);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(Directory.Exists(Root));
    }

    [Fact]
    public async Task Get_UnderAnotherHostName_IsRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Address);
        request.Headers.Host = "rdd.attaquant.example";

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [GeneratedRegex("name=\"jeton\" value=\"([A-Za-z0-9_-]+)\"")]
    private static partial Regex Token();
}
