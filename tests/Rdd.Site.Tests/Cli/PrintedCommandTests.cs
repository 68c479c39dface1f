using Rdd.Site.Cli;

namespace Rdd.Site.Tests.Cli;

/// <summary>The commands rdd prints for the author to run next can be run as given, on the folder the author named.</summary>
public sealed class PrintedCommandTests
{
    [Theory]
    [InlineData("/home/ana/rdd/src/Rdd.Site/bin/Debug/net10.0/", true)]
    [InlineData(@"C:\rdd\src\Rdd.Site\bin\Release\net10.0\", true)]
    [InlineData("/home/ana/.dotnet/tools/.store/rdd.site/1.0.0/rdd.site/1.0.0/tools/net10.0/any/", false)]
    [InlineData("/usr/local/bin/", false)]
    public void IsSourceBuild_TellsDotnetRunFromAnInstalledTool(string baseDirectory, bool expected) =>
        Assert.Equal(expected, PrintedCommand.IsSourceBuild(baseDirectory));

    [Theory]
    [InlineData("check", "/tmp/x", false, "rdd check /tmp/x")]
    [InlineData("check", "/tmp/x", true, "dotnet run --project src/Rdd.Site -- check /tmp/x")]
    [InlineData("serve", "mon rapport", false, "rdd serve 'mon rapport'")]
    [InlineData("serve", "l'an 2025", false, "rdd serve 'l'\\''an 2025'")]
    [InlineData("check", @"rapports\2025", false, "rdd check rapports/2025")]
    public void Of_KeepsTheFolder_QuotedWhenTheShellNeedsIt(string verb, string folder, bool fromSources, string expected) =>
        Assert.Equal(expected, PrintedCommand.Of(verb, folder, fromSources));

    [Fact]
    public void Where_SaysFromWhichFolderTheSourceCommandRuns_AndItsInstalledForm()
    {
        Assert.Null(PrintedCommand.Where("check", "/tmp/x", fromSources: false));
        var where = PrintedCommand.Where("check", "/tmp/x", fromSources: true)!;
        Assert.Contains("depuis le dossier du dépôt Rdd", where, StringComparison.Ordinal);
        Assert.Contains("« rdd check /tmp/x »", where, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "Pour le prévisualiser : rdd serve rapports/ville, puis ouvrez l'adresse affichée.")]
    [InlineData(true, "Pour le prévisualiser : dotnet run --project src/Rdd.Site -- serve rapports/ville, puis ouvrez l'adresse affichée (à lancer depuis le dossier du dépôt Rdd ; ")]
    public void Build_PreviewHint_ServesTheFolderThatWasBuilt(bool fromSources, string start) =>
        Assert.StartsWith(start, BuildCommand.PreviewHint("rapports/ville", fromSources), StringComparison.Ordinal);

    [Fact]
    public void Build_ThroughTheCommand_PrintsServeWithTheSameFolder()
    {
        var output = Path.Combine(Path.GetTempPath(), "rdd-printed-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (code, stdout, stderr) = Output.BuildCommandOutputTests.Rdd("build", Site.SiteRepo.FixtureContent, "-o", output);

            Assert.True(code == 0, stdout + stderr);
            Assert.Contains($"serve {Site.SiteRepo.FixtureContent.Replace('\\', '/')}, puis", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("-- serve)", stdout, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
