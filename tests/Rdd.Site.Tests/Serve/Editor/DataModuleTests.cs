using System.Net;
using AngleSharp.Html.Parser;
using Rdd.Site.Serve.Editor;

namespace Rdd.Site.Tests.Serve.Editor;

/// <summary>The data files' forms in <c>rdd serve</c>: each POST writes only the lines of what changed, and the page shows diagnostics at their fields.</summary>
public sealed class DataModuleTests : IAsyncLifetime
{
    private const string Figures = "2025/chiffres-cles.yml";

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

    [Fact]
    public async Task TheListPage_LinksEveryDataFileOfTheYear()
    {
        var html = await GetAsync(DataModule.ListPath);

        foreach (var file in new[] { "site.yml", "2025/rapport.yml", Figures, "2025/budget.yml", "2025/budget-vert.yml", "2025/indicateurs.yml", "2025/glossaire.yml" })
        {
            Assert.Contains(WebUtility.HtmlEncode(DataModule.FileUrl(file)), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AKeyFigureEditedThroughItsLabel_ChangesOnlyItsLineAndTheRebuiltHomePage()
    {
        var before = Content.Read(Figures);
        var form = await FormAsync(Figures);
        var field = Field(form, "Libellé (obligatoire)", 0);
        form[field] = "de produits bio et locaux dans les cantines";

        using var response = await PostAsync(form, "enregistrer");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(
            before.Replace("libelle: de produits durables et de qualité dans les cantines", "libelle: de produits bio et locaux dans les cantines", StringComparison.Ordinal),
            Content.Read(Figures));
        Assert.Contains("de produits bio et locaux dans les cantines", await GetAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIndicatorsFinalites_AreCheckboxesWithTheirFullNames_AndATickChangesOnlyTheirLine()
    {
        const string indicators = "2025/indicateurs.yml";
        var html = WebUtility.HtmlDecode(await GetAsync(DataModule.FileUrl(indicators)));
        var before = Content.Read(indicators);
        var form = await FormAsync(indicators);
        Assert.Contains("<legend>Finalités</legend>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"indicateurs.0.finalites\" value=\"climat\" checked><label for=\"champ-indicateurs-0-finalites\">Lutte contre le changement climatique</label>", html, StringComparison.Ordinal);
        Assert.Contains(">Préservation de la biodiversité, des milieux et des ressources</label>", html, StringComparison.Ordinal);
        Assert.Equal("climat", form["indicateurs.0.finalites"]);
        form["indicateurs.0.finalites"] = "climat\nbiodiversite";

        using var response = await PostAsync(form, "enregistrer");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var after = Content.Read(indicators);
        Assert.Equal((10, 10), global::Rdd.Site.Tests.Content.Editing.LineDiff.Changed(before, after));
        Assert.Contains("finalites: [climat, biodiversite]", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARowAddedWithTheNewRowFields_IsWrittenAfterTheLastOne()
    {
        var form = await FormAsync("2025/glossaire.yml");
        form["nouveau.glossaire.sigle"] = "ZFE";
        form["nouveau.glossaire.signification"] = "Zone à faibles émissions";

        using var response = await PostAsync(form, "ajouter:glossaire");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.EndsWith("  - sigle: ZFE\n    signification: Zone à faibles émissions\n", Content.Read("2025/glossaire.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARowRemoved_TakesItsLinesOnly()
    {
        var before = Content.Read(Figures);
        var form = await FormAsync(Figures);

        using var response = await PostAsync(form, "supprimer:chiffres.1");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(before.Replace("  - id: pistes-cyclables\n    theme: Mobilité\n    valeur: 3\n    unite: km\n    libelle: de pistes cyclables livrées\n", string.Empty, StringComparison.Ordinal), Content.Read(Figures));
    }

    [Fact]
    public async Task ABudgetAmountNotGiven_IsWrittenAsTheFormatSaysIt()
    {
        var form = await FormAsync("2025/budget.yml");
        form["lignes.0.fonctionnement"] = "non communiqué";
        form["lignes.0.note"] = "Absent du document budgétaire.";

        using var response = await PostAsync(form, "enregistrer");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var text = Content.Read("2025/budget.yml");
        Assert.Contains("    fonctionnement: non communiqué\n", text, StringComparison.Ordinal);
        Assert.Contains("    note: Absent du document budgétaire.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongValue_IsSavedAndShownAtItsField()
    {
        var form = await FormAsync(Figures);
        form["chiffres.0.valeur"] = "beaucoup";

        using var response = await PostAsync(form, "enregistrer");
        var page = new HtmlParser().ParseDocument(await GetAsync(DataModule.FileUrl(Figures)));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var input = page.GetElementById("champ-chiffres-0-valeur")!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        var described = input.GetAttribute("aria-describedby")!.Split(' ');
        var error = page.GetElementById(described[^1])!;
        Assert.Contains("beaucoup", error.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".editor-errors a[href='#champ-chiffres-0-valeur']"));
    }

    [Fact]
    public async Task AFormOpenedBeforeTheFileChangedOnDisk_IsNotSaved()
    {
        var form = await FormAsync(Figures);
        var changed = Content.Read(Figures).Replace("valeur: 52", "valeur: 53", StringComparison.Ordinal);
        Content.Write(Figures, changed);
        form["chiffres.0.valeur"] = "60";

        using var response = await PostAsync(form, "enregistrer");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(changed, Content.Read(Figures));
    }

    [Fact]
    public async Task ANewStrategyDocument_IsCreatedFromItsName_AndItsFormAddsItsTerms()
    {
        const string file = "2025/strategie/plan-climat-air-energie-territorial.yml";
        Assert.Contains("<label for=\"strategie-2025\">Nom d'un nouveau document de stratégie 2025</label>", WebUtility.HtmlDecode(await GetAsync(DataModule.ListPath)), StringComparison.Ordinal);

        using var created = await Editor.PostAsync(DataModule.NewStrategyPath, ("annee", "2025"), ("strategie-2025", "  Plan climat-air-énergie territorial "));

        Assert.Equal(HttpStatusCode.SeeOther, created.StatusCode);
        Assert.StartsWith(DataModule.FileUrl(file), created.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("# yaml-language-server: $schema=../../schemas/taxonomie.schema.json\nnom: Plan climat-air-énergie territorial\ntermes: []\n", Content.Read(file));
        var form = await FormAsync(file);
        form["nouveau.termes.code"] = "sobriete";
        form["nouveau.termes.libelle"] = "Sobriété énergétique";

        using var added = await PostAsync(form, "ajouter:termes");

        Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
        Assert.EndsWith("nom: Plan climat-air-énergie territorial\ntermes:\n  - code: sobriete\n    libelle: Sobriété énergétique\n", Content.Read(file), StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(DataModule.FileUrl(file)) + "\">Stratégie 2025\u00A0: Plan climat-air-énergie territorial</a>", WebUtility.HtmlDecode(await GetAsync(DataModule.ListPath)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" ", "Donnez un nom au nouveau document de stratégie.")]
    [InlineData("« ! »", "Le nom du document doit contenir au moins une lettre ou un chiffre.")]
    public async Task ANewStrategyDocumentWithoutAName_IsRefusedAtItsField(string name, string message)
    {
        using var response = await Editor.PostAsync(DataModule.NewStrategyPath, ("annee", "2025"), ("strategie-2025", name));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var field = page.GetElementById("strategie-2025")!;
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Contains(message, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["plan-climat.yml"], Directory.GetFiles(Content.FullPath("2025/strategie")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task ANewStrategyDocumentOfAnExistingName_IsRefusedAndTheFileKept()
    {
        using var first = await Editor.PostAsync(DataModule.NewStrategyPath, ("annee", "2025"), ("strategie-2025", "Agenda 2030"));
        const string file = "2025/strategie/agenda-2030.yml";
        Content.Write(file, Content.Read(file) + "# à garder\n");

        using var second = await Editor.PostAsync(DataModule.NewStrategyPath, ("annee", "2025"), ("strategie-2025", "Agenda 2030"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Contains("Le rapport 2025 a déjà un document de stratégie enregistré sous le nom «\u00A0agenda-2030.yml\u00A0»", WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.EndsWith("# à garder\n", Content.Read(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileThatIsNotADataFile_IsNotFound()
    {
        using var response = await Http.GetAsync(new Uri(DataModule.FileUrl("2025/partie-1/01-climat.md"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> GetAsync(string path)
    {
        using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The fields of the page's form as a browser would post them (the token and the version included).</summary>
    private async Task<Dictionary<string, string>> FormAsync(string file)
    {
        var page = new HtmlParser().ParseDocument(await GetAsync(DataModule.FileUrl(file)));
        var form = page.GetElementById("formulaire")!;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            if (element is AngleSharp.Html.Dom.IHtmlInputElement { Type: "checkbox" } box)
            {
                // The boxes ticked, one a line, after the group's empty value: what the editor reads from the boxes posted.
                if (box.IsChecked)
                {
                    fields[box.Name!] = fields.TryGetValue(box.Name!, out var ticked) && ticked.Length > 0 ? ticked + "\n" + box.Value : box.Value;
                }

                continue;
            }

            fields[element.GetAttribute("name")!] = element switch
            {
                AngleSharp.Html.Dom.IHtmlTextAreaElement area => area.Value,
                AngleSharp.Html.Dom.IHtmlSelectElement select => select.Value ?? string.Empty,
                _ => element.GetAttribute("value") ?? string.Empty,
            };
        }

        fields["(labels)"] = string.Join('\n', form.QuerySelectorAll("label").Select(l => l.TextContent + "\t" + l.GetAttribute("for")));
        return fields;
    }

    /// <summary>The name of the <paramref name="index"/>-th field labelled <paramref name="label"/>.</summary>
    private static string Field(Dictionary<string, string> form, string label, int index)
    {
        var id = form["(labels)"].Split('\n').Where(l => l.StartsWith(label + "\t", StringComparison.Ordinal)).Select(l => l.Split('\t')[1]).ElementAt(index);
        return form.Keys.Single(k => "champ-" + k.Replace('.', '-') == id);
    }

    private async Task<HttpResponseMessage> PostAsync(Dictionary<string, string> form, string operation)
    {
        var fields = form.Where(f => f.Key != "(labels)").Append(new(DataFormHtml.Operation, operation)).ToList();
        return await Editor.SendAsync(DataModule.FilePath, fields.Select(f => (f.Key, f.Value)), Editor.Origin, null);
    }
}
