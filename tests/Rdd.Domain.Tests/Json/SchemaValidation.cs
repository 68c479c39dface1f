using System.Text.Json;
using Json.Schema;
using Rdd.Domain.Json;

namespace Rdd.Domain.Tests.Json;

/// <summary>Evaluates JSON against the committed schema with JsonSchema.Net, an implementation independent of the generator.</summary>
internal static class SchemaValidation
{
    private static readonly Lazy<JsonSchema> Committed = new(() =>
        JsonSchema.FromText(ReportJson.Schema, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>The errors of <paramref name="json"/> against the committed schema; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Committed.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        return results.Details?
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList() is { Count: > 0 } errors ? errors : ["invalid"];
    }
}
