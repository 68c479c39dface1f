using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rdd.Site.Content;

/// <summary>
/// Generates the JSON Schemas of the content's YAML files from their <see cref="Shape"/>, so that an editor with a
/// YAML language server completes and checks keys (each file names its schema on its first line).
/// </summary>
public static class ContentSchemas
{
    /// <summary>The schema files, by file name, as indented JSON text.</summary>
    /// <returns>The file name and text of each schema.</returns>
    public static IReadOnlyList<(string FileName, string Text)> Generate() =>
        ContentShapes.SchemaFiles.Select(f => (f.FileName, Serialize(Schema(f.Shape, f.FileName)))).ToList();

    /// <summary>Writes the schemas into <paramref name="folder"/>, rewriting only those that changed.</summary>
    /// <param name="folder">The folder (content/schemas).</param>
    /// <returns>The number of files written.</returns>
    public static int Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var written = 0;
        foreach (var (name, text) in Generate())
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path) || File.ReadAllText(path) != text)
            {
                File.WriteAllText(path, text);
                written++;
            }
        }

        return written;
    }

    private static JsonObject Schema(Shape shape, string fileName)
    {
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://rdd.example/schemas/contenu/" + fileName,
            ["title"] = shape.Name,
        };
        foreach (var (key, value) in Object(shape))
        {
            schema[key] = value?.DeepClone();
        }

        return schema;
    }

    private static JsonObject Object(Shape shape)
    {
        var properties = new JsonObject();
        foreach (var field in shape.Fields)
        {
            var property = Value(field);
            property["description"] = field.Description;
            properties[field.Key] = property;
        }

        var result = new JsonObject
        {
            ["description"] = shape.Description,
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
        var required = shape.Fields.Where(f => f.Required).Select(f => (JsonNode?)f.Key).ToArray();
        if (required.Length > 0)
        {
            result["required"] = new JsonArray(required);
        }

        return result;
    }

    private static JsonObject Value(Field field) => field.Kind switch
    {
        ValueKind.Text when field.Choices is { } choices => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(choices.Select(c => (JsonNode?)c).ToArray()) },
        ValueKind.Text when field.Pattern is { } pattern => new JsonObject { ["type"] = "string", ["pattern"] = pattern },
        ValueKind.Text => new JsonObject { ["type"] = "string" },
        ValueKind.Integer => new JsonObject { ["type"] = "integer" },
        ValueKind.Number => new JsonObject { ["type"] = "number" },
        ValueKind.Date => new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
        ValueKind.TextList => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
        ValueKind.Object => Object(field.Item!),
        ValueKind.ObjectList => new JsonObject { ["type"] = "array", ["items"] = Object(field.Item!) },
        ValueKind.AmountOrNotGiven => new JsonObject
        {
            ["oneOf"] = new JsonArray(
                new JsonObject { ["type"] = "number", ["minimum"] = 0 },
                new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("non communiqué", "non-communique", "nc") }),
        },
        _ => new JsonObject
        {
            ["type"] = "object",
            ["patternProperties"] = new JsonObject { ["^[0-9]{4}$"] = new JsonObject { ["type"] = "number" } },
            ["additionalProperties"] = false,
        },
    };

    private static string Serialize(JsonObject schema) =>
        schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
}
