using Rdd.Site.Content;
using Rdd.Site.Content.Editing;

namespace Rdd.Site.Tests.Content.Editing;

public sealed class YamlFormTests
{
    private const string Budget = """
        # Le budget.
        annee: 2024
        lignes:
          - id: eau
            politique: Eau
            fonctionnement: 1000   # source : compte administratif
            investissement: "250"
        """;

    [Fact]
    public void All_EveryDataFileWithSchema_HasAFormWhoseFieldsAreTheShapesKeys()
    {
        foreach (var (_, shape) in ContentShapes.SchemaFiles)
        {
            var form = Assert.Single(YamlForm.All, f => f.Name == shape.Name);

            Assert.Equal(shape.Fields.Select(f => f.Key), form.Fields.Select(f => f.Key));
            Assert.Equal(shape.Fields.Select(f => f.Required), form.Fields.Select(f => f.Required));
            Assert.Equal(shape.Fields.Select(f => f.Description), form.Fields.Select(f => f.Help));
        }
    }

    [Fact]
    public void All_EveryFieldOfEveryBlock_HasAFrenchLabel()
    {
        var fields = YamlForm.All.SelectMany(Fields).ToList();

        Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Label)));
        Assert.Equal("Axe 1 (atténuation du changement climatique)", YamlForm.GreenBudget["lignes"].Item!["axes"].Item!["attenuation"].Label);
    }

    [Fact]
    public void Kind_FollowsTheShape()
    {
        var line = YamlForm.Budget["lignes"].Item!;

        Assert.Equal(FormFieldKind.Amount, line["fonctionnement"].Kind);
        Assert.Equal(FormFieldKind.Rows, YamlForm.Budget["lignes"].Kind);
        Assert.Equal(FormFieldKind.Markdown, YamlForm.SiteSettings["mentions_legales"].Kind);
        Assert.Equal(FormFieldKind.Choice, YamlForm.SiteSettings["collectivite"].Item!["nature"].Kind);
        Assert.Equal(FormFieldKind.YearValues, YamlForm.Indicators["indicateurs"].Item!["serie"].Kind);
    }

    [Fact]
    public void Apply_ChangedAndEmptiedFields_WritesOnlyThoseLines()
    {
        var line = YamlForm.Budget["lignes"].Item!;
        var typed = new Dictionary<string, string>
        {
            ["id"] = "eau",
            ["politique"] = "Eau et assainissement",
            ["fonctionnement"] = "1000",
            ["investissement"] = "250",
            ["note"] = string.Empty,
            ["total"] = string.Empty,
        };

        var edited = line.Apply(Budget, ["lignes", 0], typed);

        Assert.Equal(Budget.Replace("politique: Eau\n", "politique: Eau et assainissement\n", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void Apply_NotGivenAmountAndNewNote_WritesThemInTheFormatsOrder()
    {
        var line = YamlForm.Budget["lignes"].Item!;
        var typed = new Dictionary<string, string> { ["fonctionnement"] = "non communiqué", ["note"] = "Absent du document source." };

        var edited = line.Apply(Budget, ["lignes", 0], typed);

        Assert.EndsWith("    fonctionnement: non communiqué   # source : compte administratif\n    investissement: \"250\"\n    note: Absent du document source.", edited, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_EmptiedKey_RemovesItsLine()
    {
        var edited = YamlForm.Budget["lignes"].Item!.Apply(Budget, ["lignes", 0], new Dictionary<string, string> { ["investissement"] = " " });

        Assert.DoesNotContain("investissement", edited, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_SeriesAndMarkdown_AreWrittenInTheFormatsForms()
    {
        var indicator = YamlForm.Indicators["indicateurs"].Item!;
        var text = "indicateurs:\n  - id: energie\n    libelle: Énergie\n";

        var edited = indicator.Apply(text, ["indicateurs", 0], new Dictionary<string, string> { ["serie"] = "2022 : 9310\r\n2023 : 8900\r\n", ["source"] = "Service patrimoine" });

        Assert.Equal("indicateurs:\n  - id: energie\n    libelle: Énergie\n    serie: { 2022: 9310, 2023: 8900 }\n    source: Service patrimoine\n", edited);
        Assert.Equal("2022 : 9310\n2023 : 8900", FormField.Display(YamlEditor.Parse(edited!)!.Find(["indicateurs", 0, "serie"])));
    }

    [Fact]
    public void Row_HoldsTheTypedFieldsInTheFormatsOrder()
    {
        var row = YamlForm.Glossary["glossaire"].Item!.Row(new Dictionary<string, string> { ["signification"] = "Quartier prioritaire", ["sigle"] = "QPV", ["definition"] = "" });

        Assert.Equal(["sigle", "signification"], row.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Row_LeftEmpty_WritesItsRequiredKeysWithoutValue()
    {
        var row = YamlForm.KeyFigures["chiffres"].Item!.Row(new Dictionary<string, string>());

        var edited = YamlEditor.Parse("chiffres:\n  - id: a\n    valeur: 1\n    libelle: un\n")!.Add(["chiffres"], row);

        Assert.Equal("chiffres:\n  - id: a\n    valeur: 1\n    libelle: un\n  - id:\n    valeur:\n    libelle:\n", edited);
    }

    private static IEnumerable<FormField> Fields(YamlForm form) =>
        form.Fields.Concat(form.Fields.Where(f => f.Item is not null).SelectMany(f => Fields(f.Item!)));
}
