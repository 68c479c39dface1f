using System.Text;

namespace Rdd.Site.Rendering;

/// <summary>
/// Rewrites a rendered page's UTF-8 HTML, in place, with a non-breaking space (« &amp;#xA0; ») wherever French
/// typography asks for one: where a plain space stands before « : ; ! ? » and « », after « «, between « n° » and its
/// number and between a number and « % » or « € ». Generated sentences and the author's text alike, typed with ordinary
/// spaces, never break a line before a colon or leave a guillemet alone at the start of a line.
/// Measured: docs/performance.md#espacement-francais, tests/Rdd.Benchmarks/FastPaths/FrenchSpacingBenchmarks.cs;
/// tested against the plain version, character by character (tests/Rdd.Site.Tests/Performance/PlainFrenchSpacing.cs).
/// </summary>
/// <remarks>
/// Only text between tags changes: tags and their attributes stay as they are, and so does everything inside
/// <c>pre</c>, <c>code</c>, <c>kbd</c>, <c>samp</c>, <c>script</c>, <c>style</c> and <c>textarea</c>, where a space is
/// what the author typed or part of a program. The page is rendered whole into its buffer, then read once: a vectorised
/// search jumps from one byte that can stand next to such a space (or start a tag) to the next, rather than stopping at
/// every space or following every write of the renderer; the spaces found are then widened from the end of the buffer
/// backwards, each byte moved once.
/// </remarks>
internal static class FrenchSpacing
{
    private static ReadOnlySpan<byte> NoBreakSpace => "&#xA0;"u8;

    /// <summary>
    /// The bytes next to which a space may have to be non-breaking — « : ; ! ? % », the first byte of « « », « » » and
    /// « ° » (0xC2) and of « € » (0xE2) in UTF-8 — and « &lt; », which starts a tag.
    /// </summary>
    private static readonly MarkFinder Marks = new("<:;!?%"u8, 0xC2, 0xE2);

    /// <summary>Makes non-breaking, in <paramref name="page"/> (a page's HTML in UTF-8, from its start to its length), the spaces French typography wants so.</summary>
    /// <param name="page">The page, rewritten in place; its length grows by five bytes for each space made non-breaking.</param>
    public static void Apply(MemoryStream page)
    {
        var length = (int)page.Length;
        var spaces = new List<int>();
        FindSpaces(page.GetBuffer().AsSpan(0, length), spaces);
        if (spaces.Count == 0)
        {
            return;
        }

        var spaced = length + (spaces.Count * (NoBreakSpace.Length - 1));
        if (spaced > page.Capacity)
        {
            page.Capacity = spaced;
        }

        page.SetLength(spaced);
        Widen(page.GetBuffer().AsSpan(0, spaced), length, spaces);
    }

    /// <summary>
    /// <paramref name="text"/> (plain text, not HTML) with the same spaces made non-breaking (U+00A0): for documents
    /// that are not pages, such as the Word export.
    /// </summary>
    public static string ApplyToText(string text)
    {
        // Only « & » and « < » mean something to the page scan: escaped, the rest of the text is read as a page's text.
        var escaped = text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
        return ApplyToHtml(escaped)
            .Replace("&#xA0;", "\u00A0", StringComparison.Ordinal)
            .Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
    }

