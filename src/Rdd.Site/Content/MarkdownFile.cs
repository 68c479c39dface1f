namespace Rdd.Site.Content;

/// <summary>A Markdown file split into its YAML front matter and its body, with the line each starts on.</summary>
internal sealed record MarkdownFile(SourceText Source, string? FrontMatter, int FrontMatterLine, string Body, int BodyLine)
{
    /// <summary>
    /// Splits a file; a front matter opened by « --- » and never closed is reported, and read up to the first blank line
    /// when that is a YAML mapping, else the whole file is read as body.
    /// </summary>
    public static MarkdownFile Split(SourceText source, DiagnosticBag bag)
    {
        var text = source.Text;
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text.TrimEnd() != "---")
        {
            return Make(source, null, 0, text, 1, bag);
        }

        // The closing line is looked for line by line, without splitting the file into strings: the front matter
        // and the body are then each one piece of the text.
        var start = text.IndexOf('\n') + 1;
        for (var i = 1; start > 0 && start <= text.Length; i++)
        {
            var newline = text.IndexOf('\n', start);
            var lineEnd = newline < 0 ? text.Length : newline;
            if (text.AsSpan(start, lineEnd - start).TrimEnd() is "---" or "...")
            {
                var firstLine = text.IndexOf('\n') + 1;
                var yaml = i == 1 ? string.Empty : text[firstLine..(start - 1)];
                var body = newline < 0 ? string.Empty : text[(newline + 1)..];
                return Make(source, yaml, 2, body, i + 2, bag);
            }

            start = newline < 0 ? text.Length + 1 : newline + 1;
        }

        var lines = text.Split('\n');

        bag.Add(ContentDiagnostics.FrontMatterNotClosed, $"L'en-tête de « {source.Path} » commence ligne 1 par « --- » mais n'est jamais fermé par une autre ligne « --- ».", source.At(1, 1));

        // Most often the closing line was forgotten before the blank line that ends the front matter: when the lines up to
        // it are a valid YAML mapping, read them as the front matter, so that the mistake is reported once and not again
        // as a missing title or finalité.
        var blank = Array.FindIndex(lines, 1, l => l.Trim().Length == 0);
        var end = blank < 0 ? lines.Length : blank;
        var candidate = string.Join('\n', lines[1..end]);
        var probe = new DiagnosticBag();
        if (end > 1 && YamlFile.Parse(source, candidate, 2, probe) is YamlDotNet.RepresentationModel.YamlMappingNode && probe.Items.Count == 0)
        {
            return Make(source, candidate, 2, string.Join('\n', lines[end..]), end + 1, bag);
        }

        return Make(source, null, 0, string.Join('\n', lines[1..]), 2, bag);
    }

    /// <summary>The file, with the bullets pasted from a word processor read as a Markdown list (see <see cref="WordBullets"/>).</summary>
    private static MarkdownFile Make(SourceText source, string? frontMatter, int frontMatterLine, string body, int bodyLine, DiagnosticBag bag) =>
        new(source, frontMatter, frontMatterLine, WordBullets.Rewrite(body, source, bodyLine, bag), bodyLine);
}
