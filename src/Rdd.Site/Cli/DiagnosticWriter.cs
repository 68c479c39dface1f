using System.Text.Json;
using Rdd.Domain.Validation;
using Rdd.Site.Text;

namespace Rdd.Site.Cli;

/// <summary>Prints diagnostics for people (MSBuild convention), for programs (JSON) or for GitHub Actions (annotations).</summary>
internal static class DiagnosticWriter
{
    public static string PathOf(string contentRoot, SourceLocation location)
    {
        var combined = location.Path == "." ? contentRoot : Path.Combine(contentRoot, location.Path);
        return combined.Replace('\\', '/');
    }

    public static void WriteText(TextWriter output, string contentRoot, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            var where = d.Location is null ? contentRoot.Replace('\\', '/') : (d.Location with { Path = PathOf(contentRoot, d.Location) }).ToString();
            output.WriteLine($"{where}: {d.Severity.Keyword()} {d.Code}: {d.Message}");
        }
    }

    public static void WriteGitHub(TextWriter output, string contentRoot, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            var command = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
            var properties = new List<string>();
            if (d.Location is { } location)
            {
                properties.Add("file=" + EscapeProperty(PathOf(contentRoot, location)));
                if (location.Line > 0)
                {
                    properties.Add($"line={location.Line}");
                }

                if (location.Column > 0)
                {
                    properties.Add($"col={location.Column}");
                }
            }

            properties.Add("title=" + EscapeProperty(d.Code));
            output.WriteLine($"::{command} {string.Join(',', properties)}::{EscapeData(d.Message)}");
        }
    }

    public static void WriteJson(Stream output, string contentRoot, ValidationResult result)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteNumber("errors", result.Count(Severity.Error));
        writer.WriteNumber("warnings", result.Count(Severity.Warning));
        writer.WriteNumber("infos", result.Count(Severity.Info));
        writer.WriteStartArray("diagnostics");
        foreach (var d in result.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("code", d.Code);
            writer.WriteString("severity", d.Severity.Keyword());
            writer.WriteString("message", d.Message);
            if (d.Location is { } location)
            {
                writer.WriteString("file", PathOf(contentRoot, location));
                if (location.Line > 0)
                {
                    writer.WriteNumber("line", location.Line);
                }

                if (location.Column > 0)
                {
                    writer.WriteNumber("column", location.Column);
                }
            }

            if (d.Element is { } element)
            {
                writer.WriteString("element", element.ToString());
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        output.WriteByte((byte)'\n');
    }

    public static string Summary(ValidationResult result)
    {
        var errors = result.Count(Severity.Error);
        var warnings = result.Count(Severity.Warning);
        var infos = result.Count(Severity.Info);
        return $"{FrenchCount.Of(errors, "erreur", "erreurs")}, {FrenchCount.Of(warnings, "avertissement", "avertissements")}, {FrenchCount.Of(infos, "information", "informations")}.";
    }

    private static string EscapeData(string text) => text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string text) => EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
