using System.Text.RegularExpressions;
using Markdig;
using Rdd.Domain.Reports;
using Rdd.Site.Content;
using Rdd.Site.Import;
using Rdd.Site.Tests.Export;

namespace Rdd.Site.Tests.Import;

/// <summary>
/// <c>rdd export --format docx</c> of the default content, then <c>rdd import</c> of that document: the same parts,
/// sections, action titles and texts (finalités aside, which the import never guesses).
/// </summary>
public sealed partial class RoundTripTests
{
    private static (Report Original, Report Imported, ImportReport Report) RoundTrip(string folder)
    {
        var original = ContentChecker.Check(folder).Content.Latest!.Report;
        var result = DocxImporter.Import(new MemoryStream(DocxExporterTests.Export(folder)), new ImportOptions
        {
            Name = original.Authority.Name, Kind = original.Authority.Kind, Population = original.Authority.Population, Year = original.Year, SourceName = "rapport.docx",
        });
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        using var imported = TempContent.Empty();
        var root = Path.Combine(imported.Root, "contenu");
        FolderWriter.Write(result.Files, root);
        var loaded = ContentLoader.Load(root);
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == Rdd.Domain.Validation.Severity.Error);
        return (original, loaded.Latest!.Report, result.Report!);
    }

    [Theory]
    [InlineData("content")]
    [InlineData("tests/fixtures/commune-fictive")]
    public void ExportThenImport_GivesTheSamePartsSectionsActionsAndTexts(string folder)
    {
        var (original, imported, _) = RoundTrip(Path.Combine(RepositoryRoot.Path, folder));

        Assert.Equal(original.Parts.Select(p => (p.Kind, Plain(p.Title), Plain(p.Introduction))), imported.Parts.Select(p => (p.Kind, Plain(p.Title), Plain(p.Introduction))));
        Assert.Equal(Sections(original), Sections(imported));
        Assert.Equal(Actions(original), Actions(imported));
    }

    [Fact]
    public void ExportThenImport_DefaultContent_KeepsIntroductionAndReadingGuideAndReportsOnlyRddsOwnText()
    {
        var (original, imported, report) = RoundTrip(Path.Combine(RepositoryRoot.Path, "content"));

        Assert.Equal(Plain(original.Introduction), Plain(imported.Introduction));
        Assert.Equal(Plain(original.ReadingGuide), Plain(imported.ReadingGuide));
        Assert.Equal(
            ["titre du document", "titre du document", "table des matières", "rattachements des actions", "chapitre « Les chiffres clés »", "chapitre « Le budget 2024 par politique publique »", "chapitre « Glossaire »"],
            report.Notes.Select(n => n.What));
    }

    [Fact]
    public void ExportThenImport_DefaultContent_KeepsKeyFiguresBudgetAndGlossary()
    {
        var (original, imported, report) = RoundTrip(Path.Combine(RepositoryRoot.Path, "content"));

        Assert.NotEmpty(original.KeyFigures);
        Assert.Equal(original.KeyFigures.Select(Figure), imported.KeyFigures.Select(Figure));
        Assert.Equal((original.Budget!.Year, original.Budget.Title), (imported.Budget!.Year, imported.Budget.Title));
        Assert.Equal(original.Budget.Lines.Select(Line), imported.Budget.Lines.Select(Line));
        Assert.Equal(original.Glossary.Select(g => (g.Term, g.Expansion)), imported.Glossary.Select(g => (g.Term, Plain(g.Expansion))));
        Assert.All(report.Notes.Where(n => n.What.StartsWith("chapitre", StringComparison.Ordinal)), n => Assert.Equal(ImportNoteKind.ToCheck, n.Kind));
    }

    [Fact]
    public void ExportThenImport_IntroductionSubheadings_StaySubheadingsOfTheirIntroduction()
    {
        using var content = new TempContent();
        File.AppendAllText(content.FullPath("2025/partie-1/partie.md"), "\n### Comment les sections sont rangées\n\nPar finalité.\n");
        var section = content.FullPath("2025/partie-1/01-climat.md");
        var text = File.ReadAllText(section);
        var body = text.IndexOf("\n## ", StringComparison.Ordinal);
        File.WriteAllText(section, text[..body] + "\nLe climat d'abord.\n\n### Ce que dit le plan climat\n\nTrois objectifs.\n" + text[body..]);

        var (original, imported, _) = RoundTrip(content.Root);

        Assert.Equal(original.Parts.Select(p => Plain(p.Introduction)), imported.Parts.Select(p => Plain(p.Introduction)));
        Assert.Equal(Sections(original), Sections(imported));
        Assert.Equal(Actions(original), Actions(imported));
        Assert.Contains("### Comment les sections sont rangées", imported.Parts[0].Introduction, StringComparison.Ordinal);
        Assert.Contains("### Ce que dit le plan climat", imported.Parts[0].Sections[0].Introduction, StringComparison.Ordinal);
    }

    private static (string, decimal, string, Approximation, Change) Figure(KeyFigure figure) =>
        (figure.Theme, figure.Value, Plain(Rdd.Site.Pages.KeyFigureViews.Sentence(figure)), figure.Approximation, figure.Change);

    private static (string, decimal?, decimal?, decimal?) Line(BudgetLine line) =>
        (line.Policy, line.Operating?.Euros, line.Investment?.Euros, line.StatedTotal ?? line.Operating?.Euros + line.Investment?.Euros);

    private static List<(PartKind, string, string)> Sections(Report report) =>
        report.Parts.SelectMany(p => p.Sections.Select(s => (p.Kind, Plain(s.Title), Plain(s.Introduction)))).ToList();

    private static List<(string, string, string)> Actions(Report report) =>
        report.AllActions().Select(a => (Plain(a.Section.Title), Plain(a.Action.Title), Plain(a.Action.Body))).ToList();

    /// <summary>The text a reader reads, whatever the Markdown that writes it and the spaces French typography puts.</summary>
    private static string Plain(string markdown) =>
        Spaces().Replace(Markdown.ToPlainText(markdown, new MarkdownPipelineBuilder().UsePipeTables().Build()).Replace('\u00a0', ' ').Replace('\u202f', ' '), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
