using BenchmarkDotNet.Attributes;
using Rdd.Domain.Reports;
using Rdd.Domain.Validation;

namespace Rdd.Benchmarks.Validation;

/// <summary>
/// Validates once a report the processor's caches no longer hold, as <c>rdd build</c> does (the report was read, then
/// the pages built): <see cref="ValidationBenchmarks"/> validates the same report over and over, which keeps the objects
/// of 1 000 actions in the caches but not those of 10 000, and so compares a cached walk with an uncached one.
/// </summary>
/// <remarks>
/// Before each validation, a buffer four times the size of the last-level cache is written through. One validation per
/// iteration, 25 iterations, its own job (run it without <c>--job</c>); 100 000 actions are measured too, to compare two sizes that both exceed the caches.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 25)]
[InvocationCount(1)]
public class ColdValidationBenchmarks
{
    /// <summary>Larger than any cache of the machines we run on (32 MB of L3 on the CI machines).</summary>
    private const int EvictionBytes = 128 * 1024 * 1024;

    private readonly byte[] _eviction = new byte[EvictionBytes];
    private Report _report = null!;

    /// <summary>The number of actions.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Actions { get; set; }

    /// <summary>Reads the generated report.</summary>
    [GlobalSetup]
    public void Setup() => _report = GeneratedContent.Report(Actions);

    /// <summary>Removes the generated folders.</summary>
    [GlobalCleanup]
    public void Cleanup() => GeneratedContent.Clean();

    /// <summary>Pushes the report out of the caches by writing through a large buffer.</summary>
    [IterationSetup]
    public void Evict()
    {
        for (var i = 0; i < _eviction.Length; i += 64)
        {
            _eviction[i]++;
        }
    }

    /// <summary>Validates the report.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ValidationResult Validate() => ReportValidator.Default.Validate(_report);
}
