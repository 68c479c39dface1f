namespace Rdd.Site.Import;

/// <summary>
/// Writes the files of an import as a new content folder, all or nothing: into a folder beside the target first, which
/// takes the target's name once every file is written, and is removed if writing fails.
/// </summary>
public static class FolderWriter
{
    private const string StagingMarker = ".rdd-import-";

    /// <summary>Writes <paramref name="files"/> as the content of <paramref name="folder"/>, which must not exist or be empty.</summary>
    /// <param name="files">The files, by path relative to the folder, with « / ».</param>
    /// <param name="folder">The folder to create.</param>
    /// <exception cref="IOException">When writing fails; nothing is left behind.</exception>
    /// <exception cref="UnauthorizedAccessException">When the parent folder may not be written; nothing is left behind.</exception>
    public static void Write(IReadOnlyDictionary<string, byte[]> files, string folder)
    {
        ArgumentNullException.ThrowIfNull(files);
        var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, Path.GetFileName(full) + StagingMarker + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            foreach (var (path, bytes) in files)
            {
                var target = Path.Combine(staging, path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);
            }

            if (Directory.Exists(full))
            {
                // Empty: the caller checked. Removing it lets the staging folder take its name in one move.
                Directory.Delete(full);
            }

            Directory.Move(staging, full);
        }
        catch
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            throw;
        }
    }
}
