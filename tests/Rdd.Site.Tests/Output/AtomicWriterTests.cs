using Rdd.Site.Output;
using Rdd.Site.Tests.Site;

namespace Rdd.Site.Tests.Output;

/// <summary>RDD3002 and the swap: a failed or interrupted write never damages the previous site.</summary>
public sealed class AtomicWriterTests : IDisposable
{
    private readonly SiteTempFolder _temp = new();

    private string Output => _temp.Combine("site");

    public void Dispose() => _temp.Dispose();

    private static SiteFiles Files(string marker, params string[] extra)
    {
        var files = new SiteFiles();
        files.Add("index.html", $"<p>{marker}</p>");
        files.Add("budget/index.html", $"<p>budget {marker}</p>");
        files.Add("assets/site.css", "body{}");
        foreach (var path in extra)
        {
            files.Add(path, marker);
        }

        return files;
    }

    /// <summary>Every file under a folder, by relative path, with its text.</summary>
    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);

    private List<string> Siblings() => Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    /// <summary>A file name longer than any file system allows: the write fails while the staging folder is being filled.</summary>
    private static readonly string Unwritable = new string('x', 300) + ".html";

    [Fact]
    public void Write_NewOutput_IsWritten()
    {
        Assert.Null(AtomicWriter.Write(Files("v1"), Output));
        Assert.Equal(Snapshot(Output).Keys.Order(StringComparer.Ordinal), ["assets/site.css", "budget/index.html", "index.html"]);
        Assert.Equal(["site"], Siblings());
    }

    [Fact]
    public void Write_ExistingOutput_IsReplacedEntirely()
    {
        Assert.Null(AtomicWriter.Write(Files("v1", "ancienne-page/index.html"), Output));
        Assert.Null(AtomicWriter.Write(Files("v2"), Output));
        var files = Snapshot(Output);
        Assert.Equal(["assets/site.css", "budget/index.html", "index.html"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("<p>v2</p>", files["index.html"]);
        Assert.Equal(["site"], Siblings());
    }

    [Fact]
    public void Write_Failed_IsRDD3002AndLeavesThePreviousOutputUnchanged()
    {
        Assert.Null(AtomicWriter.Write(Files("v1"), Output));
        var before = Snapshot(Output);
        var failure = AtomicWriter.Write(Files("v2", "a/b/c.html", Unwritable), Output);
        Assert.NotNull(failure);
        Assert.Equal("RDD3002", failure.Code);
        Assert.Equal(Rdd.Domain.Validation.Severity.Error, failure.Severity);
        Assert.Contains(Output, failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(Output));
        Assert.Equal(["site"], Siblings());
    }

    [Fact]
    public void Write_FilesThatClash_FailsWithoutTouchingThePreviousOutput()
    {
        Assert.Null(AtomicWriter.Write(Files("v1"), Output));
        var before = Snapshot(Output);
        var clashing = Files("v2");
        clashing.Add("budget", "a file where a folder must be");
        var failure = AtomicWriter.Write(clashing, Output);
        Assert.Equal("RDD3002", failure?.Code);
        Assert.Equal(before, Snapshot(Output));
        Assert.Equal(["site"], Siblings());
    }

    [Fact]
    public void Write_OutputWhoseParentIsAFile_IsRDD3002()
    {
        var blocker = _temp.Combine("fichier");
        File.WriteAllText(blocker, "not a folder");
        var failure = AtomicWriter.Write(Files("v1"), Path.Combine(blocker, "site"));
        Assert.Equal("RDD3002", failure?.Code);
        Assert.Equal("not a folder", File.ReadAllText(blocker));
        Assert.Equal(["fichier"], Siblings());
    }

    [Fact]
    public void Write_ReadOnlyParent_IsRDD3002AndKeepsThePreviousOutput()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var parent = _temp.Combine("lecture-seule");
        var output = Path.Combine(parent, "site");
        Assert.Null(AtomicWriter.Write(Files("v1"), output));
        var before = Snapshot(output);
        File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var failure = AtomicWriter.Write(Files("v2"), output);
            if (Environment.UserName == "root" && failure is null)
            {
                // Root ignores permission bits: the write succeeds, and must then be whole.
                Assert.Equal("<p>v2</p>", File.ReadAllText(Path.Combine(output, "index.html")));
                return;
            }

            Assert.Equal("RDD3002", failure?.Code);
            Assert.Equal(before, Snapshot(output));
        }
        finally
        {
            File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName).ToList());
    }

    [Fact]
    public void Write_SwapInterruptedAfterRetiringTheOutput_IsRecoveredBeforeAnythingElse()
    {
        // A build killed between the two moves: the previous site is under its retired name and there is no output.
        Assert.Null(AtomicWriter.Write(Files("v1"), Output));
        var before = Snapshot(Output);
        Directory.Move(Output, Output + ".rdd-previous-0badf00d");

        // The next write fails: the recovered previous site must be back in place, complete.
        Assert.Equal("RDD3002", AtomicWriter.Write(Files("v2", Unwritable), Output)?.Code);
        Assert.Equal(before, Snapshot(Output));
        Assert.Equal(["site"], Siblings());
    }

    [Fact]
    public void Write_SwapInterruptedAfterRetiringTheOutput_IsReplacedByTheNextGoodWrite()
    {
        Assert.Null(AtomicWriter.Write(Files("v1"), Output));
        Directory.Move(Output, Output + ".rdd-previous-0badf00d");
        Assert.Null(AtomicWriter.Write(Files("v2"), Output));
        Assert.Equal("<p>v2</p>", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal(["site"], Siblings());
    }

    [Fact]
    public void Write_LeftoverStagingAndRetiredFolders_AreRemoved()
    {
        Assert.Null(AtomicWriter.Write(Files("v1"), Output));
        foreach (var leftover in new[] { "site.rdd-staging-12345678", "site.rdd-staging-abcdef01", "site.rdd-previous-87654321" })
        {
            Directory.CreateDirectory(_temp.Combine(leftover, "partie-1"));
            File.WriteAllText(_temp.Combine(leftover, "partie-1", "index.html"), "half-written");
        }

        // Another site's leftovers beside it are not ours to remove.
        Directory.CreateDirectory(_temp.Combine("autre.rdd-staging-12345678"));
        Assert.Null(AtomicWriter.Write(Files("v2"), Output));
        Assert.Equal(["autre.rdd-staging-12345678", "site"], Siblings());
        Assert.Equal("<p>v2</p>", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void Write_TrailingSeparator_NamesTheSameOutput()
    {
        Assert.Null(AtomicWriter.Write(Files("v1"), Output + Path.DirectorySeparatorChar));
        Assert.Null(AtomicWriter.Write(Files("v2"), Output + Path.DirectorySeparatorChar));
        Assert.Equal("<p>v2</p>", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal(["site"], Siblings());
    }
}
