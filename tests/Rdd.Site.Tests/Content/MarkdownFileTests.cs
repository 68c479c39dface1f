using Rdd.Site.Content;

namespace Rdd.Site.Tests.Content;

public sealed class MarkdownFileTests
{
    private const string Climate = "2025/partie-1/01-climat.md";

    private readonly DiagnosticBag _bag = new();

    [Fact]
    public void Split_FrontMatter_GivesEachPartWithItsFirstLine()
    {
        var file = MarkdownFile.Split(new SourceText("a.md", "---\ntitre: A\nid: a\n---\n\nCorps.\n"), _bag);

        Diagnostics.None(_bag.Items);
        Assert.Equal("titre: A\nid: a", file.FrontMatter);
        Assert.Equal(2, file.FrontMatterLine);
        Assert.Equal("\nCorps.\n", file.Body);
        Assert.Equal(5, file.BodyLine);
    }

    [Fact]
    public void Split_NoFrontMatter_IsAllBodyFromLineOne()
    {
        var file = MarkdownFile.Split(new SourceText("a.md", "Texte.\n---\nSuite."), _bag);

        Diagnostics.None(_bag.Items);
        Assert.Null(file.FrontMatter);
        Assert.Equal("Texte.\n---\nSuite.", file.Body);
        Assert.Equal(1, file.BodyLine);
    }

    [Fact]
    public void Split_ThreeDotsCloseTheFrontMatter()
    {
        var file = MarkdownFile.Split(new SourceText("a.md", "---\ntitre: A\n...\nCorps."), _bag);

        Assert.Equal("titre: A", file.FrontMatter);
        Assert.Equal("Corps.", file.Body);
        Assert.Equal(4, file.BodyLine);
    }

    [Fact]
    public void Split_NotClosed_ReportsRdd2020AndReadsTheFrontMatterUpToTheBlankLine()
    {
        var file = MarkdownFile.Split(new SourceText("a.md", "---\ntitre: A\nfinalites: [climat]\n\n## Action\n"), _bag);

        Diagnostics.At(Diagnostics.Only(_bag.Items, "RDD2020"), "RDD2020", "a.md", 1, 1);
        Assert.Equal("titre: A\nfinalites: [climat]", file.FrontMatter);
        Assert.Equal("\n## Action\n", file.Body);
        Assert.Equal(4, file.BodyLine);
    }

    [Fact]
    public void Split_NotClosedAndNotYaml_ReportsRdd2020AndReadsTheRestAsBody()
    {
        var file = MarkdownFile.Split(new SourceText("a.md", "---\nCeci n'est pas: du: YAML\n\nTexte."), _bag);

        Diagnostics.Only(_bag.Items, "RDD2020");
        Assert.Null(file.FrontMatter);
        Assert.Equal("Ceci n'est pas: du: YAML\n\nTexte.", file.Body);
        Assert.Equal(2, file.BodyLine);
    }

    [Fact]
    public void Check_SectionFrontMatterNotClosed_ReportsOnlyRdd2020()
    {
        // The closing « --- » forgotten: one diagnostic, not also a missing title or an action without finalité.
        using var content = new TempContent();
        content.Replace(Climate, "finalites: [climat]\n---\n", "finalites: [climat]\n");

        var check = content.Check();

        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, "RDD2020");
        Diagnostics.At(diagnostic, "RDD2020", Climate, 1, 1);
        Assert.Contains("jamais fermé", diagnostic.Message, StringComparison.Ordinal);
        var section = check.Content.Latest!.Report.Parts[0].Sections[0];
        Assert.Equal("Au regard de la lutte contre le changement climatique", section.Title);
        Assert.Equal(["climat"], section.DefaultFinalities);
        Assert.Equal(2, section.Actions.Count);
    }

    [Fact]
    public void Check_TextFrontMatterNotClosed_ReportsOnlyRdd2020()
    {
        using var content = new TempContent();
        content.Replace("2025/partie-1/partie.md", "titre: Nos politiques au regard des cinq finalités\n---\n", "titre: Nos politiques au regard des cinq finalités\n\n");

        var check = content.Check();

        Diagnostics.At(Diagnostics.Only(check.Result.Diagnostics, "RDD2020"), "RDD2020", "2025/partie-1/partie.md", 1, 1);
        Assert.Equal("Nos politiques au regard des cinq finalités", check.Content.Latest!.Report.Parts[0].Title);
    }

    [Fact]
    public void Check_FileOfOnlyDashes_ReportsRdd2020()
    {
        using var content = new TempContent();
        content.Write("2025/partie-1/06-vide.md", "---\n");

        Diagnostics.At(Diagnostics.Only(content.Load().Diagnostics, "RDD2020"), "RDD2020", "2025/partie-1/06-vide.md", 1, 1);
    }

    [Fact]
    public void Check_UnknownKeyInPartFrontMatter_ReportsRdd2011AtTheKey()
    {
        using var content = new TempContent();
        content.Replace("2025/partie-2/partie.md", "titre: Le fonctionnement de la Ville", "title: Le fonctionnement de la Ville");

        var diagnostics = content.Load().Diagnostics;

        var diagnostic = Diagnostics.Only(diagnostics, "RDD2011");
        Diagnostics.At(diagnostic, "RDD2011", "2025/partie-2/partie.md", 2, 1);
        Assert.Contains("« titre »", diagnostic.Message, StringComparison.Ordinal);
    }
}
