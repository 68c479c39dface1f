using Markdig;

namespace Rdd.Site.Content;

/// <summary>
/// The text of a title written in Markdown, with Markdig only for titles that hold markup: most titles are plain
/// text, taken as they are, with the same result as Markdig's (FastPathTests).
/// Measured: docs/performance.md#titres-sans-markdig, tests/Rdd.Benchmarks/FastPaths/PlainTitleBenchmarks.cs.
/// </summary>
internal static class PlainTitle
{
    /// <summary>The text of a title written in Markdown (« **Vélo** » → « Vélo »).</summary>
    public static string Of(string markdown) =>
        IsPlain(markdown) ? markdown.Trim() : Markdown.ToPlainText(markdown).Trim();

    /// <summary>
    /// Whether <paramref name="text"/> has nothing Markdown would read as markup: it starts with a letter (not a list
    /// marker, a quote or a heading) and holds only letters, digits, spaces and punctuation without meaning in Markdown.
    /// </summary>
    public static bool IsPlain(string text)
    {
        if (text.Length == 0 || !char.IsLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c) && c is not (' ' or ',' or '\'' or '’' or '(' or ')' or ':' or ';' or '?' or '«' or '»' or '/' or '–' or '—' or '.' or '%' or '€' or '\u00A0' or '\u202F' or '"'))
            {
                return false;
            }
        }

        return true;
    }
}
