using BenchmarkDotNet.Attributes;
using Markdig;
using Rdd.Site.Content;

namespace Rdd.Benchmarks.FastPaths;

/// <summary>The text of 200 action titles: <see cref="PlainTitle"/> (Markdig only for titles with markup), against Markdig for all.</summary>
[MemoryDiagnoser]
public class PlainTitleBenchmarks
{
    private string[] _titles = null!;

    /// <summary>Takes the titles of the generated actions.</summary>
    [GlobalSetup]
    public void Setup() => _titles = [.. FastPathInputs.ActionsOfReport().Select(a => a.Title)];

    /// <summary>Removes the generated folders.</summary>
    [GlobalCleanup]
    public void Cleanup() => GeneratedContent.Clean();

    /// <summary>Every title read by Markdig.</summary>
    /// <returns>The total length.</returns>
    [Benchmark(Baseline = true)]
    public int AllByMarkdig()
    {
        var length = 0;
        foreach (var title in _titles)
        {
            length += Markdown.ToPlainText(title).Trim().Length;
        }

        return length;
    }

    /// <summary>Plain titles taken as they are.</summary>
    /// <returns>The total length.</returns>
    [Benchmark]
    public int Shortcut()
    {
        var length = 0;
        foreach (var title in _titles)
        {
            length += PlainTitle.Of(title).Length;
        }

        return length;
    }
}
