using System.Text;
using Rdd.Domain.Validation;
using Rdd.Site.Content;

namespace Rdd.Site.Tests.Hardening;

/// <summary>
/// Nothing malformed is published silently: each mistake of syntax an author makes in Word or by hand gets one message
/// at its file, line and column, quoting what was typed, and the site is not built with the raw syntax in it.
/// </summary>
public sealed class MalformedContentTests
{
    private const string Section = "2025/partie-1/01-climat.md";

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task Check_AttributeBlockWithoutItsClosingBrace_IsRDD2025AtTheBraceAndNotPublished()
    {
        using var content = new TempContent();
        content.Replace(Section, "## Plan vélo communal {#plan-velo avancement=lancement finalites=epanouissement termes=plan-climat:mobilites}", "## Plan vélo communal {#plan-velo avancement=lancement finalites=epanouissement termes=plan-climat:mobilites");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2025");

        Diagnostics.At(diagnostic, "RDD2025", Section, content.LineOf(Section, "## Plan vélo"), content.ColumnOf(Section, "{#plan-velo"));
        Assert.Equal("Le bloc d'attributs « {#plan-velo avancement=lancement finalites=epanouissement… » n'est pas fermé : ajoutez une accolade fermante « } » à la fin de la ligne du titre.", diagnostic.Message);
        await AssertNotPublished(content, "{#plan-velo");
    }

