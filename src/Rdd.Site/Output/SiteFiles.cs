using System.Text;

namespace Rdd.Site.Output;

/// <summary>The files of a built site, in memory, by relative path (forward slashes), in a stable order.</summary>
public sealed class SiteFiles
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>The paths, sorted.</summary>
    public IEnumerable<string> Paths => _files.Keys;

    /// <summary>The number of files.</summary>
    public int Count => _files.Count;

    /// <summary>The total size in bytes.</summary>
    public long Size => _files.Values.Sum(f => (long)f.Length);

    /// <summary>Adds or replaces a text file, written in UTF-8 without byte-order mark.</summary>
    /// <param name="path">The relative path.</param>
    /// <param name="text">The text.</param>
    public void Add(string path, string text) => _files[path] = Encoding.UTF8.GetBytes(text);

    /// <summary>Adds or replaces a file.</summary>
    /// <param name="path">The relative path.</param>
    /// <param name="bytes">The content.</param>
    public void Add(string path, byte[] bytes) => _files[path] = bytes;

    /// <summary>Whether a file exists.</summary>
    /// <param name="path">The relative path.</param>
    /// <returns>True when present.</returns>
    public bool Contains(string path) => _files.ContainsKey(path);

    /// <summary>A file's content.</summary>
    /// <param name="path">The relative path.</param>
    /// <returns>The bytes.</returns>
    public byte[] this[string path] => _files[path];

    /// <summary>A text file's content.</summary>
    /// <param name="path">The relative path.</param>
    /// <returns>The text.</returns>
    public string Text(string path) => Encoding.UTF8.GetString(_files[path]);
}
