namespace Rdd.Site.Content;

/// <summary>
/// What a word processor puts in a text that the content format writes otherwise: typographic dashes for hyphens and
/// minus signs, non-breaking spaces, curly and French quotes. Authors draft in Word and paste; codes, ids and numbers
/// are read as they meant them.
/// </summary>
internal static class WordTypography
{
    /// <summary>Whether <paramref name="c"/> is a dash a word processor puts for a hyphen or a minus sign (– — ‐ ‑ ‒ −).</summary>
    public static bool IsDash(char c) => c is (>= '\u2010' and <= '\u2015') or '\u2212' or '\uFE63' or '\uFF0D';

    /// <summary>Whether <paramref name="c"/> is a space other than the ordinary one: non-breaking, narrow non-breaking, figure or thin.</summary>
    public static bool IsOtherSpace(char c) => c is '\u00A0' or '\u202F' or '\u2007' or '\u2009';

    /// <summary>A code or id as the author meant it: dashes read as hyphens, non-breaking spaces as spaces, trimmed.</summary>
    public static string Code(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u00A0', '\uFFFF'))
        {
            return text.Trim();
        }

        return string.Create(text.Length, text, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                var c = t[i];
                span[i] = IsDash(c) ? '-' : IsOtherSpace(c) ? ' ' : c;
            }
        }).Trim();
    }

    /// <summary>The closing quote that ends a value opened by <paramref name="open"/>, or null when it opens none.</summary>
    /// <remarks>Word turns « " » into “…” (or „…“ in some settings, or ”…” when the quote follows a letter), « ' » into ‘…’.</remarks>
    public static string? Closers(char open) => open switch
    {
        '"' => "\"”“",
        '\'' => "'’",
        '«' => "»",
        '“' => "”\"“",
        '”' => "”\"",
        '„' => "“”\"",
        '‘' => "’'",
        _ => null,
    };

    /// <summary>Whether <paramref name="c"/> is a typographic quote (“ ” ‘ ’ „ « »).</summary>
    public static bool IsTypographicQuote(char c) => c is '“' or '”' or '‘' or '’' or '„' or '«' or '»';

    /// <summary>
    /// The value without the typographic quotes that wrap it whole (“%” → %, « exact » → exact), with the spaces inside
    /// them; the value itself when it is not wrapped.
    /// </summary>
    /// <param name="text">The value, trimmed.</param>
    /// <param name="guillemets">Whether « » are taken off too: for a code, a number or a unit, not for a text where they are French quotation marks.</param>
    public static string Unquote(string text, bool guillemets)
    {
        if (text.Length < 2 || Closers(text[0]) is not { } closers || text[0] is '"' or '\'' || (text[0] == '«' && !guillemets) || !closers.Contains(text[^1], StringComparison.Ordinal))
        {
            return text;
        }

        var inner = text[1..^1];
        // « a » et « b » is two quotations, not one wrapped value.
        return inner.Contains(text[0]) && text[0] != text[^1] ? text : inner.Trim();
    }
}
