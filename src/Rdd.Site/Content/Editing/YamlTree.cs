using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Rdd.Site.Content.Editing;

/// <summary>
/// A node of a YAML text with the characters it spans, built from YamlDotNet's parser events and their marks, so that
/// an edit replaces exactly the characters of the node it changes and nothing else.
/// </summary>
internal abstract class YamlSpan
{
    protected YamlSpan(int start, int end)
    {
        Start = start;
        End = end;
    }

    /// <summary>The index of the node's first character (for a block sequence, its first dash).</summary>
    public int Start { get; }

    /// <summary>
    /// The index just after the node's last character: for a block collection, the end of its last value, without the
    /// comments and blank lines the parser reads before it closes the block.
    /// </summary>
    public int End { get; }
}

/// <summary>A scalar, or an alias (whose value is the anchor's name).</summary>
internal sealed class YamlScalarSpan(int start, int end, string value, ScalarStyle style) : YamlSpan(start, end)
{
    public string Value { get; } = value;

    public ScalarStyle Style { get; } = style;

    /// <summary>Whether the scalar is written as nothing at all (« cle: » followed by the end of the line).</summary>
    public bool IsEmpty => Style == ScalarStyle.Plain && Value.Length == 0;

    /// <summary>Whether the YAML loader reads it as no value (nothing, « ~ », « null »).</summary>
    public bool IsNull => Style == ScalarStyle.Plain && Value is "" or "~" or "null" or "Null" or "NULL";
}

/// <summary>One key of a mapping and its value.</summary>
internal sealed record YamlEntry(YamlScalarSpan Key, YamlSpan Value);

internal sealed class YamlMappingSpan(int start, int end, bool flow, IReadOnlyList<YamlEntry> entries) : YamlSpan(start, end)
{
    public bool Flow { get; } = flow;

    public IReadOnlyList<YamlEntry> Entries { get; } = entries;

    /// <summary>The entry of <paramref name="key"/>, compared as the loader compares keys (<see cref="Keys.Normalize"/>).</summary>
    public YamlEntry? Find(string key)
    {
        var normalized = Keys.Normalize(key);
        return Entries.FirstOrDefault(e => Keys.Normalize(e.Key.Value) == normalized);
    }
}

internal sealed class YamlSequenceSpan(int start, int end, bool flow, IReadOnlyList<YamlSpan> items) : YamlSpan(start, end)
{
    public bool Flow { get; } = flow;

    public IReadOnlyList<YamlSpan> Items { get; } = items;
}

/// <summary>Builds the <see cref="YamlSpan"/> tree of a YAML text's first document.</summary>
internal static class YamlTree
{
    /// <summary>Parses <paramref name="text"/>; false when it is not YAML (the loader reports why).</summary>
    /// <param name="text">The text of a YAML file.</param>
    /// <param name="root">The first document's root; null when the text holds no document (comments only).</param>
    /// <returns>Whether the text could be read.</returns>
    public static bool TryParse(string text, out YamlSpan? root)
    {
        root = null;
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _))
            {
                return true;
            }

            root = Node(parser, text);
            return true;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // The same three ways YamlDotNet fails as in YamlFile.Parse, which turns each into a diagnostic.
            return false;
        }
    }

    private static YamlSpan Node(IParser parser, string text)
    {
        switch (parser.Consume<ParsingEvent>())
        {
            case Scalar scalar:
                return new YamlScalarSpan(Index(scalar.Start), ScalarEnd(scalar, text), scalar.Value, scalar.Style);
            case AnchorAlias alias:
                return new YamlScalarSpan(Index(alias.Start), Index(alias.End), alias.Value.Value, ScalarStyle.Plain);
            case MappingStart mapping:
            {
                var entries = new List<YamlEntry>();
                MappingEnd? close;
                while ((close = Close<MappingEnd>(parser)) is null)
                {
                    var key = Node(parser, text) as YamlScalarSpan
                        ?? throw new YamlException("Only scalar keys can be edited.");
                    var value = Node(parser, text);

                    // An empty value's marks stand at the next token, lines below: it is placed at the end of its key.
                    entries.Add(new YamlEntry(key, value is YamlScalarSpan { IsEmpty: true } ? new YamlScalarSpan(key.End, key.End, string.Empty, ScalarStyle.Plain) : value));
                }

                var flow = mapping.Style == YamlDotNet.Core.Events.MappingStyle.Flow;
                var end = flow || entries.Count == 0 ? FlowEnd(close, text) : entries[^1].Value.End;
                return new YamlMappingSpan(Index(mapping.Start), end, flow, entries);
            }

            case SequenceStart sequence:
            {
                var items = new List<YamlSpan>();
                SequenceEnd? close;
                while ((close = Close<SequenceEnd>(parser)) is null)
                {
                    items.Add(Node(parser, text));
                }

                var flow = sequence.Style == YamlDotNet.Core.Events.SequenceStyle.Flow;
                var end = flow || items.Count == 0 ? FlowEnd(close, text) : items[^1].End;
                return new YamlSequenceSpan(Index(sequence.Start), end, flow, items);
            }

            default:
                throw new YamlException("Unexpected YAML event.");
        }
    }

    private static T? Close<T>(IParser parser)
        where T : ParsingEvent => parser.TryConsume<T>(out var close) ? close : null;

    /// <summary>The index after the « ] » or « } » that closes a flow collection (the closing event's marks stand before it).</summary>
    private static int FlowEnd(ParsingEvent close, string text)
    {
        var end = Index(close.Start);
        return end < text.Length && text[end] is ']' or '}' ? end + 1 : Index(close.End);
    }

    private static int Index(Mark mark) => checked((int)mark.Index);

    /// <summary>A block scalar's end mark is past the line breaks that follow it: its last character is the last one that is not a space or a break.</summary>
    private static int ScalarEnd(Scalar scalar, string text)
    {
        var end = Index(scalar.End);
        if (scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            while (end > Index(scalar.Start) && text[end - 1] is ' ' or '\t' or '\r' or '\n')
            {
                end--;
            }
        }

        return end;
    }
}
