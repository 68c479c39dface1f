using System.Text;
using System.Text.RegularExpressions;

namespace Rdd.Site.Import;

/// <summary>Writes a document's text as Markdown that reads back as the same text: the characters Markdown would take for syntax are escaped.</summary>
internal static partial class MarkdownEscape
{
    /// <summary>Escapes the inline syntax (emphasis, links, code, raw HTML, table cells, the site's extra emphasis).</summary>
    public static string Inline(string text)
    {
        StringBuilder? escaped = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var escape = c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '~' or '^' or '|' or '{' or '}'
                || (c == '&' && Entity().IsMatch(text.AsSpan(i)));
            if (escape && escaped is null)
            {
                escaped = new StringBuilder(text.Length + 8).Append(text, 0, i);
            }

            if (escape)
            {
                escaped!.Append('\\');
            }

            escaped?.Append(c);
        }

        return escaped?.ToString() ?? text;
    }

    /// <summary>
    /// Escapes what would start a block at the beginning of a line (a heading, a quote, a list item, a thematic break,
    /// a setext underline), and removes the indentation that would make a line code.
    /// </summary>
    public static string LineStarts(string markdown) => string.Join('\n', markdown.Split('\n').Select(line =>
    {
        var trimmed = line.TrimStart(' ', '\t', '\u00a0');
        if (BlockStart().Match(trimmed) is not { Success: true } match)
        {
            return trimmed;
        }

        var marker = match.Groups.Values.Skip(1).First(g => g.Success);
        return trimmed.Insert(marker.Index, "\\");
    }));

    [GeneratedRegex(@"^&#?[A-Za-z0-9]+;")]
    private static partial Regex Entity();

    /// <summary>A block marker: « > », hashes, dashes, « + » or « = » before a space, or the « . » or « ) » after a number.</summary>
    [GeneratedRegex(@"^(?:(>)|(#{1,6}|[-+=]+)(?=\s|$)|\d{1,9}([.)])(?=\s|$))")]
    private static partial Regex BlockStart();
}
