using System.Globalization;
using System.Text;

namespace Rdd.Site.Search;

/// <summary>
/// The normalisation the search shares with <c>assets/recherche.js</c>: lower case, accents removed, « œ » and « æ »
/// spelt out, words split on anything that is not a letter or a digit. « Vélo » and « velo » are the same word.
/// </summary>
public static class SearchText
{
    /// <summary>Lower-cases <paramref name="text"/> and removes its accents (« Énergies » → « energies »).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalised text; the empty string for null.</returns>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

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
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var inWord = i < normalized.Length && char.IsLetterOrDigit(normalized[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = normalized[start..i];
                if (word.Length > 1 || char.IsDigit(word[0]))
                {
                    yield return word;
                }

                start = -1;
            }
        }
    }

    /// <summary>
    /// The distinct words of <paramref name="texts"/>, without those that begin another of them: since the search
    /// matches the beginning of words, « energie » is found in « energies » and need not be stored.
    /// </summary>
    /// <param name="texts">The texts.</param>
    /// <returns>The words, in order of first occurrence.</returns>
    public static IReadOnlyList<string> DistinctWords(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var words = texts.SelectMany(Words).Distinct(StringComparer.Ordinal).ToList();
        var sorted = words.Order(StringComparer.Ordinal).ToList();
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < sorted.Count; i++)
        {
            if (sorted[i + 1].StartsWith(sorted[i], StringComparison.Ordinal))
            {
                prefixes.Add(sorted[i]);
            }
        }

        return words.Where(w => !prefixes.Contains(w)).ToList();
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
