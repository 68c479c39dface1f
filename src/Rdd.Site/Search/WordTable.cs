namespace Rdd.Site.Search;

/// <summary>
/// The distinct words of some texts, kept as slices of their normalised text in an open-addressing table (no string per
/// word, no sort), one table per thread reused from text to text; the same words as the plain definition (FastPathTests).
/// Measured: docs/performance.md#table-des-mots-distincts, tests/Rdd.Benchmarks/FastPaths/DistinctWordsBenchmarks.cs.
/// </summary>
internal sealed class WordTable
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

    /// <summary>This thread's table, made on first use: its arrays are kept from text to text.</summary>
    public static WordTable ForThisThread() => _current ??= new WordTable();

    /// <summary>The distinct words of <paramref name="texts"/>, without those that begin another one (<see cref="SearchText.DistinctWords"/>).</summary>
    public List<string> DistinctWords(IEnumerable<string?> texts)
    {
        AddAll(texts);
        return [.. Kept().Select(i => Word(i).ToString())];
    }

    /// <summary><see cref="DistinctWords"/> joined by spaces, written in one string (<see cref="SearchText.DistinctWordsText"/>).</summary>
    public string DistinctWordsText(IEnumerable<string?> texts)
    {
        AddAll(texts);
        var kept = Kept();
        if (kept.Count == 0)
        {
            return string.Empty;
        }

        var length = kept.Count - 1;
        foreach (var index in kept)
        {
            length += Word(index).Length;
        }

        return string.Create(length, (table: this, kept), static (span, state) =>
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

    private void AddAll(IEnumerable<string?> texts)
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

                if (SearchCharMap.Mapped(c) is not { } mapped)
                {
                    return false;
                }

                foreach (var m in mapped)
                {
                    if (SearchText.IsWordCharacter(m))
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
        if (SearchText.IsWord(_text.AsSpan(start, length)))
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
                SearchText.AppendNormalized(text, _text);
            }
        }

        var all = _text.AsSpan();
        var position = 0;
        while (SearchText.NextWord(all, ref position) is var (start, length) && length > 0)
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

    private ReadOnlySpan<char> Word(int index) => _text.AsSpan(_words[index].Start, _words[index].Length);

    /// <summary>The indexes of the words in order of first occurrence, without those that begin another one.</summary>
    /// <remarks>
    /// A word begins another one when it is one of that word's shorter beginnings: each beginning of each word is
    /// looked up in the table, its hash carried on from the previous one (no sort, no comparison of whole words).
    /// </remarks>
    private List<int> Kept()
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
                if (!SearchText.IsWord(word[..length]))
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
