using System.IO.Compression;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Rdd.Site.Cli;

namespace Rdd.Site.BrowserTests;

/// <summary>
/// The way of an author without a terminal, in the browser only: <c>rdd</c> without a command and without content
/// shows « Créer le rapport »; « Créer » opens the editor; « Publier » publishes and the ZIP holds the site; or
/// « Importer le document Word » makes the report from a Word document, and « Télécharger en Word » gives it back.
/// axe-core (the rules of <see cref="AxeTests"/>) on the welcome page, its « Publication automatique » list among
/// the elements checked, the import report and « Publier ».
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WelcomeToPublishTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rdd-bienvenue-").FullName;
    private StartCommand.Editor? _editor;

    public async Task InitializeAsync() =>
        _editor = await StartCommand.Editor.StartAsync(ContentLocation.Find(Path.Combine(_folder, "content"), _folder, _folder), 0, TextWriter.Null);

    public async Task DisposeAsync()
    {
        if (_editor is not null)
        {
            await _editor.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Welcome_CreateEditPublish_WorksInTheBrowserOnly()
    {
        var page = await browser.NewPageAsync();
        try
        {
            await page.GotoAsync(_editor!.Address.AbsoluteUri);
            Assert.Equal("Créer le rapport", await page.Locator("h1").InnerTextAsync());
            await AssertNoAxeViolationAsync(page);

            await page.GetByLabel("Nom de la collectivité").FillAsync("Ville de Belval");
            await page.GetByLabel("Nature").SelectOptionAsync("commune");
            await page.GetByLabel("Population").FillAsync("60000");
            await page.GetByLabel("Année du rapport").FillAsync("2025");
            await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier l'obligation" }).ClickAsync();
            Assert.StartsWith("En tant que commune de plus de 50", await page.Locator("#obligation").InnerTextAsync(), StringComparison.Ordinal);
            await AssertNoAxeViolationAsync(page);

            await page.GetByRole(AriaRole.Button, new() { Name = "Créer", Exact = true }).ClickAsync();
            await page.WaitForURLAsync("**/edition/");
            Assert.Equal("Structure du rapport", await page.Locator("h1").InnerTextAsync());
            Assert.True(File.Exists(Path.Combine(_folder, "content", "site.yml")));

            await page.GetByRole(AriaRole.Link, new() { Name = "Publier", Exact = true }).ClickAsync();
            Assert.Equal("Publier", await page.Locator("h1").InnerTextAsync());
            await AssertNoAxeViolationAsync(page);
            await page.GetByLabel("Publier malgré les avertissements").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Publier", Exact = true }).ClickAsync();
            await page.WaitForURLAsync("**/edition/publier#publication", new() { Timeout = 180_000 });
            await AssertNoAxeViolationAsync(page);

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Archive ZIP du site") }).ClickAsync());
            var zip = Path.Combine(_folder, "site.zip");
            await download.SaveAsAsync(zip);
            using var archive = ZipFile.OpenRead(zip);
            Assert.Contains(archive.Entries, e => e.FullName == "index.html");
            Assert.Contains(archive.Entries, e => e.FullName == "accessibilite/index.html");
            Assert.Contains(archive.Entries, e => e.FullName == "LISEZMOI.txt");
            Assert.True(File.Exists(Path.Combine(_folder, "_site", "index.html")));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Welcome_ImportWordThenDownloadWord_WorksInTheBrowserOnly()
    {
        var commune = ContentChecker.Check(Path.Combine(BrowserFixture.RepositoryRoot, "tests", "fixtures", "commune-fictive"));
        var document = Path.Combine(_folder, "rapport-2024.docx");
        await using (var output = File.Create(document))
        {
            Rdd.Site.Export.DocxExporter.Export(commune.Content, output);
        }

        var page = await browser.NewPageAsync();
        try
        {
            await page.GotoAsync(_editor!.Address.AbsoluteUri);
            await page.GetByLabel("Nom de la collectivité").FillAsync("Ville de Belval");
            await page.GetByLabel("Population").FillAsync("60000");
            await page.GetByLabel("Année du rapport").FillAsync("2025");
            await page.GetByLabel("Document Word").SetInputFilesAsync(document);
            Assert.Equal("partie,section,action", await page.GetByLabel("Structure du document").InputValueAsync());
            await page.GetByRole(AriaRole.Button, new() { Name = "Importer le document Word" }).ClickAsync();

            await page.WaitForURLAsync("**/edition/import");
            Assert.Equal("Rapport d'import", await page.Locator("h1").InnerTextAsync());
            Assert.Contains("rapport-2024.docx", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            await AssertNoAxeViolationAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "Ouvrir la structure du rapport" }).ClickAsync();
            foreach (var title in commune.Content.Latest!.Report.AllActions().Take(3).Select(a => a.Action.Title))
            {
                Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).CountAsync() > 0, title);
            }

            await page.GetByRole(AriaRole.Link, new() { Name = "Publier", Exact = true }).ClickAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Télécharger en Word" }).ClickAsync());
            var word = Path.Combine(_folder, "telecharge.docx");
            await download.SaveAsAsync(word);
            Assert.Equal("rapport-2025.docx", download.SuggestedFilename);
            using var archive = ZipFile.OpenRead(word);
            var body = new StreamReader(archive.GetEntry("word/document.xml")!.Open()).ReadToEnd();
            Assert.Contains("Plan vélo communal", body, StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Welcome_PublicationAutomatique_PassesAxeChosenAndAfterAnErrorAndWritesThePipeline()
    {
        var page = await browser.NewPageAsync();
        try
        {
            await page.GotoAsync(_editor!.Address.AbsoluteUri);
            var ci = page.GetByLabel("Publication automatique");
            Assert.Equal(["Aucune", "GitHub Pages", "GitLab Pages"], await ci.Locator("option").AllInnerTextsAsync());
            await ci.SelectOptionAsync("github");
            var checkedRules = await AssertNoAxeViolationAsync(page);
            Assert.Contains(checkedRules, r => r.Rule == "select-name" && r.Target == "#ci");

            // « Créer » without a name: the page comes back with its errors, the choice kept, and passes axe again.
            await page.GetByRole(AriaRole.Button, new() { Name = "Créer", Exact = true }).ClickAsync();
            Assert.StartsWith("Erreur", await page.TitleAsync(), StringComparison.Ordinal);
            Assert.Equal("github", await page.GetByLabel("Publication automatique").InputValueAsync());
            Assert.Contains(await AssertNoAxeViolationAsync(page), r => r.Rule == "select-name" && r.Target == "#ci");

            await page.GetByLabel("Nom de la collectivité").FillAsync("Ville de Belval");
            await page.GetByLabel("Nature").SelectOptionAsync("commune");
            await page.GetByLabel("Population").FillAsync("60000");
            await page.GetByLabel("Année du rapport").FillAsync("2025");
            await page.GetByRole(AriaRole.Button, new() { Name = "Créer", Exact = true }).ClickAsync();
            await page.WaitForURLAsync("**/edition/");
            Assert.True(File.Exists(Path.Combine(_folder, "content", ".github", "workflows", "rdd.yml")));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Runs axe-core on the page, asserts it finds no violation, and returns the rules that passed, with each element they checked.</summary>
    private static async Task<List<(string Rule, string Target)>> AssertNoAxeViolationAsync(IPage page)
    {
#pragma warning disable CS0618 // One frame: the legacy mode gives the same results in a third of the time (see AxeTests).
        var result = await page.RunAxeLegacy(null, new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = AxeTests.Tags } });
#pragma warning restore CS0618
        Assert.True(result.Violations.Length == 0, page.Url + "\n" + string.Join('\n', result.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Target))}")));
        return result.Passes.SelectMany(p => p.Nodes.Select(n => (p.Id, n.Target.ToString()))).ToList();
    }
}
