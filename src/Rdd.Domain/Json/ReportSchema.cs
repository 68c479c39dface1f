using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using NodaTime;
using Rdd.Domain.Reports;

namespace Rdd.Domain.Json;

/// <summary>Generates the JSON Schema of the canonical form from the serializer's contract.</summary>
/// <remarks>
/// The exporter knows the contract (names, required members, enums, unknown members refused). What it cannot see is
/// patched: dates and budget cells, whose converters are opaque to it, the ignored top-level <c>$schema</c>, and the
/// French titles and descriptions (<see cref="SchemaDescriptions"/>) that editors show to authors.
/// </remarks>
internal static class ReportSchema
{
    internal const string Draft = "https://json-schema.org/draft/2020-12/schema";

    internal static string Generate(JsonSerializerOptions options)
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Transform,
        };
        var generated = options.GetJsonSchemaAsNode(typeof(Report), exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = ReportJson.SchemaId,
        };
        foreach (var (name, value) in generated.ToList())
        {
            generated.Remove(name);
            root[name] = value;
        }

        var text = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, NewLine = "\n", Encoder = options.Encoder });
        return text + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = context.TypeInfo.Type;
        if (context.PropertyInfo?.Name == JsonContract.SchemaPropertyName)
        {
            schema = new JsonObject { ["type"] = "string" };
        }
        else if (type == typeof(LocalDate))
        {
            schema = new JsonObject { ["type"] = "string", ["format"] = "date" };
        }
        else if (type == typeof(LocalDate?))
        {
            schema = new JsonObject { ["type"] = new JsonArray("string", "null"), ["format"] = "date" };
        }
        else if (type == typeof(BudgetAmount))
        {
            schema = BudgetAmountSchema(nullable: context.PropertyInfo is { IsGetNullable: true });
        }

        var (title, description) = SchemaDescriptions.For(context.PropertyInfo?.DeclaringType, context.PropertyInfo?.Name, type);
        return Describe(schema, title, description);
    }

    private static JsonObject BudgetAmountSchema(bool nullable)
    {
        var note = new JsonObject { ["type"] = new JsonArray("string", "null"), ["description"] = "Pourquoi le montant n'est pas communiqué, ou une remarque sur le montant." };
        var given = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                [BudgetAmountConverter.EurosName] = new JsonObject { ["type"] = "number", ["description"] = "Le montant, en euros." },
                [BudgetAmountConverter.NoteName] = note.DeepClone(),
            },
            ["required"] = new JsonArray(BudgetAmountConverter.EurosName),
            ["additionalProperties"] = false,
        };
        var notGiven = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                [BudgetAmountConverter.NotGivenName] = new JsonObject { ["const"] = true, ["description"] = "Le rapport déclare le montant « non communiqué »." },
                [BudgetAmountConverter.NoteName] = note,
            },
            ["required"] = new JsonArray(BudgetAmountConverter.NotGivenName),
            ["additionalProperties"] = false,
        };
        var oneOf = new JsonArray(given, notGiven);
        if (nullable)
        {
            oneOf.Add((JsonNode)new JsonObject { ["type"] = "null" });
        }

        return new JsonObject { ["oneOf"] = oneOf };
    }

    private static JsonNode Describe(JsonNode schema, string? title, string? description)
    {
        if (title is null && description is null)
        {
            return schema;
        }

        // `true` (anything) is the exporter's schema for a type it cannot describe; keep its meaning as an object.
        var source = schema as JsonObject ?? new JsonObject();
        var described = new JsonObject();
        if (title is not null)
        {
            described["title"] = title;
        }

        if (description is not null)
        {
            described["description"] = description;
        }

        foreach (var (name, value) in source.ToList())
        {
            if (name is "title" or "description")
            {
                continue;
            }

            source.Remove(name);
            described[name] = value;
        }

        return described;
    }
}
