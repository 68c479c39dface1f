namespace Rdd.Site.Markup;

/// <summary>
/// Finds the glossary's acronyms in a text as whole words: where no letter or number stands just before or just after
/// (« PAT » in « un PAT, » but not in « PATRIMOINE »), the longest term first where several start at one place.
/// Measured: docs/performance.md#sigles-sans-expression-reguliere, tests/Rdd.Benchmarks/FastPaths/TermMatcherBenchmarks.cs.
/// </summary>
/// <remarks>
/// It finds what the pattern <c>(?&lt;![\p{L}\p{N}])(term1|term2|…)(?![\p{L}\p{N}])</c>, terms longest first, would
/// (tested against it), without a regular expression: no match object, no string until a term is found, a vectorised
/// jump to the next character that begins a term, and only the terms that start with it are tried.
/// </remarks>
internal sealed class TermMatcher
{
    /// <summary>The terms by their first character, longest first, then in ordinal order.</summary>
    private readonly Dictionary<char, string[]> _byFirst;

    /// <summary>The first characters of the terms, searched for with the processor's vector instructions.</summary>
    private readonly System.Buffers.SearchValues<char> _firsts;

    /// <summary>Creates a matcher.</summary>
    /// <param name="terms">The terms (not empty).</param>
    public TermMatcher(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        _byFirst = terms
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .GroupBy(t => t[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToArray());
        _firsts = System.Buffers.SearchValues.Create([.. _byFirst.Keys]);
    }

    /// <summary>Finds the next term at or after <paramref name="start"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where to look from; a search goes on from the end of the previous term found.</param>
    /// <param name="index">Where the term starts.</param>
    /// <param name="term">The term.</param>
    /// <returns>Whether a term was found.</returns>
    public bool TryFind(ReadOnlySpan<char> text, int start, out int index, out string term)
    {
        for (var i = start; i < text.Length; i++)
        {
            // Straight to the next character that begins a term.
            var next = text[i..].IndexOfAny(_firsts);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (i > 0 && IsWordCharacter(text[i - 1]))
            {
                continue;
            }

            var rest = text[i..];
            foreach (var candidate in _byFirst[text[i]])
            {
                if (rest.StartsWith(candidate, StringComparison.Ordinal)
                    && (candidate.Length == rest.Length || !IsWordCharacter(rest[candidate.Length])))
                {
                    index = i;
                    term = candidate;
                    return true;
                }
            }
        }

        index = -1;
        term = string.Empty;
        return false;
    }

    /// <summary>A letter or a number of any kind: what <c>[\p{L}\p{N}]</c> matches.</summary>
    private static bool IsWordCharacter(char c) => char.IsLetter(c) || char.IsNumber(c);
}
