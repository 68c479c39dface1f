using System.Net;
using Rdd.Site.Serve.Editor;

namespace Rdd.Site.Tests.Serve.Editor;

/// <summary>The editor's forms of actions, sections and parts, as a browser without script posts them: POST, then 303 to the page.</summary>
public sealed class EditorFormsTests : IAsyncLifetime
{
    private const string Section = "2025/partie-1/01-climat.md";

    private EditorServer? _running;

    private EditorServer Running => _running!;

    private TempContent Files => Running.Content;

    private string Version => Running.Editor.Store.Read(Section)!.Version;

    public async Task InitializeAsync() => _running = await EditorServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_running is not null)
        {
            await _running.DisposeAsync();
        }
    }

    [Fact]
    public async Task TheActionForm_LabelsEveryField_WithTheFinalitiesFullNames()
    {
        var html = await Running.GetStringAsync(EditorUrls.Action(Section, "plan-velo"));

        Assert.Contains("<label for=\"titre\">Titre (obligatoire)</label>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"texte\">Texte</label>", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode("Lutte contre le changement climatique"), html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"avancement\">Avancement</label>", html, StringComparison.Ordinal);
        Assert.Contains("ODD 13&#xA0;: " + WebUtility.HtmlEncode("Mesures relatives à la lutte contre les changements climatiques"), html, StringComparison.Ordinal);
        Assert.Contains("value=\"plan-climat:mobilites\" checked", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"suite_de\">Suite de</label>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingAnAction_WritesItAtTheEndOfTheSectionWithAnIdFromItsTitle()
    {
        var before = Files.Read(Section);

        using var response = await Running.PostAsync(ActionModule.NewPath, ("fichier", Section), ("version", Version), ("titre", "Jardins partagés"), ("texte", "Trois jardins.\r\n\r\nUn quatrième en 2026."), ("finalites", "cohesion"), ("odd", "11"), ("avancement", "lancement"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(EditorNotices.After(EditorUrls.Action(Section, "jardins-partages"), EditorNotices.Saved), response.Headers.Location?.OriginalString);
        Assert.Equal(before + "\n## Jardins partagés {#jardins-partages avancement=lancement finalites=cohesion odd=11}\n\nTrois jardins.\n\nUn quatrième en 2026.\n", Files.Read(Section));
        Assert.Contains("Jardins partagés", await Running.GetStringAsync("/partie-1/climat/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavingAnActionWithoutTitle_ShowsTheErrorAtTheFieldAndLeavesTheFile()
    {
        var before = Files.Read(Section);

        using var response = await Running.PostAsync(ActionModule.EditPath, ("fichier", Section), ("action", "plan-velo"), ("version", Version), ("titre", "  "), ("texte", "Texte."));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("id=\"titre\" name=\"titre\" value=\"\" required aria-invalid=\"true\" aria-describedby=\"titre-erreur-1\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#titre\">", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\" tabindex=\"-1\" autofocus", html, StringComparison.Ordinal);
        Assert.Equal(before, Files.Read(Section));
    }

    [Fact]
    public async Task EditingAnAction_ChangesOnlyItsLines_AndShowsItsDiagnosticsAtTheirFields()
    {
        var before = Files.Read(Section);

        using var response = await Running.PostAsync(ActionModule.EditPath, ("fichier", Section), ("action", "plan-velo"), ("version", Version), ("titre", "Plan vélo communal"), ("texte", "Douze kilomètres de pistes cyclables programmés d'ici 2028, dont trois livrés en 2025."), ("finalites", "epanouissement"), ("avancement", "lancement"), ("termes", "plan-climat:mobilites"), ("suite_de", "inconnue"));
        var html = await Running.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(before.Replace("termes=plan-climat:mobilites}", "termes=plan-climat:mobilites suite_de=inconnue}", StringComparison.Ordinal), Files.Read(Section));
        Assert.True(html.Contains("id=\"suite_de\" name=\"suite_de\" aria-invalid", StringComparison.Ordinal), html);
        Assert.Contains("id=\"suite_de\" name=\"suite_de\" aria-invalid=\"true\" aria-describedby=\"suite_de-erreur-1\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#suite_de\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnActionWithoutFinality_ShowsTheErrorAtTheFinalitiesNotTheTitle()
    {
        const string purchases = "2025/partie-2/01-achats.md";
        using var response = await Running.PostAsync(ActionModule.EditPath, ("fichier", purchases), ("action", "clauses-environnementales"), ("version", Running.Editor.Store.Read(purchases)!.Version), ("titre", "Clauses environnementales dans les marchés"), ("avancement", "renforcement"));
        var html = await Running.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Contains("n'est rattachée à aucune finalité", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("<fieldset class=\"editor-field\" aria-describedby=\"finalites-erreur-1\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"titre-erreur-1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormOpenedBeforeTheFileChanged_IsRefusedAndTheOtherChangeKept()
    {
        var version = Version;
        Files.Write(Section, Files.Read(Section) + "\nAjout d'une autre main.\n");

        using var response = await Running.PostAsync(ActionModule.EditPath, ("fichier", Section), ("action", "plan-velo"), ("version", version), ("titre", "Autre titre"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("a été modifié sur le disque", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.EndsWith("Ajout d'une autre main.\n", Files.Read(Section), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MovingAnActionUp_SwapsItWithThePreviousOne()
    {
        using var response = await Running.PostAsync(ActionModule.MovePath, ("fichier", Section), ("action", "plan-velo"), ("version", Version), ("sens", "haut"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.True(Files.LineOf(Section, "{#plan-velo") < Files.LineOf(Section, "{#renovation-ecole-tilleuls"));
    }

    [Fact]
    public async Task MovingAnActionToAnotherSection_WritesBothFilesAndOneUndoRestoresBoth()
    {
        const string other = "2025/partie-1/02-biodiversite.md";
        var (from, to) = (Files.Read(Section), Files.Read(other));

        using var response = await Running.PostAsync(ActionModule.MoveToPath, ("fichier", Section), ("action", "plan-velo"), ("version", Version), ("vers", other));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.DoesNotContain("{#plan-velo", Files.Read(Section), StringComparison.Ordinal);
        Assert.Contains("{#plan-velo", Files.Read(other), StringComparison.Ordinal);
        await Running.Editor.UndoAsync();
        Assert.Equal((from, to), (Files.Read(Section), Files.Read(other)));
    }

    [Fact]
    public async Task DeletingAnAction_AsksFirst_ThenRemovesItsLines()
    {
        var confirmation = await Running.GetStringAsync(ActionModule.DeleteUrl(Section, "plan-velo"));
        Assert.Contains("Supprimer l'action</button>", confirmation, StringComparison.Ordinal);
        Assert.Contains("{#plan-velo", Files.Read(Section), StringComparison.Ordinal);

        using var response = await Running.PostAsync(ActionModule.DeletePath, ("fichier", Section), ("action", "plan-velo"), ("version", Version));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.DoesNotContain("Plan vélo", Files.Read(Section), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingASection_AsksFirst_ThenRemovesItsFileUntilUndone()
    {
        var before = Files.Read(Section);
        var confirmation = await Running.GetStringAsync(SectionModule.DeleteUrl(Section));
        Assert.Contains("Supprimer la section</button>", confirmation, StringComparison.Ordinal);
        Assert.True(Files.Exists(Section));

        using var response = await Running.PostAsync(SectionModule.DeletePath, ("fichier", Section), ("version", Version));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(EditorNotices.After(EditorUrls.Part("2025", Rdd.Domain.Reports.PartKind.PublicPolicies), EditorNotices.Deleted), response.Headers.Location?.OriginalString);
        Assert.False(Files.Exists(Section));
        await Running.Editor.UndoAsync();
        Assert.Equal(before, Files.Read(Section));
    }

    [Fact]
    public async Task ThePartFile_IsNoSectionToEditOrDelete()
    {
        using var response = await Running.PostAsync(SectionModule.DeletePath, ("fichier", "2025/partie-1/partie.md"), ("version", Running.Editor.Store.Read("2025/partie-1/partie.md")!.Version));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(Files.Exists("2025/partie-1/partie.md"));
    }

    [Fact]
    public async Task TheSectionHeaderForm_RewritesTheChangedFieldsOnly()
    {
        using var response = await Running.PostAsync(SectionModule.Path, ("fichier", Section), ("version", Version), ("titre", "Au regard de la lutte contre le changement climatique"), ("finalites", "climat"), ("finalites", "biodiversite"), ("groupe", ""));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.StartsWith("---\ntitre: Au regard de la lutte contre le changement climatique\nfinalites: [climat, biodiversite]\n---\n", Files.Read(Section), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSectionForm_WritesTheIntroductionAfterTheFrontMatterOnlyUntilUndone()
    {
        var before = Files.Read(Section);

        using var response = await Running.PostAsync(SectionModule.Path, ("fichier", Section), ("version", Version), ("titre", "Au regard de la lutte contre le changement climatique"), ("finalites", "climat"), ("introduction", "**Le climat**\r\n\r\nDeux axes."));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(before.Replace("---\n\n## ", "---\n\n**Le climat**\n\nDeux axes.\n\n## ", StringComparison.Ordinal), Files.Read(Section));
        Assert.Contains("<strong>Le climat</strong>", await Running.GetStringAsync("/partie-1/climat/"), StringComparison.Ordinal);
        await Running.Editor.UndoAsync();
        Assert.Equal(before, Files.Read(Section));
    }

    [Fact]
    public async Task TheSectionFormOpenedBeforeTheFileChanged_IsRefusedAndTheOtherChangeKept()
    {
        var version = Version;
        Files.Write(Section, Files.Read(Section) + "\nAjout d'une autre main.\n");

        using var response = await Running.PostAsync(SectionModule.Path, ("fichier", Section), ("version", version), ("titre", "Climat"), ("introduction", "Mon introduction."));

        Assert.NotEqual(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.DoesNotContain("Mon introduction.", Files.Read(Section), StringComparison.Ordinal);
        Assert.EndsWith("Ajout d'une autre main.\n", Files.Read(Section), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Deux axes.\n\n## Premier axe", "La ligne 3 de l'introduction est un titre de niveau 2")]
    [InlineData("Un texte <b>en HTML</b>.", "RDD2034")]
    public async Task AnIntroductionThatWouldNotRead_IsRefusedAtItsField(string introduction, string message)
    {
        var before = Files.Read(Section);

        using var response = await Running.PostAsync(SectionModule.Path, ("fichier", Section), ("version", Version), ("titre", "Climat"), ("introduction", introduction));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"introduction-aide introduction-erreur-1", html, StringComparison.Ordinal);
        Assert.Equal(before, Files.Read(Section));
    }

    [Fact]
    public async Task ANewSection_IsNumberedAfterTheOthers()
    {
        using var response = await Running.PostAsync(PartModule.NewSectionPath, ("annee", "2025"), ("partie", "1"), ("nouvelle-section", "Alimentation durable"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("---\ntitre: Alimentation durable\n---\n", Files.Read("2025/partie-1/06-alimentation-durable.md"));
    }

    [Fact]
    public async Task MovingASectionDown_RenamesOnlyTheTwoFilesWhoseNumbersChange()
    {
        var (first, second) = (Files.Read("2025/partie-1/01-climat.md"), Files.Read("2025/partie-1/02-biodiversite.md"));

        using var response = await Running.PostAsync(PartModule.OrderPath, ("annee", "2025"), ("partie", "1"), ("fichier", "01-climat.md"), ("sens", "bas"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(second, Files.Read("2025/partie-1/01-biodiversite.md"));
        Assert.Equal(first, Files.Read("2025/partie-1/02-climat.md"));
        Assert.False(Files.Exists("2025/partie-1/01-climat.md"));
        Assert.Equal(["01-biodiversite.md", "02-climat.md", "03-cohesion.md", "04-epanouissement.md", "05-production.md", "partie.md"], Running.Editor.Store.Files("2025/partie-1", ".md"));
    }

    [Fact]
    public async Task RenamingAPart_SetsTheTitleOfItsPartieMd()
    {
        using var response = await Running.PostAsync(PartModule.Path, ("annee", "2025"), ("partie", "2"), ("titre", "Notre fonctionnement"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Contains("titre: Notre fonctionnement\n", Files.Read("2025/partie-2/partie.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePreviewOfAText_IsRenderedByTheSitesRenderer()
    {
        using var response = await Running.PostAsync(MarkdownPreviewModule.Path, ("fichier", Section), ("texte", "**Gras** et [lien](https://example.org)."));

        Assert.Contains("<strong>Gras</strong>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
