using Rdd.Domain.Reports;
using Rdd.Site.Content.Editing;

namespace Rdd.Site.Tests.Content.Editing;

/// <summary>The minimal-diff writer of section files: each edit rewrites the lines of its element and keeps every other byte.</summary>
public sealed partial class SectionTextTests
{
    private const string Path = "2025/partie-1/01-climat.md";

    private const string File =
        "---\r\ntitre: Climat\r\nfinalites: [climat]\r\n# un commentaire\r\n---\r\n\r\nIntroduction.\r\n\r\n"
        + "## Rénovation de l'école {#ecole avancement=lancement}\r\n\r\nIsolation des combles.\r\n\r\n\r\n"
        + "## Plan vélo\r\n\r\nDouze kilomètres.\r\n<!-- note de l'autrice -->\r\n\r\n"
        + "## Navette\r\n\r\nUne ligne.";

    private static SectionText Read(string text) => SectionText.Read(TempContent.FixtureRoot, Path, text);

    [Fact]
    public void Read_FindsTheActionsAndTheirLines()
    {
        var section = Read(File);

        Assert.Equal(["ecole", "plan-velo", "navette"], section.Section!.Actions.Select(a => a.Id));
        Assert.Equal((9, 11), section.LinesOf("ecole"));
        Assert.Equal((14, 17), section.LinesOf("plan-velo"));
    }

    [Fact]
    public void Format_WritesTheIdAndEachAttributeInTheDocumentedOrder()
    {
        var action = new ReportAction
        {
            Id = "velo",
            Title = "Plan vélo",
            Progress = Progress.Launched,
            Finalities = ["climat", "cohesion"],
            GovernanceElements = ["participation"],
            Terms = [new TermReference("plan-climat", "mobilites"), new TermReference("odd", "11")],
            Figures = ["pistes"],
            Partners = ["Région", "SNCF Voyageurs"],
            Places = ["Leuc"],
            ContinuesFrom = "velo-2024",
        };

        Assert.Equal(
            "## Plan vélo {#velo avancement=lancement finalites=climat,cohesion elements=participation termes=plan-climat:mobilites odd=11 chiffres=pistes partenaires=\"Région;SNCF Voyageurs\" lieux=\"Leuc\" suite_de=velo-2024}",
            ActionHeading.Format(action));
    }

    [Fact]
    public void EditAction_NewTitle_RewritesOnlyTheHeadingAndWritesTheIdItHadBefore()
    {
        var section = Read(File);
        var edited = section.Action("plan-velo")! with { Title = "Schéma cyclable" };

        var text = section.EditAction("plan-velo", edited);

        Assert.Equal(File.Replace("## Plan vélo\r\n", "## Schéma cyclable {#plan-velo}\r\n", StringComparison.Ordinal), text);
    }

    [Fact]
    public void EditAction_NewText_RewritesTheTextAndKeepsTheHeadingAndTheBlankLinesAround()
    {
        var section = Read(File);

        var text = section.EditAction("ecole", section.Action("ecole")! with { Body = "Isolation.\n\n- combles\n- murs" });

        Assert.Equal(File.Replace("Isolation des combles.\r\n", "Isolation.\r\n\r\n- combles\r\n- murs\r\n", StringComparison.Ordinal), text);
    }

    [Fact]
    public void EditAction_TheLastActionOfAFileWithoutAFinalLineEnding_KeepsItWithoutOne()
    {
        var section = Read(File);

        var text = section.EditAction("navette", section.Action("navette")! with { Body = "Deux lignes." });

        Assert.Equal(File.Replace("Une ligne.", "Deux lignes.", StringComparison.Ordinal), text);
    }

    [Fact]
    public void AddAction_AfterAnAction_GoesBetweenItAndTheNext()
    {
        var section = Read(File);

        var text = section.AddAction(new ReportAction { Id = "compost", Title = "Compost", Body = "Bacs." }, afterId: "ecole");

        Assert.Equal(File.Replace("Isolation des combles.\r\n", "Isolation des combles.\r\n\r\n## Compost {#compost}\r\n\r\nBacs.\r\n", StringComparison.Ordinal), text);
    }

    [Fact]
    public void AddAction_AtTheEnd_EndsTheLastLineAndLeavesABlankLine()
    {
        var section = Read(File);

        var text = section.AddAction(new ReportAction { Id = "compost", Title = "Compost", Finalities = ["production"] });

        Assert.Equal(File + "\r\n\r\n## Compost {#compost finalites=production}\r\n", text);
    }

    [Fact]
    public void AddAction_ToASectionWithoutActions_ComesAfterItsFrontMatter()
    {
        var section = Read("---\ntitre: Vide\n---\n");

        var text = section.AddAction(new ReportAction { Id = "premiere", Title = "Première" });

        Assert.Equal("---\ntitre: Vide\n---\n\n## Première {#premiere}\n", text);
    }

    [Fact]
    public void DeleteAction_RemovesItsLinesAndTheBlankLinesAfterIt()
    {
        var section = Read(File);

        var text = section.DeleteAction("plan-velo");

        Assert.Equal(File.Replace("## Plan vélo\r\n\r\nDouze kilomètres.\r\n<!-- note de l'autrice -->\r\n\r\n", string.Empty, StringComparison.Ordinal), text);
    }

