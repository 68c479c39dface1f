using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Validation;

namespace Rdd.Domain.Json;

/// <summary>
/// The canonical JSON form of a <see cref="Report"/>: camelCase names, enums as camelCase strings, dates as
/// <c>2025-01-31</c>, nothing written that reads back as its default, and a JSON Schema that describes it.
/// </summary>
/// <remarks>
/// <para>
/// Writing is deterministic: the same report gives the same text, byte for byte, on every machine (indented by two
/// spaces, <c>\n</c> line ends, properties in declaration order). Reading is strict, since the file is written by
/// people: an unknown property, a duplicate property, a missing required property or a wrong type is an error.
/// The only exception is a top-level <c>"$schema"</c>, which editors use to find the schema and which is ignored.
/// </para>
/// <para>
/// The format has a version, written first as <c>"formatVersion"</c> (<see cref="FormatVersion"/>; a file without it is
/// of format 1). The compatibility promise: within a version, properties are only added, optional; a property removed
/// or renamed, a new required property or a changed meaning makes a new version. So a reader reads last year's files
/// as they are, and next year's with <see cref="JsonReadMode.Tolerant"/>, which leaves out what it does not know with a
/// warning (<see cref="UnknownProperty"/>).
/// </para>
/// <para>Reading never throws on the content: every problem becomes a <see cref="ReadError"/> diagnostic.</para>
/// </remarks>
public static class ReportJson
{
    /// <summary>The <c>$id</c> of the schema; a neutral name, not a URL the library serves.</summary>
    public const string SchemaId = "https://rdd.example/schema/rapport.schema.json";

    private const string SchemaResourceName = "Rdd.Domain.Json.rapport.schema.json";

    private static readonly Lazy<string> EmbeddedSchema = new(ReadEmbeddedSchema);

    /// <summary>RDD1090: the JSON of a report cannot be read.</summary>
    public static DiagnosticDescriptor ReadError { get; } = new(
        "RDD1090", Severity.Error,
        "JSON du rapport illisible",
        "Le fichier JSON du rapport n'est pas conforme au schéma du rapport : texte mal formé, propriété inconnue ou en double, propriété obligatoire manquante, ou valeur d'un type inattendu. Le rapport ne peut pas être lu, donc rien n'est publié.",
        "Corrigez le fichier à la ligne et à la colonne indiquées ; un éditeur qui lit la propriété \"$schema\" (rapport.schema.json) signale ces erreurs pendant la saisie.");

    /// <summary>RDD1091: a property of a report's JSON is unknown to this version, and was left out (tolerant read).</summary>
    public static DiagnosticDescriptor UnknownProperty { get; } = new(
        "RDD1091", Severity.Warning,
        "Propriété JSON inconnue, ignorée",
        "Le fichier JSON du rapport contient une propriété que cette version de Rdd.Domain ne connaît pas, sans doute ajoutée par une version plus récente du format. En lecture tolérante, elle est laissée de côté et le reste du rapport est lu ; ce qu'elle disait n'est pas contrôlé.",
        "Si le fichier vient d'une version plus récente, mettez à jour Rdd.Domain pour lire la propriété ; sinon, corrigez ou supprimez la propriété au chemin JSON indiqué.");

    /// <summary>The version of the format this library writes and reads in full; a file may say an older one.</summary>
    public const int FormatVersion = 1;

    /// <summary>The codes reading a report's JSON may report: <see cref="ReadError"/> and <see cref="UnknownProperty"/>.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = ValueList.Of(ReadError, UnknownProperty);

    /// <summary>The serializer options of the canonical form, read-only; use them to embed a report in other JSON.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The contract of <see cref="Report"/> under <see cref="Options"/>.</summary>
    internal static JsonTypeInfo<Report> ReportTypeInfo { get; } = (JsonTypeInfo<Report>)Options.GetTypeInfo(typeof(Report));

    /// <summary>The JSON Schema (draft 2020-12) of the canonical form, as shipped with the library (<c>rapport.schema.json</c>).</summary>
    public static string Schema => EmbeddedSchema.Value;

    /// <summary>Writes a report in the canonical form.</summary>
    /// <param name="report">The report.</param>
    /// <param name="schemaUri">When given, written first as <c>"$schema"</c>, so that editors validate the file.</param>
    /// <returns>The JSON text, indented, with <c>\n</c> line ends and no final line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Serialize(Report report, string? schemaUri = null) => Encoding.UTF8.GetString(SerializeToUtf8Bytes(report, schemaUri));

    /// <summary>Serializes a report to UTF-8 JSON (indented, the same text as <see cref="Serialize"/>).</summary>
    /// <param name="report">The report.</param>
    /// <param name="schemaUri">When given, written first as <c>"$schema"</c> so that editors validate the file.</param>
    /// <returns>The JSON text in UTF-8, without byte-order mark.</returns>
    public static byte[] SerializeToUtf8Bytes(Report report, string? schemaUri = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (schemaUri is null)
        {
            return JsonSerializer.SerializeToUtf8Bytes(report, ReportTypeInfo);
        }

        return SchemaPrefixedJson.Serialize(report, schemaUri, ReportTypeInfo);
    }

