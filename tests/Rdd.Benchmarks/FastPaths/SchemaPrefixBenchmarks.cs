using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Rdd.Domain.Json;
using Rdd.Domain.Reports;

namespace Rdd.Benchmarks.FastPaths;

/// <summary>
/// The canonical JSON of a 1 000-action report with its <c>"$schema"</c>: written behind it in one buffer sized in
/// advance (<see cref="ReportJson.SerializeToUtf8Bytes"/>), against the JSON serialised alone, then copied behind it.
/// </summary>
[MemoryDiagnoser]
public class SchemaPrefixBenchmarks
{
    private const string SchemaUri = "rapport.schema.json";

    private Report _report = null!;

    /// <summary>Reads the generated report.</summary>
    [GlobalSetup]
    public void Setup() => _report = FastPathInputs.Report();

    /// <summary>Removes the generated folders.</summary>
    [GlobalCleanup]
    public void Cleanup() => GeneratedContent.Clean();

    /// <summary>Serialised alone, then copied behind <c>{ "$schema": …,</c> (its own « { » dropped).</summary>
    /// <returns>The JSON.</returns>
    [Benchmark(Baseline = true)]
    public byte[] SerializeThenCopy()
    {
        var json = ReportJson.SerializeToUtf8Bytes(_report);
        var property = Encoding.UTF8.GetBytes("{\n  \"$schema\": \"" + JsonEncodedText.Encode(SchemaUri).ToString() + "\",");
        var result = new byte[property.Length + json.Length - 1];
        property.CopyTo(result, 0);
        json.AsSpan(1).CopyTo(result.AsSpan(property.Length));
        return result;
    }

    /// <summary>What <see cref="ReportJson"/> does.</summary>
    /// <returns>The JSON.</returns>
    [Benchmark]
    public byte[] WrittenBehind() => ReportJson.SerializeToUtf8Bytes(_report, SchemaUri);
}
