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
            return new MarkdownFile(source, null, 0, text, 1);
        }

        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new MarkdownFile(source, yaml, 2, body, i + 2);
            }
        }

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
            return new MarkdownFile(source, candidate, 2, string.Join('\n', lines[end..]), end + 1);
        }

        return new MarkdownFile(source, null, 0, string.Join('\n', lines[1..]), 2);
    }
}
