using BenchmarkDotNet.Attributes;
using Rdd.Site.Content;
using Rdd.Site.Pages;
using Rdd.Site.Rendering;

namespace Rdd.Benchmarks.Rendering;

/// <summary>Renders one section page (25 actions) of a generated 1 000-action site with Razor's HtmlRenderer.</summary>
[MemoryDiagnoser]
public class RenderingBenchmarks
{
    private PageRenderer _renderer = null!;
    private SiteModel _site = null!;
    private PageModel _section = null!;

    /// <summary>Builds the site model and the renderer.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _site = PageBuilder.Build(ContentLoader.Load(GeneratedContent.Folder(1_000)));
        _section = _site.Pages.OfType<SectionPage>().First();
        _renderer = new PageRenderer(1);
    }

    /// <summary>Disposes of the renderer and removes the generated folders.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _renderer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        GeneratedContent.Clean();
    }

    /// <summary>Renders the section page.</summary>
    /// <returns>The HTML.</returns>
    [Benchmark]
    public Task<string> RenderSection() => _renderer.RenderAsync(_site.Chrome, _section);
}
