using System.Text;

namespace Rdd.Site.Output;

/// <summary>
/// The files of a built site by relative path (forward slashes), in a stable order: in memory, or written to a folder
/// as they are added (<see cref="SiteFiles(string)"/>), so that a large site is never held whole in memory.
/// </summary>
public sealed class SiteFiles
{
    private readonly SortedDictionary<string, byte[]?> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _sizes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Creates an empty set of files, kept in memory.</summary>
    public SiteFiles()
    {
    }

    /// <summary>Creates an empty set of files, each written to <paramref name="folder"/> when added; only their sizes stay in memory.</summary>
    /// <param name="folder">An existing folder (the staging folder of <see cref="AtomicWriter"/>).</param>
    public SiteFiles(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Folder = folder;
    }

    /// <summary>The folder files are written to as they are added; null when they are kept in memory.</summary>
    public string? Folder { get; }

    /// <summary>The paths, sorted.</summary>
    public IEnumerable<string> Paths
    {
        get
        {
            lock (_gate)
            {
                return _files.Keys.ToList();
            }
        }
    }

    /// <summary>The number of files.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _files.Count;
            }
        }
    }

    /// <summary>The total size in bytes.</summary>
    public long Size
    {
        get
        {
            lock (_gate)
            {
                return _sizes.Values.Sum();
            }
        }
    }

    /// <summary>Adds or replaces a text file, written in UTF-8 without byte-order mark.</summary>
    /// <param name="path">The relative path.</param>
    /// <param name="text">The text.</param>
    public void Add(string path, string text) => Add(path, Encoding.UTF8.GetBytes(text));

    /// <summary>Adds or replaces a file; safe to call from several threads at once.</summary>
    /// <param name="path">The relative path.</param>
    /// <param name="bytes">The content.</param>
    /// <exception cref="IOException">The file could not be written to <see cref="Folder"/>.</exception>
    public void Add(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Add(path, bytes, bytes);
    }

    /// <summary>Adds or replaces a file, copying <paramref name="bytes"/> if it must be kept; safe to call from several threads at once.</summary>
    /// <param name="path">The relative path.</param>
    /// <param name="bytes">The content.</param>
    /// <exception cref="IOException">The file could not be written to <see cref="Folder"/>.</exception>
    public void Add(string path, ReadOnlySpan<byte> bytes) => Add(path, bytes, null);

    private void Add(string path, ReadOnlySpan<byte> bytes, byte[]? array)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Folder is not null)
        {
            var target = PathIn(Folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }

        var kept = Folder is null ? array ?? bytes.ToArray() : null;
        lock (_gate)
        {
            _files[path] = kept;
            _sizes[path] = bytes.Length;
        }
    }

    /// <summary>Whether a file exists.</summary>
    /// <param name="path">The relative path.</param>
    /// <returns>True when present.</returns>
    public bool Contains(string path)
    {
        lock (_gate)
        {
            return _files.ContainsKey(path);
        }
    }

    /// <summary>A file's content (read back from <see cref="Folder"/> when files are written there).</summary>
    /// <param name="path">The relative path.</param>
    /// <returns>The bytes.</returns>
    public byte[] this[string path]
    {
        get
        {
            byte[]? bytes;
            lock (_gate)
            {
                bytes = _files[path];
            }

            return bytes ?? File.ReadAllBytes(PathIn(Folder!, path));
        }
    }

    /// <summary>Where the file at <paramref name="path"/> (forward slashes) is written under <paramref name="folder"/>.</summary>
    /// <param name="folder">The site's folder.</param>
    /// <param name="path">The file's relative path.</param>
    /// <returns>The full path, with the system's separators.</returns>
    public static string PathIn(string folder, string path) => Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>A text file's content.</summary>
    /// <param name="path">The relative path.</param>
    /// <returns>The text.</returns>
    public string Text(string path) => Encoding.UTF8.GetString(this[path]);
}
