using System.Text;
using System.Text.Json;
using Rdd.Domain.Reports;
using Rdd.Site.Content;
using Rdd.Site.Data;

namespace Rdd.Site.Tests.Data;

/// <summary>datapackage.json: a Frictionless Data Package that describes every other data file, and each CSV file's columns.</summary>
public sealed class DataPackageTests
{
    private static readonly Lazy<(Report Report, IReadOnlyList<DataFile> Files)> Default = new(() => Load("content"));
    private static readonly Lazy<(Report Report, IReadOnlyList<DataFile> Files)> Fixture = new(() => Load(Path.Combine("tests", "fixtures", "commune-fictive")));

    public static TheoryData<string> Contents => new() { "content", "commune-fictive" };

    private static (Report, IReadOnlyList<DataFile>) Load(string folder)
    {
        var content = ContentLoader.Load(Path.Combine(RepositoryRoot.Path, folder));
        Assert.False(content.HasErrors, string.Join('\n', content.Diagnostics));
        return (content.Latest!.Report, OpenData.Build(content.Latest!.Report, content.Site.Licence));
    }

    private static (Report Report, IReadOnlyList<DataFile> Files) Of(string name) => name == "content" ? Default.Value : Fixture.Value;

    private static Dictionary<string, byte[]> ByName(IEnumerable<DataFile> files) => files.ToDictionary(f => f.Name, f => f.Bytes, StringComparer.Ordinal);

    private static JsonElement Json(DataFile package) => JsonDocument.Parse(package.Bytes).RootElement;

    [Theory, MemberData(nameof(Contents))]
    public void DataPackage_AgreesWithEveryFile_MetadataSizesHashesAndEveryCellOfEveryCsv(string name)
    {
        var files = Of(name).Files;
        var package = Assert.Single(files, f => f.Name == DataPackage.FileName);

        Assert.Empty(DataPackageValidator.Problems(package.Bytes, ByName(files)));
    }

    [Theory, MemberData(nameof(Contents))]
    public void DataPackage_ComesLast_AndDescribesEveryOtherFile(string name)
    {
        var files = Of(name).Files;
        Assert.Equal(DataPackage.FileName, files[^1].Name);

        var paths = Json(files[^1]).GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("path").GetString()).ToList();
        Assert.Equal(files.Take(files.Count - 1).Select(f => f.Name), paths);
    }

    [Fact]
    public void DataPackage_Dialect_DeclaresTheDecimalCommaTheEmptyMissingValueAndOuiNon()
    {
        var budget = Json(Default.Value.Files[^1]).GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("path").GetString() == "budget.csv").GetProperty("schema");
        var fields = budget.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);

        Assert.Equal(",", fields["fonctionnement"].GetProperty("decimalChar").GetString());
        Assert.Equal(string.Empty, fields["fonctionnement"].GetProperty("groupChar").GetString());
        Assert.Equal("number", fields["fonctionnement"].GetProperty("type").GetString());
        Assert.Equal(["oui"], fields["fonctionnement_communique"].GetProperty("trueValues").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal([string.Empty], budget.GetProperty("missingValues").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("year", fields["annee_rapport"].GetProperty("type").GetString());
    }

    [Fact]
    public void DataPackage_NamesTheLicence_AndThePublisherWithItsSiret()
    {
        var package = Json(Fixture.Value.Files[^1]);
        var licence = Assert.Single(package.GetProperty("licenses").EnumerateArray());
        Assert.Equal("etalab-2.0", licence.GetProperty("name").GetString());
        Assert.Equal("Licence Ouverte 2.0 (Etalab-2.0)", licence.GetProperty("title").GetString());
        var publisher = Assert.Single(package.GetProperty("contributors").EnumerateArray());
        Assert.Equal("publisher", publisher.GetProperty("role").GetString());
        Assert.Equal("21000000600010", publisher.GetProperty("siret").GetString());
        Assert.Equal("210000006", publisher.GetProperty("siren").GetString());
        Assert.Equal("rapport-developpement-durable-ville-de-belval-sur-lirette-2025", package.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("ODbL", "ODbL-1.0")]
    [InlineData("CC-BY 4.0", "CC-BY-4.0")]
    [InlineData("Licence maison de la Ville", "licence-maison-de-la-ville")]
    public void DataPackage_Licence_IsAKnownOneByItsIdentifierOrElseItsText(string licence, string expected)
    {
        var report = Default.Value.Report;
        var package = Json(DataPackage.Build(report, licence, []));
        var written = Assert.Single(package.GetProperty("licenses").EnumerateArray());

        Assert.Equal(expected, written.GetProperty("name").GetString());
        Assert.Equal(licence, written.GetProperty("title").GetString());
    }

    [Fact]
    public void DataPackage_ANewCsvFile_IsDescribedFromItsColumnsAlone()
    {
        var csv = new Csv(["politique", "montant"]).Row(["Mobilités", "1250,5"]).Row(["Eau", string.Empty]).ToBytes();
        var file = new DataFile("budget-vert.csv", "CSV", "Le budget vert", "Une ligne par politique.",
            [new DataColumn("politique", "Politique publique.") { Required = true }, new DataColumn("montant", "Montant en euros.", DataTypes.Number)], csv);
        var package = DataPackage.Build(Default.Value.Report, OpenData.DefaultLicence, [file]);

        Assert.Empty(DataPackageValidator.Problems(package.Bytes, ByName([file])));
        var resource = Assert.Single(Json(package).GetProperty("resources").EnumerateArray());
        Assert.Equal("budget-vert", resource.GetProperty("name").GetString());
        Assert.Equal(["politique", "montant"], resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
    }

    [Fact]
    public void Validator_DamagedPackage_FindsACellThatDoesNotParseAHeaderOutOfOrderAndAWrongHash()
    {
        var columns = new[] { new DataColumn("id", "Identifiant.") { Required = true }, new DataColumn("valeur", "Valeur.", DataTypes.Number) };
        var good = new DataFile("t.csv", "CSV", "T", "T.", columns, new Csv(["id", "valeur"]).Row(["a", "2,4"]).ToBytes());
        var package = DataPackage.Build(Default.Value.Report, OpenData.DefaultLicence, [good]).Bytes;
        Assert.Empty(DataPackageValidator.Problems(package, ByName([good])));

        var point = new DataFile("t.csv", "CSV", "T", "T.", columns, new Csv(["id", "valeur"]).Row(["a", "2.4"]).Row([string.Empty, "1"]).ToBytes());
        var problems = DataPackageValidator.Problems(DataPackage.Build(Default.Value.Report, OpenData.DefaultLicence, [point]).Bytes, ByName([point]));
        Assert.Contains(problems, p => p.Contains("« 2.4 » does not parse as number", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("missing in a required field", StringComparison.Ordinal));

        var swapped = new DataFile("t.csv", "CSV", "T", "T.", columns, new Csv(["valeur", "id"]).Row(["2,4", "a"]).ToBytes());
        Assert.Contains(DataPackageValidator.Problems(package, ByName([swapped])), p => p.Contains("is not the schema's fields", StringComparison.Ordinal));
        Assert.Contains(DataPackageValidator.Problems(package, ByName([swapped])), p => p.Contains("hash differs", StringComparison.Ordinal));
    }

    [Fact]
    public void DataPackage_IsUtf8JsonWithTheFrenchTextsReadable()
    {
        var text = Encoding.UTF8.GetString(Default.Value.Files[^1].Bytes);

        Assert.Contains("\"title\": \"Les chiffres clés\"", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
    }
}
