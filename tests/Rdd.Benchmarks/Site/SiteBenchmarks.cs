using BenchmarkDotNet.Attributes;
using Rdd.Site;

namespace Rdd.Benchmarks.Site;

/// <summary>Builds the default content site (the repository's <c>content/</c>) in memory, without writing it.</summary>
[MemoryDiagnoser]
public class SiteBenchmarks
{
    private string _content = null!;

    /// <summary>Finds the content folder.</summary>
    [GlobalSetup]
    public void Setup() => _content = GeneratedContent.DefaultContent();

    /// <summary>Builds the site.</summary>
    /// <returns>The build.</returns>
    /// <exception cref="InvalidOperationException">The content has errors.</exception>
    [Benchmark]
    public async Task<SiteBuild> Build()
    {
        var build = await SiteGenerator.BuildAsync(_content, new BuildOptions()).ConfigureAwait(false);
        return build.Success ? build : throw new InvalidOperationException("The default content did not build.");
    }
}
