using System.Text;
using System.Text.Json;
using Json.Schema;
using Rdd.Domain.Json;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Site.Content;
using Rdd.Site.Data;
using Rdd.Site.Tests.Content;

namespace Rdd.Site.Tests.Data;

/// <summary>The open data files of the default content and of the fictional commune: JSON valid and lossless, CSV readable back.</summary>
public sealed class OpenDataTests
{
    private static readonly Lazy<(Report Report, IReadOnlyList<DataFile> Files)> Default = new(() => Load("content"));
    private static readonly Lazy<(Report Report, IReadOnlyList<DataFile> Files)> Fixture = new(() => Load(Path.Combine("tests", "fixtures", "commune-fictive")));

    private static (Report, IReadOnlyList<DataFile>) Load(string folder)
    {
        var content = ContentLoader.Load(Path.Combine(RepositoryRoot.Path, folder));
        Assert.False(content.HasErrors, string.Join('\n', content.Diagnostics));
        var report = content.Latest!.Report;
        return (report, OpenData.Build(report));
    }

    private static DataFile File(IReadOnlyList<DataFile> files, string name) => Assert.Single(files, f => f.Name == name);

    [Fact]
    public void ReportJson_ValidatesAgainstThePublishedSchema()
    {
        var files = Default.Value.Files;
        var schema = JsonSchema.FromText(Encoding.UTF8.GetString(File(files, OpenData.SchemaFile).Bytes), new Json.Schema.BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var json = JsonDocument.Parse(File(files, "rapport.json").Bytes);
        var result = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid);
        Assert.Equal(OpenData.SchemaFile, json.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void ReportJson_ReadsBackToTheSameReport()
    {
        foreach (var (report, files) in new[] { Default.Value, Fixture.Value })
        {
            var read = ReportJson.Deserialize(Encoding.UTF8.GetString(File(files, "rapport.json").Bytes));
            Assert.True(read.Success, string.Join('\n', read.Diagnostics));
            Assert.Equal(report, read.Report, ReportComparer.Structural);
        }
    }

    [Fact]
    public void Csv_StartsWithABomAndUsesSemicolons()
    {
        var bytes = File(Default.Value.Files, "actions.csv").Bytes;
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.StartsWith("partie;section;id;titre;avancement;climat;biodiversite;cohesion;epanouissement;production", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }

    [Fact]
    public void ActionsCsv_HasOneRowPerActionWithItsFinalities()
    {
        var (report, files) = Default.Value;
        var rows = Csv.Parse(File(files, "actions.csv").Bytes);
        var actions = report.AllActions().ToList();
        Assert.Equal(actions.Count + 1, rows.Count);
        var header = rows[0].ToList();
        for (var i = 0; i < actions.Count; i++)
        {
            Assert.Equal(actions[i].Action.Id, rows[i + 1][header.IndexOf("id")]);
            foreach (var finality in Finalities.All)
            {
                Assert.Equal(actions[i].Finalities.Contains(finality.Code) ? "1" : "0", rows[i + 1][header.IndexOf(finality.Code)]);
            }
        }
    }

    [Fact]
    public void BudgetCsv_ParsesBackToTheSameAmounts_AndKeepsTheMissingOneEmpty()
    {
        var (report, files) = Default.Value;
        var rows = Csv.Parse(File(files, "budget.csv").Bytes);
        var header = rows[0].ToList();
        var lines = report.Budget!.Lines;
        Assert.Equal(lines.Count + 1, rows.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            Assert.Equal(lines[i].Operating?.Euros, Csv.ParseNumber(rows[i + 1][header.IndexOf("fonctionnement")]));
            Assert.Equal(lines[i].Investment?.Euros, Csv.ParseNumber(rows[i + 1][header.IndexOf("investissement")]));
            Assert.Equal(lines[i].Operating!.IsGiven ? "oui" : "non", rows[i + 1][header.IndexOf("fonctionnement_communique")]);
        }
    }

    [Fact]
    public void KeyFiguresCsv_UsesDecimalCommas_AndParsesBack()
    {
        var (report, files) = Default.Value;
        var rows = Csv.Parse(File(files, "chiffres-cles.csv").Bytes);
        Assert.Contains(rows, r => r[2] == "2,4");
        Assert.Equal(report.KeyFigures.Select(f => (decimal?)f.Value), rows.Skip(1).Select(r => Csv.ParseNumber(r[2])));
    }

    [Fact]
    public void IndicatorsCsv_HasTheSeriesThenTheYear()
    {
        var rows = Csv.Parse(File(Fixture.Value.Files, "indicateurs.csv").Bytes);
        Assert.Equal(["2023", "2024", "2025"], rows.Skip(1).Select(r => r[3]));
        Assert.Equal([9310m, 8900m, 8420m], rows.Skip(1).Select(r => Csv.ParseNumber(r[4])));
    }

    [Theory]
    [InlineData("chiffres-cles.csv", "id;theme;valeur;unite;libelle;approximation;evolution")]
    [InlineData("budget.csv", "annee;id;politique;fonctionnement;fonctionnement_communique;investissement;investissement_communique;note")]
    [InlineData("indicateurs.csv", "id;libelle;unite;annee;valeur;cible;annee_cible;source")]
    public void Csv_KeepsItsColumns_ThenEndsWithTheReportYearAndTheSiretOnEveryRow(string file, string columns)
    {
        var (report, files) = Fixture.Value;
        var rows = Csv.Parse(File(files, file).Bytes);

        Assert.Equal([.. columns.Split(';'), "annee_rapport", "siret"], rows[0]);
        Assert.True(rows.Count > 1);
        Assert.All(rows.Skip(1), r => Assert.Equal(["2025", "21000000600010"], r.Skip(r.Count - 2)));
        Assert.Equal("21000000600010", report.Authority.Siret);
    }

    [Fact]
    public void Csv_WithoutSiret_LeavesItsCellEmpty()
    {
        var rows = Csv.Parse(File(Default.Value.Files, "chiffres-cles.csv").Bytes);

        Assert.All(rows.Skip(1), r => Assert.Equal(["2024", string.Empty], r.Skip(r.Count - 2)));
    }

    [Fact]
    public void Csv_QuotesCellsHoldingSeparatorsAndQuotes()
    {
        var bytes = new Csv(["a", "b"]).Row(["x;y", "il a dit \"oui\"\nsur deux lignes"]).ToBytes();
        var rows = Csv.Parse(bytes);
        Assert.Equal(["x;y", "il a dit \"oui\"\nsur deux lignes"], rows[1]);
    }
}

/// <summary>A taxonomy declared in YAML gets its own column in actions.csv, without code.</summary>
public sealed class OpenDataTaxonomyColumnTests
{
    [Fact]
    public void ActionsCsv_HasAColumnPerStrategyTaxonomy()
    {
        var content = ContentLoader.Load(Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "commune-fictive"));
        var rows = Csv.Parse(OpenData.Build(content.Latest!.Report).Single(f => f.Name == "actions.csv").Bytes);
        var header = rows[0].ToList();
        var column = header.IndexOf("plan-climat");
        Assert.True(column > 0, string.Join(';', header));
        Assert.Contains(rows.Skip(1), r => r[header.IndexOf("id")] == "renovation-ecole-tilleuls" && r[column] == "batiments");
        Assert.Contains(rows.Skip(1), r => r[header.IndexOf("id")] == "renovation-ecole-tilleuls" && r[header.IndexOf("odd")] == "7|13");
    }
}
