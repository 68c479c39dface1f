using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Rdd.Domain.Reports;

namespace Rdd.Domain.Json;

/// <summary>Adjustments of the generated contract that attributes cannot express.</summary>
internal static class JsonContract
{
    /// <summary>The name of the top-level property an editor reads to find the schema; accepted and ignored on read.</summary>
    internal const string SchemaPropertyName = "$schema";

    /// <summary>The name of the top-level property that gives the format's version (<see cref="ReportJson.FormatVersion"/>).</summary>
    internal const string FormatVersionPropertyName = "formatVersion";

    private static void CheckFormatVersion(int version)
    {
        if (version > ReportJson.FormatVersion)
        {
            throw new JsonException($"le fichier est au format {version}, plus récent que le format {ReportJson.FormatVersion} que lit cette version de Rdd.Domain ; lisez-le en mode tolérant (JsonReadMode.Tolerant) ou mettez à jour Rdd.Domain");
        }

        if (version < 1)
        {
            throw new JsonException($"« formatVersion » vaut {version}, alors que les formats sont numérotés à partir de 1");
        }
    }

    private static bool IsList(JsonPropertyInfo property) =>
        property.Get is not null && property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType);

    /// <summary>
    /// Omits what the model reads back as its default anyway: empty lists, and empty strings of optional
    /// non-nullable properties (whose default is the empty string). Refuses null items in lists. Adds the ignored
    /// <c>$schema</c> to the report.
    /// </summary>
    /// <param name="typeInfo">The contract of one type.</param>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The added property is a string, whose contract the source-generated RddJsonContext holds: nothing is looked up by reflection.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The added property is a string: its JsonPropertyInfo<string> is one the source-generated contract already uses.")]
    internal static void Customize(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.IsRequired || property.AssociatedParameter is { IsMemberInitializer: false } || property.Get is null)
            {
                continue;
            }

            if (property.PropertyType == typeof(string) && !property.IsGetNullable)
            {
                property.ShouldSerialize = static (_, value) => value is not string { Length: 0 };
            }
            else if (IsList(property))
            {
                property.ShouldSerialize = static (_, value) => value is IEnumerable items && items.GetEnumerator().MoveNext();
            }
        }

        // Nullable annotations do not reach the items of a list, so the serializer would accept [null].
        var lists = typeInfo.Properties.Where(IsList).ToArray();
        if (lists.Length > 0)
        {
            typeInfo.OnDeserialized = value =>
            {
                foreach (var list in lists)
                {
                    if (list.Get!(value) is IEnumerable items && items.Cast<object?>().Any(item => item is null))
                    {
                        throw new JsonException($"la liste « {list.Name} » contient un élément null");
                    }
                }
            };
        }

        if (typeInfo.Type == typeof(Report))
        {
            var schema = typeInfo.CreateJsonPropertyInfo(typeof(string), SchemaPropertyName);
            schema.Set = static (_, _) => { };
            schema.IsGetNullable = true;
            schema.IsSetNullable = true;
            typeInfo.Properties.Insert(0, schema);

            // Written first (the "$schema" above has no getter); a file without it is of format 1.
            var version = typeInfo.CreateJsonPropertyInfo(typeof(int), FormatVersionPropertyName);
            version.Get = static _ => ReportJson.FormatVersion;
            version.Set = static (_, value) => CheckFormatVersion((int)value!);
            typeInfo.Properties.Insert(1, version);
        }
    }
}
