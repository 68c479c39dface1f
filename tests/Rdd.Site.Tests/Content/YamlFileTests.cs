using Rdd.Domain.Validation;
using Rdd.Site.Content;

namespace Rdd.Site.Tests.Content;

public sealed class YamlFileTests
{
    private const string Budget = "2025/budget.yml";

    [Fact]
    public void Parse_UnclosedBracket_ReportsRdd2010AtTheLine()
    {
        using var content = new TempContent();
        content.Replace(Budget, "  - id: cadre-de-vie", "  - id: cadre-de-vie\n    note: [oubli");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2010");

        Assert.Equal(Budget, diagnostic.Location!.Path);
        Assert.Equal(10, diagnostic.Location.Line);
        Assert.StartsWith("YAML illisible", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnclosedQuote_ReportsRdd2010()
    {
        using var content = new TempContent();
        content.Replace(Budget, "politique: Cadre de vie", "politique: \"Cadre de vie");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2010");

        Assert.Equal(Budget, diagnostic.Location!.Path);
        Assert.Equal(10, diagnostic.Location.Line);
    }

    [Fact]
    public void Parse_ColonInAValue_SuggestsQuotes()
    {
        using var content = new TempContent();
        content.Replace(Budget, "titre: Le budget 2025 par politique publique", "titre: Budget 2025 : par politique: publique");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2010");

        Assert.Equal(3, diagnostic.Location!.Line);
        Assert.Contains("guillemets", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("site.yml", "  nom: Ville", "\tnom: Ville", 4)]
    [InlineData("2025/strategie/plan-climat.yml", "    libelle: Des bâtiments sobres", "\tlibelle: Des bâtiments sobres", 6)]
    [InlineData(Budget, "    investissement: 3200000", "  \tinvestissement: 3200000", 8)]
    public void Parse_TabIndentation_ReportsRdd2010AtTheTab(string file, string line, string withTab, int expectedLine)
    {
        using var content = new TempContent();
        content.Replace(file, line, withTab);

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2010");

        Diagnostics.At(diagnostic, "RDD2010", file, expectedLine, withTab.IndexOf('\t', StringComparison.Ordinal) + 1);
        Assert.Contains("tabulation", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TabIndentationInFrontMatter_ReportsTheFileLine()
    {
        using var content = new TempContent();
        content.Replace("2025/partie-1/01-climat.md", "finalites: [climat]", "finalites:\n\t- climat");

        var diagnostic = Diagnostics.Only(content.Load().Diagnostics, "RDD2010");

        Diagnostics.At(diagnostic, "RDD2010", "2025/partie-1/01-climat.md", 4, 1);
    }

    [Fact]
    public void Parse_DuplicateKey_ReportsRdd2014NamingTheKeyAtTheSecond()
    {
        using var content = new TempContent();
        content.Replace(Budget, "titre: Le budget", "annee: 2024\ntitre: Le budget");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2014");

        Diagnostics.At(diagnostic, "RDD2014", Budget, 3, 1);
        Assert.Equal("La clé « annee » est écrite deux fois dans le même bloc.", diagnostic.Message);
    }

    [Fact]
    public void Parse_ErrorInFrontMatter_IsReportedAtTheFileLine()
    {
        using var content = new TempContent();
        content.Replace("2025/partie-3/01-elaboration.md", "elements: [participation]", "elements: [participation");

        var diagnostic = Diagnostics.Only(content.Load().Diagnostics, "RDD2010");

        // YamlDotNet finds the missing « ] » at the end of the front matter; the diagnostic points at the « [ ».
        Diagnostics.At(diagnostic, "RDD2010", "2025/partie-3/01-elaboration.md", 3, 11);
        Assert.Contains("crochet « [ » ou accolade « { » non fermé", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyYaml_ReturnsNullWithoutDiagnostic()
    {
        var bag = new DiagnosticBag();
        var source = new SourceText("vide.yml", string.Empty);

        Assert.Null(YamlFile.Parse(source, source.Text, 1, bag));
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void Parse_EmptyYamlFile_ReportsThatItMustBeAMapping()
    {
        using var content = new TempContent();
        content.Write(Budget, "# yaml-language-server: $schema=../schemas/budget.schema.json\n");

        var diagnostic = Diagnostics.Only(content.Load().Diagnostics, "RDD2012");

        Diagnostics.At(diagnostic, "RDD2012", Budget, 1, 1);
    }

    [Fact]
    public void Location_OfANode_AddsTheFirstLine()
    {
        var bag = new DiagnosticBag();
        var source = new SourceText("a.md", "---\ntitre: x\n---\n");

        var node = (YamlDotNet.RepresentationModel.YamlMappingNode)YamlFile.Parse(source, "titre: x", 2, bag)!;

        Assert.Equal(new SourceLocation("a.md", 2, 8), YamlFile.Location(source, node.Children.Single().Value, 2));
    }
}
