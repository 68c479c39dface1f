using BenchmarkDotNet.Attributes;
using Rdd.Domain.Reports;
using Rdd.Domain.Validation;

namespace Rdd.Benchmarks.Validation;

/// <summary>Runs the default rules on reports of growing size: the cost must grow linearly.</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private Report _report = null!;

    /// <summary>The number of actions.</summary>
    [Params(100, 1_000, 10_000)]
    public int Actions { get; set; }

    /// <summary>Reads the generated report.</summary>
    [GlobalSetup]
    public void Setup() => _report = GeneratedContent.Report(Actions);

    /// <summary>Removes the generated folders.</summary>
    [GlobalCleanup]
    public void Cleanup() => GeneratedContent.Clean();

    /// <summary>Validates the report.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ValidationResult Validate() => ReportValidator.Default.Validate(_report);
}
