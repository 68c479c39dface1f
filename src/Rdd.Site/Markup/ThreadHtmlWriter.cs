using Markdig;
using Markdig.Syntax;

namespace Rdd.Site.Markup;

/// <summary>
/// Writes a parsed document's HTML into a writer kept by each rendering thread, and copies it once without its last
/// line break (rather than a new string from Markdig, then another from <c>TrimEnd</c>).
/// Measured: docs/performance.md#tampon-html-par-fil, tests/Rdd.Benchmarks/FastPaths/HtmlWriterBenchmarks.cs.
/// </summary>
internal static class ThreadHtmlWriter
{
    [ThreadStatic]
    private static StringWriter? _writer;

    /// <summary>The HTML of <paramref name="document"/>, without its trailing white space.</summary>
    public static string ToHtml(MarkdownDocument document, MarkdownPipeline pipeline)
    {
        var writer = _writer ??= new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var html = writer.GetStringBuilder().Clear();
        // The pipeline lends a renderer it keeps (making one costs more than rendering a short text).
        document.ToHtml(writer, pipeline);
        var length = html.Length;
        while (length > 0 && char.IsWhiteSpace(html[length - 1]))
        {
            length--;
        }

        return html.ToString(0, length);
    }
}
