using System.Text;
using Rdd.Domain.Validation;
using Rdd.Site.Content;

namespace Rdd.Site.Tests;

/// <summary>
/// A copy of the fictional content folder (tests/fixtures/commune-fictive) in a temporary directory, which a test
/// edits before loading it; disposing deletes it.
/// </summary>
internal sealed class TempContent : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    
    /// <summary>Creates a temporary folder, holding a copy of the fixture unless <paramref name="copyFixture"/> is false.</summary>
    public TempContent(bool copyFixture = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "rdd-site-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (copyFixture)
        {
            Copy(FixtureRoot, Root);
        }
    }

    /// <summary>Creates a temporary folder holding a copy of <paramref name="source"/>.</summary>
    public TempContent(string source)
        : this(copyFixture: false)
    {
        Copy(source, Root);
    }

    /// <summary>The folder holding Rdd.sln.</summary>
    public static string RepoRoot => RepositoryRoot.Path;

    /// <summary>The fictional content folder.</summary>
    public static string FixtureRoot => Path.Combine(RepoRoot, "tests", "fixtures", "commune-fictive");

    /// <summary>The content folder.</summary>
    public string Root { get; }

    /// <summary>An empty content folder.</summary>
    public static TempContent Empty() => new(copyFixture: false);

    public string FullPath(string relative) => Path.Combine(Root, relative);

    public bool Exists(string relative) => File.Exists(FullPath(relative));

    public string Read(string relative) => File.ReadAllText(FullPath(relative), Utf8);

    /// <summary>Writes a file in UTF-8 without byte-order mark, creating its folder.</summary>
    public TempContent Write(string relative, string text) => WriteBytes(relative, Utf8.GetBytes(text));

    public TempContent WriteBytes(string relative, byte[] bytes)
    {
        var full = FullPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    public TempContent Edit(string relative, Func<string, string> edit) => Write(relative, edit(Read(relative)));

    /// <summary>Replaces the single occurrence of <paramref name="old"/>, failing when it is not there exactly once.</summary>
    public TempContent Replace(string relative, string old, string replacement)
    {
        var text = Read(relative);
        var first = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(first >= 0, $"« {old} » not found in {relative}.");
        Assert.True(text.IndexOf(old, first + 1, StringComparison.Ordinal) < 0, $"« {old} » found more than once in {relative}.");
        return Write(relative, string.Concat(text.AsSpan(0, first), replacement, text.AsSpan(first + old.Length)));
    }

    public TempContent Delete(string relative)
    {
        var full = FullPath(relative);
        if (Directory.Exists(full))
        {
            Directory.Delete(full, recursive: true);
        }
        else
        {
            File.Delete(full);
        }

        return this;
    }

    public TempContent Move(string relative, string destination)
    {
        var full = FullPath(relative);
        if (Directory.Exists(full))
        {
            Directory.Move(full, FullPath(destination));
        }
        else
        {
            File.Move(full, FullPath(destination));
        }

        return this;
    }

    /// <summary>The 1-based line of the first line containing <paramref name="needle"/>.</summary>
    public int LineOf(string relative, string needle)
    {
        var lines = Read(relative).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(needle, StringComparison.Ordinal));
        Assert.True(index >= 0, $"« {needle} » not found in {relative}.");
        return index + 1;
    }

    /// <summary>The 1-based column of <paramref name="needle"/> in its line.</summary>
    public int ColumnOf(string relative, string needle)
    {
        var lines = Read(relative).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var line = lines.First(l => l.Contains(needle, StringComparison.Ordinal));
        return line.IndexOf(needle, StringComparison.Ordinal) + 1;
    }

    public LoadedContent Load() => ContentLoader.Load(Root);

    public CheckResult Check() => ContentChecker.Check(Root);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder is not worth failing a test.
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var (relative, bytes) in Cached.GetOrAdd(Path.GetFullPath(from), f => new Lazy<IReadOnlyList<(string, byte[])>>(() => ReadFiles(f))).Value)
        {
            var full = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }

    /// <summary>Each copied folder's files, read once: writing them is faster than copying them file by file.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<IReadOnlyList<(string Relative, byte[] Bytes)>>> Cached = new(StringComparer.Ordinal);

    private static IReadOnlyList<(string Relative, byte[] Bytes)> ReadFiles(string from) =>
        Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(from, f), File.ReadAllBytes(f)))
            .ToList();
}

/// <summary>Assertions on diagnostics.</summary>
internal static class Diagnostics
{
    /// <summary>The only diagnostic with <paramref name="code"/>, failing with the full list otherwise.</summary>
    public static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, string code)
    {
        var all = diagnostics.ToList();
        var matching = all.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"Expected one {code}, got {matching.Count}:\n{Describe(all)}");
        return matching[0];
    }

    /// <summary>Asserts that <paramref name="diagnostics"/> is exactly one diagnostic, with <paramref name="code"/>.</summary>
    public static Diagnostic Only(IEnumerable<Diagnostic> diagnostics, string code)
    {
        var all = diagnostics.ToList();
        Assert.True(all.Count == 1 && all[0].Code == code, $"Expected only {code}, got:\n{Describe(all)}");
        return all[0];
    }

    public static void None(IEnumerable<Diagnostic> diagnostics)
    {
        var all = diagnostics.ToList();
        Assert.True(all.Count == 0, $"Expected no diagnostic, got:\n{Describe(all)}");
    }

    /// <summary>Asserts the code, severity-independent location (file, line, column) of <paramref name="diagnostic"/>.</summary>
    public static void At(Diagnostic diagnostic, string code, string path, int line, int column)
    {
        Assert.Equal(code, diagnostic.Code);
        Assert.NotNull(diagnostic.Location);
        Assert.Equal(new SourceLocation(path, line, column), diagnostic.Location);
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join('\n', diagnostics.Select(d => d.ToString())) is { Length: > 0 } text ? text : "(none)";
}
