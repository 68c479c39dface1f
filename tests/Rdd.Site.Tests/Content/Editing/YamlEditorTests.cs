using Rdd.Site.Content.Editing;
using YamlDotNet.RepresentationModel;

namespace Rdd.Site.Tests.Content.Editing;

public sealed class YamlEditorTests
{
    private const string Figures = """
        # yaml-language-server: $schema=../schemas/chiffres-cles.schema.json
        # Un commentaire qui reste.
        chiffres:
          - id: pacte-vert
            theme: Pacte vert
            valeur: 100   # en millions
            unite: "%"
            libelle: investis en 3 ans

          # Le deuxième chiffre.
          - id: trajets
            valeur: 12000
            libelle: 'trajets recensés'
          - id: contacts
            valeur: 1850
            libelle: contacts établis

        """;

    private static readonly string[] KeyFigureOrder = ["id", "theme", "valeur", "unite", "libelle", "approximation", "evolution"];

    [Fact]
    public void Set_Scalar_ChangesOnlyItsCharacters()
    {
        var edited = Edit(Figures).Set(["chiffres", 0, "valeur"], new YamlValue.Typed("250"));

        Assert.Equal(Figures.Replace("valeur: 100   # en millions", "valeur: 250   # en millions", StringComparison.Ordinal), edited);
    }

    [Theory]
    [InlineData("non communiqué", "non communiqué")]
    [InlineData("oui", "oui")]
    [InlineData("1 234", "1 234")]
    [InlineData("12:30", "\"12:30\"")]
    [InlineData("#x", "\"#x\"")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("2024", "\"2024\"")]
    [InlineData("~", "\"~\"")]
    [InlineData("a: b", "\"a: b\"")]
    [InlineData("voir # ici", "\"voir # ici\"")]
    [InlineData("- tiret", "\"- tiret\"")]
    [InlineData(" espace", "\" espace\"")]
    [InlineData("« guillemets »", "« guillemets »")]
    [InlineData("dit \"non\"", "dit \"non\"")]
    [InlineData("\"entre\"", "\"\\\"entre\\\"\"")]
    [InlineData("", "\"\"")]
    public void Set_Text_IsQuotedOnlyWhenYamlNeedsItAndReadsBackTheSame(string value, string written)
    {
        var edited = Edit(Figures).Set(["chiffres", 2, "libelle"], new YamlValue.Text(value));

        Assert.Contains("    libelle: " + written + "\n", edited, StringComparison.Ordinal);
        Assert.Equal(value, ReadBack(edited, "chiffres", 2, "libelle"));
    }

    [Theory]
    [InlineData("-52", "-52")]
    [InlineData("2.4", "2.4")]
    [InlineData("2025-01-15", "2025-01-15")]
    [InlineData("non communiqué", "non communiqué")]
    [InlineData("12,5", "12,5")]
    [InlineData("null", "\"null\"")]
    [InlineData("# 3", "\"# 3\"")]
    public void Set_Typed_IsPlainWhenYamlAllowsIt(string value, string written)
    {
        var edited = Edit(Figures).Set(["chiffres", 2, "valeur"], new YamlValue.Typed(value));

        Assert.Contains("    valeur: " + written + "\n", edited, StringComparison.Ordinal);
        Assert.Equal(value, ReadBack(edited, "chiffres", 2, "valeur"));
    }

