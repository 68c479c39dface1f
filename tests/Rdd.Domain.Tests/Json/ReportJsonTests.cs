using System.Text;
using NodaTime;
using Rdd.Domain.Json;
using Rdd.Domain.Reports;
using Rdd.Domain.Validation;

namespace Rdd.Domain.Tests.Json;

public class ReportJsonTests
{
    private const string MinimalJson = """
        {
          "formatVersion": 1,
          "authority": {
            "name": "Commune d'Exemple",
            "kind": "commune",
            "population": 60000
          },
          "year": 2024,
          "budgetYear": 2025
        }
        """;

    [Fact]
    public void Serialize_Minimal_WritesOnlyWhatIsGiven()
    {
        Assert.Equal(MinimalJson, ReportJson.Serialize(SampleReports.Minimal));
    }

    [Fact]
    public void Serialize_WritesDatesAsIsoCalendarDates()
    {
        var json = ReportJson.Serialize(SampleReports.Minimal with { PresentationDate = new LocalDate(2025, 1, 31) });

        Assert.Contains("\"presentationDate\": \"2025-01-31\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_WritesEnumsAsCamelCaseStrings()
    {
        var json = ReportJson.Serialize(SampleReports.Full);

        Assert.Contains("\"kind\": \"intercommunality\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"publicPolicies\"", json, StringComparison.Ordinal);
        Assert.Contains("\"progress\": \"reinforced\"", json, StringComparison.Ordinal);
        Assert.Contains("\"approximation\": \"atLeast\"", json, StringComparison.Ordinal);
        Assert.Contains("\"change\": \"increase\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_KeepsAccentsAndQuotesReadable()
    {
        var json = ReportJson.Serialize(SampleReports.Minimal with { Title = "Rapport « 2024 » : l'été \"chaud\"" });

        Assert.Contains("\"title\": \"Rapport « 2024 » : l'été \\\"chaud\\\"\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_WithSchemaUri_WritesSchemaFirst()
    {
        var json = ReportJson.Serialize(SampleReports.Minimal, "rapport.schema.json");

        Assert.StartsWith("{\n  \"$schema\": \"rapport.schema.json\",\n  \"formatVersion\": 1,\n  \"authority\": {", json, StringComparison.Ordinal);
        Assert.Equal(MinimalJson, ReportJson.Serialize(ReportJson.Deserialize(json).Report!));
    }

    [Fact]
    public void Serialize_BudgetCells_DistinguishesGivenNotGivenAndAbsent()
    {
        var json = ReportJson.Serialize(SampleReports.Full);

        Assert.Contains("\"operating\": {\n          \"euros\": 7737580.25\n        }", json, StringComparison.Ordinal);
        Assert.Contains("\"investment\": {\n          \"notGiven\": true,\n          \"note\": \"non communiqué\"\n        }", json, StringComparison.Ordinal);
        Assert.Contains("\"operating\": {\n          \"notGiven\": true\n        }", json, StringComparison.Ordinal);
        var lines = ReportJson.Deserialize(json).Report!.Budget!.Lines;
        Assert.Equal(BudgetAmount.NotGiven(), lines[1].Operating);
        Assert.Null(lines[2].Operating);
        Assert.Null(lines[2].Investment);
    }

    [Fact]
    public void Serialize_KeepsTheScaleOfDecimals()
    {
        var json = ReportJson.Serialize(SampleReports.Full);

        Assert.Contains("\"value\": 12000.50,", json, StringComparison.Ordinal);
        Assert.Contains("\"value\": 1.50,", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_NullReport_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ReportJson.Serialize(null!));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Deserialize_SerializedSample_GivesAnEqualReport(string name)
    {
        var report = SampleReport(name);

        var result = ReportJson.Deserialize(ReportJson.Serialize(report));

        Assert.True(result.Success);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(report, result.Report, ReportComparer.Structural);
    }

    [Fact]
    public void Deserialize_OmittedOptionalMembers_ReadsTheirDefaults()
    {
        var report = ReportJson.Deserialize(MinimalJson).Report!;

        Assert.Equal(string.Empty, report.Title);
        Assert.Empty(report.Parts);
        Assert.Null(report.Budget);
        Assert.Equal(SampleReports.Minimal, report, ReportComparer.Structural);
    }

    [Fact]
    public void Deserialize_TopLevelSchema_IsIgnored()
    {
        var result = ReportJson.Deserialize(MinimalJson.Replace("{\n  \"formatVersion\"", "{\n  \"$schema\": \"https://example.org/x.json\",\n  \"formatVersion\"", StringComparison.Ordinal));

        Assert.True(result.Success);
        Assert.Equal(SampleReports.Minimal, result.Report, ReportComparer.Structural);
    }

    [Fact]
    public void Deserialize_SchemaBelowTopLevel_IsAnUnknownProperty()
    {
        var result = ReportJson.Deserialize(MinimalJson.Replace("\"name\"", "\"$schema\": \"x\", \"name\"", StringComparison.Ordinal));

        AssertReadError(result, "$schema");
    }

    [Fact]
    public void Deserialize_UnknownProperty_ReportsRdd1090AtItsLine()
    {
        var json = MinimalJson.Replace("\"population\"", "\"populaton\": 1,\n    \"population\"", StringComparison.Ordinal);

        var result = ReportJson.Deserialize(json, "rapports/2024.json");

        var diagnostic = AssertReadError(result, "populaton");
        Assert.Equal("rapports/2024.json", diagnostic.Location!.Path);
        Assert.Equal(6, diagnostic.Location.Line);
        Assert.True(diagnostic.Location.Column > 0);
        Assert.StartsWith("rapports/2024.json(6,", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ErrorAfterAccents_CountsColumnsInCharacters()
    {
        var json = "{\"authority\": {\"name\": \"Évreux\", \"kind\": \"commune\", \"population\": 1}, \"year\": 2024, \"budgetYear\": 2025, \"é\": 1}";

        var diagnostic = AssertReadError(ReportJson.Deserialize(json, "r.json"), "é");

        Assert.Equal(1, diagnostic.Location!.Line);
        var expected = json.IndexOf("\"é\"", StringComparison.Ordinal) + "\"é\"".Length;
        Assert.InRange(diagnostic.Location.Column, expected - 1, expected + 2);
    }

    [Fact]
    public void Deserialize_TruncatedJson_ReportsRdd1090()
    {
        var result = ReportJson.Deserialize(MinimalJson[..40], "r.json");

        var diagnostic = AssertReadError(result, "JSON bien formé");
        Assert.True(diagnostic.Location!.Line >= 1);
    }

    [Fact]
    public void Deserialize_MissingRequiredProperty_ReportsRdd1090NamingIt()
    {
        var json = MinimalJson.Replace("\"year\": 2024,\n", string.Empty, StringComparison.Ordinal);

        AssertReadError(ReportJson.Deserialize(json), "year");
    }

    [Fact]
    public void Deserialize_MissingConstructorParameter_ReportsRdd1090()
    {
        var json = MinimalJson.Replace("\"year\": 2024,", "\"year\": 2024, \"period\": {\"start\": \"2024-01-01\"},", StringComparison.Ordinal);

        AssertReadError(ReportJson.Deserialize(json), "end");
    }

    [Theory]
    [InlineData("\"year\": 2024", "\"year\": \"2024\"")]
    [InlineData("\"year\": 2024", "\"year\": 2024.5")]
    [InlineData("\"year\": 2024", "\"year\": 2024, \"presentationDate\": \"31/01/2025\"")]
    [InlineData("\"year\": 2024", "\"year\": 2024, \"presentationDate\": \"2025-02-30\"")]
    [InlineData("\"kind\": \"commune\"", "\"kind\": 0")]
    [InlineData("\"kind\": \"commune\"", "\"kind\": \"ville\"")]
    [InlineData("\"name\": \"Commune d'Exemple\"", "\"name\": null")]
    [InlineData("\"year\": 2024", "\"year\": 2024, \"parts\": null")]
    [InlineData("\"year\": 2024", "\"year\": 2024, \"parts\": [null]")]
    [InlineData("\"year\": 2024", "\"year\": 2024, \"glossary\": [{\"term\": \"a\", \"expansion\": \"b\"}, null]")]
    [InlineData("\"year\": 2024", "\"year\": 2024, \"year\": 2025")]
    [InlineData("\"year\": 2024", "\"year\": 99999999999")]
    public void Deserialize_WrongValue_ReportsRdd1090(string from, string to)
    {
        AssertReadError(ReportJson.Deserialize(MinimalJson.Replace(from, to, StringComparison.Ordinal)), string.Empty);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("{")]
    [InlineData("{}")]
    [InlineData("{\"authority\": {}}")]
    public void Deserialize_NotAReport_ReportsRdd1090(string json)
    {
        AssertReadError(ReportJson.Deserialize(json), string.Empty);
    }

    [Theory]
    [InlineData("{\"euros\": 1, \"notGiven\": true}")]
    [InlineData("{}")]
    [InlineData("{\"notGiven\": false}")]
    [InlineData("{\"euros\": \"1\"}")]
    [InlineData("{\"euros\": 1, \"montant\": 2}")]
    [InlineData("{\"euros\": 1, \"euros\": 2}")]
    [InlineData("0")]
    public void Deserialize_MalformedBudgetCell_ReportsRdd1090(string cell)
    {
        var json = MinimalJson.Replace("\"year\": 2024,", "\"year\": 2024, \"budget\": {\"year\": 2025, \"lines\": [{\"id\": \"a\", \"policy\": \"b\", \"operating\": " + cell + "}]},", StringComparison.Ordinal);

        AssertReadError(ReportJson.Deserialize(json), string.Empty);
    }

    [Fact]
    public void Deserialize_Utf8BytesWithByteOrderMark_Reads()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(MinimalJson)).ToArray();

        Assert.Equal(SampleReports.Minimal, ReportJson.Deserialize(bytes).Report, ReportComparer.Structural);
    }

    [Fact]
    public void Deserialize_Stream_Reads()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(ReportJson.Serialize(SampleReports.Full)));

        Assert.Equal(SampleReports.Full, ReportJson.Deserialize(stream, "full.json").Report, ReportComparer.Structural);
    }

    [Fact]
    public void ReadError_IsAnErrorWithFrenchDocumentation()
    {
        Assert.Equal("RDD1090", ReportJson.ReadError.Code);
        Assert.Equal(Severity.Error, ReportJson.ReadError.Severity);
        Assert.Contains("JSON", ReportJson.ReadError.Title, StringComparison.Ordinal);
        Assert.Contains("propriété", ReportJson.ReadError.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_AreReadOnly()
    {
        Assert.True(ReportJson.Options.IsReadOnly);
    }

    public static TheoryData<string> Samples() => ["minimal", "full"];

    private static Report SampleReport(string name) => name == "minimal" ? SampleReports.Minimal : SampleReports.Full;

    private static Diagnostic AssertReadError(JsonReadResult result, string expectedInMessage)
    {
        Assert.False(result.Success);
        Assert.Null(result.Report);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RDD1090", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.StartsWith("JSON du rapport illisible : ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(expectedInMessage, diagnostic.Message, StringComparison.Ordinal);
        return diagnostic;
    }
}
