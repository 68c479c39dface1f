using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Rdd.Site.Markup;

namespace Rdd.Benchmarks.FastPaths;

/// <summary>The glossary's acronyms found in the bodies of 200 actions: <see cref="TermMatcher"/>, against the regular expression it stands in for.</summary>
[MemoryDiagnoser]
public class TermMatcherBenchmarks
{
    private string[] _bodies = null!;
    private Regex _pattern = null!;
    private TermMatcher _matcher = null!;

    /// <summary>Takes the bodies and the glossary of the generated report.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _bodies = [.. FastPathInputs.ActionsOfReport().Select(a => a.Body)];
        var terms = FastPathInputs.GlossaryTerms();
        var alternatives = terms.Distinct().OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).Select(Regex.Escape);
        _pattern = new Regex(@"(?<![\p{L}\p{N}])(" + string.Join('|', alternatives) + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _matcher = new TermMatcher(terms);
    }

    /// <summary>Removes the generated folders.</summary>
    [GlobalCleanup]
    public void Cleanup() => GeneratedContent.Clean();

    /// <summary>The regular expression (compiled).</summary>
    /// <returns>The number of acronyms found.</returns>
    [Benchmark(Baseline = true)]
    public int RegularExpression()
    {
        var found = 0;
        foreach (var body in _bodies)
        {
            found += _pattern.Count(body);
        }

        return found;
    }

    /// <summary>The matcher.</summary>
    /// <returns>The number of acronyms found.</returns>
    [Benchmark]
    public int Matcher()
    {
        var found = 0;
        foreach (var body in _bodies)
        {
            for (var start = 0; _matcher.TryFind(body, start, out var index, out var term); start = index + term.Length)
            {
                found++;
            }
        }

        return found;
    }
}
