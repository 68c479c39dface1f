using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Rdd.Site.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rdd.Site.Tests.Content;

public sealed class ContentSchemasTests
{
    private const string SchemaComment = "# yaml-language-server: $schema=";

    private static string SchemaFolder => Path.Combine(TempContent.FixtureRoot, "schemas");

    public static TheoryData<string> FixtureYamlFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TempContent.FixtureRoot, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TempContent.FixtureRoot, file).Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void Generate_EqualsTheSchemasCommittedInTheFixture()
    {
        // Regenerate with: dotnet run --project src/Rdd.Site -- schema --contenu tests/fixtures/commune-fictive
        var generated = ContentSchemas.Generate();

        Assert.Equal(generated.Select(s => s.FileName).Order(StringComparer.Ordinal), Directory.EnumerateFiles(SchemaFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (name, text) in generated)
        {
            Assert.True(text == File.ReadAllText(Path.Combine(SchemaFolder, name)), $"{name} differs from ContentSchemas.Generate(): regenerate the fixture's schemas.");
        }
    }

    [Fact]
    public void Generate_EachSchemaIsAClosedObjectSchema()
    {
        foreach (var (name, text) in ContentSchemas.Generate())
        {
            var schema = JsonNode.Parse(text)!.AsObject();
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
            Assert.Equal("https://rdd.example/schemas/contenu/" + name, (string?)schema["$id"]);
            Assert.Equal("object", (string?)schema["type"]);
            Assert.False((bool)schema["additionalProperties"]!);
            Assert.True(text.EndsWith('\n'), name);
        }
    }

    [Fact]
    public void Write_UnchangedSchemas_RewritesNothing()
    {
        using var content = new TempContent();

        Assert.Equal(0, ContentSchemas.Write(content.FullPath("schemas")));
        content.Write("schemas/budget.schema.json", "{}");
        Assert.Equal(1, ContentSchemas.Write(content.FullPath("schemas")));
    }

    [Theory]
    [MemberData(nameof(FixtureYamlFiles))]
    public void FixtureYaml_ValidatesAgainstTheSchemaItNames(string file)
    {
        var full = Path.Combine(TempContent.FixtureRoot, file);
        var firstLine = File.ReadLines(full).First();
        Assert.StartsWith(SchemaComment, firstLine, StringComparison.Ordinal);
        var schemaPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(full)!, firstLine[SchemaComment.Length..].Trim()));
        Assert.True(File.Exists(schemaPath), $"{file} names {schemaPath}, which does not exist.");

        var errors = Validate(File.ReadAllText(schemaPath), File.ReadAllText(full));

        Assert.True(errors.Count == 0, $"{file}:\n{string.Join('\n', errors)}");
    }

    [Theory]
    [InlineData("site.yml", "nature: commune", "nature: comune")]
    [InlineData("2025/budget.yml", "    investissement: 3200000", "    investisement: 3200000")]
    [InlineData("2025/chiffres-cles.yml", "valeur: 52", "valeur: 12,5")]
    [InlineData("2025/rapport.yml", "date_presentation: 2026-01-22", "date_presentation: 22/01/2026")]
    public void Schema_RejectsWhatTheLoaderRejects(string file, string old, string replacement)
    {
        using var content = new TempContent();
        content.Replace(file, old, replacement);
        var schemaName = content.Read(file).Split('\n')[0][SchemaComment.Length..].Trim();

        var errors = Validate(File.ReadAllText(Path.Combine(Path.GetDirectoryName(content.FullPath(file))!, schemaName)), content.Read(file));

        Assert.NotEmpty(errors);
        Assert.NotEmpty(content.Load().Diagnostics);
    }

    [Fact]
    public void Schema_AcceptsNonCommunique()
    {
        using var content = new TempContent();
        content.Replace("2025/budget.yml", "    fonctionnement: 8100000", "    fonctionnement: non communiqué");

        Assert.Empty(Validate(File.ReadAllText(Path.Combine(SchemaFolder, "budget.schema.json")), content.Read("2025/budget.yml")));
    }

    private static List<string> Validate(string schemaText, string yaml)
    {
        var schema = JsonSchema.FromText(schemaText, new Json.Schema.BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var json = ToJson(stream.Documents[0].RootNode)?.ToJsonString() ?? "null";
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        return results.Details?
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList() is { Count: > 0 } errors ? errors : ["invalid"];
    }

    /// <summary>YAML to JSON as a YAML language server sees it: plain scalars that are numbers, booleans or null are typed.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value ?? string.Empty, ToJson(c.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" } => null,
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } scalar => JsonValue.Create(scalar.Value == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain } scalar when decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidOperationException("Unexpected YAML node."),
    };
}
