using System.Globalization;
using System.Text;

namespace Rdd.Site.Search;

/// <summary>
/// The search normalisation character by character: what each character becomes alone, computed once, stands in for
/// decomposing and recomposing whole texts (<see cref="NormalizeGeneral"/>), with the same result (FastPathTests).
/// Measured: docs/performance.md#normalisation-caractere-par-caractere, tests/Rdd.Benchmarks/FastPaths/SearchNormalizationBenchmarks.cs.
/// </summary>
/// <remarks>
/// Once accents are gone, a precomposed letter is one base character, and base characters never compose with one
/// another outside Hangul: a text without a surrogate, a combining mark or Hangul is normalised by its characters alone.
/// </remarks>
internal static class SearchCharMap
{
    /// <summary>What each character of the Basic Multilingual Plane becomes alone, filled on first use.</summary>
    private static readonly string?[] Map = new string?[char.MaxValue + 1];

    /// <summary>Appends <paramref name="text"/> normalised character by character to <paramref name="buffer"/>.</summary>
    /// <returns>False when the text needs <see cref="NormalizeGeneral"/> (what was appended is then to be dropped).</returns>
    public static bool TryAppend(string text, CharBuffer buffer)
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
    public static string? Mapped(char c)
    {
        if (Volatile.Read(ref Map[c]) is { } mapped)
        {
            return mapped;
        }

        if (char.IsSurrogate(c) || IsHangul(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        {
            return null;
        }

        mapped = NormalizeGeneral(c.ToString());
        Volatile.Write(ref Map[c], mapped);
        return mapped;
    }

    /// <summary>The general normalisation: decomposition, accents dropped, lower case, « œ » and « æ » spelt out, recomposition.</summary>
    public static string NormalizeGeneral(string text)
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

    private static bool IsHangul(char c) => c is (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F') or (>= '\uA960' and <= '\uA97F') or (>= '\uAC00' and <= '\uD7FF');
}
