using System.Text;
using System.Text.Json;
using Rdd.Site.Cli;

namespace Rdd.Site.Tests.Cli;

public sealed class CheckCommandTests
{
    private const string Climate = "2025/partie-1/01-climat.md";

    [Fact]
    public void Run_ValidContent_ExitsZeroWithASummary()
    {
        using var content = new TempContent();

        var (exit, output, error) = Run("check", content.Root);

        Assert.Equal(0, exit);
        Assert.Equal("Contenu valide (2025) : 0 erreur, 0 avertissement, 0 information." + Environment.NewLine, output);
        Assert.Empty(error);
    }

    [Fact]
    public void Run_ContentErrors_ExitsOneAndPrintsPathLineColumnCodeAndMessage()
    {
        using var content = new TempContent();
        content.Replace(Climate, "finalites=epanouissement", "finalites=climt");

        var (exit, output, _) = Run("check", content.Root);

        Assert.Equal(1, exit);
        var lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal($"{Slashes(content.Root)}/{Climate}(10,66): error RDD1011: Finalité inconnue : « climt ». Vouliez-vous dire « climat » ?", lines[0]);
        Assert.Equal("Contenu à corriger (2025) : 1 erreur, 0 avertissement, 0 information.", lines[1]);
    }

    [Fact]
    public void Run_ActionWithoutFinalityOrElement_PointsAtItsHeading()
    {
        using var content = new TempContent();
        content.Replace("2025/partie-2/01-achats.md", " finalites=production,climat", string.Empty);
        content.Replace("2025/partie-3/01-elaboration.md", "elements: [participation]\n", string.Empty);

        var (_, output, _) = Run("check", content.Root);

        Assert.Contains($"{Slashes(content.Root)}/2025/partie-2/01-achats.md(5,1): error RDD1003: ", output, StringComparison.Ordinal);
        Assert.Contains($"{Slashes(content.Root)}/2025/partie-3/01-elaboration.md(5,1): warning RDD1015: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WarningsOnly_ExitsZero()
    {
        using var content = new TempContent();
        content.Write("2025/notes.md", "Brouillon.");

        var (exit, output, _) = Run("check", content.Root);

        Assert.Equal(0, exit);
        Assert.Contains($"{Slashes(content.Root)}/2025/notes.md: warning RDD2023: ", output, StringComparison.Ordinal);
        Assert.Contains("Contenu valide (2025) : 0 erreur, 1 avertissement, 0 information.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingFolder_ExitsOneWithRdd2001()
    {
        var root = Path.Combine(Path.GetTempPath(), "rdd-site-tests", "absent-" + Guid.NewGuid().ToString("N"));

        var (exit, output, _) = Run("check", root);

        Assert.Equal(1, exit);
        Assert.StartsWith($"{Slashes(root)}: error RDD2001: ", output, StringComparison.Ordinal);
        Assert.Contains("Contenu à corriger (aucun rapport lu) : 1 erreur", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_JsonFormat_PrintsParsableDiagnosticsWithTheirLocation()
    {
        using var content = new TempContent();
        content.Replace(Climate, "finalites=epanouissement", "finalites=climt");
        content.Write("2025/notes.md", "Brouillon.");

        var (exit, output, _) = Run("check", content.Root, "--format", "json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("warnings").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("infos").GetInt32());
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(2, diagnostics.Count);
        var first = diagnostics[0];
        Assert.Equal("RDD1011", first.GetProperty("code").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal($"{Slashes(content.Root)}/{Climate}", first.GetProperty("file").GetString());
        Assert.Equal(10, first.GetProperty("line").GetInt32());
        Assert.Equal(66, first.GetProperty("column").GetInt32());
        Assert.Equal("Finalité inconnue : « climt ». Vouliez-vous dire « climat » ?", first.GetProperty("message").GetString());
        Assert.Equal("Action:plan-velo#finalities", first.GetProperty("element").GetString());
        var second = diagnostics[1];
        Assert.Equal("warning", second.GetProperty("severity").GetString());
        Assert.False(second.TryGetProperty("line", out _));
        Assert.False(second.TryGetProperty("column", out _));
    }

    [Fact]
    public void Run_JsonFormatToStandardOutput_WritesUtf8Bytes()
    {
        using var content = new TempContent();
        content.Replace(Climate, "finalites=epanouissement", "finalites=climt");
        using var stdout = new MemoryStream();
        var console = new Rdd.Site.Cli.Console(new StringWriter(), new StringWriter(), () => stdout);

        var exit = RddCommand.Run(["check", content.Root, "--format=json"], console);

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stdout.ToArray()));
        Assert.Equal("RDD1011", json.RootElement.GetProperty("diagnostics")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Run_GitHubFormat_PrintsAnnotations()
    {
        using var content = new TempContent();
        content.Replace(Climate, "finalites=epanouissement", "finalites=climt");

        var (exit, output, _) = Run("check", content.Root, "-f", "github");

        Assert.Equal(1, exit);
        var lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"::error file={Slashes(content.Root)}/{Climate},line=10,col=66,title=RDD1011::Finalité inconnue : « climt ». Vouliez-vous dire « climat » ?", lines[0]);
        Assert.StartsWith("Contenu à corriger", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownOption_ExitsTwoWithASuggestion()
    {
        using var content = new TempContent();

        var (exit, output, error) = Run("check", content.Root, "--formt", "json");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("rdd : Option inconnue --formt : vouliez-vous dire « format » ?", error, StringComparison.Ordinal);
        Assert.Contains("Usage : rdd check [DOSSIER] [--format text|json|github]", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownFormat_ExitsTwo()
    {
        var (exit, _, error) = Run("check", "content", "--format", "xml");

        Assert.Equal(2, exit);
        Assert.Contains("Format inconnu « xml »", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FormatWithoutValue_ExitsTwo()
    {
        var (exit, _, error) = Run("check", "--format");

        Assert.Equal(2, exit);
        Assert.Contains("L'option --format attend une valeur.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TwoFolders_ExitsTwo()
    {
        var (exit, _, error) = Run("check", "a", "b");

        Assert.Equal(2, exit);
        Assert.Contains("Un seul dossier de contenu est attendu.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("./rapport-absent")]
    [InlineData("/tmp/rdd-dossier-absent/contenu")]
    public void Run_MissingFolder_SaysTheFolderDoesNotExist(string folder)
    {
        var (exit, _, error) = Run(folder);

        Assert.Equal(2, exit);
        Assert.Contains($"Le dossier « {folder} » n'existe pas : indiquez le dossier d'un rapport, ou lancez rdd sans argument pour en créer un.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownVerb_ExitsTwoWithASuggestion()
    {
        var (exit, _, error) = Run("chek");

        Assert.Equal(2, exit);
        Assert.Contains("Commande inconnue « chek » : vouliez-vous dire « check » ?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_PrintsEveryCommandAndExitsZero()
    {
        // Without any argument, rdd starts the editor (StartCommandTests): the usage is behind --help.
        var (exit, output, _) = Run("--help");

        Assert.Equal(0, exit);
        Assert.Contains("rdd check [DOSSIER]", output, StringComparison.Ordinal);
    }

    private static string Slashes(string path) => path.Replace('\\', '/');

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = RddCommand.Run(args, new Rdd.Site.Cli.Console(output, error));
        return (exit, output.ToString(), error.ToString());
    }
}
