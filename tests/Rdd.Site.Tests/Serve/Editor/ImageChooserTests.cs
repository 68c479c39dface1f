using System.Net;
using Rdd.Site.Serve.Editor;

namespace Rdd.Site.Tests.Serve.Editor;

/// <summary>« Insérer une image » under the editor's Markdown texts, as a browser without script posts it: the text comes back with the image, nothing saved.</summary>
public sealed class ImageChooserTests : IAsyncLifetime
{
    private const string Section = "2025/partie-1/01-climat.md";

    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private EditorServer? _running;

    private EditorServer Running => _running!;

    private TempContent Files => Running.Content;

    public async Task InitializeAsync()
    {
        _running = await EditorServer.StartAsync();
        Directory.CreateDirectory(Files.FullPath("2025/images"));
        File.WriteAllBytes(Files.FullPath("2025/images/carte-pistes.png"), Png);
        File.WriteAllBytes(Files.FullPath("2025/images/sans-texte.png"), Png);
        File.AppendAllText(Files.FullPath("2025/lecture.md"), "\n![Carte des pistes \\[2025\\]](images/carte-pistes.png)\n");
    }

    public async Task DisposeAsync()
    {
        if (_running is not null)
        {
            await _running.DisposeAsync();
        }
    }

    [Fact]
    public async Task ActionForm_ListsTheYearsImages_WithTheirAlternativeText()
    {
        var html = await Running.GetStringAsync(EditorUrls.Action(Section, "plan-velo"));

        Assert.Contains("<legend>Insérer une image dans le texte</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"carte-pistes.png\" data-path=\"../images/carte-pistes.png\" data-alt=\"Carte des pistes [2025]\">Carte des pistes [2025] — carte-pistes.png</option>", html, StringComparison.Ordinal);
        Assert.Contains(">sans-texte.png (sans texte de remplacement)</option>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"inserer-image\" value=\"texte\">Insérer l'image</button>", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(ImagesModule.PagePath + "?retour=" + Uri.EscapeDataString(EditorUrls.Action(Section, "plan-velo"))), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InsertInAction_AppendsTheMarkdown_KeepsTheOtherFieldsUnsaved()
    {
        var before = Files.Read(Section);

        using var response = await Running.PostAsync(
            ActionModule.EditPath,
            ("fichier", Section), ("action", "plan-velo"), ("version", Running.Editor.Store.Read(Section)!.Version), ("titre", "Titre tapé"), ("texte", "Texte tapé."),
            ("avancement", "lancement"), ("partenaires", "ADEME"), ("image-choisie", "carte-pistes.png"), ("image-alternative", ""), ("inserer-image", "texte"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode("Texte tapé.\n\n![Carte des pistes \\[2025\\]](../images/carte-pistes.png)") + "</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"" + WebUtility.HtmlEncode("Titre tapé") + "\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"ADEME\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"lancement\" selected>", html, StringComparison.Ordinal);
        Assert.Equal(before, Files.Read(Section));
    }

    [Fact]
    public async Task InsertInText_TypedAlternativeText_GoesInTheYearsPath()
    {
        using var response = await Running.PostAsync(
            TextsModule.FilePath,
            ("fichier", "2025/introduction.md"), ("version", "ancienne"), ("titre", "Titre tapé"), ("texte", "Début."),
            ("image-choisie", "sans-texte.png"), ("image-alternative", "Atelier vélo"), ("inserer-image", "texte"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode("Début.\n\n![Atelier vélo](images/sans-texte.png)") + "</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"" + WebUtility.HtmlEncode("Titre tapé") + "\"", html, StringComparison.Ordinal);
        Assert.Contains("data-markdown", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InsertWithoutAlternativeText_IsRefusedAtTheField()
    {
        using var response = await Running.PostAsync(
            ActionModule.EditPath,
            ("fichier", Section), ("action", "plan-velo"), ("version", Running.Editor.Store.Read(Section)!.Version), ("titre", "Plan vélo"), ("texte", "Texte tapé."),
            ("image-choisie", "sans-texte.png"), ("image-alternative", "  "), ("inserer-image", "texte"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("id=\"image-alternative-erreur-1\">" + WebUtility.HtmlEncode("Écrivez le texte de remplacement de cette image"), html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"image-alternative-aide image-alternative-erreur-1\"", html, StringComparison.Ordinal);
        Assert.Contains(">" + WebUtility.HtmlEncode("Texte tapé.") + "</textarea>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("![]", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImagesPage_ReturnAddress_LeadsBackWithTheImageChosen()
    {
        var back = EditorUrls.Action(Section, "plan-velo");

        var page = await Running.GetStringAsync(ImagesModule.PagePath + "?envoyee=2025%2Fimages%2Fcarte-pistes.png&alternative=Carte&retour=" + Uri.EscapeDataString(back));
        var form = await Running.GetStringAsync(back + "&image-choisie=sans-texte.png&image-alternative=Atelier");

        Assert.Contains(WebUtility.HtmlEncode(back + "&image-choisie=carte-pistes.png&image-alternative=Carte"), page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"sans-texte.png\" data-path=\"../images/sans-texte.png\" data-alt=\"\" selected>", form, StringComparison.Ordinal);
        Assert.Contains("value=\"Atelier\"", form, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/edition/action?fichier=a.md", true)]
    [InlineData("https://exemple.fr/edition/", false)]
    [InlineData("//exemple.fr/edition/", false)]
    [InlineData("/edition//exemple.fr", false)]
    public void ReturnUrl_OnlyTheEditorsPages_AreFollowed(string url, bool followed)
    {
        Assert.Equal(followed, ImagesModule.ReturnUrl(url) is not null);
    }
}
