using Markdig;
using Markdig.Syntax;

namespace Rdd.Site.Content;

/// <summary>
/// Leaves unparsed the inlines of a block without « &lt; » or « [ », which therefore holds nothing the safety check
/// looks for; the check finds the same nodes as after a full parse (FastPathTests).
/// Measured: docs/performance.md#elements-en-ligne-lus-au-besoin, tests/Rdd.Benchmarks/FastPaths/CheckedInlinesBenchmarks.cs.
/// </summary>
/// <remarks>
/// Raw HTML, autolinks, links and images all begin with « &lt; » or « [ », and the reader of sections only needs the
/// blocks (its headings). Parsing inlines is most of the cost of parsing, and most blocks are plain paragraphs.
/// </remarks>
internal sealed class CheckedInlinesOnly : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        foreach (var parser in pipeline.BlockParsers)
        {
            parser.Closed += (_, block) =>
            {
                if (block is LeafBlock { ProcessInlines: true } leaf && !MayHoldChecked(leaf))
                {
                    leaf.ProcessInlines = false;
                }
            };
        }
    }

    public void Setup(MarkdownPipeline pipeline, Markdig.Renderers.IMarkdownRenderer renderer)
    {
    }

    private static bool MayHoldChecked(LeafBlock leaf)
    {
        var lines = leaf.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines.Lines[i].Slice.AsSpan().IndexOfAny('<', '[') >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
