using Rdd.Site.Content;
using Rdd.Site.Tests.Extensions;
using Rdd.Site.Tests.Output;
using Rdd.Site.Tests.Site;

namespace Rdd.Site.Tests.Cli;

/// <summary><c>rdd referentiels</c>: a taxonomy registered by an extension, written as a strategy file that gives the same site.</summary>
public sealed class ReferentielsCommandTests : IDisposable
{
    private readonly SiteTempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_LeversPackage_WritesAStrategyFileGivingTheSameSite()
    {
        var withExtension = LeviersSgpeTests.TaggedCopy(_temp, "extension");
        var withFile = LeviersSgpeTests.TaggedCopy(_temp, "fichier");
        var strategy = Path.Combine(withFile, "2024", "strategie");

        var (code, stdout, stderr) = BuildCommandOutputTests.Rdd("referentiels", "--extension", LeviersSgpeTests.ExtensionDll, "-o", strategy);

        Assert.True(code == 0, stdout + stderr);
        Assert.Contains($"1 référentiel écrit dans {strategy} : leviers-sgpe.yml.", stdout, StringComparison.Ordinal);
        Assert.Equal(Rdd.Taxonomies.LeviersSgpe.LeviersSgpe.Taxonomy, ContentLoader.Load(withFile).Latest!.Report.Taxonomies.Single(t => t.Id == "leviers-sgpe"));
        var fromExtension = await SiteGenerator.BuildAsync(withExtension, new BuildOptions { Extensions = [LeviersSgpeTests.ExtensionDll] });
        var fromFile = await SiteGenerator.BuildAsync(withFile, new BuildOptions());
        Assert.True(fromFile.Success, string.Join("\n", fromFile.Diagnostics));
        Assert.Equal(fromExtension.Files!.Paths.Order(StringComparer.Ordinal), fromFile.Files!.Paths.Order(StringComparer.Ordinal));
        Assert.All(fromFile.Files.Paths, path => Assert.True(fromFile.Files[path].AsSpan().SequenceEqual(fromExtension.Files[path]), path));
    }

    [Fact]
    public void Run_WithoutExtension_IsAUsageError()
    {
        var (code, _, stderr) = BuildCommandOutputTests.Rdd("referentiels", "-o", _temp.Path);

        Assert.Equal(2, code);
        Assert.Contains("--extension", stderr, StringComparison.Ordinal);
    }
}
