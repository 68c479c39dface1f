using BenchmarkDotNet.Attributes;
using Rdd.Domain.Json;
using Rdd.Domain.Reports;

namespace Rdd.Benchmarks.Json;

/// <summary>Writes and reads the canonical JSON of a 1 000-action report.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private Report _report = null!;
    private string _json = null!;

    /// <summary>Reads the generated report and serialises it once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _report = GeneratedContent.Report(1_000);
        _json = ReportJson.Serialize(_report);
    }

    /// <summary>Removes the generated folders.</summary>
    [GlobalCleanup]
    public void Cleanup() => GeneratedContent.Clean();

    /// <summary>Report to JSON.</summary>
    /// <returns>The JSON.</returns>
    [Benchmark]
    public string Serialize() => ReportJson.Serialize(_report);

    /// <summary>JSON to report.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public JsonReadResult Deserialize() => ReportJson.Deserialize(_json);
}
