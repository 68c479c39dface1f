using System.Diagnostics;
using System.Text.Json;

namespace Rdd.Site.BrowserTests;

/// <summary>
/// Every page of both sites is valid HTML for the W3C's Nu HTML checker (vnu.jar, from the npm package vnu-jar, which
/// tests/run-all.sh installs into tests/.tools with Java): assistive technologies read the document the parser builds,
/// and an invalid document is repaired differently by each browser.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NuHtmlCheckerTests(BrowserFixture fixture, ITestOutputHelper output)
{
    /// <summary>Where tests/run-all.sh installs the checker; RDD_VNU_JAR may name another copy.</summary>
    private static string Jar => Environment.GetEnvironmentVariable("RDD_VNU_JAR") is { Length: > 0 } given
        ? given
        : Path.Combine(BrowserFixture.RepositoryRoot, "tests", ".tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Theory]
    [InlineData("content")]
    [InlineData("commune-fictive")]
    public async Task EveryPage_NuHtmlChecker_IsValidHtml(string siteName)
    {
        var site = fixture.Site(siteName);
        if (!File.Exists(Jar))
        {
            throw new InvalidOperationException($"The Nu HTML checker is missing ({Jar}). Run `bash tests/run-all.sh`, which installs it (npm install vnu-jar into tests/.tools, and Java).");
        }

        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in (string[])["-jar", Jar, "--errors-only", "--format", "json", "--skip-non-html", site.Folder])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var report = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        using var json = JsonDocument.Parse(await report);
        var errors = json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{Path.GetRelativePath(site.Folder, new Uri(m.GetProperty("url").GetString()!).LocalPath)}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)} — {m.GetProperty("message").GetString()}")
            .ToList();
        var pages = Directory.EnumerateFiles(site.Folder, "*.html", SearchOption.AllDirectories).Count();
        output.WriteLine($"[{site.Name}] Nu HTML checker : {pages} pages, {errors.Count} erreurs");
        foreach (var error in errors)
        {
            output.WriteLine("  " + error);
        }

        Assert.Equal(site.Pages.Count, pages);
        Assert.True(errors.Count == 0, $"{site.Name}: {errors.Count} Nu HTML checker errors:\n  {string.Join("\n  ", errors)}");
    }
}
