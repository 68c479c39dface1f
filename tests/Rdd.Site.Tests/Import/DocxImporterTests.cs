using System.Text;
using Rdd.ContentGenerator;
using Rdd.Domain.Law;
using Rdd.Domain.Validation;
using Rdd.Site.Content;
using Rdd.Site.Import;

namespace Rdd.Site.Tests.Import;

/// <summary>
/// <c>DocxImporter</c> on documents built by code: the structure from the heading styles, the text as Markdown the
/// loader reads back, and the import report listing what was not placed, with its position.
/// </summary>
public sealed class DocxImporterTests
{
    private static readonly ImportOptions Options = new() { Name = "Ville de Belval", Kind = AuthorityKind.Commune, Population = 58000, Year = 2025, SourceName = "rapport-2024.docx" };

    /// <summary>A report as authorities write it, with one of each thing the import must read or report.</summary>
    internal static byte[] Fixture(HeadingStyleNames names = HeadingStyleNames.French)
    {
        using var word = new WordDocumentBuilder(names);
        word.Title("Rapport développement durable 2024")
            .Heading(1, "Les politiques publiques du territoire")
            .Paragraph("Cette partie présente nos politiques.")
            .Heading(2, "Mobilités")
            .Paragraph("Introduction de la section mobilités.")
            .Heading(3, "Plan vélo")
            .Paragraph(WordDocumentBuilder.Plain("Un plan "), WordDocumentBuilder.Bold("ambitieux"), WordDocumentBuilder.Plain(" et "), WordDocumentBuilder.Italic("concerté"), WordDocumentBuilder.Plain(", voir "), word.Link("https://example.org/velo", "le site"), WordDocumentBuilder.Plain("."))
            .ListItem("Pistes cyclables")
            .ListItem("Voies vertes", level: 1)
            .ListItem("Stationnement")
            .ListItem("Première étape", numbered: true)
            .ListItem("Deuxième étape", numbered: true)
            .Footnote("Chiffres de 2024.", "Source : observatoire des mobilités.")
            .Heading(3, "Navette électrique")
            .Table(["Ligne", "Voyageurs"], ["A", "1 200"], ["B", "850"])
            .Image("Carte des pistes cyclables")
            .Image(null)
            .TextBox("Texte de l'action.", "Le saviez-vous ? Encadré")
            .Heading(1, "Le fonctionnement interne de la collectivité")
            .Heading(2, "Ressources humaines")
            .Heading(3, "Télétravail")
            .Comment("Accord signé en mars.", "Vérifier la date")
            .TrackedChanges("Deux jours par semaine", " au plus", " minimum")
            .Heading(1, "Les modalités d'élaboration, de mise en œuvre et d'évaluation")
            .Heading(2, "Participation")
            .Heading(3, "Conseil de développement")
            .Paragraph("Réuni trois fois.");
        return word.Build();
    }

    internal static ImportResult Import(byte[] document, ImportOptions? options = null) => DocxImporter.Import(new MemoryStream(document), options ?? Options);

    internal static string Text(ImportResult result, string path) => Encoding.UTF8.GetString(result.Files[path]);