    [Fact]
    public async Task Check_TextAfterTheAttributeBlock_IsRDD2025QuotingTheTitle()
    {
        using var content = new TempContent();
        content.Replace(Section, "termes=plan-climat:mobilites}", "termes=plan-climat:mobilites} (suite)");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2025");

        Assert.Equal(content.LineOf(Section, "## Plan vélo"), diagnostic.Location!.Line);
        Assert.StartsWith("Le titre « Plan vélo communal {#plan-velo", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("contient une accolade « { »", diagnostic.Message, StringComparison.Ordinal);
        await AssertNotPublished(content, "{#plan-velo");
    }

    [Fact]
    public async Task Check_AttributeBlockOnTheLineAfterTheHeading_IsRDD2026AtThatLine()
    {
        using var content = new TempContent();
        content.Replace(Section, "## Plan vélo communal {#plan-velo", "## Plan vélo communal\n{#plan-velo");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2026");

        Diagnostics.At(diagnostic, "RDD2026", Section, content.LineOf(Section, "{#plan-velo"), 1);
        Assert.Equal("Le bloc d'attributs « {#plan-velo avancement=lancement finalites=epanouissement… » est sur la ligne qui suit le titre : il n'est lu qu'à la fin de la ligne du titre. Remontez-le à la fin de cette ligne, après une espace (## Titre {#plan-velo avancement=lancement finalites=epanouissement…).", diagnostic.Message);
        await AssertNotPublished(content, "{#plan-velo");
    }

    [Fact]
    public void Check_AttributeBlockInTheTextOfAnAction_IsRDD2026()
    {
        using var content = new TempContent();
        content.Replace(Section, "Douze kilomètres de pistes", "Voir {#plan-velo} : douze kilomètres de pistes");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2026");

        Diagnostics.At(diagnostic, "RDD2026", Section, content.LineOf(Section, "Voir {#plan-velo}"), 6);
        Assert.Contains("est écrit dans le texte", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("##Plan vélo communal")]
    [InlineData("###Plan vélo communal")]
    public async Task Check_HashesWithoutASpace_AreRDD2027SayingHowToWriteTheHeading(string written)
    {
        using var content = new TempContent();
        content.Replace(Section, "Douze kilomètres de pistes", written + "\n\nDouze kilomètres de pistes");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2027");

        Diagnostics.At(diagnostic, "RDD2027", Section, content.LineOf(Section, written), 1);
        var hashes = written[..written.LastIndexOf('#')] + "#";
        Assert.Equal($"« {written} » n'est pas lu comme un titre : ajoutez une espace après les dièses, « {hashes} Plan vélo communal ».", diagnostic.Message);
        await AssertNotPublished(content, written);
    }

    [Fact]
    public void Check_HashesWithoutASpaceInAnIntroduction_AreRDD2027Too()
    {
        using var content = new TempContent();
        content.Edit("2025/introduction.md", text => text + "\n##Nos priorités\n");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2027");

        Assert.Equal(new SourceLocation("2025/introduction.md", content.LineOf("2025/introduction.md", "##Nos"), 1), diagnostic.Location);
    }

    [Fact]
    public async Task Check_HeadingEndingWithAColon_IsRDD2028AtTheColon()
    {
        using var content = new TempContent();
        content.Replace(Section, "Douze kilomètres de pistes", "## Objectifs :\n\nDouze kilomètres de pistes");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2028");

        Diagnostics.At(diagnostic, "RDD2028", Section, content.LineOf(Section, "## Objectifs :"), 14);
        Assert.Equal("Le titre « Objectifs : » se termine par deux-points : chaque titre « ## » commence une nouvelle action. S'il annonce la suite du texte, écrivez-le sans « ## », par exemple en gras (**Objectifs\u00A0:**) ; si c'est bien une action, retirez les deux-points.", diagnostic.Message);
        await AssertNotPublished(content, "Objectifs :");
    }

    [Fact]
    public void Load_HeadingWithAColonInside_IsAnAction()
    {
        using var content = new TempContent();
        content.Replace(Section, "## Plan vélo communal {#plan-velo", "## Plan vélo : douze kilomètres {#plan-velo");

        Diagnostics.None(content.Check().Result.Diagnostics);
    }

    [Theory]
    [InlineData("![Atelier vélo](../images/Photo vélo.JPG)")]
    [InlineData("![Atelier vélo](../images/Photo%20vélo.JPG)")]
    [InlineData("![Atelier vélo](<../images/Photo vélo.JPG>)")]
    public async Task Check_ImageFileNameWithASpace_IsRDD2029NamingTheFileToWrite(string written)
    {
        using var content = new TempContent();
        content.WriteBytes("2025/images/Photo vélo.JPG", Png);
        content.Replace(Section, "Douze kilomètres de pistes", written + "\n\nDouze kilomètres de pistes");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2029");

        Diagnostics.At(diagnostic, "RDD2029", Section, content.LineOf(Section, "![Atelier"), 1);
        Assert.Contains("contient une espace", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("le fichier « photo-velo.jpg » (sans espace, en minuscules, sans accent)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("](../images/photo-velo.jpg)", diagnostic.Message, StringComparison.Ordinal);
        await AssertNotPublished(content, "![Atelier");
    }

    [Fact]
    public void Check_ImageWithASpaceBeforeItsPath_IsRDD2029()
    {
        using var content = new TempContent();
        content.WriteBytes("2025/images/carte.png", Png);
        content.Replace(Section, "Douze kilomètres de pistes", "Voir ![Carte des pistes] (../images/carte.png)\n\nDouze kilomètres de pistes");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2029");

        Diagnostics.At(diagnostic, "RDD2029", Section, content.LineOf(Section, "Voir ![Carte"), 6);
        Assert.Equal("L'image « ![Carte des pistes] (../images/carte.png) » est mal écrite et apparaîtrait telle quelle sur le site : écrivez ![texte de remplacement](chemin/du/fichier.png), sans espace entre « ] » et « ( », et avec ses deux parenthèses.", diagnostic.Message);
    }

    [Fact]
    public async Task Build_ImageFileNameWithCapitalsAndAccents_IsPublishedAtAWorkingAddress()
    {
        using var content = new TempContent();
        content.WriteBytes("2025/images/Photo-Vélo.JPG", Png);
        content.Replace(Section, "Douze kilomètres de pistes", "![Atelier vélo](../images/Photo-Vélo.JPG)\n\nDouze kilomètres de pistes");

        Diagnostics.None(content.Check().Result.Diagnostics);
        var build = await SiteGenerator.BuildAsync(content.Root, new BuildOptions());

        Assert.True(build.Success, Diagnostics.Describe(build.Diagnostics));
        var page = Encoding.UTF8.GetString(build.Files!["partie-1/climat/index.html"]);
        var src = System.Text.RegularExpressions.Regex.Match(page, "<img src=\"([^\"]+)\" alt=\"Atelier vélo\"").Groups[1].Value;
        Assert.NotEmpty(src);
        Assert.DoesNotContain("![", page, StringComparison.Ordinal);
        Assert.True(build.Files.Contains(Uri.UnescapeDataString(src.TrimStart('/'))), $"{src} is not a published file.");
    }

    [Theory]
    [InlineData(".docx", "un document Word")]
    [InlineData(".doc", "un document Word")]
    [InlineData(".odt", "un document OpenDocument (LibreOffice)")]
    [InlineData(".rtf", "un document RTF")]
    [InlineData(".DOCX", "un document Word")]
    public void Check_SectionSavedByAWordProcessor_IsTheErrorRDD2035(string extension, string format)
    {
        using var content = new TempContent();
        content.Write("2025/partie-1/06-mobilites" + extension, "PK");

        var check = content.Check();
        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, "RDD2035");

        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(new SourceLocation("2025/partie-1/06-mobilites" + extension), diagnostic.Location);
        Assert.Equal($"La section « 2025/partie-1/06-mobilites{extension} » est {format} : elle n'est pas lue, et disparaîtrait du rapport. Enregistrez-la au format .md (dans votre traitement de texte : Enregistrer sous, « Texte brut », encodage UTF-8), sous le nom « 06-mobilites.md », puis supprimez « 06-mobilites{extension} ».", diagnostic.Message);
        Assert.False(check.Success);
    }

    [Theory]
    [InlineData("06-mobilites.txt", "06-mobilites.md")]
    [InlineData("06-mobilites.md.txt", "06-mobilites.md")]
    public void Check_SectionSavedAsText_IsRDD2035AskingForTheMdName(string name, string markdown)
    {
        using var content = new TempContent();
        content.Write("2025/partie-1/" + name, "---\ntitre: Mobilités\n---\n");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2035");

        Assert.Equal($"La section « 2025/partie-1/{name} » est un fichier texte (.txt) : elle n'est pas lue, et disparaîtrait du rapport. Enregistrez-la au format .md, en la renommant « {markdown} ».", diagnostic.Message);
    }

    [Fact]
    public void Check_SectionWithoutANumber_IsTheWarningRDD2036SayingWhereItIsPlaced()
    {
        using var content = new TempContent();
        content.Write("2025/partie-1/mobilites.md", "---\ntitre: Mobilités\nfinalites: [climat]\n---\n\n## Navette électrique {#navette avancement=lancement}\n\nTexte.\n");

        var check = content.Check();
        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, "RDD2036");

        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(new SourceLocation("2025/partie-1/mobilites.md", 1, 1), diagnostic.Location);
        Assert.Equal("Le nom de la section « 2025/partie-1/mobilites.md » ne commence pas par un numéro : elle sera placée en dernier, après « 05-production.md » (les sections sont rangées dans l'ordre des noms de fichier). Pour choisir sa place, numérotez-la, par exemple « 06-mobilites.md ».", diagnostic.Message);
        Assert.Equal("Mobilités", check.Content.Latest!.Report.Parts[0].Sections[^1].Title);
    }

    [Theory]
    [InlineData('\u00A0', "une espace insécable (caractère U+00A0)")]
    [InlineData('\u202F', "une espace fine insécable (caractère U+202F)")]
    public void Check_NonBreakingSpaceIndentingYaml_IsRDD2010NamingItsLineAndTheCharacter(char space, string named)
    {
        using var content = new TempContent();
        content.Replace("site.yml", "  nom: Ville de Belval-sur-Lirette", $"{space}{space}nom: Ville de Belval-sur-Lirette");
        var line = content.LineOf("site.yml", "nom: Ville de Belval");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2010");

        Diagnostics.At(diagnostic, "RDD2010", "site.yml", line, 1);
        Assert.Equal($"YAML illisible : la ligne {line} est indentée avec {named}, souvent collée depuis Word ou un courriel. Remplacez-la par des espaces ordinaires.", diagnostic.Message);
    }

    [Fact]
    public void Check_NonBreakingSpaceIndentingAFrontMatter_IsRDD2010AtItsLineInTheFile()
    {
        using var content = new TempContent();
        content.Replace(Section, "finalites: [climat]", "finalites:\n\u00A0 - climat");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2010");

        Diagnostics.At(diagnostic, "RDD2010", Section, 4, 1);
        Assert.Contains("la ligne 4 est indentée avec une espace insécable (caractère U+00A0)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FinalityTypedWithASpace_GivesOneMessageQuotingItAndSuggestingTheCode()
    {
        using var content = new TempContent();
        content.Replace(Section, "avancement=lancement finalites=epanouissement", "avancement=lancement finalites=cohésion sociale");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2021");

        Diagnostics.At(diagnostic, "RDD2021", Section, content.LineOf(Section, "finalites=cohésion"), content.ColumnOf(Section, "cohésion sociale"));
        Assert.Equal("Finalité « cohésion sociale » : un code s'écrit sans espace. Vouliez-vous dire « cohesion » ?", diagnostic.Message);
    }

    [Fact]
    public void Check_FinalityTypedWithASpaceInASectionWithoutDefaults_GivesNoFollowOnMessage()
    {
        using var content = new TempContent();
        content.Replace(Section, "finalites: [climat]\n", string.Empty);
        content.Replace(Section, "## Rénovation thermique de l'école des Tilleuls {#renovation-ecole-tilleuls", "## Rénovation thermique de l'école des Tilleuls {#renovation-ecole-tilleuls finalites=climat");
        content.Replace(Section, "avancement=lancement finalites=epanouissement", "avancement=lancement finalites=cohésion sociale");
        Diagnostics.None(content.Replace(Section, "finalites=cohésion sociale", "finalites=cohesion").Check().Result.Diagnostics.Where(d => d.Severity == Severity.Error));
        content.Replace(Section, "finalites=cohesion", "finalites=cohésion sociale");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics.Where(d => d.Severity == Severity.Error), "RDD2021");

        Assert.Contains("« cohésion sociale »", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PartnersTypedWithSpacesAndNoQuotes_AreOneMessageAskingForQuotes()
    {
        using var content = new TempContent();
        content.Replace(Section, "avancement=lancement finalites=epanouissement", "avancement=lancement partenaires=Région Grand Est finalites=epanouissement");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2021");

        Assert.Equal("La valeur « Région Grand Est » de « partenaires » contient des espaces : mettez-la entre guillemets, partenaires=\"Région Grand Est\".", diagnostic.Message);
    }

    [Fact]
    public void Check_TwoActionsWithTheSameTitle_AreToldSo()
    {
        using var content = new TempContent();
        content.Edit(Section, text => text + "\n## Plan vélo communal\n\nSuite.\n\n## Plan vélo communal\n\nSuite encore.\n");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics.Where(d => d.Severity == Severity.Error), "RDD1010");

        Assert.Equal(new SourceLocation(Section, content.Read(Section).Split('\n').ToList().FindLastIndex(l => l == "## Plan vélo communal") + 1, 1), diagnostic.Location);
        Assert.StartsWith("Deux actions ont le même titre « Plan vélo communal » : leur identifiant, tiré du titre, est donc le même (« plan-velo-communal »)", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith($"La première est dans {Section}, ligne {content.Read(Section).Split('\n').ToList().FindIndex(l => l == "## Plan vélo communal") + 1}.", diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>The site is not built: nothing of the content, raw or not, reaches a page, and the command says why.</summary>
    private static async Task AssertNotPublished(TempContent content, string raw)
    {
        var build = await SiteGenerator.BuildAsync(content.Root, new BuildOptions());
        Assert.False(build.Success);
        if (build.Files is { } files)
        {
            Assert.All(files.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)), p => Assert.DoesNotContain(raw, Encoding.UTF8.GetString(files[p]), StringComparison.Ordinal));
        }
    }
}
