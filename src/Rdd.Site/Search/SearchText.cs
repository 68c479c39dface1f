using System.Globalization;
using System.Text;

namespace Rdd.Site.Search;

/// <summary>
/// The normalisation the search shares with <c>assets/recherche.js</c>: lower case, accents removed, « œ » and « æ »
/// spelt out, words split on anything that is not a letter or a digit. « Vélo » and « velo » are the same word.
/// </summary>
public static class SearchText
{
    /// <summary>
    /// What each character of the Basic Multilingual Plane becomes alone, filled on first use. A text with a surrogate,
    /// a combining mark or Hangul (whose letters compose with one another) takes the general path.
    /// </summary>
    private static readonly string?[] CharMap = new string?[char.MaxValue + 1];

    /// <summary>Lower-cases <paramref name="text"/> and removes its accents (« Énergies » → « energies »).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalised text; the empty string for null.</returns>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        return TryNormalizeByCharacter(text, builder) ? builder.ToString() : NormalizeAny(text);
    }

    /// <summary>
    /// The normalisation character by character, which gives the same result as <see cref="NormalizeAny"/> when no
    /// character composes with its neighbours: a precomposed letter decomposes into one base character and its
    /// accents, and once accents are gone, base characters never compose with one another (outside Hangul). False
    /// when <paramref name="text"/> needs the general path.
    /// </summary>
    private static bool TryNormalizeByCharacter(string text, StringBuilder builder)
    {
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                builder.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
                continue;
            }

            if (Volatile.Read(ref CharMap[c]) is not { } mapped)
            {
                if (char.IsSurrogate(c) || IsHangul(c)
                    || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                {
                    return false;
                }

                mapped = NormalizeAny(c.ToString());
                Volatile.Write(ref CharMap[c], mapped);
            }

            builder.Append(mapped);
        }

        return true;
    }

    private static bool IsHangul(char c) => c is (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F') or (>= '\uA960' and <= '\uA97F') or (>= '\uAC00' and <= '\uD7FF');

    /// <summary>The general normalisation: decomposition, accents dropped, lower case, « œ » and « æ » spelt out, recomposition.</summary>
    private static string NormalizeAny(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            switch (char.ToLowerInvariant(c))
            {
                case 'œ':
                    builder.Append("oe");
                    break;
                case 'æ':
                    builder.Append("ae");
                    break;
                case var lower:
                    builder.Append(lower);
                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The words of <paramref name="text"/>, normalised, in order, repeated as often as they occur; one-letter words
    /// (« l' », « d' », « à ») are left out, numbers are kept.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The words.</returns>
    public static IEnumerable<string> Words(string? text)
    {
        var normalized = Normalize(text);
        var words = new List<string>();
        var position = 0;
        while (NextWord(normalized, ref position) is var (start, length) && length > 0)
        {
            words.Add(normalized.Substring(start, length));
        }

        return words;
    }

    /// <summary>
    /// The next word of a normalised text from <paramref name="position"/>, which moves past it; a length of 0 at the end.
    /// One-letter words other than digits are skipped.
    /// </summary>
    private static (int Start, int Length) NextWord(string normalized, ref int position)
    {
        var i = position;
        while (i < normalized.Length)
        {
            while (i < normalized.Length && !IsWordCharacter(normalized[i]))
            {
                i++;
            }

            var start = i;
            while (i < normalized.Length && IsWordCharacter(normalized[i]))
            {
                i++;
            }

            if (i - start > 1 || (i - start == 1 && char.IsDigit(normalized[start])))
            {
                position = i;
                return (start, i - start);
            }
        }

        position = i;
        return (i, 0);
    }

    private static bool IsWordCharacter(char c) => c < 0x80 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    /// <summary>
    /// The distinct words of <paramref name="texts"/>, without those that begin another of them: since the search
    /// matches the beginning of words, « energie » is found in « energies » and need not be stored.
    /// </summary>
    /// <param name="texts">The texts.</param>
    /// <returns>The words, in order of first occurrence.</returns>
    public static IReadOnlyList<string> DistinctWords(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        // A word seen again is looked up by its characters, without making a string of it: most words of a text are repeats.
        var seen = new HashSet<string>(256, StringComparer.Ordinal);
        var lookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new List<string>();
        foreach (var text in texts)
        {
            var normalized = Normalize(text);
            var position = 0;
            while (NextWord(normalized, ref position) is var (start, length) && length > 0)
            {
                var word = normalized.AsSpan(start, length);
                if (!lookup.Contains(word))
                {
                    var added = word.ToString();
                    seen.Add(added);
                    words.Add(added);
                }
            }
        }

        var sorted = words.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < sorted.Length; i++)
        {
            if (sorted[i + 1].StartsWith(sorted[i], StringComparison.Ordinal))
            {
                prefixes.Add(sorted[i]);
            }
        }

        return prefixes.Count == 0 ? words : words.Where(w => !prefixes.Contains(w)).ToList();
    }

    /// <summary>Whether every word of <paramref name="query"/> begins a word of <paramref name="words"/>: the rule of the script.</summary>
    /// <param name="query">What the reader typed.</param>
    /// <param name="words">The words of an action.</param>
    /// <returns>Whether the action matches; false for a query without words.</returns>
    public static bool Matches(string query, IReadOnlyCollection<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var terms = Words(query).ToList();
        return terms.Count > 0 && terms.All(t => words.Any(w => w.StartsWith(t, StringComparison.Ordinal)));
    }
}
