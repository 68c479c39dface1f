using Rdd.Site.Audit;
using Rdd.Site.Content;

namespace Rdd.Site.BrowserTests;

/// <summary>
/// <c>rdd audit</c> as an authority runs it: Debian's Chromium driven over the DevTools protocol, with the axe-core
/// rules of <see cref="AxeTests"/>. The default content passes; a page with an image without alternative text and a
/// heading that skips a level does not, and the report says which page and why.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AuditCommandTests(BrowserFixture fixture, ITestOutputHelper output) : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "rdd-audit-browser-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    private (int Code, string Out) Audit(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Cli.RddCommand.Run(["audit", .. args], new Cli.Console(stdout, stderr));
        output.WriteLine(stdout.ToString());
        output.WriteLine(stderr.ToString());
        return (code, stdout.ToString());
    }

    private string CopyOf(string source, string name)
    {
        var target = Path.Combine(_work, name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    private static AuditReport ReadReport(string content)
    {
        var loaded = ContentLoader.Load(content);
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Code == "RDD2100");
        return Assert.IsType<AuditReport>(loaded.Site.Audit);
    }

    [Fact]
    public async Task RddAudit_DefaultContent_FindsNoProblemAndTheStatementThenCitesIt()
    {
        var content = CopyOf(Path.Combine(BrowserFixture.RepositoryRoot, "content"), "content");
        File.Delete(Path.Combine(content, AuditReport.FileName));

        var (code, stdout) = Audit(content);

        var report = ReadReport(content);
        Assert.True(code == 0, stdout);
        Assert.Contains("Résultat\u00a0: aucune erreur.", stdout, StringComparison.Ordinal);
        Assert.Equal(fixture.Report.Pages.Select(p => "/" + p).Order(StringComparer.Ordinal), report.Pages.Select(p => p.Url).Order(StringComparer.Ordinal));
        Assert.True(report.Passed);
        Assert.Equal(AxeTests.Tags, report.Rules);
        Assert.StartsWith("4.", report.Tools.AxeCore, StringComparison.Ordinal);
        Assert.StartsWith("Chromium ", report.Tools.Browser, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(content, AuditReport.SummaryFileName)));

        var build = await SiteGenerator.BuildAsync(content, new BuildOptions());
        Assert.True(build.Success);
        var statement = build.Files!.Text("accessibilite/index.html");
        Assert.Contains($"axe-core {report.Tools.AxeCore} (Deque)", statement, StringComparison.Ordinal);
        Assert.Contains($"soit {report.Pages.Count} pages", statement, StringComparison.Ordinal);
    }

    [Fact]
    public void RddAudit_ImageWithoutAlternativeAndSkippedHeadingLevel_FindsBothAndFails()
    {
        var content = CopyOf(Path.Combine(BrowserFixture.RepositoryRoot, "tests", "fixtures", "commune-fictive"), "contenu");
        var site = CopyOf(fixture.Commune.Folder, "site");
        foreach (var page in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
                     .Where(p => Path.GetRelativePath(site, p) is not ("index.html" or "accessibilite/index.html")))
        {
            File.Delete(page);
        }

        var home = Path.Combine(site, "index.html");
        File.WriteAllText(home, ReplaceFirst(File.ReadAllText(home), "</h1>", "</h1><img src=\"/favicon.svg\">"));
        var statement = Path.Combine(site, "accessibilite", "index.html");
        File.WriteAllText(statement, ReplaceFirst(ReplaceFirst(File.ReadAllText(statement), "<h3>", "<h5>"), "</h3>", "</h5>"));

        var (code, stdout) = Audit(content, "--site", site);

        Assert.Equal(1, code);
        var report = ReadReport(content);
        Assert.Equal(["/", "/accessibilite/"], report.Pages.Select(p => p.Url));
        Assert.Contains("image-alt", report.Pages[0].Violations.Select(v => v.Id));
        Assert.True(report.Pages[0].HeadingOrder);
        Assert.False(report.Pages[1].HeadingOrder);
        Assert.DoesNotContain(report.Pages[1].Violations, v => v.Id == "image-alt");
        Assert.True(report.Pages.All(p => p.SkipLink && p.Reflow320));
        Assert.Contains("/ : axe-core image-alt (critique", stdout, StringComparison.Ordinal);
        Assert.Contains("/accessibilite/ : les titres ne commencent pas par un unique titre de niveau 1 ou sautent un niveau", stdout, StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"« {old} » not found");
        return text[..at] + replacement + text[(at + old.Length)..];
    }
}
