using Rdd.Domain.Validation;
using Rdd.Site.Content;

namespace Rdd.Site.Tests.Content;

public sealed class HeadingAttributesTests
{
    private const string File = "2025/partie-1/01-climat.md";

    // The heading text is parsed as it follows « ## » on line 7: its first character is at column 4.
    private const int Line = 7;
    private const int TextColumn = 4;

    private readonly DiagnosticBag _bag = new();

    [Fact]
    public void Parse_IdAndAttributes_ReadsEachWithItsColumn()
    {
        const string text = "Plan vélo {#plan-velo finalites=climat,cohesion avancement=poursuite}";

        var attributes = Parse(text);

        Diagnostics.None(_bag.Items);
        Assert.Equal("Plan vélo", attributes.Title);
        Assert.Equal("plan-velo", attributes.Id);
        Assert.Equal(Column(text, "plan-velo"), attributes.IdColumn);
        Assert.Equal(("climat,cohesion", Column(text, "climat")), attributes.Get("finalites"));
        Assert.Equal([("climat", Column(text, "climat")), ("cohesion", Column(text, "cohesion"))], attributes.List("finalites"));
        Assert.Equal(("poursuite", Column(text, "poursuite")), attributes.Get("avancement"));
        Assert.Null(attributes.Get("termes"));
        Assert.Empty(attributes.List("termes"));
    }

    [Fact]
    public void Parse_QuotedValuesWithSpaces_KeepTheSpacesAndSplitOnSemicolons()
    {
        const string text = "Santé {partenaires=\"ARS;CPAM de l'Aude\" lieux='Cavanac ; Leuc'}";

        var attributes = Parse(text);

        Diagnostics.None(_bag.Items);
        Assert.Equal("Santé", attributes.Title);
        Assert.Equal([("ARS", Column(text, "ARS")), ("CPAM de l'Aude", Column(text, "CPAM"))], attributes.List("partenaires", ';'));
        Assert.Equal(["Cavanac", "Leuc"], attributes.List("lieux", ';').Select(p => p.Value));
        Assert.Equal(Column(text, "Leuc"), attributes.List("lieux", ';')[1].Column);
    }

    [Fact]
    public void Parse_FrenchQuotesAndBraceInsideQuotes_AreValues()
    {
        const string text = "Titre {partenaires=«Agence {eau};Région» lieux=\"A}B\"}";

        var attributes = Parse(text);

        Diagnostics.None(_bag.Items);
        Assert.Equal("Titre", attributes.Title);
        Assert.Equal(["Agence {eau}", "Région"], attributes.List("partenaires", ';').Select(p => p.Value));
        Assert.Equal("A}B", attributes.Get("lieux")?.Value);
    }

