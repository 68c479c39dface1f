using System.Text.Json;
using Rdd.Site.Data;
using Rdd.Site.Tests.Data;
using Rdd.Site.Tests.Output;
using Rdd.Site.Tests.Site;

namespace Rdd.Site.Tests.Cli;

/// <summary>
/// <c>rdd export</c>: the data files without the site, with the Data Package of the files written; a path that looks
/// like a file is a file, or a clear error, never a folder named « t.json ».
/// </summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly SiteTempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Json_ToAPathEndingInDotJson_WritesTheReportInThatFile()
    {
        var target = _temp.Combine("t.json");

        var (code, stdout, stderr) = BuildCommandOutputTests.Rdd("export", SiteRepo.FixtureContent, "--format", "json", "-o", target);

        Assert.True(code == 0, stdout + stderr);
        Assert.True(File.Exists(target), "t.json is not a file");
        Assert.False(Directory.Exists(target));
        var read = Rdd.Domain.Json.ReportJson.Deserialize(File.ReadAllText(target));
        Assert.Equal("Ville de Belval-sur-Lirette", read.Report!.Authority.Name);
        Assert.Contains($"Rapport écrit dans {target}", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ToAFileInAFolderThatDoesNotExistYet_CreatesTheFolderAndTheFile()
    {
        var target = _temp.Combine("donnees", "rapport-2025.JSON");

        var (code, stdout, stderr) = BuildCommandOutputTests.Rdd("export", SiteRepo.FixtureContent, "--format", "json", "-o", target);

        Assert.True(code == 0, stdout + stderr);
        Assert.True(File.Exists(target));
    }

    [Theory]
    [InlineData("csv", "t.csv", "le format csv écrit plusieurs fichiers")]
    [InlineData("csv", "t.json", "le format csv écrit plusieurs fichiers")]
    [InlineData("json", "t.csv", "ressemble à un fichier CSV, mais le format demandé est json")]
    public void APathThatLooksLikeAFile_ForSeveralFilesOrAnotherFormat_IsAClearErrorAndWritesNothing(string format, string name, string message)
    {
        var target = _temp.Combine(name);

        var (code, _, stderr) = BuildCommandOutputTests.Rdd("export", SiteRepo.FixtureContent, "--format", format, "-o", target);

        Assert.Equal(2, code);
        Assert.Contains($"rdd : « {target} » ", stderr, StringComparison.Ordinal);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Csv_ToAFolder_StillWritesEveryFile()
    {
        var target = _temp.Combine("donnees-csv");

        var (code, stdout, stderr) = BuildCommandOutputTests.Rdd("export", SiteRepo.FixtureContent, "--format", "csv", "-o", target);

        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("actions.csv", Directory.EnumerateFiles(target).Select(Path.GetFileName));
    }

    private Dictionary<string, byte[]> Export(string format, string folder)
    {
        var console = new Rdd.Site.Cli.Console(new StringWriter(), new StringWriter());
        Assert.Equal(0, Rdd.Site.Cli.RddCommand.Run(["export", TempContent.FixtureRoot, "--format", format, "-o", folder], console));
        return Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);
    }

    [Fact]
    public void ExportCsv_WritesTheCsvFilesAndTheirDataPackage_WhichAgreesWithThem()
    {
        var files = Export("csv", _temp.Combine("csv"));

        Assert.Equal(["actions.csv", "budget-vert.csv", "budget.csv", "chiffres-cles.csv", DataPackage.FileName, "indicateurs.csv"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(DataPackageValidator.Problems(files[DataPackage.FileName], files));
    }

    [Fact]
    public void ExportJson_DataPackageDescribesOnlyTheJsonFiles()
    {
        var files = Export("json", _temp.Combine("json"));

        using var package = JsonDocument.Parse(files[DataPackage.FileName]);
        Assert.Equal(["rapport.json", OpenData.SchemaFile], package.RootElement.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("path").GetString()));
        Assert.Empty(DataPackageValidator.Problems(files[DataPackage.FileName], files));
    }
}