    /// <summary><paramref name="html"/> spaced as <see cref="Apply"/> spaces a page: for pages written as a string (the welcome page, the editor).</summary>
    public static string ApplyToHtml(string html)
    {
        using var buffer = new MemoryStream();
        buffer.Write(Encoding.UTF8.GetBytes(html));
        Apply(buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Adds to <paramref name="spaces"/>, in order, the index of each space of the text of <paramref name="html"/> that must not break.</summary>
    private static void FindSpaces(ReadOnlySpan<byte> html, List<int> spaces)
    {
        var i = 0;
        var nextNonAscii = -1;
        while (i < html.Length)
        {
            var at = Marks.IndexOf(html, i, ref nextNonAscii);
            if (at < 0)
            {
                return;
            }

            if (html[at] == '<')
            {
                // Tags often follow one another (« </a></li> »): the next one is skipped at once, where the next mark would be.
                i = AfterTag(html, at);
                while (i < html.Length && html[i] == '<')
                {
                    i = AfterTag(html, i);
                }

                continue;
            }

            if (SpaceBeforeMustHold(html, at))
            {
                Add(spaces, at - 1);
            }

            if (SpaceAfterMustHold(html, at) is > 0 and var after)
            {
                Add(spaces, after);
            }

            i = at + 1;
        }
    }

    /// <summary>A space found twice (« « : », after one mark and before the next) is kept once.</summary>
    private static void Add(List<int> spaces, int space)
    {
        if (spaces.Count == 0 || spaces[^1] < space)
        {
            spaces.Add(space);
        }
    }

    /// <summary>Whether a space just before the mark at <paramref name="at"/> must not break: before « : ; ! ? » », or between a number and « % » or « € ».</summary>
    private static bool SpaceBeforeMustHold(ReadOnlySpan<byte> html, int at)
    {
        if (at == 0 || html[at - 1] != ' ')
        {
            return false;
        }

        var mark = html[at..];
        return mark[0] is (byte)':' or (byte)';' or (byte)'!' or (byte)'?'
            || mark.StartsWith("»"u8)
            || ((mark[0] == '%' || mark.StartsWith("€"u8)) && at >= 2 && char.IsAsciiDigit((char)html[at - 2]));
    }

    /// <summary>The index of the space just after the mark at <paramref name="at"/> when it must not break (after « « », or between « n° » and a number), or 0.</summary>
    private static int SpaceAfterMustHold(ReadOnlySpan<byte> html, int at)
    {
        var mark = html[at..];
        if (mark.StartsWith("«"u8))
        {
            // Unless the space ends the page.
            return at + 3 < html.Length && html[at + 2] == ' ' ? at + 2 : 0;
        }

        // « n° 12 », the degree sign written as it is or as an entity (« n&#176; 12 »).
        var (degree, space) = mark.StartsWith("°"u8) ? (at, at + 2)
            : mark[0] == ';' && at >= 5 && IsDegreeEntity(html[(at - 5)..(at + 1)]) ? (at - 5, at + 1)
            : (-1, 0);
        return degree > 0 && (html[degree - 1] | 0x20) == 'n'
            && space + 1 < html.Length && html[space] == ' ' && char.IsAsciiDigit((char)html[space + 1]) ? space : 0;
    }

    private static bool IsDegreeEntity(ReadOnlySpan<byte> text) =>
        Ascii.EqualsIgnoreCase(text, "&#176;"u8) || Ascii.EqualsIgnoreCase(text, "&#xB0;"u8);

    /// <summary>
    /// Where the text goes on after the tag starting at <paramref name="start"/>: past its « > », and for an opening tag of
    /// a verbatim element, past its content and its end tag (« &lt;/name » followed by « > » or white space, then « > »).
    /// Only a name starting with the first letter of a verbatim element's is read (docs/performance.md#marques-de-l-espacement).
    /// </summary>
    private static int AfterTag(ReadOnlySpan<byte> html, int start)
    {
        var i = start + 1;
        if (i < html.Length && html[i] == '/')
        {
            return TagEnd(html, i + 1);
        }

        if (i >= html.Length || (html[i] | 0x20) is not ((byte)'p' or (byte)'c' or (byte)'k' or (byte)'s' or (byte)'t'))
        {
            return TagEnd(html, i);
        }

        var nameStart = i;
        while (i < html.Length && char.IsAsciiLetterOrDigit((char)html[i]))
        {
            i++;
        }

        var name = html[nameStart..i];
        var end = TagEnd(html, i);
        if (end == html.Length || !IsVerbatim(name))
        {
            return end;
        }

        for (var from = end; ;)
        {
            var open = html[from..].IndexOf("</"u8);
            if (open < 0)
            {
                return html.Length;
            }

            var nameAt = from + open + 2;
            var after = nameAt + name.Length;
            if (after >= html.Length)
            {
                return html.Length;
            }

            if (Ascii.EqualsIgnoreCase(html.Slice(nameAt, name.Length), name) && html[after] is (byte)'>' or (byte)' ' or (byte)'\t' or (byte)'\n')
            {
                var close = html[after..].IndexOf((byte)'>');
                return close < 0 ? html.Length : after + close + 1;
            }

            from = nameAt - 1;
        }
    }

    /// <summary>The index just past the first « > » at or after <paramref name="from"/>, or the page's length.</summary>
    private static int TagEnd(ReadOnlySpan<byte> html, int from)
    {
        var end = html[from..].IndexOf((byte)'>');
        return end < 0 ? html.Length : from + end + 1;
    }

    /// <summary>Whether <paramref name="name"/> is one of <c>pre</c>, <c>code</c>, <c>kbd</c>, <c>samp</c>, <c>script</c>, <c>style</c> or <c>textarea</c>, in any case.</summary>
    private static bool IsVerbatim(ReadOnlySpan<byte> name) => name.Length switch
    {
        3 => Ascii.EqualsIgnoreCase(name, "pre"u8) || Ascii.EqualsIgnoreCase(name, "kbd"u8),
        4 => Ascii.EqualsIgnoreCase(name, "code"u8) || Ascii.EqualsIgnoreCase(name, "samp"u8),
        5 => Ascii.EqualsIgnoreCase(name, "style"u8),
        6 => Ascii.EqualsIgnoreCase(name, "script"u8),
        8 => Ascii.EqualsIgnoreCase(name, "textarea"u8),
        _ => false,
    };

    /// <summary>Writes each space of <paramref name="spaces"/> as « &amp;#xA0; », moving what follows it, from the end of <paramref name="page"/> backwards.</summary>
    /// <param name="page">The buffer, already as long as the spaced page.</param>
    /// <param name="length">The length of the page before.</param>
    /// <param name="spaces">The spaces, in order.</param>
    private static void Widen(Span<byte> page, int length, List<int> spaces)
    {
        var end = page.Length;
        var source = length;
        for (var k = spaces.Count - 1; k >= 0; k--)
        {
            var space = spaces[k];
            var tail = source - space - 1;
            end -= tail;
            page.Slice(space + 1, tail).CopyTo(page[end..]);
            end -= NoBreakSpace.Length;
            NoBreakSpace.CopyTo(page[end..]);
            source = space;
        }
    }
}
