using BenchmarkDotNet.Attributes;
using Rdd.Site.Content;

namespace Rdd.Benchmarks.FastPaths;

/// <summary>
/// Every file of a generated 1 000-action content folder read as text: through a buffer borrowed from the array pool
/// (<see cref="SourceText.Read"/>), against the bytes read into a new array.
/// </summary>
[MemoryDiagnoser]
public class SourceTextBenchmarks
{
    private string _root = null!;
    private string[] _files = null!;

    /// <summary>Lists the files of the generated folder.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _root = GeneratedContent.Folder(1_000);
        _files = [.. Directory.EnumerateFiles(_root, "*.*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_root, f))];
    }

    /// <summary>Removes the generated folders.</summary>
    [GlobalCleanup]
    public void Cleanup() => GeneratedContent.Clean();

    /// <summary>The same checks, a new array for each file (<c>File.ReadAllBytes</c>), then decoded.</summary>
    /// <returns>The total length.</returns>
    [Benchmark(Baseline = true)]
    public int NewArray()
    {
        var length = 0;
        var bag = new DiagnosticBag();
        foreach (var file in _files)
        {
            var full = Path.Combine(_root, file);
            if (ContentPaths.StaysInside(_root, file) && new FileInfo(full).Length <= SourceText.MaxBytes)
            {
                length += SourceText.Decode(file, File.ReadAllBytes(full), bag)?.Text.Length ?? 0;
            }
        }

        return length;
    }

    /// <summary>What the loader does.</summary>
    /// <returns>The total length.</returns>
    [Benchmark]
    public int PooledArray()
    {
        var length = 0;
        var bag = new DiagnosticBag();
        foreach (var file in _files)
        {
            length += SourceText.Read(_root, file, bag)?.Text.Length ?? 0;
        }

        return length;
    }
}
