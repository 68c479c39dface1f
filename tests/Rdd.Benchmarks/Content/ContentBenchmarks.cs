using BenchmarkDotNet.Attributes;
using Rdd.Site.Content;

namespace Rdd.Benchmarks.Content;

/// <summary>Reads generated content folders of growing size (Markdown and YAML parsing, source map): the cost must grow linearly.</summary>
[MemoryDiagnoser]
public class ContentBenchmarks
{
    private string _folder = null!;

    /// <summary>The number of actions.</summary>
    [Params(100, 1_000, 10_000)]
    public int Actions { get; set; }

    /// <summary>Generates the folder.</summary>
    [GlobalSetup]
    public void Setup() => _folder = GeneratedContent.Folder(Actions);

    /// <summary>Removes the generated folders.</summary>
    [GlobalCleanup]
    public void Cleanup() => GeneratedContent.Clean();

    /// <summary>Loads the folder.</summary>
    /// <returns>The content.</returns>
    [Benchmark]
    public LoadedContent Load() => ContentLoader.Load(_folder);
}