    [Fact]
    public void MoveAction_Down_SwapsTheTwoActionsAndKeepsTheBlankLinesBetween()
    {
        var section = Read(File);

        var text = section.MoveAction("ecole", down: true);

        Assert.Equal(
            File.Replace(
                "## Rénovation de l'école {#ecole avancement=lancement}\r\n\r\nIsolation des combles.\r\n\r\n\r\n## Plan vélo\r\n\r\nDouze kilomètres.\r\n<!-- note de l'autrice -->\r\n",
                "## Plan vélo\r\n\r\nDouze kilomètres.\r\n<!-- note de l'autrice -->\r\n\r\n\r\n## Rénovation de l'école {#ecole avancement=lancement}\r\n\r\nIsolation des combles.\r\n",
                StringComparison.Ordinal),
            text);
    }

    [Fact]
    public void MoveAction_TheLastUp_KeepsTheFileWithoutAFinalLineEnding()
    {
        var section = Read(File);

        var text = section.MoveAction("navette", down: false);

        Assert.EndsWith("## Navette\r\n\r\nUne ligne.\r\n\r\n## Plan vélo\r\n\r\nDouze kilomètres.\r\n<!-- note de l'autrice -->", text, StringComparison.Ordinal);
        Assert.Equal(["ecole", "navette", "plan-velo"], Read(text).Section!.Actions.Select(a => a.Id));
    }

    [Fact]
    public void MoveAction_TheFirstUp_ChangesNothing() => Assert.Equal(File, Read(File).MoveAction("ecole", down: false));

    [Fact]
    public void ActionLines_AppendedToAnotherSection_MoveTheActionAsWritten()
    {
        var from = Read(File);
        var to = Read("---\ntitre: Autre\n---\n\n## Déjà là\n\nTexte.\n");

        var text = to.AppendActionLines(from.ActionLines("ecole"));

        Assert.Equal("---\ntitre: Autre\n---\n\n## Déjà là\n\nTexte.\n\n## Rénovation de l'école {#ecole avancement=lancement}\n\nIsolation des combles.\n", text);
    }

    [Fact]
    public void EditHeader_RewritesOnlyTheLinesOfTheFieldsThatChanged()
    {
        var section = Read(File);
        var edited = section.Section! with { Title = "Climat : l'adaptation", DefaultFinalities = ["climat", "biodiversite"], Group = "Une Agglo responsable" };

        var text = section.EditHeader(edited);

        Assert.Equal(
            File.Replace("titre: Climat\r\nfinalites: [climat]\r\n# un commentaire\r\n", "titre: \"Climat : l'adaptation\"\r\nfinalites: [climat, biodiversite]\r\n# un commentaire\r\ngroupe: Une Agglo responsable\r\n", StringComparison.Ordinal),
            text);
    }

    [Fact]
    public void EditHeader_ListOneItemALine_KeepsThatStyleAndDropsAnEmptyList()
    {
        var section = Read("---\ntitre: Participation\nelements:\n  - participation\nfinalites: [cohesion]\n---\n");

        var text = section.EditHeader(section.Section! with { DefaultGovernanceElements = ["participation", "pilotage"], DefaultFinalities = [] });

        Assert.Equal("---\ntitre: Participation\nelements:\n  - participation\n  - pilotage\n---\n", text);
    }

    [Theory]
    [InlineData("Mobilités et déplacements", "Mobilités et déplacements")]
    [InlineData("L'eau", "L'eau")]
    [InlineData("Climat : adaptation", "\"Climat : adaptation\"")]
    [InlineData("2024", "\"2024\"")]
    [InlineData("oui", "oui")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("- tiret", "\"- tiret\"")]
    [InlineData("Le \"vrai\" titre", "Le \"vrai\" titre")]
    [InlineData("\"Citation\" en tête", "\"\\\"Citation\\\" en tête\"")]
    public void SetTitle_IsPlainOnlyWhenYamlReadsItBackAsTheSameText(string text, string expected)
    {
        var header = new FrontMatterEditor("titre: Ancien\n", "\n");

        header.Set("titre", new HeaderValue(text, null));

        Assert.Equal("titre: " + expected + "\n", header.Text);
    }

    [Fact]
    public void New_SectionFile_IsNumberedAfterTheOthersWithAFreeSlug()
    {
        Assert.Equal("03-mobilites-2.md", SectionFileNames.New(["01-mobilites.md", "02-eau.md"], "Mobilités"));
        Assert.Equal("01-eau.md", SectionFileNames.New([], "Eau"));
        Assert.Equal("011-eau.md", SectionFileNames.New(["010-air.md"], "Eau"));
    }

    [Fact]
    public void Renumber_RenamesOnlyTheFilesWhoseNumberChanges()
    {
        var renames = SectionFileNames.Renumber(["01-air.md", "03-sol.md", "02-eau.md", "mer.md"]);

        Assert.Equal([("03-sol.md", "02-sol.md"), ("02-eau.md", "03-eau.md"), ("mer.md", "04-mer.md")], renames);
    }

    [Fact]
    public void MarkdownHeader_SetInAFileWithoutFrontMatter_AddsOneAboveTheText()
    {
        Assert.Equal("---\ntitre: Partie\n---\n\nIntroduction.\n", MarkdownHeader.Set("Introduction.\n", "titre", HeaderValue.Of("Partie")));
        Assert.Equal("---\ntitre: Nouveau\n---\n\nIntroduction.\n", MarkdownHeader.Set("---\ntitre: Ancien\n---\n\nIntroduction.\n", "titre", HeaderValue.Of("Nouveau")));
    }
}
