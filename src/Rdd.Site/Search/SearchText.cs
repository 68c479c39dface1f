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

        var buffer = new CharBuffer(text.Length);
        AppendNormalized(text, buffer);
        return buffer.AsSpan().ToString();
    }

    /// <summary>Appends the normalised <paramref name="text"/> to <paramref name="buffer"/>: by character when it can (<see cref="SearchCharMap"/>).</summary>
    internal static void AppendNormalized(string text, CharBuffer buffer)
    {
        var start = buffer.Length;
        if (!SearchCharMap.TryAppend(text, buffer))
        {
            buffer.Length = start;
            buffer.Append(SearchCharMap.NormalizeGeneral(text));
        }
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
    internal static (int Start, int Length) NextWord(ReadOnlySpan<char> normalized, ref int position)
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

            if (IsWord(normalized[start..i]))
            {
                position = i;
                return (start, i - start);
            }
        }

        position = i;
        return (i, 0);
    }

    /// <summary>Whether a run of word characters is a word of the search: two characters or more, or a digit.</summary>
    internal static bool IsWord(ReadOnlySpan<char> run) => run.Length > 1 || (run.Length == 1 && char.IsDigit(run[0]));

    internal static bool IsWordCharacter(char c) => c < 0x80 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    /// <summary>
    /// The distinct words of <paramref name="texts"/>, without those that begin another of them: since the search
    /// matches the beginning of words, « energie » is found in « energies » and need not be stored.
    /// </summary>
    /// <param name="texts">The texts.</param>
    /// <returns>The words, in order of first occurrence.</returns>
    public static IReadOnlyList<string> DistinctWords(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return WordTable.ForThisThread().DistinctWords(texts);
    }

    /// <summary><see cref="DistinctWords"/> joined by spaces, without making a string of each word: what the search index stores.</summary>
    /// <param name="texts">The texts.</param>
    /// <returns>The words, separated by one space.</returns>
    public static string DistinctWordsText(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return WordTable.ForThisThread().DistinctWordsText(texts);
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

    /// <summary>The length from which a word typed is found with one typo: the rule of the script.</summary>
    public const int TypoLength = 6;

    /// <summary>
    /// Whether one typo in <paramref name="typed"/> (a letter replaced, added, left out, or two neighbours swapped) is
    /// all that keeps it from beginning <paramref name="word"/>: the script's rule for words of <see cref="TypoLength"/>
    /// characters or more (« assainisement » and « assainissement »). Both are normalised words.
    /// </summary>
    /// <param name="typed">A word the reader typed.</param>
    /// <param name="word">A word of the index.</param>
    /// <returns>Whether they differ by one typo at most, <paramref name="word"/> being allowed to go on.</returns>
    public static bool BeginsWithOneTypo(string typed, string word)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(word);
        var i = 0;
        while (i < typed.Length && i < word.Length && typed[i] == word[i])
        {
            i++;
        }

        return Begins(typed, i + 1, word, i + 1)
            || Begins(typed, i + 1, word, i)
            || Begins(typed, i, word, i + 1)
            || (i + 1 < typed.Length && i + 1 < word.Length && typed[i] == word[i + 1] && typed[i + 1] == word[i] && Begins(typed, i + 2, word, i + 2));

        // Whether typed[from..] begins word[at..].
        static bool Begins(string typed, int from, string word, int at) =>
            from >= typed.Length || (at <= word.Length && word.AsSpan(at).StartsWith(typed.AsSpan(from), StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether every word of <paramref name="query"/> begins a word of <paramref name="words"/>, or does with one typo
    /// when it has <see cref="TypoLength"/> characters or more: the rule of the script, with its tolerance.
    /// </summary>
    /// <param name="query">What the reader typed.</param>
    /// <param name="words">The words of an action.</param>
    /// <returns>Whether the action matches; false for a query without words.</returns>
    public static bool MatchesWithOneTypo(string query, IReadOnlyCollection<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var terms = Words(query).ToList();
        return terms.Count > 0 && terms.All(t => words.Any(w => w.StartsWith(t, StringComparison.Ordinal) || (t.Length >= TypoLength && BeginsWithOneTypo(t, w))));
    }
}