    [Fact]
    public void Parse_OddShortcutAndAliases_AreKnownAttributes()
    {
        var attributes = Parse("Eau {odd=6,13 f=biodiversite suite=ancien-id suite_de=ancien-id}");

        Assert.Equal(["6", "13"], attributes.List("odd").Select(o => o.Value));
        Assert.Equal("biodiversite", attributes.Get("finalites")?.Value);
        var diagnostic = Diagnostics.Only(_bag.Items, "RDD2021");
        Assert.Contains("écrit deux fois", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownAttribute_ReportsRdd2021AtItsColumnWithASuggestion()
    {
        const string text = "Plan vélo {#plan-velo avancment=lancement}";

        var attributes = Parse(text);

        var diagnostic = Diagnostics.Only(_bag.Items, "RDD2021");
        Diagnostics.At(diagnostic, "RDD2021", File, Line, Column(text, "avancment"));
        Assert.Equal("Attribut d'action inconnu « avancment ». Vouliez-vous dire « avancement » ?", diagnostic.Message);
        Assert.Null(attributes.Get("avancement"));
        Assert.Equal("plan-velo", attributes.Id);
    }

    [Fact]
    public void Parse_UnknownAttributeLikeNone_ListsTheAttributes()
    {
        const string text = "Titre {couleur=rouge}";

        Parse(text);

        var diagnostic = Diagnostics.Only(_bag.Items, "RDD2021");
        Diagnostics.At(diagnostic, "RDD2021", File, Line, Column(text, "couleur"));
        Assert.Contains("Attributs possibles : #identifiant, finalites, avancement", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AttributeWithoutValue_ReportsRdd2021()
    {
        const string text = "Titre {#id climat}";

        Parse(text);

        Diagnostics.At(Diagnostics.Only(_bag.Items, "RDD2021"), "RDD2021", File, Line, Column(text, "climat"));
    }

    [Fact]
    public void Parse_UnclosedQuote_ReportsRdd2021AtTheValueAndKeepsTheRest()
    {
        const string text = "Titre {partenaires=\"ARS;CPAM}";

        var attributes = Parse(text);

        Diagnostics.At(Diagnostics.Only(_bag.Items, "RDD2021"), "RDD2021", File, Line, Column(text, "\"ARS"));
        Assert.Equal("ARS;CPAM", attributes.Get("partenaires")?.Value);
    }

    [Theory]
    [InlineData("Titre sans attribut", "Titre sans attribut")]
    [InlineData("Le {projet} phare", "Le {projet} phare")]
    [InlineData("Accolades \\{échappées}", "Accolades \\{échappées}")]
    [InlineData("Titre   ", "Titre")]
    public void Parse_NoTrailingBlock_IsTheTitleOnly(string text, string title)
    {
        var attributes = Parse(text);

        Diagnostics.None(_bag.Items);
        Assert.Equal(title, attributes.Title);
        Assert.Null(attributes.Id);
    }

    [Fact]
    public void Parse_EmptyBlock_IsNoAttribute()
    {
        var attributes = Parse("Titre {}");

        Diagnostics.None(_bag.Items);
        Assert.Equal("Titre", attributes.Title);
        Assert.Null(attributes.Id);
    }

    [Fact]
    public void Parse_ListWithSpacesAfterCommas_KeepsEachItemsColumn()
    {
        const string text = "Plan vélo {#plan\u2013velo finalites=climat,\u00A0cohesion , production avancement=“poursuite”}";

        var attributes = Parse(text);

        Diagnostics.None(_bag.Items);
        Assert.Equal("plan-velo", attributes.Id);
        Assert.Equal([("climat", Column(text, "climat")), ("cohesion", Column(text, "cohesion")), ("production", Column(text, "production"))], attributes.List("finalites"));
        Assert.Equal(("poursuite", Column(text, "poursuite")), attributes.Get("avancement"));
    }

    [Fact]
    public void Parse_UnclosedCurlyQuote_IsReported()
    {
        var attributes = Parse("Plan vélo {partenaires=“Région;SNCF}");

        var diagnostic = Diagnostics.Only(_bag.Items, "RDD2021");
        Assert.Equal("Guillemet non fermé dans la valeur de « partenaires ».", diagnostic.Message);
        Assert.Equal("Plan vélo", attributes.Title);
    }

    private static int Column(string text, string needle) => TextColumn + text.IndexOf(needle, StringComparison.Ordinal);

    private HeadingAttributes Parse(string text) =>
        HeadingAttributes.Parse(text, TextColumn, new SourceText(File, "## " + text), Line, _bag);

    /// <summary>A diagnostic about an action attribute points at the attribute as the author wrote it, whichever name it has.</summary>
    [Fact]
    public void Names_EachFillsAnElementAttribute()
    {
        Assert.Equal(HeadingAttributes.Names.Order(StringComparer.Ordinal), HeadingAttributes.ElementAttributeOf.Keys.Order(StringComparer.Ordinal));
        Assert.All(HeadingAttributes.ElementAttributeOf.Values, attribute => Assert.Matches("^[a-z]+(-[a-z]+)*$", attribute));
    }
}
