using System.Globalization;
using System.Text;

namespace Rdd.Domain;

/// <summary>Normalisation and near-match search for the codes authors type (finalités, elements, taxonomy terms).</summary>
public static class Codes
{
    private static readonly System.Buffers.SearchValues<char> NormalChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    /// <summary>
    /// Normalises a code for comparison: trimmed, lower case, accents removed, spaces and underscores read as hyphens.
    /// « Biodiversité » and « biodiversite » are the same code.
    /// </summary>
    /// <remarks>
    /// What a word processor puts instead of a hyphen or a space is read as one too: the dashes ‐ ‑ ‒ – — ― and the minus
    /// sign −, the non-breaking, narrow non-breaking, figure and thin spaces (« plan–climat » is « plan-climat »).
    /// </remarks>
    /// <param name="code">The code as written.</param>
    /// <returns>The normalised code; the empty string for null.</returns>
    public static string Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return string.Empty;
        }

        // Fast path: a code already in normal form (lower-case ASCII letters, digits, hyphens) is returned as is
        // (measured: docs/performance.md#codes-deja-normalises).
        if (!code.AsSpan().ContainsAnyExcept(NormalChars))
        {
            return code;
        }

        var decomposed = code.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c is ' ' or '_' || IsSpaceOrDash(c) ? '-' : char.ToLowerInvariant(c));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The finalités' codes in canonical form: a code that names a finalité (« Biodiversité », <c>biodiversite</c>) becomes
    /// its <see cref="Law.Finality.Code"/>; any other is kept as written, so that validation can report it.
    /// </summary>
    internal static ValueList<string> CanonicalFinalities(IEnumerable<string>? codes) =>
        Canonical(codes, static c => Law.Finalities.Find(c)?.Code);

    /// <summary>The governance elements' codes in canonical form, as <see cref="CanonicalFinalities"/> does for finalités.</summary>
    internal static ValueList<string> CanonicalGovernanceElements(IEnumerable<string>? codes) =>
        Canonical(codes, static c => Law.GovernanceElements.Find(c)?.Code);

    /// <summary>A taxonomy id or term code in canonical form: normalised (<see cref="Normalize"/>) unless blank, kept as written then.</summary>
    internal static string CanonicalTerm(string value) => string.IsNullOrWhiteSpace(value) ? value : Normalize(value);

    private static ValueList<string> Canonical(IEnumerable<string>? codes, Func<string, string?> resolve)
    {
        if (codes is null)
        {
            return ValueList<string>.Empty;
        }

        var list = codes as IReadOnlyList<string> ?? codes.ToList();
        var changed = false;
        foreach (var code in list)
        {
            if (code is not null && resolve(code) is { } canonical && !string.Equals(canonical, code, StringComparison.Ordinal))
            {
                changed = true;
                break;
            }
        }

        return changed ? ValueList<string>.From(list.Select(c => c is not null && resolve(c) is { } canonical ? canonical : c!)) : ValueList.From(list);
    }

    private static bool IsSpaceOrDash(char c) => c is (>= '\u2010' and <= '\u2015') or '\u2212' or '\u00A0' or '\u202F' or '\u2007' or '\u2009';

    /// <summary>Turns a French title into a URL- and id-safe slug (« Eau et assainissement » → <c>eau-et-assainissement</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>Lower-case ASCII letters, digits and single hyphens.</returns>
    public static string Slugify(string? text)
    {
        var normalized = Normalize(text).Replace("œ", "oe", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal);
        var builder = new StringBuilder(normalized.Length);
        var pendingHyphen = false;
        foreach (var c in normalized)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The candidate nearest to <paramref name="code"/> by edit distance, when it is near enough to be a likely typo;
    /// used for « vouliez-vous dire … ? » suggestions.
    /// </summary>
    /// <param name="code">The unknown code as written.</param>
    /// <param name="candidates">The known codes.</param>
    /// <returns>The suggestion, or null when no candidate is near.</returns>
    public static string? Suggest(string? code, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var key = Normalize(code);
        if (key.Length == 0)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var normalized = Normalize(candidate);
            var distance = normalized.StartsWith(key, StringComparison.Ordinal) || key.StartsWith(normalized, StringComparison.Ordinal)
                ? Math.Min(1, Math.Abs(normalized.Length - key.Length))
                : Distance(key, normalized);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        var tolerance = Math.Max(2, key.Length / 3);
        return bestDistance <= tolerance ? best : null;
    }

    /// <summary>The optimal-string-alignment distance (Levenshtein with adjacent transpositions) of two strings.</summary>
    /// <param name="a">The first string.</param>
    /// <param name="b">The second string.</param>
    /// <returns>The number of single-character edits that turn one into the other.</returns>
    internal static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
