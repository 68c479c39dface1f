using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
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

    /// <summary>The serializer options of the canonical form, read-only; use them to embed a report in other JSON.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The contract of <see cref="Report"/> under <see cref="Options"/>.</summary>
    public static JsonTypeInfo<Report> ReportTypeInfo { get; } = (JsonTypeInfo<Report>)Options.GetTypeInfo(typeof(Report));

    /// <summary>
    /// Builds now the contract of <see cref="Report"/> and of every type under it, which the first serialization
    /// would otherwise build: hundreds of small generic methods the runtime compiles on first use, even in a
    /// precompiled (ReadyToRun) program. A tool that will write JSON later can call it on an idle thread at start.
    /// </summary>
    public static void PrepareContract()
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([typeof(Report)]);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            var info = Options.GetTypeInfo(type);
            if (info.ElementType is { } element)
            {
                pending.Push(element);
            }

            if (info.Kind == JsonTypeInfoKind.Object)
            {
                foreach (var property in info.Properties)
                {
                    pending.Push(property.PropertyType);
                }
            }
        }
    }

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

        // The report is an object with required properties, written « {\n  "authority": … »: "$schema" goes in front of
        // its first property, as the indented writer would have put it, without reading the document back. The
        // serializer writes into a buffer sized for the report at once, after the « { » and "$schema" already there.
        var property = Encoding.UTF8.GetBytes($"{{\n  \"{JsonContract.SchemaPropertyName}\": \"").Concat(JsonEncodedText.Encode(schemaUri, Options.Encoder).EncodedUtf8Bytes.ToArray()).Concat("\","u8.ToArray()).ToArray();
        using var buffer = new MemoryStream(EstimatedSize(report));
        buffer.Write(property);
        using (var rest = new SkipFirstByte(buffer))
        {
            JsonSerializer.Serialize(rest, report, ReportTypeInfo);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// A little more than the size of a report's JSON: its texts, and room for the rest (an estimate a little short
    /// would have the buffer doubled, a large array allocated and copied for a few bytes).
    /// </summary>
    private static int EstimatedSize(Report report)
    {
        long size = 64 * 1024;
        foreach (var placed in report.AllActions())
        {
            size += (placed.Action.Body.Length * 23L / 20) + 768;
        }

        return (int)Math.Min(size, int.MaxValue / 2);
    }

    /// <summary>Writes to another stream all but the first byte written (the « { » of the serialized report).</summary>
    private sealed class SkipFirstByte(Stream inner) : Stream
    {
        private bool _skipped;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (!_skipped && buffer.Length > 0)
            {
                _skipped = true;
                buffer = buffer[1..];
            }

            inner.Write(buffer);
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>Reads a report from JSON text. Never throws on the content.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="path">The file's path, for the diagnostics' location; without it, a location has an empty path.</param>
    /// <returns>The report, or the diagnostics that say why it could not be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static JsonReadResult Deserialize(string json, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Deserialize(Encoding.UTF8.GetBytes(json), path);
    }

    /// <summary>Reads a report from UTF-8 JSON, with or without a byte-order mark. Never throws on the content.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <param name="path">The file's path, for the diagnostics' location; without it, a location has an empty path.</param>
    /// <returns>The report, or the diagnostics that say why it could not be read.</returns>
    public static JsonReadResult Deserialize(ReadOnlySpan<byte> utf8Json, string? path = null)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
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
            : new JsonReadResult(report, []);
    }

    /// <summary>Reads a report from a stream of UTF-8 JSON, to its end. Never throws on the content.</summary>
    /// <param name="utf8Json">The stream; it is read but not closed.</param>
    /// <param name="path">The file's path, for the diagnostics' location; without it, a location has an empty path.</param>
    /// <returns>The report, or the diagnostics that say why it could not be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static JsonReadResult Deserialize(Stream utf8Json, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var copy = new MemoryStream();
        utf8Json.CopyTo(copy);
        return Deserialize(copy.GetBuffer().AsSpan(0, (int)copy.Length), path);
    }

    /// <summary>Generates the JSON Schema of the canonical form from the model, as <see cref="Schema"/> should hold it.</summary>
    /// <returns>The schema text, indented, ending with a line end.</returns>
    public static string GenerateSchema() => ReportSchema.Generate(Options);

    private static JsonReadResult Failure(string message, SourceLocation? location) =>
        new(null, [ReadError.Create("JSON du rapport illisible : " + message, ElementRef.ReportItself, location)]);

    private static SourceLocation? Locate(string? path, int line, int column) => path is null ? null : new SourceLocation(path, line, column);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowDuplicateProperties = false,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",

            // The files are read and written by French authors: accents and quotes stay as typed. The relaxed encoder
            // only matters when JSON is pasted into HTML, which this form is not meant for.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters =
            {
                LocalDateConverter.Iso,
                new BudgetAmountConverter(),
                new CamelCaseEnumConverter<AuthorityKind>(),
                new CamelCaseEnumConverter<AuthorityArticle>(),
                new CamelCaseEnumConverter<PartKind>(),
                new CamelCaseEnumConverter<Progress>(),
                new CamelCaseEnumConverter<Approximation>(),
                new CamelCaseEnumConverter<Change>(),
                new CamelCaseEnumConverter<EnvironmentalAxis>(),
                new CamelCaseEnumConverter<GreenRating>(),
            },
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
