using System.Text;
using BenchmarkDotNet.Attributes;
using Rdd.Site.Content;
using Rdd.Site.Pages;
using Rdd.Site.Rendering;
using Rdd.Site.Tests.Performance;

namespace Rdd.Benchmarks.FastPaths;

/// <summary>
/// The French spacing of every page of a generated 1 000-action site (the printable report included, ~8 MB of HTML):
/// in each page's UTF-8 bytes, from one mark to the next (<see cref="FrenchSpacing"/>), against the plain version,
/// one character after another (tests/Rdd.Site.Tests/Performance/PlainFrenchSpacing.cs). The pages are rendered once,
/// and their non-breaking spaces written back as plain ones: the text as the renderer writes it, before its spacing.
/// </summary>
[MemoryDiagnoser]
public class FrenchSpacingBenchmarks
{
    private string[] _pages = null!;
    private byte[][] _utf8Pages = null!;
    private readonly MemoryStream _buffer = new();

    /// <summary>Renders the pages of the generated site.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var site = PageBuilder.Build(ContentLoader.Load(GeneratedContent.Folder(1_000)));
        var renderer = new PageRenderer(1);
        try
        {
            _pages = [.. site.Pages.Select(page => renderer.RenderAsync(site.Chrome, page).GetAwaiter().GetResult().Replace("&#xA0;", " ", StringComparison.Ordinal))];
        }
        finally
        {
            renderer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        _utf8Pages = [.. _pages.Select(Encoding.UTF8.GetBytes)];
    }

    /// <summary>Removes the generated folders.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _buffer.Dispose();
        GeneratedContent.Clean();
    }

    /// <summary>The plain version, on each page's text.</summary>
    /// <returns>The total length.</returns>
    [Benchmark(Baseline = true)]
    public int Plain()
    {
        var length = 0;
        foreach (var page in _pages)
        {
            length += PlainFrenchSpacing.Apply(page).Length;
        }

        return length;
    }

    /// <summary>What a build does: each page copied into the renderer's buffer, then spaced there.</summary>
    /// <returns>The total length.</returns>
    [Benchmark]
    public int InTheBuffer()
    {
        var length = 0;
        foreach (var page in _utf8Pages)
        {
            _buffer.SetLength(0);
            _buffer.Write(page);
            FrenchSpacing.Apply(_buffer);
            length += (int)_buffer.Length;
        }

        return length;
    }
}
