using BenchmarkDotNet.Attributes;
using Rdd.Site.Search;

namespace Rdd.Benchmarks.FastPaths;

/// <summary>
/// The search normalisation of the titles and bodies of 200 actions: character by character through
/// <see cref="SearchCharMap"/> (<see cref="SearchText.Normalize"/>), against the general normalisation it stands in for.
/// </summary>
[MemoryDiagnoser]
public class SearchNormalizationBenchmarks
{
    private string[] _texts = null!;

    /// <summary>Takes the texts of the generated actions.</summary>
    [GlobalSetup]
    public void Setup() => _texts = [.. FastPathInputs.ActionsOfReport().SelectMany(a => new[] { a.Title, a.Body })];

    /// <summary>Removes the generated folders.</summary>
    [GlobalCleanup]
    public void Cleanup() => GeneratedContent.Clean();

    /// <summary>The general normalisation: decomposition, accents dropped, recomposition.</summary>
    /// <returns>The total length, so that nothing is optimised away.</returns>
    [Benchmark(Baseline = true)]
    public int General()
    {
        var length = 0;
        foreach (var text in _texts)
        {
            length += SearchCharMap.NormalizeGeneral(text).Length;
        }

        return length;
    }

    /// <summary>Character by character, each character's normalisation read from the map.</summary>
    /// <returns>The total length.</returns>
    [Benchmark]
    public int ByCharacter()
    {
        var length = 0;
        foreach (var text in _texts)
        {
            length += SearchText.Normalize(text).Length;
        }

        return length;
    }
}
