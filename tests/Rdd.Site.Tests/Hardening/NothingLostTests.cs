using System.Diagnostics;
using System.Security.Cryptography;
using Rdd.Site.Serve;
using Rdd.Site.Tests.Output;
using Rdd.Site.Tests.Site;

namespace Rdd.Site.Tests.Hardening;

/// <summary>
/// Nothing lost: a build killed while writing leaves the previous site complete; the preview keeps serving the last good
/// site; no command but « rdd new » writes into the content folder; the output does not depend on the clock, the time
/// zone or the folder. A failed build leaving the previous output unchanged is
/// BuildCommandOutputTests.Build_OfContentWithAnError_LeavesThePreviousOutputUnchanged; « rdd new » refusing a
/// non-empty folder is Commands/NewCommandTests.New_NonEmptyFolder_IsRefusedAndLeftUntouched.
/// </summary>
public sealed class NothingLostTests : IDisposable
{
    private readonly SiteTempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Build_KilledWhileWriting_LeavesThePreviousSiteCompleteAndTheNextBuildCleansUp()
    {
        var output = _temp.Combine("sortie");
        Assert.Equal(0, BuildCommandOutputTests.Rdd("build", SiteRepo.FixtureContent, "-o", output).Code);
        var previous = Snapshot(output);
        var killedWhileWriting = false;
        for (var attempt = 0; attempt < 5 && !killedWhileWriting; attempt++)
        {
            // The default content is larger than the fixture: its site takes longer to write.
            using var build = StartRdd(new Dictionary<string, string>(), "build", SiteRepo.DefaultContent, "-o", output);
            var clock = Stopwatch.StartNew();
            while (!build.HasExited && Staging(output).Count == 0 && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.SpinWait(1_000);
            }

            if (!build.HasExited)
            {
                build.Kill(entireProcessTree: true);
            }

            build.WaitForExit();
            var now = Snapshot(output);
            killedWhileWriting = Staging(output).Count > 0 && now.SequenceEqual(previous);
            if (!now.SequenceEqual(previous))
            {
                // The build finished before it was killed: put the previous site back and try again.
                Assert.Equal(0, BuildCommandOutputTests.Rdd("build", SiteRepo.FixtureContent, "-o", output).Code);
            }
        }

        Assert.True(killedWhileWriting, "the build was never caught while writing its staging folder");
        Assert.Equal(previous, Snapshot(output));

        var (code, stdout, stderr) = BuildCommandOutputTests.Rdd("build", SiteRepo.FixtureContent, "-o", output);
        Assert.True(code == 0, stdout + stderr);
        Assert.Empty(Staging(output));
        Assert.Equal(["sortie"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName));
        Assert.Equal(previous, Snapshot(output));
    }

