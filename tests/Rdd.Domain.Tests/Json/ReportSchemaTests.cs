using System.Text.Json.Nodes;
using Rdd.Domain.Json;

namespace Rdd.Domain.Tests.Json;

public class ReportSchemaTests
{
    private const string SchemaFile = "src/Rdd.Domain/Json/rapport.schema.json";

    [Fact]
    public void Schema_IsTheGeneratedSchema()
    {
        var generated = ReportJson.GenerateSchema();
        var path = RepositoryFiles.PathOf(SchemaFile);
        if (Environment.GetEnvironmentVariable("RDD_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(
            File.ReadAllText(path).ReplaceLineEndings("\n") == generated && ReportJson.Schema.ReplaceLineEndings("\n") == generated,
            $"{SchemaFile} (or the schema embedded in the build) differs from the schema generated from the model. "
            + "Regenerate it with: RDD_UPDATE_SCHEMA=1 dotnet test tests/Rdd.Domain.Tests --filter Schema_IsTheGeneratedSchema, "
            + "then rebuild, review the diff and commit it.");
    }

    [Fact]
    public void Schema_DeclaresDraft202012AndItsId()
    {
        var schema = JsonNode.Parse(ReportJson.Schema)!;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.Equal(ReportJson.SchemaId, (string?)schema["$id"]);
        Assert.Equal("string", (string?)schema["properties"]!["$schema"]!["type"]);
    }

    [Fact]
    public void Schema_DescribesEveryPropertyInFrench()
    {
        var undescribed = Properties(JsonNode.Parse(ReportJson.Schema)!, "$")
            .Where(p => p.Schema["description"] is null && p.Schema["$ref"] is null)
            .Select(p => p.Path)
            .ToList();

        Assert.Empty(undescribed);
    }

    [Fact]
    public void Schema_WritesDatesAsStringsOfFormatDate()
    {
        var date = JsonNode.Parse(ReportJson.Schema)!["properties"]!["presentationDate"]!;

        Assert.Equal("date", (string?)date["format"]);
        Assert.Contains("string", date["type"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("rapport.schema.json")]
    public void Schema_AcceptsTheSerializedSamples(string? schemaUri)
    {
        foreach (var report in SampleReports.All)
        {
            Assert.Empty(SchemaValidation.Errors(ReportJson.Serialize(report, schemaUri)));
        }
    }

    [Theory]
    [InlineData("\"year\": 2024,", "\"year\": 2024, \"annee\": 2024,")]
    [InlineData("\"name\": \"Carcassonne Agglo\",", "\"name\": \"Carcassonne Agglo\", \"maire\": \"X\",")]
    [InlineData("\"year\": 2024,", "\"year\": \"2024\",")]
    [InlineData("\"kind\": \"intercommunality\"", "\"kind\": \"epci\"")]
    [InlineData("\"kind\": \"intercommunality\"", "\"kind\": 1")]
    [InlineData("\"euros\": 7737580.25", "\"euros\": \"7 737 580,25 €\"")]
    [InlineData("\"euros\": 7737580.25", "\"euros\": 7737580.25, \"notGiven\": true")]
    [InlineData("\"notGiven\": true,", "\"notGiven\": false,")]
    [InlineData("\"id\": \"ges\",", "")]
    public void Schema_RejectsWhatTheReaderRejects(string from, string to)
    {
        var json = ReportJson.Serialize(SampleReports.Full);
        Assert.Contains(from, json, StringComparison.Ordinal);
        var altered = json.Replace(from, to, StringComparison.Ordinal);

        Assert.NotEmpty(SchemaValidation.Errors(altered));
        Assert.False(ReportJson.Deserialize(altered).Success);
    }

    private static IEnumerable<(string Path, JsonObject Schema)> Properties(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["properties"] is JsonObject properties)
                {
                    foreach (var (name, value) in properties)
                    {
                        if (value is JsonObject property)
                        {
                            yield return ($"{path}.{name}", property);
                        }
                    }
                }

                foreach (var (name, value) in obj)
                {
                    if (value is not null)
                    {
                        foreach (var found in Properties(value, $"{path}/{name}"))
                        {
                            yield return found;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array.OfType<JsonNode>())
                {
                    foreach (var found in Properties(item, path))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }
}
