using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Rdd.Site.Serve;
using Rdd.Site.Serve.Editor;

namespace Rdd.Site.BrowserTests;

/// <summary>
/// The editor of <c>rdd serve</c> in Chromium, as an author uses it: by the labels of its fields and buttons, with
/// the keyboard, at 320 px; axe on each of its pages. Each test gets its own copy of the fictional commune and its own
/// preview server, started like <c>rdd serve</c>; Chromium is Debian's, launched as <see cref="BrowserFixture"/> does.
/// </summary>
public sealed class EditorTests : IAsyncLifetime
{
    private const string Section = "2025/partie-1/01-climat.md";

    private static readonly AxeRunOptions AxeOptions = new() { RunOnly = new RunOnlyOptions { Type = "tag", Values = AxeTests.Tags } };

    private readonly string _content = Path.Combine(Path.GetTempPath(), "rdd-editor-tests", Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private PreviewServer? _server;

    private string Address => _server!.Address!.ToString().TrimEnd('/');

    private string File(string relative) => System.IO.File.ReadAllText(Path.Combine(_content, relative), Encoding.UTF8);

    public async Task InitializeAsync()
    {
        Copy(Path.Combine(BrowserFixture.RepositoryRoot, "tests", "fixtures", "commune-fictive"), _content);
        _server = new PreviewServer(_content, TextWriter.Null);
        Assert.True(await _server.StartAsync(0), string.Join('\n', _server.LastDiagnostics));
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_content, recursive: true);
    }

    [Fact]
    public async Task AddAction_ByItsLabels_IsInTheMarkdownFileAndOnTheRebuiltPage()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Address + "/partie-1/climat/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Modifier cette page" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ajouter une action", Exact = true }).ClickAsync();
        await page.GetByLabel("Titre", new() { Exact = false }).First.FillAsync("Compostage collectif");
        await page.GetByLabel("Texte", new() { Exact = true }).FillAsync("Douze composteurs de quartier installés.");
        await page.GetByLabel("Dynamique de développement suivant des modes de production et de consommation responsables").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();

        Assert.Contains("## Compostage collectif {#compostage-collectif finalites=production}\n\nDouze composteurs de quartier installés.\n", File(Section), StringComparison.Ordinal);
        Assert.Contains("Modification enregistrée", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync(Address + "/partie-1/climat/");
        Assert.Equal(1, await page.GetByRole(AriaRole.Heading, new() { Name = "Compostage collectif" }).CountAsync());
    }

