using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Rdd.Domain.Reports;

namespace Rdd.Domain.Json;

/// <summary>
/// Writes a report's JSON behind its <c>"$schema"</c> in one buffer sized in advance, rather than serialising it alone
/// and copying it behind the property (the same text: ReportJsonProperties).
/// Measured: docs/performance.md#json-derriere-schema, tests/Rdd.Benchmarks/FastPaths/SchemaPrefixBenchmarks.cs.
/// </summary>
internal static class SchemaPrefixedJson
{
    /// <summary>The indented JSON of <paramref name="report"/>, <c>"$schema"</c> first, in UTF-8.</summary>
    public static byte[] Serialize(Report report, string schemaUri, JsonTypeInfo<Report> typeInfo)
    {
        // The report is an object with required properties, written « {\n  "authority": … »: "$schema" goes in front of
        // its first property, as the indented writer would have put it, without reading the document back.
        var property = Encoding.UTF8.GetBytes($"{{\n  \"{JsonContract.SchemaPropertyName}\": \"").Concat(JsonEncodedText.Encode(schemaUri, typeInfo.Options.Encoder).EncodedUtf8Bytes.ToArray()).Concat("\","u8.ToArray()).ToArray();
        using var buffer = new MemoryStream(EstimatedSize(report));
        buffer.Write(property);
        using (var rest = new SkipFirstByte(buffer))
        {
            JsonSerializer.Serialize(rest, report, typeInfo);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// A little more than the size of a report's JSON: its texts, and room for the rest (an estimate a little short
    /// would have the buffer doubled, a large array allocated and copied for a few bytes).
    /// </summary>
    private static int EstimatedSize(Report report)
    {
        long size = 64 * 1024;
        foreach (var placed in report.AllActions())
        {
            size += (placed.Action.Body.Length * 23L / 20) + 768;
        }

        return (int)Math.Min(size, int.MaxValue / 2);
    }

    /// <summary>Writes to another stream all but the first byte written (the « { » of the serialized report).</summary>
    private sealed class SkipFirstByte(Stream inner) : Stream
    {
        private bool _skipped;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (!_skipped && buffer.Length > 0)
            {
                _skipped = true;
                buffer = buffer[1..];
            }

            inner.Write(buffer);
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
