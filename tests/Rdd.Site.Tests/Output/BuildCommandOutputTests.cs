using System.Text.RegularExpressions;
using Rdd.Site.Cli;
using Rdd.Site.Tests.Site;

namespace Rdd.Site.Tests.Output;

/// <summary><c>rdd build</c> end to end: exit codes, and the output folder written only for good content.</summary>
public sealed class BuildCommandOutputTests : IDisposable
{
    private readonly SiteTempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    internal static (int Code, string Out, string Error) Rdd(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = RddCommand.Run(args, new Rdd.Site.Cli.Console(output, error));
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A copy of the fixture with one error: an unknown finalité on a whole section.</summary>
    private string BrokenContent()
    {
        var content = _temp.CopyFrom(SiteRepo.FixtureContent, "contenu-errone");
        var file = Path.Combine(content, "2025", "partie-1", "01-climat.md");
        var text = File.ReadAllText(file);
        Assert.Contains("finalites: [climat]", text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace("finalites: [climat]", "finalites: [climatt]", StringComparison.Ordinal));
        return content;
    }

    [Fact]
    public void Build_OfTheFixture_Exits0AndWritesTheSite()
    {
        var output = _temp.Combine("sortie");
        var (code, stdout, stderr) = Rdd("build", SiteRepo.FixtureContent, "-o", output);
        Assert.True(code == 0, $"exit {code}\n{stdout}\n{stderr}");
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "404.html")));
        Assert.True(File.Exists(Path.Combine(output, "assets", "site.css")));
        Assert.Contains("Site écrit dans", stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, stderr);
    }

    [Fact]
    public void Build_OfContentWithAnError_Exits1AndCreatesNoOutput()
    {
        var output = _temp.Combine("sortie");
        var (code, stdout, _) = Rdd("build", BrokenContent(), "-o", output);
        Assert.Equal(1, code);
        Assert.Contains("error RDD", stdout, StringComparison.Ordinal);
        Assert.Contains("Site non écrit", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output), "the output folder was created");
        Assert.Equal(["contenu-errone"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName).ToList());
    }

    [Fact]
    public void Build_OfContentWithAnError_LeavesThePreviousOutputUnchanged()
    {
        var output = _temp.Combine("sortie");
        Assert.Equal(0, Rdd("build", SiteRepo.FixtureContent, "-o", output).Code);
        var before = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => (File.ReadAllBytes(f), File.GetLastWriteTimeUtc(f)));
        var (code, _, _) = Rdd("build", BrokenContent(), "-o", output);
        Assert.Equal(1, code);
        var after = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToList();
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Order(StringComparer.Ordinal));
        Assert.All(after, f =>
        {
            Assert.Equal(before[f].Item1, File.ReadAllBytes(f));
            Assert.Equal(before[f].Item2, File.GetLastWriteTimeUtc(f));
        });
    }

    [Fact]
    public void Build_WithABrokenLink_WritesPagesAsideThenRemovesThemAndKeepsThePreviousOutput()
    {
        var output = _temp.Combine("sortie");
        Assert.Equal(0, Rdd("build", SiteRepo.FixtureContent, "-o", output).Code);
        var before = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        var content = _temp.CopyFrom(SiteRepo.FixtureContent, "contenu-lien-casse");
        var file = Path.Combine(content, "2025", "partie-1", "01-climat.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("## Plan vélo communal", "Voir [la page absente](/nulle-part/).\n\n## Plan vélo communal", StringComparison.Ordinal));

        // The content reads cleanly: the pages are rendered and written into the staging folder before the link check fails.
        var (code, stdout, _) = Rdd("build", content, "-o", output);

        Assert.Equal(1, code);
        Assert.Contains("RDD3001", stdout, StringComparison.Ordinal);
        Assert.Contains("/nulle-part/", stdout, StringComparison.Ordinal);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(f.Key)));
        Assert.Equal(["contenu-lien-casse", "sortie"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Build_IntoAnExistingOutput_ReplacesItWholeWithoutLeftovers()
    {
        var output = _temp.Combine("sortie");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "ancien.html"), "ancien");

        Assert.Equal(0, Rdd("build", SiteRepo.FixtureContent, "-o", output).Code);

        Assert.False(File.Exists(Path.Combine(output, "ancien.html")));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.Equal(["sortie"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName).ToList());
    }

    [Fact]
    public void Build_WithABasePath_PrefixesTheWrittenLinks()
    {
        var output = _temp.Combine("sortie");
        Assert.Equal(0, Rdd("build", SiteRepo.FixtureContent, "-o", output, "--base-path", "rapport").Code);
        var home = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("href=\"/rapport/assets/site.css\"", home, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("href=\"/(?!rapport/)"), home);
    }

    [Fact]
    public void Build_OfAMissingFolder_Exits1WithoutOutput()
    {
        var output = _temp.Combine("sortie");
        var (code, _, _) = Rdd("build", _temp.Combine("absent"), "-o", output);
        Assert.Equal(1, code);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Build_WithTwoFolders_IsAUsageError()
    {
        var (code, _, stderr) = Rdd("build", "a", "b");
        Assert.Equal(2, code);
        Assert.Contains("Usage", stderr, StringComparison.Ordinal);
    }
}
