using Rdd.Domain.Json;
using Rdd.Domain.Reports;
using Rdd.Domain.Tests.Support;
using Rdd.Domain.Validation;

namespace Rdd.Domain.Tests.Json;

/// <summary>Open data of other years: the format version, the tolerant read, and diagnostics located by JSON path.</summary>
public sealed class TolerantReadTests
{
    private static readonly string Published = ReportJson.Serialize(SampleReports.Minimal with
    {
        Parts = [new Part { Kind = PartKind.PublicPolicies, Title = "Politiques publiques", Sections = [new Section { Id = "mobilites", Title = "Mobilités", Actions = [new ReportAction { Id = "velo", Title = "Vélo" }] }] }],
    });

    private static string WithUnknownProperties => Published
        .Replace("\"population\": 60000", "\"population\": 60000,\n    \"insee\": \"12345\"", StringComparison.Ordinal)
        .Replace("\"title\": \"Vélo\"", "\"title\": \"Vélo\",\n \"co2Evite\": {\"tonnes\": 4}", StringComparison.Ordinal);

    [Fact]
    public void Deserialize_TolerantUnknownProperties_WarnsWithTheirJsonPathsAndReadsTheRest()
    {
        var result = ReportJson.Deserialize(WithUnknownProperties, "donnees/rapport.json", JsonReadMode.Tolerant);

        Assert.True(result.Success);
        Assert.Equal(
            ["donnees/rapport.json:$.authority.insee: warning RDD1091: La propriété « $.authority.insee » est inconnue de cette version de Rdd.Domain (format 1) : elle est ignorée.",
             "donnees/rapport.json:$.parts[0].sections[0].actions[0].co2Evite: warning RDD1091: La propriété « $.parts[0].sections[0].actions[0].co2Evite » est inconnue de cette version de Rdd.Domain (format 1) : elle est ignorée."],
            result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal("Vélo", result.Report!.Parts[0].Sections[0].Actions[0].Title);
    }

    [Fact]
    public void Deserialize_StrictUnknownProperty_FailsWithRDD1090()
    {
        var result = ReportJson.Deserialize(WithUnknownProperties, "donnees/rapport.json");

        Assert.Null(result.Report);
        Assert.Equal("RDD1090", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Deserialize_NewerFormat_FailsStrictAndWarnsTolerant()
    {
        var newer = Published.Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal);

        var strict = ReportJson.Deserialize(newer);
        var tolerant = ReportJson.Deserialize(newer, mode: JsonReadMode.Tolerant);

        Assert.Contains("le fichier est au format 2, plus récent que le format 1", Assert.Single(strict.Diagnostics).Message, StringComparison.Ordinal);
        Assert.True(tolerant.Success);
        Assert.Equal("$.formatVersion", Assert.Single(tolerant.Diagnostics).Location!.JsonPath);
    }

    [Fact]
    public void Deserialize_FileWithoutFormatVersion_ReadsAsFormat1()
    {
        var older = Published.Replace("\"formatVersion\": 1,\n", string.Empty, StringComparison.Ordinal);

        var result = ReportJson.Deserialize(older);

        Assert.True(result.Success);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Deserialize_TolerantWrongType_ErrsAtItsJsonPath()
    {
        var json = WithUnknownProperties.Replace("\"population\": 60000", "\"population\": \"beaucoup\"", StringComparison.Ordinal);

        var result = ReportJson.Deserialize(json, "r.json", JsonReadMode.Tolerant);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(new SourceLocation("r.json") { JsonPath = "$.authority.population" }, error.Location);
    }

    [Fact]
    public void Validate_ReportReadFromJson_LocatesDiagnosticsByJsonPath()
    {
        var read = ReportJson.Deserialize(Published, "donnees/rapport.json");

        var result = ReportValidator.Default.Validate(read.Report!, read.Sources);

        var noFinality = Assert.Single(result.Diagnostics, d => d.Code == "RDD1003");
        Assert.StartsWith("donnees/rapport.json:$.parts[0].sections[0].actions[0]: error RDD1003:", noFinality.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_DiagnosticWithoutLocation_NamesTheElement()
    {
        var result = ReportValidator.Default.Validate(ReportJson.Deserialize(Published).Report!);

        var noFinality = Assert.Single(result.Diagnostics, d => d.Code == "RDD1003");
        Assert.StartsWith("Action:velo#finalities: error RDD1003:", noFinality.ToString(), StringComparison.Ordinal);
    }
}
