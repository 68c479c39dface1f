namespace Rdd.Site.Search;

/// <summary>
/// A growable array of characters that keeps its storage when emptied (<see cref="Length"/> set to 0): the text
/// <see cref="WordTable"/> slices its words from, reused from action to action without allocating.
/// Measured: docs/performance.md#table-des-mots-distincts, tests/Rdd.Benchmarks/FastPaths/DistinctWordsBenchmarks.cs.
/// </summary>
internal sealed class CharBuffer(int capacity)
{
    private char[] _chars = new char[Math.Max(16, capacity)];

    /// <summary>The number of characters in use; set it lower to drop the last ones.</summary>
    public int Length { get; set; }

    /// <summary>Makes room for <paramref name="more"/> characters after <see cref="Length"/>.</summary>
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
