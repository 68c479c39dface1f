using System.Buffers;

namespace Rdd.Site.Content;

/// <summary>
/// The bytes of a file read into an array borrowed from the shared pool, given back on <see cref="Dispose"/>: a content
/// file's bytes are decoded once and never kept, so no array is allocated for them.
/// Measured: docs/performance.md#lecture-des-fichiers, tests/Rdd.Benchmarks/FastPaths/SourceTextBenchmarks.cs.
/// </summary>
internal readonly struct PooledFileBytes : IDisposable
{
    private readonly byte[] _array;
    private readonly int _count;

    private PooledFileBytes(byte[] array, int count)
    {
        _array = array;
        _count = count;
    }

    /// <summary>The bytes read.</summary>
    public ReadOnlySpan<byte> Span => _array.AsSpan(0, _count);

    /// <summary>Reads <paramref name="path"/>, at most <paramref name="maxBytes"/> bytes; throws as <see cref="File.OpenHandle"/> does.</summary>
    public static PooledFileBytes Read(string path, long maxBytes)
    {
        using var handle = File.OpenHandle(path);
        var array = ArrayPool<byte>.Shared.Rent((int)Math.Min(maxBytes, RandomAccess.GetLength(handle)));
        var count = 0;
        try
        {
            for (int read; count < array.Length && (read = RandomAccess.Read(handle, array.AsSpan(count), count)) > 0;)
            {
                count += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(array);
            throw;
        }

        return new PooledFileBytes(array, count);
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_array);
}
