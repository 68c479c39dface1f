using System.Text;
using YamlDotNet.Core;

namespace Rdd.Site.Content.Editing;

/// <summary>
/// A YAML file's text and the span of each of its nodes; each edit returns the new text, in which only the lines of the
/// edited node differ: comments, blank lines, the quoting of untouched values, the order of keys and the line endings
/// are kept byte for byte. The editor's forms and any other writer of data files go through it.
/// </summary>
internal sealed class YamlEditor
{
    private readonly string _eol;

    private YamlEditor(string text, YamlSpan? root)
    {
        Text = text;
        Root = root;
        _eol = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
    }

    /// <summary>The text the spans refer to.</summary>
    public string Text { get; }

    /// <summary>The root node; null for a file with comments only.</summary>
    public YamlSpan? Root { get; }

    /// <summary>Reads <paramref name="text"/>; null when it is not YAML (the loader's diagnostic says why).</summary>
    /// <param name="text">The text of a YAML file.</param>
    /// <returns>The document, or null.</returns>
    public static YamlEditor? Parse(string text) => YamlTree.TryParse(text, out var root) ? new YamlEditor(text, root) : null;

    /// <summary>The node at <paramref name="path"/>; null when a step leads nowhere.</summary>
    /// <param name="path">The keys and item indexes from the root.</param>
    /// <returns>The node, or null.</returns>
    public YamlSpan? Find(IReadOnlyList<YamlStep> path)
    {
        var node = Root;
        foreach (var step in path)
        {
            node = (node, step.Key) switch
            {
                (YamlMappingSpan mapping, { } key) => mapping.Find(key)?.Value,
                (YamlSequenceSpan sequence, null) when step.Index < sequence.Items.Count => sequence.Items[step.Index],
                _ => null,
            };
        }

        return node;
    }

    /// <summary>The text of the scalar at <paramref name="path"/>; null when it is absent, empty, « ~ » or not a scalar.</summary>
    /// <param name="path">The keys and item indexes from the root.</param>
    /// <returns>The value as YAML reads it.</returns>
    public string? Scalar(IReadOnlyList<YamlStep> path) => Find(path) is YamlScalarSpan { IsNull: false } scalar ? scalar.Value : null;

    /// <summary>
    /// Writes <paramref name="value"/> at <paramref name="path"/>: in place of the value when the key exists; else as a
    /// new key, after the keys that come before it in <paramref name="order"/>, and inside new blocks when the mappings
    /// that lead to it are missing.
    /// </summary>
    /// <param name="path">The keys and item indexes from the root; the last step is a key, or the index of an existing item.</param>
    /// <param name="value">The value to write.</param>
    /// <param name="order">The keys of the mapping in the order of the format (the shape's fields), for a new key.</param>
    /// <returns>The new text.</returns>
    /// <exception cref="ArgumentException">A step goes through a scalar or an item that does not exist, or into a mapping written on one line.</exception>
    public string Set(IReadOnlyList<YamlStep> path, YamlValue value, IReadOnlyList<string>? order = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(path.Count);
        var last = path[^1];
        var parent = Find(path.Take(path.Count - 1).ToList());
        if (last.Key is null)
        {
            var sequence = parent as YamlSequenceSpan ?? throw new ArgumentException($"No sequence at {Describe(path)}.", nameof(path));
            var item = last.Index < sequence.Items.Count ? sequence.Items[last.Index] : throw new ArgumentException($"No item at {Describe(path)}.", nameof(path));
            return Replace(item, item, value, Indentation(Dash(item)));
        }

        if (parent is null && path.Count > 1)
        {
            // The mapping that holds the key is missing: write it with the key inside.
            return Set(path.Take(path.Count - 1).ToList(), new YamlValue.Mapping([(last.Key, value)]));
        }

        if (parent is null && Root is null)
        {
            return AppendToEmpty(last.Key, value);
        }

        var mapping = parent as YamlMappingSpan ?? throw new ArgumentException($"No mapping at {Describe(path)}.", nameof(path));
        return mapping.Find(last.Key) is { } entry
            ? Replace(entry.Key, entry.Value, value, Indentation(entry.Key.Start))
            : AddKey(mapping, last.Key, value, order);
    }

