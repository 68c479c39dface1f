using BenchmarkDotNet.Attributes;
using Markdig;
using Markdig.Syntax;
using Rdd.Site.Markup;

namespace Rdd.Benchmarks.FastPaths;

/// <summary>
/// The HTML of 200 parsed action bodies: written into this thread's writer and copied once without its last line break
/// (<see cref="ThreadHtmlWriter"/>), against Markdig's own <c>ToHtml</c> followed by <c>TrimEnd</c>.
/// </summary>
[MemoryDiagnoser]
public class HtmlWriterBenchmarks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().DisableHtml().Build();

    private MarkdownDocument[] _documents = null!;

    /// <summary>Parses the bodies of the generated actions.</summary>
    [GlobalSetup]
    public void Setup() => _documents = [.. FastPathInputs.ActionsOfReport().Select(a => Markdown.Parse(a.Body, Pipeline))];

    /// <summary>Removes the generated folders.</summary>
    [GlobalCleanup]
    public void Cleanup() => GeneratedContent.Clean();

    /// <summary>Markdig's <c>ToHtml</c>, then <c>TrimEnd</c>.</summary>
    /// <returns>The total length.</returns>
    [Benchmark(Baseline = true)]
    public int ToHtmlTrimmed()
    {
        var length = 0;
        foreach (var document in _documents)
        {
            length += document.ToHtml(Pipeline).TrimEnd().Length;
        }

        return length;
    }

    /// <summary>This thread's writer.</summary>
    /// <returns>The total length.</returns>
    [Benchmark]
    public int ThreadWriter()
    {
        var length = 0;
        foreach (var document in _documents)
        {
            length += ThreadHtmlWriter.ToHtml(document, Pipeline).Length;
        }

        return length;
    }
}
