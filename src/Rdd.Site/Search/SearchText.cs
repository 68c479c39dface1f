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

        var buffer = new CharBuffer(text.Length);
        AppendNormalized(text, buffer);
        return buffer.AsSpan().ToString();
    }

    /// <summary>Appends the normalised <paramref name="text"/> to <paramref name="buffer"/>.</summary>
    private static void AppendNormalized(string text, CharBuffer buffer)
    {
        var start = buffer.Length;
        if (!TryNormalizeByCharacter(text, buffer))
        {
            buffer.Length = start;
            buffer.Append(NormalizeAny(text));
        }
    }

    /// <summary>
    /// The normalisation character by character, which gives the same result as <see cref="NormalizeAny"/> when no
    /// character composes with its neighbours: a precomposed letter decomposes into one base character and its
    /// accents, and once accents are gone, base characters never compose with one another (outside Hangul). False
    /// when <paramref name="text"/> needs the general path (what was appended is then to be dropped).
    /// </summary>
    private static bool TryNormalizeByCharacter(string text, CharBuffer buffer)
    {
        buffer.Reserve(text.Length);
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                buffer.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
                continue;
            }

            if (Mapped(c) is not { } mapped)
            {
                return false;
            }

            buffer.Append(mapped);
        }

        return true;
    }

    /// <summary>What the character <paramref name="c"/> (not ASCII) becomes alone; null when it may compose with its neighbours.</summary>
    private static string? Mapped(char c)
    {
        if (Volatile.Read(ref CharMap[c]) is { } mapped)
        {
            return mapped;
        }

        if (char.IsSurrogate(c) || IsHangul(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        {
            return null;
        }

        mapped = NormalizeAny(c.ToString());
        Volatile.Write(ref CharMap[c], mapped);
        return mapped;
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
    private static (int Start, int Length) NextWord(ReadOnlySpan<char> normalized, ref int position)
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
    private static bool IsWord(ReadOnlySpan<char> run) => run.Length > 1 || (run.Length == 1 && char.IsDigit(run[0]));

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
        var table = WordTable.ForThisThread();
        table.AddAll(texts);
        return table.Kept().Select(i => table.Word(i).ToString()).ToList();
    }

    /// <summary><see cref="DistinctWords"/> joined by spaces, without making a string of each word: what the search index stores.</summary>
    /// <param name="texts">The texts.</param>
    /// <returns>The words, separated by one space.</returns>
    public static string DistinctWordsText(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var table = WordTable.ForThisThread();
        table.AddAll(texts);
        var kept = table.Kept();
        if (kept.Count == 0)
        {
            return string.Empty;
        }

        var length = kept.Count - 1;
        foreach (var index in kept)
        {
            length += table.Word(index).Length;
        }

        return string.Create(length, (table, kept), static (span, state) =>
        {
            var position = 0;
            foreach (var index in state.kept)
            {
                if (position > 0)
                {
                    span[position++] = ' ';
                }

                var word = state.table.Word(index);
                word.CopyTo(span[position..]);
                position += word.Length;
            }
        });
    }

    /// <summary>A growable array of characters, reused from text to text.</summary>
    private sealed class CharBuffer(int capacity)
    {
        private char[] _chars = new char[Math.Max(16, capacity)];

        public int Length { get; set; }

        public void Reserve(int more)
        {
            if (Length + more > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + more));
            }
        }

        public void Append(char c)
        {
            if (Length == _chars.Length)
            {
                Reserve(1);
            }

            _chars[Length++] = c;
        }

        public void Append(string text)
        {
            Reserve(text.Length);
            text.CopyTo(0, _chars, Length, text.Length);
            Length += text.Length;
        }

        public ReadOnlySpan<char> AsSpan() => _chars.AsSpan(0, Length);

        public ReadOnlySpan<char> AsSpan(int start, int length) => _chars.AsSpan(start, length);
    }

    /// <summary>
    /// The distinct words of some texts, kept as slices of their normalised text in a small open-addressing table:
    /// most words of a text are repeats, and none of them becomes a string of its own. One table per thread, reused
    /// from action to action.
    /// </summary>
    private sealed class WordTable
    {
        private const uint FnvBasis = 2166136261u;
        private const uint FnvPrime = 16777619u;

        [ThreadStatic]
        private static WordTable? _current;

        private readonly CharBuffer _text = new(4096);
        private readonly List<(int Start, int Length)> _words = [];
        private readonly List<int> _kept = [];

        /// <summary>Each word's hash, by index: a slot holding another word is passed over without reading its characters.</summary>
        private int[] _hashes = new int[256];
        private int[] _slots = new int[512];
        private bool[] _prefix = new bool[256];

        public static WordTable ForThisThread() => _current ??= new WordTable();

        public void AddAll(IEnumerable<string?> texts)
        {
            if (!TryAddAllByCharacter(texts))
            {
                AddAllNormalized(texts);
            }
        }

        /// <summary>
        /// Normalises, splits and adds the words in one pass over the texts, character by character (the general path
        /// normalises the texts first, then looks for words in the result): only the characters of words are kept, each
        /// word's hash made as it is read. False when a text needs the general normalisation (the table is then to be refilled).
        /// </summary>
        private bool TryAddAllByCharacter(IEnumerable<string?> texts)
        {
            Clear();
            var start = 0;
            var hash = FnvBasis;
            foreach (var text in texts)
            {
                // Texts are separated as by a line feed, which is no letter: a word ends with its text.
                EndWord(ref start, ref hash);
                foreach (var c in text ?? string.Empty)
                {
                    if (c < 0x80)
                    {
                        if (char.IsAsciiLetterOrDigit(c))
                        {
                            var lower = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                            _text.Append(lower);
                            hash = (hash ^ lower) * FnvPrime;
                        }
                        else
                        {
                            EndWord(ref start, ref hash);
                        }

                        continue;
                    }

                    if (Mapped(c) is not { } mapped)
                    {
                        return false;
                    }

                    foreach (var m in mapped)
                    {
                        if (IsWordCharacter(m))
                        {
                            _text.Append(m);
                            hash = (hash ^ m) * FnvPrime;
                        }
                        else
                        {
                            EndWord(ref start, ref hash);
                        }
                    }
                }
            }

            EndWord(ref start, ref hash);
            return true;
        }

        /// <summary>Ends the word begun at <paramref name="start"/>: added when it is one (two characters or more, or a digit), its characters dropped otherwise.</summary>
        private void EndWord(ref int start, ref uint hash)
        {
            var length = _text.Length - start;
            if (IsWord(_text.AsSpan(start, length)))
            {
                Add(start, length, Mix(hash));
                start = _text.Length;
            }
            else
            {
                _text.Length = start;
            }

            hash = FnvBasis;
        }

        /// <summary>The general path: the texts normalised as one (a line feed between them), then split into words.</summary>
        private void AddAllNormalized(IEnumerable<string?> texts)
        {
            Clear();
            var first = true;
            foreach (var text in texts)
            {
                if (!first)
                {
                    _text.Append('\n');
                }

                first = false;
                if (!string.IsNullOrEmpty(text))
                {
                    AppendNormalized(text, _text);
                }
            }

            var all = _text.AsSpan();
            var position = 0;
            while (NextWord(all, ref position) is var (start, length) && length > 0)
            {
                Add(start, length, Hash(all.Slice(start, length)));
            }
        }

        private void Clear()
        {
            _text.Length = 0;
            _words.Clear();
            Array.Clear(_slots);
        }

        public ReadOnlySpan<char> Word(int index) => _text.AsSpan(_words[index].Start, _words[index].Length);

        /// <summary>The indexes of the words in order of first occurrence, without those that begin another one.</summary>
        /// <remarks>
        /// A word begins another one when it is one of that word's shorter beginnings: each beginning of each word is
        /// looked up in the table, its hash carried on from the previous one (no sort, no comparison of whole words).
        /// </remarks>
        public List<int> Kept()
        {
            var count = _words.Count;
            if (_prefix.Length < count)
            {
                _prefix = new bool[count * 2];
            }

            Array.Clear(_prefix, 0, count);
            var mask = _slots.Length - 1;
            for (var i = 0; i < count; i++)
            {
                var word = Word(i);
                var hash = FnvBasis;
                for (var length = 1; length < word.Length; length++)
                {
                    hash = (hash ^ word[length - 1]) * FnvPrime;
                    // A beginning that is no word of the search (one letter) is not looked up.
                    if (!IsWord(word[..length]))
                    {
                        continue;
                    }

                    var mixed = Mix(hash);
                    var slot = mixed & mask;
                    if (Find(word[..length], mixed, ref slot) is var found and >= 0)
                    {
                        _prefix[found] = true;
                    }
                }
            }

            _kept.Clear();
            for (var i = 0; i < count; i++)
            {
                if (!_prefix[i])
                {
                    _kept.Add(i);
                }
            }

            return _kept;
        }

        /// <summary>
        /// The index of <paramref name="word"/> in the table, looked for from <paramref name="slot"/>; -1 when absent,
        /// <paramref name="slot"/> then being the free slot where it would go.
        /// </summary>
        private int Find(ReadOnlySpan<char> word, int hash, ref int slot)
        {
            var mask = _slots.Length - 1;
            while (_slots[slot] != 0)
            {
                var index = _slots[slot] - 1;
                if (_hashes[index] == hash && _words[index].Length == word.Length && Word(index).SequenceEqual(word))
                {
                    return index;
                }

                slot = (slot + 1) & mask;
            }

            return -1;
        }

        private void Add(int start, int length, int hash)
        {
            if (_words.Count * 2 >= _slots.Length)
            {
                Grow();
            }

            var word = _text.AsSpan(start, length);
            var slot = hash & (_slots.Length - 1);
            if (Find(word, hash, ref slot) < 0)
            {
                if (_words.Count == _hashes.Length)
                {
                    Array.Resize(ref _hashes, _hashes.Length * 2);
                }

                _hashes[_words.Count] = hash;
                _words.Add((start, length));
                _slots[slot] = _words.Count;
            }
        }

        private void Grow()
        {
            _slots = new int[_slots.Length * 2];
            var mask = _slots.Length - 1;
            for (var i = 0; i < _words.Count; i++)
            {
                var slot = _hashes[i] & mask;
                while (_slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                _slots[slot] = i + 1;
            }
        }

        /// <summary>FNV-1a over the characters: cheap, and spreads the words of an action well (words that collide only make the table slower).</summary>
        private static int Hash(ReadOnlySpan<char> word)
        {
            var hash = FnvBasis;
            foreach (var c in word)
            {
                hash = (hash ^ c) * FnvPrime;
            }

            return Mix(hash);
        }

        private static int Mix(uint hash) => (int)(hash ^ (hash >> 15)) & int.MaxValue;
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