    [Theory]
    [InlineData("/proc/rdd-impossible/sortie")]
    [InlineData("un-fichier/sortie")]
    public void Build_OutputFolderThatCannotBeWritten_IsRDD3002AndExit1(string output)
    {
        File.WriteAllText(_temp.Combine("un-fichier"), "pas un dossier");
        var path = output.StartsWith('/') ? output : _temp.Combine(output);

        var (code, stdout, stderr) = BuildCommandOutputTests.Rdd("build", SiteRepo.FixtureContent, "-o", path);

        Assert.Equal(1, code);
        Assert.Contains($"{path}: error RDD3002:", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_ContentWithErrors_KeepsServingTheLastGoodSite()
    {
        var content = _temp.CopyFrom(SiteRepo.FixtureContent, "contenu");
        var introduction = Path.Combine(content, "2025", "introduction.md");
        var section = Path.Combine(content, "2025", "partie-1", "01-climat.md");
        var goodSection = await File.ReadAllTextAsync(section);
        await using var server = new PreviewServer(content, TextWriter.Null);
        Assert.True(await server.StartAsync(0), string.Join('\n', server.LastDiagnostics));
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        var before = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("Belval-sur-Lirette", before, StringComparison.Ordinal);

        await File.WriteAllTextAsync(section, goodSection.Replace("finalites: [climat]", "finalites: [climatt]", StringComparison.Ordinal));
        await WaitUntil(() => server.LastDiagnostics.Any(d => d.Code == "RDD1011"));
        using (var response = await http.GetAsync(new Uri("/", UriKind.Relative)))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(before, await response.Content.ReadAsStringAsync());
        }

        var builds = server.SuccessfulBuilds;
        await File.WriteAllTextAsync(section, goodSection);
        await File.WriteAllTextAsync(introduction, (await File.ReadAllTextAsync(introduction)).Replace("avant le débat budgétaire", "avant le débat budgétaire (texte corrigé)", StringComparison.Ordinal));
        await WaitUntil(() => server.SuccessfulBuilds > builds && server.LastDiagnostics.All(d => d.Code != "RDD1011"));
        var after = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("(texte corrigé)", after, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckBuildExportAndSchema_ContentFolder_IsLeftByteIdentical()
    {
        var content = _temp.CopyFrom(SiteRepo.FixtureContent, "contenu");
        var before = Snapshot(content, withTimes: true);
        var commands = new[]
        {
            new[] { "check", content },
            ["check", content, "--format", "json"],
            ["build", content, "-o", _temp.Combine("site")],
            ["export", content, "--format", "json", "-o", _temp.Combine("export-json")],
            ["export", content, "--format", "csv", "-o", _temp.Combine("export-csv")],
            ["schema"],
        };

        foreach (var command in commands)
        {
            var (code, stdout, stderr) = BuildCommandOutputTests.Rdd(command);
            Assert.True(code == 0, $"rdd {string.Join(' ', command)}: exit {code}\n{stdout}\n{stderr}");
            Assert.Equal(before, Snapshot(content, withTimes: true));
        }
    }

    [Fact]
    public void Build_OtherTimeZonesClocksLocalesAndFolders_IsByteIdentical()
    {
        var first = _temp.CopyFrom(SiteRepo.FixtureContent, "premier");
        var second = _temp.CopyFrom(SiteRepo.FixtureContent, "second-dossier");
        var environments = new[]
        {
            new Dictionary<string, string> { ["TZ"] = "Pacific/Kiritimati", ["SOURCE_DATE_EPOCH"] = "0", ["LANG"] = "C", ["LC_ALL"] = "C" },
            new Dictionary<string, string> { ["TZ"] = "America/Adak", ["SOURCE_DATE_EPOCH"] = "2000000000", ["LANG"] = "fr_FR.UTF-8", ["LC_ALL"] = "fr_FR.UTF-8" },
        };
        var outputs = new[] { _temp.Combine("site-1"), _temp.Combine("ailleurs", "site-2") };
        var builds = new[] { (first, environments[0], outputs[0]), (second, environments[1], outputs[1]) }
            .Select(b => StartRdd(b.Item2, "build", b.Item1, "-o", b.Item3))
            .ToList();
        foreach (var build in builds)
        {
            Assert.True(build.WaitForExit(TimeSpan.FromMinutes(3)), "the build did not finish");
            Assert.True(build.ExitCode == 0, build.StandardOutput.ReadToEnd() + build.StandardError.ReadToEnd());
            build.Dispose();
        }

        Assert.Equal(Snapshot(outputs[0]), Snapshot(outputs[1]));
    }

    /// <summary>Starts the rdd command in a child process (the Rdd.Site.dll copied beside the tests).</summary>
    private static Process StartRdd(Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "Rdd.Site.dll") }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        // The command writes a few lines only: they fit in the pipes, read once it has exited.
        return Process.Start(start)!;
    }

    private static List<string> Staging(string output) =>
        Directory.EnumerateDirectories(Path.GetDirectoryName(output)!, Path.GetFileName(output) + ".rdd-*").ToList();

    /// <summary>Every file under <paramref name="folder"/>: its relative path, SHA-256 and, when asked, its modification time.</summary>
    internal static SortedDictionary<string, string> Snapshot(string folder, bool withTimes = false)
    {
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var hash = Directory.Exists(file) ? "dossier" : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
            snapshot[relative] = withTimes ? $"{hash} {File.GetLastWriteTimeUtc(file):O}" : hash;
        }

        return snapshot;
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the preview did not rebuild within 30 s");
            await Task.Delay(50);
        }
    }
}
