using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Rdd.Packaging.Tests;

/// <summary>
/// The standalone Linux binary as an author downloads it (build/publish-binaries.sh, docs/developpeurs/publier.md),
/// run under <c>env -i</c>: no dotnet on the PATH, no variable at all. Slow: it compiles rdd to native code.
/// </summary>
[Trait("Category", "Packaging")]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[Collection(NativeBuilds.Name)]
public sealed partial class StandaloneBinaryTests : IClassFixture<StandaloneBinaryTests.LinuxBinary>, IDisposable
{
    private readonly LinuxBinary _binary;
    private readonly string _folder = Directory.CreateTempSubdirectory("rdd-binaire-").FullName;

    public StandaloneBinaryTests(LinuxBinary binary) => _binary = binary;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void LinuxBinary_WithoutDotnet_CreatesChecksAndBuildsAReport()
    {
        var rdd = _binary.Executable;

        var created = Bare(rdd, ["new", "rapport", "--name", "Ville de Belval", "--kind", "commune", "--population", "60000", "--year", "2025"]);
        var check = Bare(rdd, ["check", "rapport"]);
        var build = Bare(rdd, ["build", "rapport", "-o", "site"]);

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(System.IO.Path.Combine(_folder, "site", "accessibilite", "index.html")), build.ToString());
    }

    [Fact]
    public async Task LinuxBinary_WithoutDotnet_ServesThePreview()
    {
        var rdd = _binary.Executable;
        Assert.Equal(0, Bare(rdd, ["new", "rapport", "--name", "Ville de Belval", "--kind", "commune", "--population", "60000"]).ExitCode);

        using var serve = Start(rdd, ["serve", "rapport", "--port", "0"]);
        var address = await AddressAsync(serve.StandardOutput, Preview());
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var home = await http.GetStringAsync(address);
        var editor = await http.GetAsync(new Uri(address, "edition/"));

        Assert.Contains("<html lang=\"fr\"", home, StringComparison.Ordinal);
        Assert.Contains("Ville de Belval", home, StringComparison.Ordinal);
        Assert.True(editor.IsSuccessStatusCode, $"/edition/ : {editor.StatusCode}");
    }

    [Fact]
    public async Task LinuxBinary_WithoutACommandOrContent_ShowsTheWelcomePageAndLogsBesideIt()
    {
        // A downloaded rdd, double-clicked: no terminal (output redirected), no content beside it yet.
        var rdd = System.IO.Path.Combine(_folder, "rdd-linux-x64");
        File.Copy(_binary.Executable, rdd);
        File.SetUnixFileMode(rdd, File.GetUnixFileMode(_binary.Executable));

        using var start = Start(rdd, ["--port", "0"], "RDD_NO_BROWSER=1");
        var log = System.IO.Path.Combine(_folder, "rdd.log");
        var address = await AddressAsync(log, Welcome());
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var page = await http.GetStringAsync(address);

        Assert.Contains("<h1>Créer le rapport</h1>", page, StringComparison.Ordinal);
        Assert.Contains(System.IO.Path.Combine(_folder, "content"), page, StringComparison.Ordinal);
        Assert.False(Directory.Exists(System.IO.Path.Combine(_folder, "content")));
    }

    /// <summary>Runs rdd under « env -i » in the test's folder, to its end.</summary>
    private ProcessResult Bare(string rdd, IEnumerable<string> arguments) =>
        DotnetProcess.Run("env", ["-i", rdd, .. arguments], _folder, TimeSpan.FromMinutes(2));

    /// <summary>Starts rdd under « env -i » (with <paramref name="variables"/> only, « NAME=value ») in the test's folder; disposing stops it.</summary>
    private RunningProcess Start(string rdd, IEnumerable<string> arguments, params string[] variables)
    {
        var start = new ProcessStartInfo("env") { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-i", .. variables, rdd, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        return new RunningProcess(Process.Start(start) ?? throw new InvalidOperationException("rdd did not start."));
    }

    /// <summary>The address a line of <paramref name="output"/> gives, read within a minute.</summary>
    private static async Task<Uri> AddressAsync(StreamReader output, Regex pattern)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var seen = new List<string>();
        while (await output.ReadLineAsync(timeout.Token) is { } line)
        {
            seen.Add(line);
            if (pattern.Match(line) is { Success: true } match)
            {
                return new Uri(match.Groups[1].Value);
            }
        }

        throw new InvalidOperationException("rdd printed no address:\n" + string.Join('\n', seen));
    }

    /// <summary>The address a line of the log file <paramref name="log"/> gives, once written (within a minute).</summary>
    private static async Task<Uri> AddressAsync(string log, Regex pattern)
    {
        var until = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < until)
        {
            if (File.Exists(log) && pattern.Match(await File.ReadAllTextAsync(log)) is { Success: true } match)
            {
                return new Uri(match.Groups[1].Value);
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"rdd wrote no address in {log}: " + (File.Exists(log) ? File.ReadAllText(log) : "no log file."));
    }

    [GeneratedRegex(@"Aperçu : (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex Preview();

    [GeneratedRegex(@"la page (http://127\.0\.0\.1:\d+/) le crée")]
    private static partial Regex Welcome();

    /// <summary>A process stopped, with its children, when disposed.</summary>
    private sealed class RunningProcess(Process process) : IDisposable
    {
        public StreamReader StandardOutput => process.StandardOutput;

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            process.Dispose();
        }
    }

    /// <summary>
    /// Runs build/publish-binaries.sh for linux-x64 once, as CI does (its own smoke test runs too); or, when
    /// <see cref="BinaryVariable"/> names a binary the script already produced, tests that one.
    /// </summary>
    public sealed class LinuxBinary
    {
        private readonly Lazy<string> _path = new(Publish);

        /// <summary>The binary, published on first use (on Linux x64, where CI runs: the Native AOT binary is built there only).</summary>
        public string Executable
        {
            get
            {
                Assert.True(RuntimeInformation.RuntimeIdentifier == "linux-x64", "The standalone binary is built and tested on Linux x64.");
                return _path.Value;
            }
        }

        /// <summary>The variable that names a binary already published, to test it without compiling it again.</summary>
        public const string BinaryVariable = "RDD_LINUX_BINARY";

        private static string Publish()
        {
            if (Environment.GetEnvironmentVariable(BinaryVariable) is { Length: > 0 } given)
            {
                Assert.True(File.Exists(given), $"{BinaryVariable}={given}: no such file.");
                return System.IO.Path.GetFullPath(given);
            }

            var publish = DotnetProcess.Run("bash", [System.IO.Path.Combine("build", "publish-binaries.sh"), "linux-x64"], PackedPackages.RepositoryRoot, TimeSpan.FromMinutes(20));
            Assert.True(publish.ExitCode == 0, $"build/publish-binaries.sh linux-x64 failed: {publish}");
            var binary = System.IO.Path.Combine(PackedPackages.RepositoryRoot, "artifacts", "binaries", "rdd-linux-x64");
            Assert.True(File.Exists(binary + ".sha256"), "The binary has no SHA-256 file.");
            return binary;
        }
    }
}
