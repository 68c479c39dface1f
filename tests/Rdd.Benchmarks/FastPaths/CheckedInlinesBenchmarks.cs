using BenchmarkDotNet.Attributes;
using Markdig;
using Rdd.Site.Content;

namespace Rdd.Benchmarks.FastPaths;

/// <summary>
/// The parse of the safety check on the bodies of 200 actions: inlines parsed only where the check may find something
/// (<see cref="CheckedInlinesOnly"/>), against a full parse with the same extensions.
/// </summary>
[MemoryDiagnoser]
public class CheckedInlinesBenchmarks
{
    private static readonly MarkdownPipeline Full = new MarkdownPipelineBuilder().UsePipeTables().UsePreciseSourceLocation().Build();

    private string[] _bodies = null!;

    /// <summary>Takes the bodies of the generated actions.</summary>
    [GlobalSetup]
    public void Setup() => _bodies = [.. FastPathInputs.ActionsOfReport().Select(a => a.Body)];

    /// <summary>Removes the generated folders.</summary>
    [GlobalCleanup]
    public void Cleanup() => GeneratedContent.Clean();

    /// <summary>Every block's inlines parsed.</summary>
    /// <returns>The number of top-level blocks.</returns>
    [Benchmark(Baseline = true)]
    public int FullParse()
    {
        var blocks = 0;
        foreach (var body in _bodies)
        {
            blocks += Markdown.Parse(body, Full).Count;
        }

        return blocks;
    }

    /// <summary>The check's pipeline.</summary>
    /// <returns>The number of top-level blocks.</returns>
    [Benchmark]
    public int CheckedOnly()
    {
        var blocks = 0;
        foreach (var body in _bodies)
        {
            blocks += Markdown.Parse(body, MarkdownSafety.Pipeline).Count;
        }

        return blocks;
    }
}
