using Rdd.Site.Content;

namespace Rdd.Site.Tests.Commands;

/// <summary><c>rdd new</c>: a content folder for another authority that checks (warnings only) and builds.</summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rdd-new-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Rdd.Site.Cli.RddCommand.Run(args, new Rdd.Site.Cli.Console(output, error));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task New_FictionalCommune_ChecksWithWarningsOnly_AndBuilds()
    {
        var (code, output, _) = Run("new", _folder, "--name", "Ville de Belval", "--kind", "commune", "--population", "58000", "--year", "2025");

        Assert.Equal(0, code);
        Assert.Contains("En tant que commune de plus de 50", output, StringComparison.Ordinal);
        var check = ContentChecker.Check(_folder);
        Assert.True(check.Success, string.Join('\n', check.Result.Diagnostics));
        Assert.Contains(check.Result.Diagnostics, d => d.Code == "RDD1060");
        Assert.DoesNotContain(check.Result.Diagnostics, d => d.Severity == Rdd.Domain.Validation.Severity.Error);
        var build = await SiteGenerator.BuildAsync(_folder, new BuildOptions());
        Assert.True(build.Success, string.Join('\n', build.Diagnostics));
        Assert.Contains("Ville de Belval", build.Files!.Text("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void New_Siret_IsWrittenInSiteYml_AndLoaded()
    {
        var (code, _, _) = Run("new", _folder, "--name", "Ville de Belval", "--kind", "commune", "--population", "58000", "--year", "2025", "--siret", "21000000600010");

        Assert.Equal(0, code);
        Assert.Contains("siret: \"21000000600010\"", File.ReadAllText(Path.Combine(_folder, "site.yml")), StringComparison.Ordinal);
        var check = ContentChecker.Check(_folder);
        Assert.Equal("21000000600010", check.Content.Site.Authority!.Siret);
        Assert.DoesNotContain(check.Result.Diagnostics, d => d.Code is "RDD2095" or "RDD2096");
    }

    [Fact]
    public void New_MalformedSiret_IsRefusedSayingWhy_AndWritesNothing()
    {
        var (code, _, error) = Run("new", _folder, "--name", "Ville de Belval", "--kind", "commune", "--population", "58000", "--siret", "21000000600011");

        Assert.Equal(2, code);
        Assert.Contains("Le numéro SIRET «\u00a021000000600011\u00a0» n'a pas une clé de contrôle valide", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder));
    }

    [Fact]
    public void New_WithoutSiret_LeavesACommentToFillIn()
    {
        Run("new", _folder, "--name", "Ville de Belval", "--kind", "commune", "--population", "58000", "--year", "2025");

        Assert.Contains("# siret:", File.ReadAllText(Path.Combine(_folder, "site.yml")), StringComparison.Ordinal);
        Assert.Null(ContentChecker.Check(_folder).Content.Site.Authority!.Siret);
    }

    [Fact]
    public void New_PartThreeHasTheFiveGovernanceElements()
    {
        Run("new", _folder, "--name", "Ville de Belval", "--kind", "commune", "--population", "58000", "--year", "2025");

        var part = ContentLoader.Load(_folder).Latest!.Report.PartOf(Rdd.Domain.Reports.PartKind.Modalities)!;
        Assert.Equal(["participation", "pilotage", "transversalite", "evaluation", "amelioration"], part.Sections.SelectMany(s => s.DefaultGovernanceElements));
    }

    [Fact]
    public void New_SmallCommune_IsToldItIsNotObliged_AndMayGoOn()
    {
        var (code, output, _) = Run("new", _folder, "--name", "Petite ville", "--kind", "commune", "--population", "30000", "--year", "2025");

        Assert.Equal(0, code);
        Assert.Contains("n'atteint pas le seuil de plus de 50", output, StringComparison.Ordinal);
        Assert.Contains("Vous pouvez tout de même publier un rapport", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "site.yml")));
    }

    [Fact]
    public void New_NonEmptyFolder_IsRefusedAndLeftUntouched()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "à garder");

        var (code, _, error) = Run("new", _folder, "--name", "X", "--kind", "commune", "--population", "58000");

        Assert.Equal(2, code);
        Assert.Contains("n'est pas vide", error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void New_UnknownKind_SuggestsTheClosest()
    {
        var (code, _, error) = Run("new", _folder, "--name", "X", "--kind", "comune", "--population", "58000");

        Assert.Equal(2, code);
        Assert.Contains("vouliez-vous dire « commune »", error, StringComparison.Ordinal);
    }
}