    [Theory]
    [InlineData(HeadingStyleNames.French)]
    [InlineData(HeadingStyleNames.Word)]
    [InlineData(HeadingStyleNames.OutlineLevel)]
    public void Import_HeadingStylesOfAnyNaming_GiveThePartsSectionsAndActions(HeadingStyleNames names)
    {
        var result = Import(Fixture(names));

        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        Assert.Equal((3, 3, 4), (result.Report!.Parts, result.Report.Sections, result.Report.Actions));
        Assert.Contains("titre: \"Mobilités\"", Text(result, "2025/partie-1/01-mobilites.md"), StringComparison.Ordinal);
        Assert.Contains("## Télétravail", Text(result, "2025/partie-2/01-ressources-humaines.md"), StringComparison.Ordinal);
        Assert.Contains("## Conseil de développement", Text(result, "2025/partie-3/01-participation.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DataChapters_ReadsTheExportsTablesAndListsTheOthers()
    {
        using var word = new WordDocumentBuilder(HeadingStyleNames.French);
        word.Heading(1, "Les politiques publiques du territoire")
            .Heading(2, "Mobilités")
            .Heading(3, "Plan vélo")
            .Heading(1, "Les chiffres clés")
            .Table(["Thème", "Chiffre", "Ce qu'il mesure"], ["Mobilité", "plus de 1\u202f200\u00a0km", "de pistes cyclables"], ["Climat", "\u221252\u00a0%", "d'émissions depuis 2010"])
            .Heading(1, "Le budget 2025")
            .Table(["Politique", "Montant"], ["Mobilités", "12 M€"]);

        var result = Import(word.Build());

        Assert.Equal(
            """
            # yaml-language-server: $schema=../schemas/chiffres-cles.schema.json
            # Repris de « rapport-2024.docx » par rdd import : vérifiez chaque valeur.
            chiffres:
              - id: de-pistes-cyclables
                theme: "Mobilité"
                valeur: 1200
                unite: "km"
                libelle: "de pistes cyclables"
                approximation: plus-de
              - id: d-emissions-depuis-2010
                theme: "Climat"
                valeur: 52
                unite: "%"
                libelle: "d'émissions depuis 2010"
                evolution: baisse

            """.ReplaceLineEndings("\n"),
            Text(result, "2025/chiffres-cles.yml"));
        Assert.Contains("exemple", Text(result, "2025/budget.yml"), StringComparison.Ordinal);
        Assert.Equal(
            [(ImportNoteKind.ToCheck, "chapitre « Les chiffres clés »"), (ImportNoteKind.NotPlaced, "chapitre « Le budget 2025 »")],
            result.Report!.Notes.Where(n => n.What.StartsWith("chapitre", StringComparison.Ordinal)).Select(n => (n.Kind, n.What)));
    }

    [Fact]
    public void Import_Fixture_WritesMarkdownOfTheText()
    {
        var section = Text(Import(Fixture()), "2025/partie-1/01-mobilites.md");

        Assert.Equal("""
            ---
            titre: "Mobilités"
            ---

            Introduction de la section mobilités.

            ## Plan vélo

            Un plan **ambitieux** et _concerté_, voir [le site](https://example.org/velo).

            - Pistes cyclables
              - Voies vertes
            - Stationnement
            1. Première étape
            1. Deuxième étape

            Chiffres de 2024.(note 1)

            Note 1 : Source : observatoire des mobilités.

            ## Navette électrique

            | Ligne | Voyageurs |
            | --- | --- |
            | A | 1 200 |
            | B | 850 |

            ![Carte des pistes cyclables](../images/carte-des-pistes-cyclables.png)

            ![](../images/image.png)

            Texte de l'action.

            """.Replace("(note 1)", "\u00a0(note\u00a01)", StringComparison.Ordinal), section);
    }

    [Fact]
    public void Import_Fixture_ReportsWhatWasNotPlacedWithItsPosition()
    {
        var result = Import(Fixture());
        var report = Text(result, ImportReport.FileName);

        Assert.Contains("- paragraphe 1 : titre du document — « Rapport développement durable 2024 »", report, StringComparison.Ordinal);
        Assert.Contains("(Les politiques publiques du territoire › Mobilités › Navette électrique) : zone de texte — « Le saviez-vous ? Encadré »", report, StringComparison.Ordinal);
        Assert.Contains("image sans texte de remplacement — images/image.png", report, StringComparison.Ordinal);
        Assert.Contains("commentaire — Relecteur : « Vérifier la date »", report, StringComparison.Ordinal);
        Assert.Contains("texte inséré « au plus » : l'insertion est gardée", report, StringComparison.Ordinal);
        Assert.Contains("texte supprimé « minimum » : la suppression est appliquée", report, StringComparison.Ordinal);
        Assert.Equal(WordDocumentBuilder.Png, result.Files["2025/images/carte-des-pistes-cyclables.png"]);
    }

    [Fact]
    public void Import_Fixture_GivesAFolderTheLoaderReadsWithoutErrorButTheMissingAlternativeText()
    {
        var check = Check(Fixture());

        Assert.Equal(["RDD2031"], check.Result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Code));
        Assert.DoesNotContain(check.Result.Diagnostics, d => d.Code == "RDD2023");
    }

    [Fact]
    public void Import_FinalitesAreNotGuessed_CheckListsEachActionWithoutOne()
    {
        using var word = new WordDocumentBuilder();
        word.Heading(1, "Les politiques publiques").Heading(2, "Climat").Heading(3, "Plan climat").Paragraph("Réduire les émissions de gaz à effet de serre.")
            .Heading(3, "Rénovation des écoles").Heading(1, "Le fonctionnement interne").Heading(2, "Achats").Heading(3, "Achats responsables");

        var check = Check(word.Build());

        Assert.Equal(3, check.Result.Diagnostics.Count(d => d.Code == "RDD1003"));
    }

    private static CheckResult Check(byte[] document)
    {
        var result = Import(document);
        using var folder = TempContent.Empty();
        var root = Path.Combine(folder.Root, "contenu");
        FolderWriter.Write(result.Files, root);
        return ContentChecker.Check(root);
    }
}