    /// <summary>Removes the key or the item at <paramref name="path"/> with its lines; the text unchanged when it is absent.</summary>
    /// <param name="path">The keys and item indexes from the root.</param>
    /// <returns>The new text.</returns>
    /// <exception cref="ArgumentException">The key is in a mapping written on one line.</exception>
    public string Remove(IReadOnlyList<YamlStep> path)
    {
        ArgumentOutOfRangeException.ThrowIfZero(path.Count);
        var last = path[^1];
        var parentPath = path.Take(path.Count - 1).ToList();
        switch (Find(parentPath), last.Key)
        {
            case (YamlMappingSpan mapping, { } key) when mapping.Find(key) is { } entry:
                return RemoveEntry(mapping, entry, path);
            case (YamlSequenceSpan sequence, null) when last.Index < sequence.Items.Count:
                return RemoveItem(sequence, last.Index, parentPath);
            default:
                return Text;
        }
    }

    /// <summary>Adds an item to the sequence at <paramref name="path"/>, before the item at <paramref name="index"/> or at the end; creates the sequence when the key is absent or empty.</summary>
    /// <param name="path">The keys and item indexes of the sequence from the root.</param>
    /// <param name="item">The item (a <see cref="YamlValue.Mapping"/> for a row).</param>
    /// <param name="index">Where to insert it; null for the end.</param>
    /// <param name="order">The keys of the mapping that holds the sequence, in the order of the format, for a new key.</param>
    /// <returns>The new text.</returns>
    /// <exception cref="ArgumentException">The path leads to something else than a sequence, or a row is added to a list written on one line.</exception>
    public string Add(IReadOnlyList<YamlStep> path, YamlValue item, int? index = null, IReadOnlyList<string>? order = null)
    {
        switch (Find(path))
        {
            case null:
            case YamlScalarSpan { IsNull: true }:
            case YamlSequenceSpan { Items.Count: 0 }:
                return Set(path, new YamlValue.Rows([item]), order);
            case YamlSequenceSpan { Flow: true } flow when item is YamlValue.Text or YamlValue.Typed:
                var items = flow.Items.Select(Raw).ToList();
                items.Insert(Math.Min(index ?? items.Count, items.Count), Scalar(item, inFlow: true, singleQuoted: false, indent: 0));
                return Splice(flow.Start, flow.End, "[" + string.Join(", ", items) + "]");
            case YamlSequenceSpan { Flow: false } sequence:
                var dash = Indentation(Dash(sequence.Items[0]));
                var line = new string(' ', dash) + ItemText(item, dash) + _eol;
                return index is { } i && i < sequence.Items.Count
                    ? Splice(LineStart(Dash(sequence.Items[i])), LineStart(Dash(sequence.Items[i])), line)
                    : InsertAfterLine(sequence.Items[^1].End, line);
            default:
                throw new ArgumentException($"No list of rows at {Describe(path)}.", nameof(path));
        }
    }

    /// <summary>Moves the item <paramref name="from"/> of the sequence at <paramref name="path"/> to the place <paramref name="to"/>, with its lines.</summary>
    /// <param name="path">The keys and item indexes of the sequence from the root.</param>
    /// <param name="from">The item's index.</param>
    /// <param name="to">Its index once moved.</param>
    /// <returns>The new text.</returns>
    /// <exception cref="ArgumentException">There is no sequence at the path or no such item.</exception>
    public string Move(IReadOnlyList<YamlStep> path, int from, int to)
    {
        var sequence = Find(path) as YamlSequenceSpan ?? throw new ArgumentException($"No sequence at {Describe(path)}.", nameof(path));
        var count = sequence.Items.Count;
        if (from < 0 || from >= count || to < 0 || to >= count)
        {
            throw new ArgumentException($"No item {from} or {to} in the {count} items at {Describe(path)}.", nameof(to));
        }

        if (from == to)
        {
            return Text;
        }

        if (sequence.Flow)
        {
            var items = sequence.Items.Select(Raw).ToList();
            var moved = items[from];
            items.RemoveAt(from);
            items.Insert(to, moved);
            return Splice(sequence.Start, sequence.End, "[" + string.Join(", ", items) + "]");
        }

        var text = WithFinalBreak(out var added);
        var start = LineStart(Dash(sequence.Items[from]));
        var end = NextLineStart(text, sequence.Items[from].End);
        var chunk = text[start..end];
        var at = to > from ? NextLineStart(text, sequence.Items[to].End) : LineStart(Dash(sequence.Items[to]));
        var result = to > from
            ? text[..start] + text[end..at] + chunk + text[at..]
            : text[..at] + chunk + text[at..start] + text[end..];
        return added ? result[..^_eol.Length] : result;
    }

