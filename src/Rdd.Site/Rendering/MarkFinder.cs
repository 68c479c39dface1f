using System.Buffers;

namespace Rdd.Site.Rendering;

/// <summary>
/// Finds in UTF-8 text, from left to right, the next byte of a set made of ASCII bytes and two non-ASCII ones, as one
/// <c>IndexOfAny</c> on a <see cref="SearchValues{T}"/> of the whole set would. Such a mixed set takes, in the native
/// rdd, a path whose byte shuffle is compiled to a call rather than to one instruction: ~1 600 instructions a call, a
/// fifth of a 4 000-action build. Two searches instead, one per kind, the non-ASCII one remembered until passed; and
/// before them, the first few bytes looked at one by one, since in a page the next mark is most often the next tag, a
/// byte or two away, where a vectorised search costs more to start than it saves.
/// Measured: docs/performance.md#marques-de-l-espacement; tested by FastPathTests.FrenchSpacing_AnyPage_IsThePlainVersion.
/// </summary>
internal sealed class MarkFinder
{
    /// <summary>How many bytes are looked at one by one before the vectorised searches (docs/performance.md#marques-de-l-espacement).</summary>
    private const int Near = 4;

    private readonly SearchValues<byte> _ascii;
    private readonly byte _first;
    private readonly byte _second;

    // The ASCII bytes of the set as two bit masks, bytes 0 to 63 and 64 to 127: no table to load from memory.
    private readonly ulong _low;
    private readonly ulong _high;

    /// <summary>Creates a finder of the bytes of <paramref name="ascii"/>, <paramref name="first"/> and <paramref name="second"/>.</summary>
    /// <param name="ascii">The ASCII bytes of the set.</param>
    /// <param name="first">One non-ASCII byte of the set.</param>
    /// <param name="second">The other.</param>
    public MarkFinder(ReadOnlySpan<byte> ascii, byte first, byte second)
    {
        _ascii = SearchValues.Create(ascii);
        _first = first;
        _second = second;
        foreach (var b in ascii)
        {
            if (b < 64)
            {
                _low |= 1UL << b;
            }
            else
            {
                _high |= 1UL << (b - 64);
            }
        }
    }

    /// <summary>
    /// The index of the first byte of the set at or after <paramref name="start"/> in <paramref name="text"/>, or -1;
    /// <paramref name="nextNonAscii"/> carries, from one call to the next on the same text, where the next non-ASCII
    /// byte of the set is (-1 before the first call): <paramref name="start"/> never goes back between those calls.
    /// </summary>
    public int IndexOf(ReadOnlySpan<byte> text, int start, ref int nextNonAscii)
    {
        var near = text.Slice(start, Math.Min(Near, text.Length - start));
        for (var i = 0; i < near.Length; i++)
        {
            var b = near[i];
            if (b < 64 ? ((_low >> b) & 1) != 0 : b < 128 ? ((_high >> (b - 64)) & 1) != 0 : b == _first || b == _second)
            {
                return start + i;
            }
        }

        start += near.Length;
        if (nextNonAscii < start)
        {
            var found = text[start..].IndexOfAny(_first, _second);
            nextNonAscii = found < 0 ? text.Length : start + found;
        }

        var asciiAt = text[start..nextNonAscii].IndexOfAny(_ascii);
        return asciiAt >= 0 ? start + asciiAt
            : nextNonAscii < text.Length ? nextNonAscii
            : -1;
    }
}
