using System.Net;
using Rdd.Site.Serve.Editor;

namespace Rdd.Site.Tests.Serve.Editor;

/// <summary>Images sent through the editor, and the texts' page, in <c>rdd serve</c>.</summary>
public sealed class ImagesModuleTests : IAsyncLifetime
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private EditorServer? _editor;

    private EditorServer Editor => _editor!;

    private TempContent Content => Editor.Content;

    private HttpClient Http => Editor.Http;

    public async Task InitializeAsync() => _editor = await EditorServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_editor is not null)
        {
            await _editor.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("Photo vélo.JPG", "photo-velo.jpg")]
    [InlineData("C:\\Mes images\\Carte.PNG", "carte.png")]
    [InlineData("../../etc/x.svg", "x.svg")]
    [InlineData("animation.gif", null)]
    [InlineData("script.html", null)]
    public void SafeName_IsASlugWithAPublishedExtension(string sent, string? saved)
    {
        Assert.Equal(saved, ImagesModule.SafeName(sent));
    }

    [Fact]
    public void Markdown_EscapesWhatMarkdownWouldRead()
    {
        Assert.Equal("![Carte \\[2024\\] des pistes](../images/carte.png)", ImagesModule.Markdown("Carte [2024] des pistes", "../images/carte.png"));
    }

    [Fact]
    public async Task AnImageWithItsAlternativeText_IsSavedUnderASafeNameAndItsMarkdownGiven()
    {
        using var response = await SendAsync("Photo vélo.PNG", Png, "Atelier de réparation de vélos");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(Png, File.ReadAllBytes(Content.FullPath("2025/images/photo-velo.png")));
        using var page = await Http.GetAsync(response.Headers.Location);
        Assert.Contains(WebUtility.HtmlEncode("![Atelier de réparation de vélos](../images/photo-velo.png)"), await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImageWithoutAlternativeText_IsRefusedAtTheField()
    {
        using var response = await SendAsync("carte.png", Png, " ");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("id=\"champ-alternative\" name=\"alternative\" aria-describedby=\"champ-alternative-aide champ-alternative-erreur\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.False(Content.Exists("2025/images/carte.png"));
    }

    [Theory]
    [InlineData("anime.gif", 10)]
    [InlineData("lourde.png", ImagesModule.MaxBytes + 1)]
    public async Task AnImageOfAnotherTypeOrTooHeavy_IsRefused(string name, long size)
    {
        using var response = await SendAsync(name, new byte[size], "Une image");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.False(Directory.Exists(Content.FullPath("2025/images")) && Directory.GetFiles(Content.FullPath("2025/images")).Length > 0);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AnImageOverTheBodyLimit_IsRefusedAtTheFieldWithoutReadingIt(bool withLength)
    {
        var size = EditorSession.MaxBodyBytes(ImagesModule.PagePath) + 1;

        using var response = await SendAsync("lourde.png", new byte[size], "Une image", withLength);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("<a href=\"#champ-image\">L'image pèse plus de 5\u00A0Mo, le maximum. Réduisez-la", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"champ-image-aide champ-image-erreur\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.False(Content.Exists("2025/images/lourde.png"));
    }

    [Fact]
    public async Task ATextSaved_ChangesTheFileAndThePreview()
    {
        var version = ContentStore.VersionOf(File.ReadAllBytes(Content.FullPath("2025/introduction.md")));
        using var response = await Editor.PostAsync(
            TextsModule.FilePath,
            ("fichier", "2025/introduction.md"), ("version", version), ("titre", "Ce qu'il faut retenir"), ("texte", "Une année de **transition**."));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.EndsWith("Une année de **transition**.\n", Content.Read("2025/introduction.md"), StringComparison.Ordinal);
        using var home = await Http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("Une année de <strong>transition</strong>.", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Sends an image as the page's form does; without length, as a stream of unknown size (chunked).</summary>
    private async Task<HttpResponseMessage> SendAsync(string name, byte[] bytes, string alt, bool withLength = true)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Editor.Editor.Security.Token), EditorSecurity.TokenField },
            { new StringContent("2025"), "annee" },
            { new StringContent(alt), "alternative" },
            { withLength ? new ByteArrayContent(bytes) : new StreamContent(new UnknownLengthStream(bytes)), "image", name },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, ImagesModule.PagePath) { Content = form };
        request.Headers.Add("Origin", Editor.Origin);
        return await Http.SendAsync(request);
    }
}