    private string Replace(YamlSpan key, YamlSpan old, YamlValue value, int keyIndent)
    {
        var block = value is YamlValue.Mapping or YamlValue.Rows { Items.Count: > 0 };
        switch (old)
        {
            case YamlScalarSpan { IsEmpty: true } when key != old:
                // « cle:   # commentaire »: the value goes after the colon, a block of lines after the comment.
                var colon = Text.IndexOf(':', key.End);
                if (block)
                {
                    return InsertAfterLine(colon, AfterKey(value, keyIndent)[_eol.Length..] + _eol);
                }

                var spaces = colon + 1;
                while (spaces < Text.Length && Text[spaces] is ' ' or '\t')
                {
                    spaces++;
                }

                var comment = spaces < Text.Length && Text[spaces] == '#' ? " " : string.Empty;
                return Splice(colon + 1, spaces, AfterKey(value, keyIndent) + comment);
            case YamlScalarSpan or YamlMappingSpan { Flow: true } or YamlSequenceSpan { Flow: true } when !block:
                return Splice(old.Start, old.End, AfterKey(value, keyIndent, old)[1..]);
            default:
                // A block replaced, or a block written in place of a value: from the end of the key (or the dash).
                var from = key == old ? Dash(old) + 1 : Text.IndexOf(':', key.End) + 1;
                return Splice(from, old.End, AfterKey(value, keyIndent, old));
        }
    }

    private string AddKey(YamlMappingSpan mapping, string key, YamlValue value, IReadOnlyList<string>? order)
    {
        if (mapping.Flow || mapping.Entries.Count == 0)
        {
            throw new ArgumentException($"The mapping at {mapping.Start} is written on one line: the editor does not add keys to it.", nameof(mapping));
        }

        var indent = Indentation(mapping.Entries[0].Key.Start);
        var rank = Rank(order, key);
        var before = mapping.Entries.LastOrDefault(e => Rank(order, e.Key.Value) <= rank);
        var written = key + ":" + AfterKey(value, indent);
        return before is not null
            ? InsertAfterLine(before.Value.End, new string(' ', indent) + written + _eol)
            : Splice(mapping.Entries[0].Key.Start, mapping.Entries[0].Key.Start, written + _eol + new string(' ', indent));
    }

    private string AppendToEmpty(string key, YamlValue value)
    {
        var separator = Text.Length == 0 || Text.EndsWith('\n') ? string.Empty : _eol;
        return Text + separator + key + ":" + AfterKey(value, 0) + _eol;
    }

    private string RemoveEntry(YamlMappingSpan mapping, YamlEntry entry, IReadOnlyList<YamlStep> path)
    {
        if (mapping.Flow)
        {
            throw new ArgumentException($"The mapping at {Describe(path)} is written on one line: the editor does not remove keys from it.", nameof(path));
        }

        var first = mapping.Entries[0] == entry;
        if (first && !string.IsNullOrWhiteSpace(Text[LineStart(entry.Key.Start)..entry.Key.Start]))
        {
            // The key stands after the item's dash: the next key takes its place on that line.
            return mapping.Entries.Count > 1
                ? Splice(entry.Key.Start, mapping.Entries[1].Key.Start, string.Empty)
                : Splice(entry.Key.Start, entry.Value.End, "{}");
        }

        return RemoveLines(entry.Key.Start, entry.Value.End);
    }

    private string RemoveItem(YamlSequenceSpan sequence, int index, IReadOnlyList<YamlStep> path)
    {
        if (sequence.Flow)
        {
            return Splice(sequence.Start, sequence.End, "[" + string.Join(", ", sequence.Items.Where((_, i) => i != index).Select(Raw)) + "]");
        }

        if (sequence.Items.Count == 1 && path.Count > 0 && path[^1].Key is { } key
            && Find(path.Take(path.Count - 1).ToList()) is YamlMappingSpan parent && parent.Find(key) is { } entry)
        {
            // The last row goes: « cle: [] » says that the list is empty, where « cle: » would say that it is missing.
            return Splice(Text.IndexOf(':', entry.Key.End) + 1, sequence.End, " []");
        }

        return RemoveLines(Dash(sequence.Items[index]), sequence.Items[index].End);
    }

    private string RemoveLines(int start, int end)
    {
        var text = WithFinalBreak(out var added);
        var result = text[..LineStart(start)] + text[NextLineStart(text, end)..];
        return added && result.EndsWith(_eol, StringComparison.Ordinal) ? result[..^_eol.Length] : result;
    }

