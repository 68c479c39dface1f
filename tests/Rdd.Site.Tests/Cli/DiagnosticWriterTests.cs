using System.Text;
using System.Text.Json;
using Rdd.Domain.Validation;
using Rdd.Site.Cli;

namespace Rdd.Site.Tests.Cli;

public sealed class DiagnosticWriterTests
{
    private static readonly Diagnostic WithColumn = new("RDD2012", Severity.Error, "« valeur » attend un nombre.", null, new SourceLocation("2025/chiffres-cles.yml", 5, 13));
    private static readonly Diagnostic WithLine = new("RDD2004", Severity.Warning, "Encodage.", null, new SourceLocation("2025/a.md", 4));
    private static readonly Diagnostic WithFile = new("RDD2023", Severity.Info, "Fichier ignoré.", null, new SourceLocation("2025/notes.md"));
    private static readonly Diagnostic WithRoot = new("RDD2002", Severity.Error, "Aucun dossier d'année.", null, new SourceLocation("."));
    private static readonly Diagnostic Nowhere = new("RDD1004", Severity.Warning, "Finalité non couverte.");

    [Fact]
    public void WriteText_EachLocationKind_FollowsTheMsBuildConvention()
    {
        var output = new StringWriter();

        DiagnosticWriter.WriteText(output, "content", [WithColumn, WithLine, WithFile, WithRoot, Nowhere]);

        Assert.Equal(
            [
                "content/2025/chiffres-cles.yml(5,13): error RDD2012: « valeur » attend un nombre.",
                "content/2025/a.md(4): warning RDD2004: Encodage.",
                "content/2025/notes.md: info RDD2023: Fichier ignoré.",
                "content: error RDD2002: Aucun dossier d'année.",
                "content: warning RDD1004: Finalité non couverte.",
            ],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void PathOf_WindowsSeparators_BecomeSlashes()
    {
        Assert.Equal("C:/rdd/content/2025/a.md", DiagnosticWriter.PathOf("C:\\rdd\\content", new SourceLocation("2025\\a.md")));
    }

    [Fact]
    public void WriteGitHub_EachSeverity_IsAnAnnotationWithEscapedData()
    {
        var output = new StringWriter();
        var multiline = new Diagnostic("RDD2010", Severity.Error, "100 % faux\r\nligne 2", null, new SourceLocation("a,b:c.yml", 2, 3));

        DiagnosticWriter.WriteGitHub(output, "content", [WithColumn, WithLine, WithFile, Nowhere, multiline]);

        Assert.Equal(
            [
                "::error file=content/2025/chiffres-cles.yml,line=5,col=13,title=RDD2012::« valeur » attend un nombre.",
                "::warning file=content/2025/a.md,line=4,title=RDD2004::Encodage.",
                "::notice file=content/2025/notes.md,title=RDD2023::Fichier ignoré.",
                "::warning title=RDD1004::Finalité non couverte.",
                "::error file=content/a%2Cb%3Ac.yml,line=2,col=3,title=RDD2010::100 %25 faux%0D%0Aligne 2",
            ],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void WriteJson_CountsAndDiagnostics_AreWritten()
    {
        using var stream = new MemoryStream();
        var element = new ElementRef(ElementKind.KeyFigure, "part-bio-local", "value");

        DiagnosticWriter.WriteJson(stream, "content", new ValidationResult([WithColumn with { Element = element }, WithLine, Nowhere]));

        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Contains("« valeur »", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("warnings").GetInt32());
        var first = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("RDD2012", first.GetProperty("code").GetString());
        Assert.Equal("content/2025/chiffres-cles.yml", first.GetProperty("file").GetString());
        Assert.Equal(5, first.GetProperty("line").GetInt32());
        Assert.Equal(13, first.GetProperty("column").GetInt32());
        Assert.Equal("KeyFigure:part-bio-local#value", first.GetProperty("element").GetString());
        var nowhere = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "RDD1004");
        Assert.False(nowhere.TryGetProperty("file", out _));
    }

    [Theory]
    [InlineData(0, 0, 0, "0 erreur, 0 avertissement, 0 information.")]
    [InlineData(1, 1, 1, "1 erreur, 1 avertissement, 1 information.")]
    [InlineData(2, 3, 4, "2 erreurs, 3 avertissements, 4 informations.")]
    public void Summary_CountsEachSeverityInFrench(int errors, int warnings, int infos, string expected)
    {
        var diagnostics = Enumerable.Repeat(WithColumn, errors).Concat(Enumerable.Repeat(WithLine, warnings)).Concat(Enumerable.Repeat(WithFile, infos));

        Assert.Equal(expected, DiagnosticWriter.Summary(new ValidationResult(diagnostics)));
    }
}
