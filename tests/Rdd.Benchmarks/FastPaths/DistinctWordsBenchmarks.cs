using BenchmarkDotNet.Attributes;
using Rdd.Site.Search;

namespace Rdd.Benchmarks.FastPaths;

/// <summary>
/// The distinct words of 200 actions as the search index stores them: <see cref="WordTable"/> (one per thread, or a new
/// one per action), against the plain definition (words, distinct, without those that begin another one).
/// </summary>
[MemoryDiagnoser]
public class DistinctWordsBenchmarks
{
    private string?[][] _actions = null!;

    /// <summary>Takes the texts of the generated actions, as the index reads them.</summary>
    [GlobalSetup]
    public void Setup() => _actions = [.. FastPathInputs.ActionsOfReport().Select(a => new string?[] { a.Title, a.Body, a.Id })];

    /// <summary>Removes the generated folders.</summary>
    [GlobalCleanup]
    public void Cleanup() => GeneratedContent.Clean();

    /// <summary>The plain definition, with LINQ.</summary>
    /// <returns>The total length.</returns>
    [Benchmark(Baseline = true)]
    public int Plain()
    {
        var length = 0;
        foreach (var texts in _actions)
        {
            var words = texts.SelectMany(t => SearchText.Words(t)).Distinct(StringComparer.Ordinal).ToList();
            length += string.Join(' ', words.Where(w => !words.Any(v => v.Length > w.Length && v.StartsWith(w, StringComparison.Ordinal)))).Length;
        }

        return length;
    }

    /// <summary>The table, a new one for each action.</summary>
    /// <returns>The total length.</returns>
    [Benchmark]
    public int NewTable()
    {
        var length = 0;
        foreach (var texts in _actions)
        {
            length += new WordTable().DistinctWordsText(texts).Length;
        }

        return length;
    }

    /// <summary>The table of this thread, reused from action to action (what the index does).</summary>
    /// <returns>The total length.</returns>
    [Benchmark]
    public int ThreadTable()
    {
        var length = 0;
        foreach (var texts in _actions)
        {
            length += SearchText.DistinctWordsText(texts).Length;
        }

        return length;
    }
}