    /// <summary>What follows « cle: » (or « - »): a space and the value, or the lines of a block.</summary>
    private string AfterKey(YamlValue value, int keyIndent, YamlSpan? old = null)
    {
        var inner = keyIndent + 2;
        var indent = new string(' ', inner);
        switch (value)
        {
            case YamlValue.Mapping mapping:
                return _eol + string.Join(_eol, mapping.Entries.Select(e => indent + e.Key + ":" + AfterKey(e.Value, inner)));
            case YamlValue.Empty:
                return string.Empty;
            case YamlValue.Rows { Items.Count: 0 }:
                return " []";
            case YamlValue.Rows rows:
                return _eol + string.Join(_eol, rows.Items.Select(i => indent + ItemText(i, inner)));
            case YamlValue.List list:
                return " [" + string.Join(", ", list.Items.Select(i => YamlScalars.Text(i, inFlow: true))) + "]";
            case YamlValue.YearValues { Points.Count: 0 }:
                return " {}";
            case YamlValue.YearValues years:
                return " { " + string.Join(", ", years.Points.Select(p => YamlScalars.Typed(p.Year, inFlow: true) + ": " + YamlScalars.Typed(p.Value, inFlow: true))) + " }";
            default:
                return " " + Scalar(value, inFlow: false, singleQuoted: old is YamlScalarSpan { Style: ScalarStyle.SingleQuoted }, indent: inner);
        }
    }

    private string Scalar(YamlValue value, bool inFlow, bool singleQuoted, int indent) => value switch
    {
        YamlValue.Text text when !inFlow && YamlScalars.CanBeLiteral(text.Value) =>
            (text.Value.EndsWith('\n') ? "|" : "|-") + _eol
            + string.Join(_eol, text.Value.TrimEnd('\n').Split('\n').Select(l => l.Length == 0 ? l : new string(' ', indent) + l)),
        YamlValue.Text text => YamlScalars.Text(text.Value, inFlow, singleQuoted),
        YamlValue.Typed typed => YamlScalars.Typed(typed.Value, inFlow),
        _ => throw new ArgumentException($"{value.GetType().Name} is not a scalar.", nameof(value)),
    };

    /// <summary>An item of a block sequence, from its dash: « - id: x », then the other keys under the first one.</summary>
    private string ItemText(YamlValue item, int dashIndent)
    {
        if (item is not YamlValue.Mapping { Entries.Count: > 0 } mapping)
        {
            return "-" + AfterKey(item is YamlValue.Mapping ? new YamlValue.Text("{}") : item, dashIndent);
        }

        var lines = AfterKey(mapping, dashIndent);
        return "- " + lines[(_eol.Length + dashIndent + 2)..];
    }

    private static int Rank(IReadOnlyList<string>? order, string key)
    {
        var normalized = Keys.Normalize(key);
        var index = order?.Select(Keys.Normalize).ToList().IndexOf(normalized) ?? -1;
        return index < 0 ? int.MaxValue : index;
    }

    private string Raw(YamlSpan node) => Text[node.Start..node.End];

    /// <summary>The index of an item's dash: the « - » before its first character.</summary>
    private int Dash(YamlSpan item)
    {
        var i = item.Start;
        while (i > 0 && Text[i] != '-')
        {
            i--;
        }

        return i;
    }

    private int Indentation(int index) => index - LineStart(index);

    private int LineStart(int index) => index == 0 ? 0 : Text.LastIndexOf('\n', index - 1) + 1;

    private static int NextLineStart(string text, int index)
    {
        var next = text.IndexOf('\n', index);
        return next < 0 ? text.Length : next + 1;
    }

    /// <summary>Inserts whole lines after the line that holds <paramref name="index"/>.</summary>
    private string InsertAfterLine(int index, string lines)
    {
        var text = WithFinalBreak(out var added);
        var at = NextLineStart(text, index);
        var result = text[..at] + lines + text[at..];
        return added ? result[..^_eol.Length] : result;
    }

    /// <summary>The text with a line break at its end, so that every line can be moved or removed with its break.</summary>
    private string WithFinalBreak(out bool added)
    {
        added = Text.Length > 0 && !Text.EndsWith('\n');
        return added ? Text + _eol : Text;
    }

    private string Splice(int start, int end, string replacement) =>
        new StringBuilder(Text.Length + replacement.Length).Append(Text, 0, start).Append(replacement).Append(Text, end, Text.Length - end).ToString();

    private static string Describe(IReadOnlyList<YamlStep> path) => string.Join('.', path);
}
