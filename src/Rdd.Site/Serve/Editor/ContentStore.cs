using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Rdd.Site.Content;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// The content folder as the editor reads and writes it: every path is checked (inside the folder, no « .. », no
/// symbolic link, as the loader reads), every write names the version it replaces and is refused when the file changed
/// on disk since (another editor, a git pull), keeps the previous version under <see cref="HistoryFolder"/> (a dot
/// folder, which the loader and the preview's watcher skip), and replaces the file at once (a temporary file, then a
/// rename). The last change, of one file or several, can be undone.
/// </summary>
internal sealed class ContentStore
{
    /// <summary>Where previous versions are kept, relative to the content folder.</summary>
    public const string HistoryFolder = ".rdd/historique";

    private const string ManifestName = "modification.txt";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly object _gate = new();
    private int _sequence;

    /// <summary>Opens the content folder <paramref name="root"/>.</summary>
    /// <param name="root">The content folder.</param>
    public ContentStore(string root)
    {
        Root = Path.GetFullPath(root);
    }

    /// <summary>The content folder, as a full path.</summary>
    public string Root { get; }

    /// <summary>
    /// Whether <paramref name="relativePath"/> names a place the editor may read or write: relative, with « / », no empty
    /// part, no « . » or « .. », no part starting with a dot (the history, git), nothing but letters, digits, « - », « _ »
    /// and « . » in each part, and no symbolic link on the way.
    /// </summary>
    /// <param name="relativePath">The path, relative to the content folder.</param>
    /// <returns>Whether it is allowed.</returns>
    public bool IsAllowed(string relativePath)
    {
        if (string.IsNullOrEmpty(relativePath) || relativePath.Length > 200)
        {
            return false;
        }

        var parts = relativePath.Split('/');
        return parts.All(p => p.Length > 0 && !p.StartsWith('.') && p.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            && !HasLink(relativePath)
            && ContentPaths.IsInside(Root, Path.Combine(Root, relativePath));
    }

    /// <summary>Reads a file; null when the path is not allowed or the file does not exist.</summary>
    /// <param name="relativePath">The file, relative to the content folder.</param>
    /// <returns>Its text (UTF-8, as written, line endings kept) and its version.</returns>
    public StoredFile? Read(string relativePath)
    {
        if (!IsAllowed(relativePath) || !File.Exists(Full(relativePath)))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(Full(relativePath));
        return new StoredFile(relativePath, Utf8.GetString(bytes), VersionOf(bytes));
    }

    /// <summary>Whether a file or folder exists at an allowed path.</summary>
    /// <param name="relativePath">The path, relative to the content folder.</param>
    /// <returns>Whether it exists.</returns>
    public bool Exists(string relativePath) => IsAllowed(relativePath) && Path.Exists(Full(relativePath));

    /// <summary>The version of a file's bytes: their SHA-256, in lower-case hexadecimal.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>64 hexadecimal digits.</returns>
    public static string VersionOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// Applies <paramref name="edits"/> together: refused when a path is not allowed or a file is no longer at the
    /// version the edit was made from; otherwise the files as they were are kept in the history, then each is
    /// replaced, created or deleted.
    /// </summary>
    /// <param name="edits">The files to change.</param>
    /// <returns>What happened.</returns>
    public StoreOutcome Apply(IReadOnlyList<FileEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(edits);
        lock (_gate)
        {
            if (edits.FirstOrDefault(e => !IsAllowed(e.Path)) is { } refused)
            {
                return StoreOutcome.Refused(refused.Path);
            }

            var current = edits.Select(e => Read(e.Path)).ToList();
            for (var i = 0; i < edits.Count; i++)
            {
                if (current[i]?.Version != edits[i].ExpectedVersion)
                {
                    return StoreOutcome.Conflict(edits[i].Path);
                }
            }

            var entry = NewHistoryEntry();
            var manifest = new StringBuilder();
            for (var i = 0; i < edits.Count; i++)
            {
                var kept = current[i] is null ? "-" : Keep(entry, i, edits[i].Path);
                var after = edits[i].NewText is { } text ? VersionOf(Utf8.GetBytes(text)) : "-";
                manifest.Append(edits[i].Path).Append('\t').Append(kept).Append('\t').Append(after).Append('\n');
            }

            File.WriteAllText(Path.Combine(entry, ManifestName), manifest.ToString(), Utf8);
            foreach (var edit in edits)
            {
                if (edit.NewText is { } text)
                {
                    WriteAtomically(edit.Path, Utf8.GetBytes(text));
                }
                else
                {
                    File.Delete(Full(edit.Path));
                    DeleteEmptyFolders(Path.GetDirectoryName(Full(edit.Path))!);
                }
            }

            return StoreOutcome.Done(edits.Select(e => e.Path).ToList());
        }
    }

    /// <summary>The files the last change that can be undone touched; null when there is none.</summary>
    public IReadOnlyList<string>? LastChange
    {
        get
        {
            lock (_gate)
            {
                return LastEntry() is { } entry ? Manifest(entry).Select(m => m.Path).ToList() : null;
            }
        }
    }

    /// <summary>
    /// Restores the files of the last change as they were before it, and forgets it (undoing again undoes the one
    /// before); refused when one of them changed on disk since.
    /// </summary>
    /// <returns>What happened; <see cref="StoreOutcome.Nothing"/> when there is no change to undo.</returns>
    public StoreOutcome Undo()
    {
        lock (_gate)
        {
            if (LastEntry() is not { } entry)
            {
                return StoreOutcome.Nothing;
            }

            var lines = Manifest(entry);
            foreach (var (path, _, after) in lines)
            {
                if ((Read(path)?.Version ?? "-") != after)
                {
                    return StoreOutcome.Conflict(path);
                }
            }

            foreach (var (path, kept, _) in lines.AsEnumerable().Reverse())
            {
                if (kept == "-")
                {
                    File.Delete(Full(path));
                    DeleteEmptyFolders(Path.GetDirectoryName(Full(path))!);
                }
                else
                {
                    WriteAtomically(path, File.ReadAllBytes(Path.Combine(entry, kept)));
                }
            }

            Directory.Delete(entry, recursive: true);
            return StoreOutcome.Done(lines.Select(l => l.Path).ToList());
        }
    }

    private string Full(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>Whether a part of the path, existing, is a symbolic link (refused even when it points inside: the loader reads it, the editor would write through it).</summary>
    private bool HasLink(string relativePath)
    {
        var current = Root;
        foreach (var part in relativePath.Split('/'))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.Exists && info.LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes a temporary file beside the target, then renames it over the target: a reader sees the old file or the new one, never half of one.</summary>
    private void WriteAtomically(string relativePath, byte[] bytes)
    {
        var full = Full(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = Path.Combine(Root, ".rdd", "ecriture-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(temporary)!);
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, full, overwrite: true);
    }

    /// <summary>Removes the folders a deletion left empty, up to the content folder.</summary>
    private void DeleteEmptyFolders(string folder)
    {
        while (folder.Length > Root.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    private string NewHistoryEntry()
    {
        // Named by time, then by a counter, so that the names sort in the order of the changes.
        var name = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture) + "-" + Interlocked.Increment(ref _sequence).ToString("D6", CultureInfo.InvariantCulture);
        var entry = Path.Combine(Root, HistoryFolder, name);
        Directory.CreateDirectory(entry);
        return entry;
    }

    private string Keep(string entry, int index, string relativePath)
    {
        var kept = index.ToString(CultureInfo.InvariantCulture) + "-" + Path.GetFileName(relativePath);
        File.Copy(Full(relativePath), Path.Combine(entry, kept));
        return kept;
    }

    private string? LastEntry()
    {
        var history = Path.Combine(Root, HistoryFolder);
        return Directory.Exists(history)
            ? Directory.EnumerateDirectories(history).Where(d => File.Exists(Path.Combine(d, ManifestName))).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
    }

    private static List<(string Path, string Kept, string After)> Manifest(string entry) =>
        File.ReadAllLines(Path.Combine(entry, ManifestName))
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length == 3)
            .Select(fields => (fields[0], fields[1], fields[2]))
            .ToList();
}

/// <summary>A file of the content folder as the editor read it.</summary>
/// <param name="Path">Its path, relative to the content folder.</param>
/// <param name="Text">Its text, as written (line endings kept).</param>
/// <param name="Version">The SHA-256 of its bytes (<see cref="ContentStore.VersionOf"/>).</param>
internal sealed record StoredFile(string Path, string Text, string Version);

/// <summary>A change to one file.</summary>
/// <param name="Path">The file, relative to the content folder.</param>
/// <param name="NewText">Its new text; null to delete it.</param>
/// <param name="ExpectedVersion">The version the change was made from; null when the file must not exist yet.</param>
internal sealed record FileEdit(string Path, string? NewText, string? ExpectedVersion);

/// <summary>What a write or an undo did.</summary>
/// <param name="Kind">Done, refused, conflict or nothing to do.</param>
/// <param name="Paths">The files concerned.</param>
internal sealed record StoreOutcome(StoreOutcomeKind Kind, IReadOnlyList<string> Paths)
{
    /// <summary>Nothing to undo.</summary>
    public static StoreOutcome Nothing { get; } = new(StoreOutcomeKind.Nothing, []);

    /// <summary>The files were written.</summary>
    /// <param name="paths">The files.</param>
    /// <returns>The outcome.</returns>
    public static StoreOutcome Done(IReadOnlyList<string> paths) => new(StoreOutcomeKind.Done, paths);

    /// <summary>A path is not allowed.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The outcome.</returns>
    public static StoreOutcome Refused(string path) => new(StoreOutcomeKind.Refused, [path]);

    /// <summary>A file changed on disk since it was read.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The outcome.</returns>
    public static StoreOutcome Conflict(string path) => new(StoreOutcomeKind.Conflict, [path]);
}

/// <summary>The kinds of <see cref="StoreOutcome"/>.</summary>
internal enum StoreOutcomeKind
{
    /// <summary>Written or restored.</summary>
    Done,

    /// <summary>A path is not allowed.</summary>
    Refused,

    /// <summary>A file changed on disk since it was read.</summary>
    Conflict,

    /// <summary>Nothing to undo.</summary>
    Nothing,
}