    /// <summary>Reads a report from JSON text. Never throws on the content.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="path">The file's path, for the diagnostics' location; without it, a location has an empty path.</param>
    /// <param name="mode">Whether an unknown property fails the read (the default) or is left out with a warning.</param>
    /// <returns>The report and where its elements stand (<see cref="JsonReadResult.Sources"/>), or the diagnostics that say why it could not be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static JsonReadResult Deserialize(string json, string? path = null, JsonReadMode mode = JsonReadMode.Strict)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Deserialize(Encoding.UTF8.GetBytes(json), path, mode);
    }

    /// <summary>Reads a report from UTF-8 JSON, with or without a byte-order mark. Never throws on the content.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <param name="path">The file's path, for the diagnostics' location; without it, a location has an empty path.</param>
    /// <param name="mode">Whether an unknown property fails the read (the default) or is left out with a warning.</param>
    /// <returns>The report and where its elements stand (<see cref="JsonReadResult.Sources"/>), or the diagnostics that say why it could not be read.</returns>
    public static JsonReadResult Deserialize(ReadOnlySpan<byte> utf8Json, string? path = null, JsonReadMode mode = JsonReadMode.Strict)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        if (mode == JsonReadMode.Tolerant)
        {
            return DeserializeTolerant(utf8Json, path);
        }

        Report? report;
        try
        {
            report = JsonSerializer.Deserialize(utf8Json, ReportTypeInfo);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or ArgumentException or FormatException or OverflowException)
        {
            return Failure(JsonReadErrors.Describe(exception), JsonReadErrors.Locate(exception, utf8Json, path));
        }

        return report is null
            ? Failure("le document vaut null au lieu de décrire un rapport.", Locate(path, 1, 1))
            : new JsonReadResult(report, [], JsonPaths.SourcesOf(report, path));
    }

    /// <summary>Reads a report from a stream of UTF-8 JSON, to its end. Never throws on the content.</summary>
    /// <param name="utf8Json">The stream; it is read but not closed.</param>
    /// <param name="path">The file's path, for the diagnostics' location; without it, a location has an empty path.</param>
    /// <param name="mode">Whether an unknown property fails the read (the default) or is left out with a warning.</param>
    /// <returns>The report and where its elements stand (<see cref="JsonReadResult.Sources"/>), or the diagnostics that say why it could not be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static JsonReadResult Deserialize(Stream utf8Json, string? path = null, JsonReadMode mode = JsonReadMode.Strict)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var copy = new MemoryStream();
        utf8Json.CopyTo(copy);
        return Deserialize(copy.GetBuffer().AsSpan(0, (int)copy.Length), path, mode);
    }

    /// <summary>
    /// Parses the document, leaves out what the contract does not know (with a warning each, and a newer format's
    /// version), then reads what remains strictly: its errors are those of the strict read, located by JSON path.
    /// </summary>
    private static JsonReadResult DeserializeTolerant(ReadOnlySpan<byte> utf8Json, string? path)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(utf8Json, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException exception)
        {
            return Failure(JsonReadErrors.Describe(exception), JsonReadErrors.Locate(exception, utf8Json, path));
        }

        var removed = new List<string>();
        JsonPaths.Prune(node, ReportTypeInfo, "$", removed);
        var warnings = removed.Select(jsonPath => UnknownProperty.Create(
            $"La propriété « {jsonPath} » est inconnue de cette version de Rdd.Domain (format {FormatVersion}) : elle est ignorée.",
            ElementRef.ReportItself,
            new SourceLocation(path ?? string.Empty) { JsonPath = jsonPath })).ToList();
        if (node is JsonObject root && root[JsonContract.FormatVersionPropertyName] is JsonValue version
            && version.TryGetValue<int>(out var number) && number > FormatVersion)
        {
            // A newer format read tolerantly: what this version knows of it is read, the rest was left out above.
            warnings.Insert(0, UnknownProperty.Create(
                $"Le fichier est au format {number}, plus récent que le format {FormatVersion} de cette version de Rdd.Domain : ce que ce format ajoute est ignoré.",
                ElementRef.ReportItself,
                new SourceLocation(path ?? string.Empty) { JsonPath = "$." + JsonContract.FormatVersionPropertyName }));
            root[JsonContract.FormatVersionPropertyName] = FormatVersion;
        }

        var read = Deserialize(Encoding.UTF8.GetBytes(node?.ToJsonString() ?? "null"), path);
        // The lines of the strict read's errors are those of the pruned text, not of the file: their JSON path locates them.
        var errors = read.Diagnostics.Select(d => d.Location is { JsonPath: not null } location ? d with { Location = location with { Line = 0, Column = 0 } } : d);
        return new JsonReadResult(read.Report, [.. warnings, .. errors], read.Sources);
    }

    /// <summary>Generates the JSON Schema of the canonical form from the model, as <see cref="Schema"/> should hold it.</summary>
    /// <returns>The schema text, indented, ending with a line end.</returns>
    public static string GenerateSchema() => ReportSchema.Generate(Options);

    private static JsonReadResult Failure(string message, SourceLocation? location) =>
        new(null, [ReadError.Create("JSON du rapport illisible : " + message, ElementRef.ReportItself, location)]);

    private static SourceLocation? Locate(string? path, int line, int column) => path is null ? null : new SourceLocation(path, line, column);

    /// <summary>
    /// The settings and converters declared once, on <see cref="RddJsonContext"/> (the source generator needs them
    /// there); what an attribute cannot hold is added here: the encoder and the contract adjustments.
    /// </summary>
    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(RddJsonContext.Default.Options)
        {
            // The files are read and written by French authors: accents and quotes stay as typed. The relaxed encoder
            // only matters when JSON is pasted into HTML, which this form is not meant for.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = RddJsonContext.Default.WithAddedModifier(JsonContract.Customize),
        };
        options.MakeReadOnly();
        return options;
    }

    private static string ReadEmbeddedSchema()
    {
        using var stream = typeof(ReportJson).Assembly.GetManifestResourceStream(SchemaResourceName)
            ?? throw new InvalidOperationException($"The resource {SchemaResourceName} is missing from {typeof(ReportJson).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