    [Fact]
    public void Set_SingleQuotedValueThatNeedsQuotes_KeepsSingleQuotes()
    {
        var edited = Edit(Figures).Set(["chiffres", 1, "libelle"], new YamlValue.Text("trajets: recensés"));

        Assert.Contains("    libelle: 'trajets: recensés'\n", edited, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_MultilineText_WritesALiteralBlockThatReadsBackTheSame()
    {
        const string Text = "Ce site est édité par la Ville.\n\nDirectrice de la publication : la maire.";
        var site = "collectivite:\n  nom: Ville\nmentions_legales: |\n  Ancien texte.\n# fin\n";

        var edited = Edit(site).Set(["mentions_legales"], new YamlValue.Text(Text));

        Assert.Equal("collectivite:\n  nom: Ville\nmentions_legales: |-\n  Ce site est édité par la Ville.\n\n  Directrice de la publication : la maire.\n# fin\n", edited);
        Assert.Equal(Text, ReadBack(edited, "mentions_legales"));
    }

    [Fact]
    public void Set_EmptyValueBeforeAComment_WritesTheValueAndKeepsTheComment()
    {
        var site = "accessibilite:\n  etat: non-conforme\n  date_declaration:    # AAAA-MM-JJ\n  contact: \"\"\n";

        var edited = Edit(site).Set(["accessibilite", "date_declaration"], new YamlValue.Typed("2025-11-15"));

        Assert.Equal("accessibilite:\n  etat: non-conforme\n  date_declaration: 2025-11-15 # AAAA-MM-JJ\n  contact: \"\"\n", edited);
    }

    [Fact]
    public void Set_MissingKey_IsAddedAfterTheKeysBeforeItInTheFormat()
    {
        var edited = Edit(Figures).Set(["chiffres", 1, "unite"], new YamlValue.Text("trajets"), KeyFigureOrder);

        Assert.Contains("    valeur: 12000\n    unite: trajets\n    libelle: 'trajets recensés'\n", edited, StringComparison.Ordinal);
        Assert.Equal(Lines(Figures) + 1, Lines(edited));
    }

    [Fact]
    public void Set_MissingKeyThatComesFirst_TakesTheDashLine()
    {
        var edited = Edit(Figures).Set(["chiffres", 1, "theme"], new YamlValue.Text("Mobilité"), ["theme", "id"]);

        Assert.Contains("  - theme: Mobilité\n    id: trajets\n    valeur: 12000\n", edited, StringComparison.Ordinal);
        Assert.Equal("Mobilité", ReadBack(edited, "chiffres", 1, "theme"));
    }

    [Fact]
    public void Set_KeyOfAMissingMapping_WritesTheMapping()
    {
        var site = "collectivite:\n  nom: Ville # le nom\nsite:\n  titre: Rapport\n";

        var edited = Edit(site).Set(["accessibilite", "contact"], new YamlValue.Text("accessibilite@exemple.fr"));

        Assert.Equal(site + "accessibilite:\n  contact: accessibilite@exemple.fr\n", edited);
    }

    [Fact]
    public void Set_InAFileOfCommentsOnly_AppendsTheKey()
    {
        var edited = Edit("# Pas encore d'état.\n#\n# exercice: 2024\n").Set(["exercice"], new YamlValue.Typed("2024"));

        Assert.Equal("# Pas encore d'état.\n#\n# exercice: 2024\nexercice: 2024\n", edited);
    }

    [Fact]
    public void Set_ListAndYearValues_AreWrittenOnOneLine()
    {
        var indicators = "indicateurs:\n  - id: energie\n    libelle: Énergie\n    serie: { 2023: 8900 }\n    finalites:\n      - climat\n";
        var document = Edit(indicators);

        var edited = Edit(document.Set(["indicateurs", 0, "serie"], new YamlValue.YearValues([("2022", "9310"), ("2023", "8900")])))
            .Set(["indicateurs", 0, "finalites"], new YamlValue.List(["climat", "biodiversite"]));

        Assert.Equal("indicateurs:\n  - id: energie\n    libelle: Énergie\n    serie: { 2022: 9310, 2023: 8900 }\n    finalites: [climat, biodiversite]\n", edited);
    }

    [Fact]
    public void Remove_Key_RemovesItsLinesOnly()
    {
        var edited = Edit(Figures).Remove(["chiffres", 0, "unite"]);

        Assert.Equal(Figures.Replace("    unite: \"%\"\n", string.Empty, StringComparison.Ordinal), edited);
    }

    [Fact]
    public void Remove_KeyOnTheDashLine_LeavesTheNextKeyThere()
    {
        var edited = Edit(Figures).Remove(["chiffres", 2, "id"]);

        Assert.Contains("  - valeur: 1850\n    libelle: contacts établis\n", edited, StringComparison.Ordinal);
        Assert.Equal(Lines(Figures) - 1, Lines(edited));
    }

    [Fact]
    public void Remove_Item_RemovesItsLinesAndKeepsTheCommentsAround()
    {
        var edited = Edit(Figures).Remove(["chiffres", 1]);

        Assert.Equal(Figures.Replace("  - id: trajets\n    valeur: 12000\n    libelle: 'trajets recensés'\n", string.Empty, StringComparison.Ordinal), edited);
    }

    [Fact]
    public void Remove_LastItem_LeavesAnEmptyList()
    {
        var edited = Edit("glossaire:\n  - sigle: QPV\n    signification: Quartier prioritaire\n# fin\n").Remove(["glossaire", 0]);

        Assert.Equal("glossaire: []\n# fin\n", edited);
    }

    [Fact]
    public void Add_Row_IsWrittenAfterTheLastOneWithItsKeysInOrder()
    {
        var row = new YamlValue.Mapping([("id", new YamlValue.Text("nouveau")), ("valeur", new YamlValue.Typed("3")), ("libelle", new YamlValue.Text("oui"))]);

        var edited = Edit(Figures).Add(["chiffres"], row);

        Assert.Equal(Figures.Replace("    libelle: contacts établis\n", "    libelle: contacts établis\n  - id: nouveau\n    valeur: 3\n    libelle: oui\n", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void Add_RowAtAnIndex_IsWrittenBeforeThatRow()
    {
        var row = new YamlValue.Mapping([("sigle", new YamlValue.Text("ADS")), ("signification", new YamlValue.Text("Autorisation du droit du sol"))]);

        var edited = Edit("glossaire:\n  - sigle: AAP\n    signification: Appel à projets\n  - sigle: QPV\n    signification: Quartier\n").Add(["glossaire"], row, index: 1);

        Assert.Equal("glossaire:\n  - sigle: AAP\n    signification: Appel à projets\n  - sigle: ADS\n    signification: Autorisation du droit du sol\n  - sigle: QPV\n    signification: Quartier\n", edited);
    }

    [Fact]
    public void Add_RowToAnEmptyList_WritesTheListAsBlock()
    {
        var row = new YamlValue.Mapping([("sigle", new YamlValue.Text("QPV")), ("signification", new YamlValue.Text("Quartier"))]);

        var edited = Edit("# Les sigles.\nglossaire: []\n").Add(["glossaire"], row);

        Assert.Equal("# Les sigles.\nglossaire:\n  - sigle: QPV\n    signification: Quartier\n", edited);
    }

    [Fact]
    public void Add_NestedMappingRow_IndentsItsBlock()
    {
        var row = new YamlValue.Mapping(
        [
            ("id", new YamlValue.Text("ecoles")),
            ("montant", new YamlValue.Typed("1200000")),
            ("axes", new YamlValue.Mapping([("attenuation", new YamlValue.Text("favorable"))])),
        ]);

        var edited = Edit("exercice: 2024\nlignes:\n  - id: voirie\n    montant: 5\n    axes:\n      attenuation: neutre\n").Add(["lignes"], row);

        Assert.Equal("exercice: 2024\nlignes:\n  - id: voirie\n    montant: 5\n    axes:\n      attenuation: neutre\n  - id: ecoles\n    montant: 1200000\n    axes:\n      attenuation: favorable\n", edited);
        Assert.Equal("favorable", ReadBack(edited, "lignes", 1, "axes", "attenuation"));
    }

    [Theory]
    [InlineData(0, 2, "trajets contacts pacte-vert")]
    [InlineData(2, 0, "contacts pacte-vert trajets")]
    [InlineData(1, 2, "pacte-vert contacts trajets")]
    public void Move_Row_MovesItsLinesAndKeepsTheOthers(int from, int to, string order)
    {
        var edited = Edit(Figures).Move(["chiffres"], from, to);

        Assert.Equal(order, string.Join(' ', Enumerable.Range(0, 3).Select(i => ReadBack(edited, "chiffres", i, "id"))));
        Assert.Equal(Lines(Figures), Lines(edited));
        Assert.Equal(Figures.Split('\n').Order(StringComparer.Ordinal), edited.Split('\n').Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Edits_OfAFileWithWindowsLineEndings_WriteWindowsLineEndings()
    {
        var windows = Figures.Replace("\n", "\r\n", StringComparison.Ordinal);
        var row = new YamlValue.Mapping([("id", new YamlValue.Text("nouveau")), ("valeur", new YamlValue.Typed("3")), ("libelle", new YamlValue.Text("trois"))]);

        var edited = Edit(Edit(Edit(windows).Add(["chiffres"], row)).Set(["chiffres", 0, "approximation"], new YamlValue.Text("exact"), KeyFigureOrder)).Remove(["chiffres", 1]);

        Assert.DoesNotContain("\n", edited.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("nouveau", ReadBack(edited, "chiffres", 2, "id"));
        Assert.Equal("exact", ReadBack(edited, "chiffres", 0, "approximation"));
    }

    [Fact]
    public void Edits_OfAFileWithoutFinalLineBreak_AddNone()
    {
        var text = "glossaire:\n  - sigle: AAP\n    signification: Appel à projets\n  - sigle: QPV\n    signification: Quartier";

        Assert.Equal("glossaire:\n  - sigle: AAP\n    signification: Appel à projets", Edit(text).Remove(["glossaire", 1]));
        Assert.Equal("glossaire:\n  - sigle: QPV\n    signification: Quartier\n  - sigle: AAP\n    signification: Appel à projets", Edit(text).Move(["glossaire"], 0, 1));
    }

    [Fact]
    public void Parse_TextThatIsNotYaml_ReturnsNull()
    {
        Assert.Null(YamlEditor.Parse("chiffres:\n  - id: [oubli\n"));
    }

    private static YamlEditor Edit(string text) => YamlEditor.Parse(text) ?? throw new InvalidOperationException("Not YAML:\n" + text);

    private static int Lines(string text) => text.Split('\n').Length;

    /// <summary>The value at a path, as YamlDotNet's document model (which the loader reads) gives it.</summary>
    private static string? ReadBack(string text, params object[] path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var node = stream.Documents[0].RootNode;
        foreach (var step in path)
        {
            node = step is string key ? ((YamlMappingNode)node)[new YamlScalarNode(key)] : ((YamlSequenceNode)node)[(int)step];
        }

        return ((YamlScalarNode)node).Value;
    }
}