    [Fact]
    public async Task EditIntroduction_ByItsLabel_IsInTheMarkdownFileAndOnTheRebuiltPage()
    {
        var page = await NewPageAsync();
        var introduction = page.GetByLabel("Texte d'introduction de la section", new() { Exact = true });
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true });
        await page.GotoAsync(Address + EditorUrls.Section(Section));
        await introduction.FillAsync("Deux axes.\n\n## Premier axe");
        await save.ClickAsync();
        Assert.Equal("true", await introduction.GetAttributeAsync("aria-invalid"));
        var violations = Violations(await page.RunAxe(AxeOptions)).Select(v => "introduction refusée — " + v).ToList();

        await introduction.FillAsync("**Le climat**, deux axes.");
        await save.ClickAsync();

        Assert.Contains("---\n\n**Le climat**, deux axes.\n\n## ", File(Section), StringComparison.Ordinal);
        Assert.Contains("Modification enregistrée", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        violations.AddRange(Violations(await page.RunAxe(AxeOptions)).Select(v => "section enregistrée — " + v));
        await page.GotoAsync(Address + "/partie-1/climat/");
        Assert.Equal(1, await page.Locator("strong", new() { HasText = "Le climat" }).CountAsync());
        Assert.Empty(violations);
    }

    [Fact]
    public async Task EditKeyFigure_ByItsLabels_IsInTheYamlFileAndOnTheRebuiltHomePage()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Address + EditorUrls.Structure);
        await page.GetByRole(AriaRole.Link, new() { Name = "Données", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Chiffres clés 2025" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Group, new() { Name = "Ligne 2 : de pistes cyclables livrées" });
        await row.GetByLabel("Valeur (obligatoire)").FillAsync("4.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).First.ClickAsync();

        Assert.Contains("    valeur: 4.5\n    unite: km\n    libelle: de pistes cyclables livrées\n", File("2025/chiffres-cles.yml"), StringComparison.Ordinal);
        Assert.Contains("Modification enregistrée", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync(Address + "/");
        Assert.Contains("4,5", await page.Locator("#" + Rdd.Site.Pages.Anchors.KeyFigure("pistes-cyclables")).InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAction_EmptyTitle_ShowsTheErrorAtTheFieldAndLeavesTheFile()
    {
        var before = File(Section);
        var page = await NewPageAsync();
        await page.GotoAsync(Address + EditorUrls.Action(Section, "plan-velo"));
        await page.GetByLabel("Titre", new() { Exact = false }).First.FillAsync(string.Empty);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();

        var title = page.Locator("#titre");
        Assert.Equal("true", await title.GetAttributeAsync("aria-invalid"));
        Assert.Contains("Donnez un titre", await page.Locator("#" + await title.GetAttributeAsync("aria-describedby")).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("erreurs", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("alert", await page.Locator("#erreurs").GetAttributeAsync("role"));
        await page.Locator("#erreurs a[href='#titre']").ClickAsync();
        Assert.Equal("titre", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal(before, File(Section));
    }

    [Fact]
    public async Task SaveAction_FileChangedOnDisk_IsRefusedWithAMessage()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Address + EditorUrls.Action(Section, "plan-velo"));
        System.IO.File.AppendAllText(Path.Combine(_content, Section), "\nÉcrit dans un autre éditeur.\n");
        await page.GetByLabel("Titre", new() { Exact = false }).First.FillAsync("Plan vélo renommé");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();

        Assert.Contains("a été modifié sur le disque", await page.Locator("#erreurs").InnerTextAsync(), StringComparison.Ordinal);
        Assert.EndsWith("Écrit dans un autre éditeur.\n", File(Section), StringComparison.Ordinal);
        Assert.DoesNotContain("Plan vélo renommé", File(Section), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Undo_AfterASave_RestoresTheFile()
    {
        var before = File(Section);
        var page = await NewPageAsync();
        await page.GotoAsync(Address + EditorUrls.Action(Section, "plan-velo"));
        await page.GetByLabel("Titre", new() { Exact = false }).First.FillAsync("Plan vélo modifié");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        Assert.Contains("Plan vélo modifié", File(Section), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Annuler la dernière modification" }).ClickAsync();

        Assert.Equal(before, File(Section));
        Assert.Contains("annulée", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_CrossOrigin_IsRefusedWith403()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Address + EditorUrls.Structure);
        var token = await page.EvaluateAsync<string>("async () => { const r = await fetch(location.href.replace('/edition/', '/edition/action/nouvelle?fichier=2025%2Fpartie-1%2F01-climat.md')); const t = await r.text(); return new DOMParser().parseFromString(t, 'text/html').querySelector('input[name=jeton]').value; }");

        var response = await page.APIRequest.PostAsync(Address + HistoryModule.UndoPath, new() { Headers = new Dictionary<string, string> { ["Origin"] = "http://rapport.example" }, Form = page.APIRequest.CreateFormData().Set("jeton", token) });

        Assert.Equal(403, response.Status);
    }

    [Fact]
    public async Task EditorPages_HaveNoAxeViolation()
    {
        var page = await NewPageAsync();
        var violations = new List<string>();
        string[] pages =
        [
            EditorUrls.Structure,
            EditorUrls.Part("2025", Rdd.Domain.Reports.PartKind.PublicPolicies),
            EditorUrls.Section(Section),
            EditorUrls.Action(Section, "plan-velo"),
            ActionModule.NewActionUrl(Section),
            ActionModule.DeleteUrl(Section, "plan-velo"),
            SectionModule.DeleteUrl(Section),
            "/edition/nulle-part",
            DataModule.ListPath,
            DataModule.FileUrl("site.yml"),
            DataModule.FileUrl("2025/rapport.yml"),
            DataModule.FileUrl("2025/chiffres-cles.yml"),
            DataModule.FileUrl("2025/budget.yml"),
            DataModule.FileUrl("2025/budget-vert.yml"),
            DataModule.FileUrl("2025/indicateurs.yml"),
            DataModule.FileUrl("2025/glossaire.yml"),
            DataModule.FileUrl("2025/strategie/plan-climat.yml"),
            TextsModule.ListPath,
            TextsModule.FileUrl("2025/introduction.md"),
            TextsModule.FileUrl("2025/partie-1/partie.md"),
            ImagesModule.PagePath,
            ImportReportModule.PagePath,
            NextYearModule.Path,
            Rdd.Site.Serve.Publishing.PublishModule.PagePath,
        ];
        foreach (var path in pages)
        {
            await page.GotoAsync(Address + path);
            violations.AddRange(Violations(await page.RunAxe(AxeOptions)).Select(v => path + " — " + v));
        }

        // A form sent back with its errors, and a page with the undo form.
        await page.GotoAsync(Address + EditorUrls.Action(Section, "plan-velo"));
        await page.GetByLabel("Titre", new() { Exact = false }).First.FillAsync(string.Empty);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        violations.AddRange(Violations(await page.RunAxe(AxeOptions)).Select(v => "formulaire en erreur — " + v));
        await page.GetByLabel("Titre", new() { Exact = false }).First.FillAsync("Plan vélo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        violations.AddRange(Violations(await page.RunAxe(AxeOptions)).Select(v => "après enregistrement — " + v));

        // « Insérer une image »: the toolbar's chooser opened, then with its error at the alternative text. (axe cannot
        // run in a page without script: the no-script form's error state is checked by ImageChooserTests.)
        AddImages();
        await page.GotoAsync(Address + EditorUrls.Action(Section, "plan-velo"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Image", Exact = true }).ClickAsync();
        violations.AddRange(Violations(await page.RunAxe(AxeOptions)).Select(v => "choix d'une image — " + v));
        await page.GetByLabel("Image du dossier 2025/images").SelectOptionAsync("sans-texte.png");
        await page.GetByRole(AriaRole.Button, new() { Name = "Insérer", Exact = true }).ClickAsync();
        violations.AddRange(Violations(await page.RunAxe(AxeOptions)).Select(v => "image sans texte de remplacement — " + v));

        Assert.Empty(violations);
    }

    [Fact]
    public async Task Toolbar_BoldListLink_WriteTheirMarkdownInTheText()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Address + EditorUrls.Action(Section, "plan-velo"));
        var text = page.GetByRole(AriaRole.Textbox, new() { Name = "Texte" });
        var toolbar = page.GetByRole(AriaRole.Toolbar, new() { Name = "Mise en forme du texte" });

        await text.FillAsync("vélo");
        await text.SelectTextAsync();
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Gras" }).ClickAsync();
        Assert.Equal("**vélo**", await text.InputValueAsync());

        await text.FillAsync("pistes\nvoies vertes");
        await text.SelectTextAsync();
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Liste" }).ClickAsync();
        Assert.Equal("- pistes\n- voies vertes", await text.InputValueAsync());

        await text.FillAsync("Voir ");
        await text.PressAsync("End");
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Lien" }).ClickAsync();
        Assert.Equal("Voir [texte du lien](https://)", await text.InputValueAsync());
        Assert.Equal("texte du lien", await page.EvaluateAsync<string>("() => { const a = document.activeElement; return a.value.slice(a.selectionStart, a.selectionEnd); }"));
    }

    [Fact]
    public async Task ToolbarImage_ChosenAndInserted_WritesItsMarkdownAtTheCursor()
    {
        AddImages();
        var page = await NewPageAsync();
        await page.GotoAsync(Address + EditorUrls.Action(Section, "plan-velo"));
        var text = page.GetByRole(AriaRole.Textbox, new() { Name = "Texte", Exact = true });
        await text.FillAsync("Avant. Après.");
        await page.EvaluateAsync("() => document.getElementById('texte').setSelectionRange(7, 7)");

        await page.GetByRole(AriaRole.Button, new() { Name = "Image", Exact = true }).ClickAsync();
        await page.GetByLabel("Image du dossier 2025/images").SelectOptionAsync("sans-texte.png");
        await page.GetByRole(AriaRole.Button, new() { Name = "Insérer", Exact = true }).ClickAsync();
        Assert.Equal("true", await page.GetByRole(AriaRole.Textbox, new() { Name = "Texte de remplacement" }).GetAttributeAsync("aria-invalid"));
        Assert.Equal("Avant. Après.", await text.InputValueAsync());

        await page.GetByLabel("Image du dossier 2025/images").SelectOptionAsync("carte-pistes.png");
        await page.GetByRole(AriaRole.Button, new() { Name = "Insérer", Exact = true }).ClickAsync();

        Assert.Equal("Avant. ![Carte des pistes](../images/carte-pistes.png)Après.", await text.InputValueAsync());
        Assert.Equal("texte", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("false", await page.GetByRole(AriaRole.Button, new() { Name = "Image", Exact = true }).GetAttributeAsync("aria-expanded"));
    }

    [Fact]
    public async Task ModifierCettePage_FromAnActionsAnchor_OpensThatActionsForm()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Address + "/partie-1/climat/#plan-velo");

        await page.GetByRole(AriaRole.Link, new() { Name = "Modifier cette page" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/edition/action?", StringComparison.Ordinal));
        Assert.Contains("action=plan-velo", page.Url, StringComparison.Ordinal);
        Assert.Equal("Plan vélo communal", await page.GetByLabel("Titre", new() { Exact = false }).First.InputValueAsync());
    }

    [Fact]
    public async Task Keyboard_Alone_ReachesSkipLinkThenEveryFieldWithVisibleFocus()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Address + EditorUrls.Action(Section, "plan-velo"));

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Aller au contenu", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var invisible = new List<string>();
        for (var i = 0; i < 200 && !reached.Contains("Enregistrer"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>("() => { const e = document.activeElement; const s = getComputedStyle(e); return [e.id || e.textContent.trim(), s.outlineStyle, s.outlineWidth]; }");
            reached.Add(focused[0]);
            if (focused[1] == "none" || focused[2] == "0px")
            {
                invisible.Add(focused[0]);
            }
        }

        Assert.Superset(new HashSet<string>(["titre", "texte", "finalites", "avancement", "odd", "partenaires", "lieux", "suite_de", "Enregistrer"]), reached);
        Assert.Empty(invisible);
    }

    [Fact]
    public async Task Forms_At320Pixels_NeedNoHorizontalScrolling()
    {
        var page = await NewPageAsync(320);
        var wide = new List<string>();
        foreach (var path in new[] { EditorUrls.Structure, EditorUrls.Section(Section), EditorUrls.Action(Section, "plan-velo") })
        {
            await page.GotoAsync(Address + path);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > 320)
            {
                wide.Add($"{path} : {width} px");
            }
        }

        Assert.Empty(wide);
    }

    /// <summary>Two images in 2025/images: one the reading guide shows with its alternative text, one no text shows yet.</summary>
    private void AddImages()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        Directory.CreateDirectory(Path.Combine(_content, "2025", "images"));
        System.IO.File.WriteAllBytes(Path.Combine(_content, "2025", "images", "carte-pistes.png"), png);
        System.IO.File.WriteAllBytes(Path.Combine(_content, "2025", "images", "sans-texte.png"), png);
        System.IO.File.AppendAllText(Path.Combine(_content, "2025", "introduction.md"), "\n![Carte des pistes](images/carte-pistes.png)\n");
    }

    private async Task<IPage> NewPageAsync(int width = 1280)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 }, Locale = "fr-FR" });
        return await context.NewPageAsync();
    }

    private static IEnumerable<string> Violations(AxeResult result) =>
        result.Violations.SelectMany(item => item.Nodes.Select(node => $"{item.Id} {node.Target} — {item.Help}"));

    private static void Copy(string source, string destination)
    {
        foreach (var folder in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(folder.Replace(source, destination, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            System.IO.File.Copy(file, file.Replace(source, destination, StringComparison.Ordinal));
        }
    }
}
