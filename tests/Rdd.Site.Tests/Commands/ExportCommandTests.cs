using System.Text.Json;
using Rdd.Site.Data;
using Rdd.Site.Tests.Data;

namespace Rdd.Site.Tests.Commands;

/// <summary><c>rdd export</c>: the data files without the site, with the Data Package of the files written.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "rdd-export-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    private int Export(string format)
    {
        var console = new Rdd.Site.Cli.Console(new StringWriter(), new StringWriter());
        return Rdd.Site.Cli.RddCommand.Run(["export", TempContent.FixtureRoot, "--format", format, "-o", _output], console);
    }

    private Dictionary<string, byte[]> Written() =>
        Directory.GetFiles(_output).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);

    [Fact]
    public void ExportCsv_WritesTheCsvFilesAndTheirDataPackage_WhichAgreesWithThem()
    {
        Assert.Equal(0, Export("csv"));

        var files = Written();
        Assert.Equal(["actions.csv", "budget.csv", "chiffres-cles.csv", DataPackage.FileName, "indicateurs.csv"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(DataPackageValidator.Problems(files[DataPackage.FileName], files));
    }

    [Fact]
    public void ExportJson_DataPackageDescribesOnlyTheJsonFiles()
    {
        Assert.Equal(0, Export("json"));

        var files = Written();
        using var package = JsonDocument.Parse(files[DataPackage.FileName]);
        Assert.Equal(["rapport.json", OpenData.SchemaFile], package.RootElement.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("path").GetString()));
        Assert.Empty(DataPackageValidator.Problems(files[DataPackage.FileName], files));
    }
}
