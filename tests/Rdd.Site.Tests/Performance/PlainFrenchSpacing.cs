using System.Text;

namespace Rdd.Site.Tests.Performance;

/// <summary>
/// The French spacing of a page written as plainly as it can be, one character after another: what
/// <c>Rendering.FrenchSpacing</c> must give (<c>FastPathTests</c>), and what it is measured against
/// (tests/Rdd.Benchmarks/FastPaths/FrenchSpacingBenchmarks.cs, which compiles this file too).
/// </summary>
internal static class PlainFrenchSpacing
{
    private static readonly string[] VerbatimElements = ["pre", "code", "kbd", "samp", "script", "style", "textarea"];

    /// <summary>
    /// <paramref name="html"/> with « &amp;#xA0; » for each space of its text that must not break. A tag runs from « &lt; »
    /// to the next « > »; its name is the ASCII letters and digits after « &lt; » or « &lt;/ »; an opening tag of a verbatim
    /// element is followed by text left as it is, up to « &lt;/name » (ASCII case ignored) followed by « > » or white space.
    /// </summary>
    public static string Apply(string html)
    {
        var spaced = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] == '<')
            {
                var end = AfterTag(html, i);
                spaced.Append(html, i, end - i);
                i = end;
            }
            else
            {
                if (html[i] == ' ' && MustNotBreak(html, i))
                {
                    spaced.Append("&#xA0;");
                }
                else
                {
                    spaced.Append(html[i]);
                }

                i++;
            }
        }

        return spaced.ToString();
    }

    /// <summary>Whether the space at <paramref name="space"/> must not break, from the character after it and the text before it.</summary>
    private static bool MustNotBreak(string html, int space)
    {
        if (space + 1 == html.Length)
        {
            return false;
        }

        var before = html.AsSpan(0, space);
        var after = html[space + 1];
        return after is ':' or ';' or '!' or '?' or '»'
            || before.EndsWith("«", StringComparison.Ordinal)
            || (after is '%' or '€' && before.Length > 0 && char.IsAsciiDigit(before[^1]))
            || (char.IsAsciiDigit(after) && (before.EndsWith("n°", StringComparison.Ordinal) || before.EndsWith("N°", StringComparison.Ordinal)
                || EndsWithIgnoringAsciiCase(before, "n&#176;") || EndsWithIgnoringAsciiCase(before, "n&#xB0;")));
    }

    private static bool EndsWithIgnoringAsciiCase(ReadOnlySpan<char> text, string end) =>
        text.Length >= end.Length && Ascii.EqualsIgnoreCase(text[^end.Length..], end);

    /// <summary>Where the text goes on after the tag at <paramref name="start"/>, and after the content of a verbatim element.</summary>
    private static int AfterTag(string html, int start)
    {
        var i = start + 1;
        var closing = i < html.Length && html[i] == '/';
        if (closing)
        {
            i++;
        }

        var nameStart = i;
        while (i < html.Length && char.IsAsciiLetterOrDigit(html[i]))
        {
            i++;
        }

        var name = html[nameStart..i];
        var end = EndOf(html, i);
        if (closing || !VerbatimElements.Any(e => Ascii.EqualsIgnoreCase(e, name)))
        {
            return end;
        }

        for (var j = end; j < html.Length; j++)
        {
            var after = j + 2 + name.Length;
            if (html[j] == '<' && after < html.Length && html[j + 1] == '/'
                && Ascii.EqualsIgnoreCase(html.AsSpan(j + 2, name.Length), name)
                && html[after] is '>' or ' ' or '\t' or '\n')
            {
                return EndOf(html, after);
            }
        }

        return html.Length;
    }

    /// <summary>Just past the first « > » from <paramref name="from"/>, or the end of the text.</summary>
    private static int EndOf(string html, int from)
    {
        var end = html.IndexOf('>', from);
        return end < 0 ? html.Length : end + 1;
    }
}
