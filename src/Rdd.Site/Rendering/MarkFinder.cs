using System.Buffers;

namespace Rdd.Site.Rendering;

/// <summary>
/// Finds in UTF-8 text, from left to right, the next byte of a set made of ASCII bytes and two non-ASCII ones, as one
/// <c>IndexOfAny</c> on a <see cref="SearchValues{T}"/> of the whole set would. Such a mixed set takes, in the native
/// rdd, a path whose byte shuffle is compiled to a call rather than to one instruction: ~1 600 instructions a call, a
/// fifth of a 4 000-action build. Two searches instead, one per kind, the non-ASCII one remembered until passed.
/// Measured: docs/performance.md#marques-de-l-espacement; tested by FastPathTests.FrenchSpacing_AnyPage_IsThePlainVersion.
/// </summary>
/// <param name="ascii">The ASCII bytes of the set.</param>
/// <param name="first">One non-ASCII byte of the set.</param>
/// <param name="second">The other.</param>
internal sealed class MarkFinder(SearchValues<byte> ascii, byte first, byte second)
{
    /// <summary>
    /// The index of the first byte of the set at or after <paramref name="start"/> in <paramref name="text"/>, or -1;
    /// <paramref name="nextNonAscii"/> carries, from one call to the next on the same text, where the next non-ASCII
    /// byte of the set is (-1 before the first call): <paramref name="start"/> never goes back between those calls.
    /// </summary>
    public int IndexOf(ReadOnlySpan<byte> text, int start, ref int nextNonAscii)
    {
        if (nextNonAscii < start)
        {
            var found = text[start..].IndexOfAny(first, second);
            nextNonAscii = found < 0 ? text.Length : start + found;
        }

        var asciiAt = text[start..nextNonAscii].IndexOfAny(ascii);
        return asciiAt >= 0 ? start + asciiAt
            : nextNonAscii < text.Length ? nextNonAscii
            : -1;
    }
}
