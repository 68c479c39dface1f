using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Rdd.Domain.Reports;
using Rdd.Domain.Validation;

namespace Rdd.Domain.Json;

/// <summary>JSON paths (<c>$.parts[0].sections[1].actions[2]</c>): those of a report's elements, and the tolerant read's pruning.</summary>
internal static class JsonPaths
{
    /// <summary>The path of a property below <paramref name="parent"/>, in dot notation when the name allows it.</summary>
    internal static string Property(string parent, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(name[0])
            ? $"{parent}.{name}"
            : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    /// <summary>
    /// Removes from <paramref name="node"/> the properties the contract of <paramref name="typeInfo"/> does not know,
    /// down the whole tree, and tells each one's path. Values a converter reads (dates, budget cells) are left to it.
    /// </summary>
    internal static void Prune(JsonNode? node, JsonTypeInfo typeInfo, string path, List<string> removed)
    {
        switch (node)
        {
            case JsonObject obj when typeInfo.Kind == JsonTypeInfoKind.Object:
                var properties = typeInfo.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
                foreach (var (name, value) in obj.ToList())
                {
                    var childPath = Property(path, name);
                    if (!properties.TryGetValue(name, out var property))
                    {
                        obj.Remove(name);
                        removed.Add(childPath);
                    }
                    else
                    {
                        Prune(value, TypeInfoOf(typeInfo.Options, property.PropertyType), childPath, removed);
                    }
                }

                break;
            case JsonArray array when typeInfo is { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } elementType }:
                var elementInfo = TypeInfoOf(typeInfo.Options, elementType);
                for (var i = 0; i < array.Count; i++)
                {
                    Prune(array[i], elementInfo, $"{path}[{i}]", removed);
                }

                break;
        }
    }

    private static JsonTypeInfo TypeInfoOf(System.Text.Json.JsonSerializerOptions options, Type type) =>
        options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);

    /// <summary>Where each element of <paramref name="report"/> stands in its canonical JSON, as locations in <paramref name="file"/>.</summary>
    internal static SourceMap SourcesOf(Report report, string? file)
    {
        var map = new SourceMap();
        void Add(ElementKind kind, string? id, string jsonPath)
        {
            if (id is not null)
            {
                map.Add(new ElementRef(kind, id), new SourceLocation(file ?? string.Empty) { JsonPath = jsonPath });
            }
        }

        Add(ElementKind.Report, string.Empty, "$");
        Add(ElementKind.Authority, string.Empty, "$.authority");
        AddParts(report, Add);

        for (var i = 0; i < report.KeyFigures.Count; i++)
        {
            Add(ElementKind.KeyFigure, report.KeyFigures[i].Id, $"$.keyFigures[{i}]");
        }

        if (report.Budget is { } budget)
        {
            Add(ElementKind.Budget, string.Empty, "$.budget");
            for (var i = 0; i < budget.Lines.Count; i++)
            {
                Add(ElementKind.BudgetLine, budget.Lines[i].Id, $"$.budget.lines[{i}]");
            }
        }

        if (report.GreenBudget is { } green)
        {
            Add(ElementKind.GreenBudget, string.Empty, "$.greenBudget");
            for (var i = 0; i < green.Lines.Count; i++)
            {
                Add(ElementKind.GreenBudgetLine, green.Lines[i].Id, $"$.greenBudget.lines[{i}]");
            }
        }

        for (var i = 0; i < report.Indicators.Count; i++)
        {
            Add(ElementKind.Indicator, report.Indicators[i].Id, $"$.indicators[{i}]");
        }

        for (var i = 0; i < report.Glossary.Count; i++)
        {
            Add(ElementKind.GlossaryEntry, report.Glossary[i].Term, $"$.glossary[{i}]");
        }

        AddTaxonomies(report, Add);

        return map;
    }

    /// <summary>The parts of the report, their sections and their actions, in the order of the JSON.</summary>
    private static void AddParts(Report report, Action<ElementKind, string?, string> add)
    {
        for (var p = 0; p < report.Parts.Count; p++)
        {
            var part = report.Parts[p];
            add(ElementKind.Part, ((int)part.Kind).ToString(System.Globalization.CultureInfo.InvariantCulture), $"$.parts[{p}]");
            for (var s = 0; s < part.Sections.Count; s++)
            {
                var section = part.Sections[s];
                add(ElementKind.Section, section.Id, $"$.parts[{p}].sections[{s}]");
                for (var a = 0; a < section.Actions.Count; a++)
                {
                    add(ElementKind.Action, section.Actions[a].Id, $"$.parts[{p}].sections[{s}].actions[{a}]");
                }
            }
        }
    }

    /// <summary>The taxonomies of the report and their terms, each term named « taxonomy:code ».</summary>
    private static void AddTaxonomies(Report report, Action<ElementKind, string?, string> add)
    {
        for (var t = 0; t < report.Taxonomies.Count; t++)
        {
            var taxonomy = report.Taxonomies[t];
            add(ElementKind.Taxonomy, taxonomy.Id, $"$.taxonomies[{t}]");
            for (var i = 0; i < taxonomy.Terms.Count; i++)
            {
                add(ElementKind.Term, $"{taxonomy.Id}:{taxonomy.Terms[i].Code}", $"$.taxonomies[{t}].terms[{i}]");
            }
        }
    }
}
