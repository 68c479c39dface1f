using Rdd.Site.Audit;
using Rdd.Site.Content;

namespace Rdd.Site.Tests.Audit;

/// <summary>audit-accessibilite.json read as optional content: absent, as rdd audit writes it, or damaged (RDD2100).</summary>
public sealed class AuditReaderTests
{
    internal static AuditReport Report(params PageAudit[] pages) => new()
    {
        Date = new DateTimeOffset(2026, 12, 7, 15, 30, 0, TimeSpan.FromHours(1)),
        Tools = new AuditTools("1.0.0", "4.11.0", "Chromium 131.0.6778.85"),
        Rules = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
        Pages = pages,
    };

    internal static PageAudit Page(string url, string title, int violations = 0, bool skipLink = true, bool reflow = true, bool headings = true) => new()
    {
        Url = url,
        Title = title,
        Violations = Enumerable.Range(0, violations).Select(i => new AxeViolation($"regle-{i}", "serious", "Une règle", ["main > img"])).ToList(),
        SkipLink = skipLink,
        Reflow320 = reflow,
        HeadingOrder = headings,
    };

    [Fact]
    public void Load_WithoutAuditFile_HasNoAuditAndNoDiagnostic()
    {
        using var content = new TempContent();

        var loaded = ContentLoader.Load(content.Root);

        Assert.Null(loaded.Site.Audit);
        Assert.Empty(loaded.Diagnostics);
    }

    [Fact]
    public void Load_AuditWrittenByRddAudit_ReadsItBackWholeAndNeitherFileIsUnexpected()
    {
        using var content = new TempContent();
        var report = Report(Page("/", "Accueil", violations: 1), Page("/accessibilite/", "Déclaration d'accessibilité", skipLink: false));
        AuditWriter.Write(content.Root, report, "# Audit\n");

        var loaded = ContentLoader.Load(content.Root);

        Assert.Empty(loaded.Diagnostics);
        var read = Assert.IsType<AuditReport>(loaded.Site.Audit);
        Assert.Equal(report.Date, read.Date);
        Assert.Equal(report.Tools, read.Tools);
        Assert.Equal(report.Rules, read.Rules);
        Assert.Equal(["/", "/accessibilite/"], read.Pages.Select(p => p.Url));
        Assert.Equal("regle-0", Assert.Single(read.Pages[0].Violations).Id);
        Assert.Equal(["main > img"], read.Pages[0].Violations[0].Nodes);
        Assert.False(read.Pages[1].SkipLink);
        Assert.Equal(1, read.ViolationCount);
        Assert.False(read.Passed);
    }

    [Fact]
    public void Load_TruncatedAudit_IsRdd2100AtTheLineWhereReadingStopped()
    {
        using var content = new TempContent();
        content.Write(AuditReport.FileName, "{\n  \"date\": \"2026-12-07T15:30:00+01:00\",\n  \"pages\": [\n");

        var loaded = ContentLoader.Load(content.Root);

        var diagnostic = Assert.Single(loaded.Diagnostics);
        Assert.Equal("RDD2100", diagnostic.Code);
        Assert.Equal(AuditReport.FileName, diagnostic.Location!.Path);
        Assert.Equal(4, diagnostic.Location.Line);
        Assert.Null(loaded.Site.Audit);
    }

    [Theory]
    [InlineData("\"reflow320\": true,", "", "pages[0]")]
    [InlineData("\"title\": \"Accueil\"", "\"title\": null", "pages[0].title")]
    [InlineData("\"url\": \"/\"", "\"url\": \"/\", \"couleur\": \"rouge\"", "pages[0].couleur")]
    public void Load_AuditWithAMissingNullOrUnknownValue_IsRdd2100NamingWhere(string written, string replacement, string where)
    {
        using var content = new TempContent();
        AuditWriter.Write(content.Root, Report(Page("/", "Accueil")), string.Empty);
        var json = content.Read(AuditReport.FileName);
        Assert.Contains(written, json, StringComparison.Ordinal);
        content.Write(AuditReport.FileName, json.Replace(written, replacement, StringComparison.Ordinal));

        var diagnostic = Assert.Single(ContentLoader.Load(content.Root).Diagnostics);

        Assert.Equal("RDD2100", diagnostic.Code);
        Assert.Contains($"près de «\u00a0{where}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AuditOfAnAddressNotFromTheRoot_IsRdd2100()
    {
        using var content = new TempContent();
        AuditWriter.Write(content.Root, Report(Page("partie-1/", "Partie 1")), string.Empty);

        var loaded = ContentLoader.Load(content.Root);

        var diagnostic = Assert.Single(loaded.Diagnostics);
        Assert.Equal("RDD2100", diagnostic.Code);
        Assert.Contains("«\u00a0partie-1/\u00a0» ne part pas de la racine", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(loaded.Site.Audit);
    }
}
