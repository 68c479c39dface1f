using Rdd.Site.Tests.Import;

namespace Rdd.Site.Tests.Cli;

/// <summary><c>rdd import</c> and <c>rdd export --format docx</c> from the command line: the folder written in one go on success, nothing on failure.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rdd-import-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Rdd.Site.Cli.RddCommand.Run(args, new Rdd.Site.Cli.Console(output, error));
        return (code, output.ToString(), error.ToString());
    }

    private string Document(byte[] bytes, string name = "rapport-2024.docx")
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Import_Document_WritesTheFolderAndPrintsTheReport()
    {
        var target = Path.Combine(_folder, "contenu");

        var (code, output, error) = Run("import", Document(DocxImporterTests.Fixture()), "-o", target, "--name", "Ville de Belval", "--kind", "commune", "--population", "58000", "--year", "2025");

        Assert.True(code == 0, output + error);
        Assert.Contains("3 parties, 3 sections, 4 actions et 2 images reprises de « rapport-2024.docx »", output, StringComparison.Ordinal);
        Assert.Contains("zone de texte — « Le saviez-vous ? Encadré »", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(target, "import.md")));
        Assert.True(File.Exists(Path.Combine(target, "2025", "partie-1", "01-mobilites.md")));
        Assert.Equal([target], Directory.GetDirectories(_folder));
    }

    [Fact]
    public void Import_OpenDocument_WritesNothing()
    {
        var target = Path.Combine(_folder, "contenu");

        var (code, output, _) = Run("import", Document("mimetype"u8.ToArray(), "rapport.odt"), "-o", target, "--name", "Ville de Belval", "--kind", "commune", "--population", "58000");

        Assert.Equal(1, code);
        Assert.Contains("error RDD4001", output, StringComparison.Ordinal);
        Assert.Contains("Rien n'est écrit", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(_folder));
    }

    [Theory]
    [InlineData("section,partie,action", "dans l'ordre partie, section, action")]
    [InlineData("partie,section", "terminez par action")]
    [InlineData("partie,chapitre,action", "Niveau inconnu « chapitre »")]
    public void Import_BadLevels_IsAUsageError(string levels, string message)
    {
        var (code, _, error) = Run("import", Document(DocxImporterTests.Fixture()), "-o", Path.Combine(_folder, "contenu"), "--name", "Ville de Belval", "--kind", "commune", "--population", "58000", "--niveaux", levels);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_LevelsWithoutSections_MakesOneSectionPerPart()
    {
        using var word = new Rdd.ContentGenerator.WordDocumentBuilder();
        word.Heading(1, "Les politiques publiques").Heading(2, "Plan vélo").Paragraph("Des pistes.").Heading(2, "Navette").Heading(1, "Le fonctionnement interne").Heading(2, "Télétravail");
        var target = Path.Combine(_folder, "contenu");

        var (code, output, error) = Run("import", Document(word.Build()), "-o", target, "--name", "Ville de Belval", "--kind", "commune", "--population", "58000", "--year", "2025", "--niveaux", "partie,action");

        Assert.True(code == 0, output + error);
        Assert.Contains("2 parties, 2 sections, 3 actions", output, StringComparison.Ordinal);
        Assert.Contains("## Navette", File.ReadAllText(Path.Combine(target, "2025", "partie-1", "01-les-politiques-publiques.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void ExportDocx_DefaultContent_WritesTheDocument()
    {
        var docx = Path.Combine(_folder, "conseil", "rapport.docx");

        var (code, output, error) = Run("export", Path.Combine(RepositoryRoot.Path, "content"), "--format", "docx", "-o", docx);

        Assert.True(code == 0, output + error);
        Assert.Contains("Rapport écrit dans", output, StringComparison.Ordinal);
        Assert.True(File.ReadAllBytes(docx).AsSpan().StartsWith("PK"u8));
    }
}
