namespace Rdd.Site.Content.Editing;

/// <summary>
/// Sets top-level keys of a Markdown file's front matter (the lines between the two « --- »), rewriting only the lines
/// of the key that changes: its line, and the indented or « - » lines of its value. A list keeps its style (« [a, b] »
/// or one « - » line an item); a key set to nothing is removed; a new key is added at the end. Values are quoted by
/// the YAML writer's rules (<see cref="YamlScalars"/>), as in the data files.
/// </summary>
internal sealed class FrontMatterEditor
{
    private readonly List<string> _lines;
    private readonly string _newLine;

    /// <summary>Opens the front matter's lines.</summary>
    /// <param name="yaml">The lines between the two « --- », line endings included.</param>
    /// <param name="newLine">The file's line ending.</param>
    public FrontMatterEditor(string yaml, string newLine)
    {
        var lines = new TextLines(yaml);
        _lines = Enumerable.Range(0, lines.Count).Select(i => lines[i]).ToList();
        _newLine = newLine;
    }

    /// <summary>The front matter's lines as they are now.</summary>
    public string Text => string.Concat(_lines);

    /// <summary>Sets <paramref name="key"/> to <paramref name="value"/>; removes it when the value is absent.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">Its value.</param>
    public void Set(string key, HeaderValue value)
    {
        var (start, end) = Find(key);
        if (value.IsAbsent)
        {
            if (start >= 0)
            {
                _lines.RemoveRange(start, end - start);
            }

            return;
        }

        var blockIndent = start >= 0 && end > start + 1 && BlockItem(_lines[start + 1]) is { } indent ? indent : null;
        var written = value.Items is { } items
            ? blockIndent is null
                ? [key + ": [" + string.Join(", ", items.Select(item => YamlScalars.Text(item, inFlow: true))) + "]" + _newLine]
                : new[] { key + ":" + _newLine }.Concat(items.Select(item => blockIndent + "- " + YamlScalars.Text(item) + _newLine)).ToList()
            : new List<string> { key + ": " + YamlScalars.Text(value.Text!) + _newLine };
        if (start < 0)
        {
            if (_lines.Count > 0 && !_lines[^1].EndsWith('\n') && !_lines[^1].EndsWith('\r'))
            {
                _lines[^1] += _newLine;
            }

            _lines.AddRange(written);
            return;
        }

        _lines.RemoveRange(start, end - start);
        _lines.InsertRange(start, written);
    }

    /// <summary>The lines [start, end) of the top-level key <paramref name="key"/>; (-1, -1) when it is not there.</summary>
    private (int Start, int End) Find(string key)
    {
        var start = _lines.FindIndex(line => line.StartsWith(key, StringComparison.Ordinal) && line.AsSpan(key.Length).TrimStart(' ').StartsWith(":"));
        if (start < 0)
        {
            return (-1, -1);
        }

        var end = start + 1;
        while (end < _lines.Count && (_lines[end].StartsWith(' ') || _lines[end].StartsWith('\t') || BlockItem(_lines[end]) is not null))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>The indentation of a « - item » line; null when the line is not one.</summary>
    private static string? BlockItem(string line)
    {
        var trimmed = line.TrimStart(' ');
        return trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed.TrimEnd('\r', '\n') == "-" ? line[..(line.Length - trimmed.Length)] : null;
    }
}
