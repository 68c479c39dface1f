using System.Text.Json;

namespace Rdd.Site.Audit;

/// <summary>Writes an audit's report and summary into a content folder, where the next build reads them.</summary>
internal static class AuditWriter
{
    /// <summary>Writes accented letters as they are, so that a person can read the file.</summary>
    private static readonly AuditJson Readable = new(new JsonSerializerOptions(AuditJson.Default.Options) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Writes the report and its summary into the content folder.</summary>
    /// <param name="root">The content folder.</param>
    /// <param name="report">The report.</param>
    /// <param name="summary">The readable summary (Markdown).</param>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static void Write(string root, AuditReport report, string summary)
    {
        File.WriteAllText(Path.Combine(root, AuditReport.FileName), JsonSerializer.Serialize(report, Readable.AuditReport) + "\n");
        File.WriteAllText(Path.Combine(root, AuditReport.SummaryFileName), summary);
    }
}
