using AngleSharp.Html.Parser;
using Rdd.Domain.Validation;
using Rdd.Site.Markup;
using Rdd.Site.Rendering;

namespace Rdd.Site.Tests.Hardening;

/// <summary>
/// Nothing injected: raw HTML, event handlers, script and data links never reach a built page (the check refuses them,
/// and the renderer neutralises them if they got through); images and files must stay inside the content folder.
/// </summary>
public sealed class InjectionTests
{
    private const string Section = "2025/partie-1/01-climat.md";

    public static TheoryData<string, string> Hostile => new()
    {
        { "<script>alert(1)</script>", "RDD2034" },
        { "Texte <script>alert(1)</script> en ligne.", "RDD2034" },
        { "<img src=x onerror=alert(1)>", "RDD2034" },
        { "Une image <img src=\"x\" onerror=\"alert(1)\"> en ligne.", "RDD2034" },
        { "<p onclick=\"alert(1)\">clic</p>", "RDD2034" },
        { "<iframe src=\"https://exemple.invalid/\"></iframe>", "RDD2034" },
        { "<style>body { display: none }</style>", "RDD2034" },
        { "Un <style>p{}</style> en ligne.", "RDD2034" },
        { "<svg onload=alert(1)>", "RDD2034" },
        { "[cliquez](javascript:alert(1))", "RDD2030" },
        { "[cliquez](JaVaScRiPt:alert(1))", "RDD2030" },
        { "[cliquez]( javascript:alert(1) )", "RDD2030" },
        { "[cliquez](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "RDD2030" },
        { "[cliquez](vbscript:msgbox)", "RDD2030" },
        { "[cliquez](file:///etc/passwd)", "RDD2030" },
        { "<javascript:alert(1)>", "RDD2030" },
        { "[cliquez][ref]\n\n[ref]: javascript:alert(1)", "RDD2030" },
        { "![graphique](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)", "RDD2033" },
        { "![graphique](https://exemple.invalid/traceur.png)", "RDD2033" },
        { "![graphique](//exemple.invalid/traceur.png)", "RDD2033" },
    };

    [Theory, MemberData(nameof(Hostile))]
    public async Task Check_HostileMarkdown_IsRefusedAtItsLineAndNothingIsBuilt(string markdown, string code)
    {
        using var content = new TempContent();
        content.Edit(Section, text => text + "\nAvant.\n\n" + markdown + "\n");
        var line = content.LineOf(Section, markdown.Split('\n')[0]);

        var diagnostics = content.Check().Result.Diagnostics;

        // An opening and a closing tag on the same line are two diagnostics; nothing else is reported.
        Assert.True(diagnostics.Count > 0 && diagnostics.All(d => d.Code == code), Diagnostics.Describe(diagnostics));
        Assert.All(diagnostics, d =>
        {
            Assert.Equal(Section, d.Location!.Path);
            Assert.Equal(line, d.Location.Line);
            Assert.Equal(Severity.Error, d.Severity);
        });
        var build = await SiteGenerator.BuildAsync(content.Root, new BuildOptions());
        Assert.False(build.Success);
        Assert.Null(build.Files);
    }

    [Theory, MemberData(nameof(Hostile))]
    public void Render_HostileMarkdownPastTheCheck_IsHarmless(string markdown, string code)
    {
        _ = code;
        var html = new MarkdownRenderer([]).Render(markdown, 2, new AbbreviationScope());

        var body = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").Body!;
        Assert.Empty(body.QuerySelectorAll("script, iframe, style, svg, object, embed"));
        Assert.DoesNotContain(body.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        foreach (var address in body.QuerySelectorAll("[href], [src]").SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") }).OfType<string>())
        {
            Assert.DoesNotMatch("^\\s*(javascript|vbscript|data|file):", address.ToLowerInvariant());
            Assert.False(address.StartsWith("//", StringComparison.Ordinal), address);
        }
    }

    [Theory]
    [InlineData("../../../dehors.png")]
    [InlineData("C:/Windows/win.ini.png")]
    [InlineData("%2e%2e/%2e%2e/%2e%2e/dehors.png")]
    public void Check_ImagePathLeavingTheContentFolder_IsRDD2033(string path)
    {
        using var content = new TempContent();
        content.Edit(Section, text => text + "\n![Une carte](" + path + ")\n");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2033");

        Diagnostics.At(diagnostic, "RDD2033", Section, content.LineOf(Section, "![Une carte]"), 1);
    }

    [Fact]
    public void Check_ImageLinkingToAFileOutsideTheContentFolder_IsRDD2033()
    {
        using var content = new TempContent();
        using var outside = TempContent.Empty();
        outside.WriteBytes("secret.png", [0x89, 0x50, 0x4E, 0x47]);
        Directory.CreateDirectory(content.FullPath("2025/images"));
        File.CreateSymbolicLink(content.FullPath("2025/images/carte.png"), outside.FullPath("secret.png"));
        content.Edit(Section, text => text + "\n![Une carte](../images/carte.png)\n");

        var check = content.Check();

        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, "RDD2033");
        Diagnostics.At(diagnostic, "RDD2033", Section, content.LineOf(Section, "![Une carte]"), 1);
        Assert.Empty(check.Content.Media);
    }

    [Theory]
    [InlineData("2025/partie-1/01-climat.md")]
    [InlineData("2025/chiffres-cles.yml")]
    [InlineData("site.yml")]
    public void Load_ContentFileLinkingOutsideTheFolder_IsRDD2003AndNotRead(string file)
    {
        using var content = new TempContent();
        using var outside = TempContent.Empty();
        outside.Write("secret.txt", content.Read(file));
        content.Delete(file);
        File.CreateSymbolicLink(content.FullPath(file), outside.FullPath("secret.txt"));

        var diagnostics = content.Load().Diagnostics;

        var diagnostic = Diagnostics.Single(diagnostics, "RDD2003");
        Assert.Equal(new SourceLocation(file), diagnostic.Location);
        Assert.Contains("vers l'extérieur du dossier", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ContentFolderLinkingOutside_IsNotFollowed()
    {
        using var content = new TempContent();
        using var outside = new TempContent();
        content.Delete("2025/partie-2");
        Directory.CreateSymbolicLink(content.FullPath("2025/partie-2"), outside.FullPath("2025/partie-2"));

        var diagnostics = content.Load().Diagnostics;

        Assert.Equal(["2025/partie-2/01-achats.md", "2025/partie-2/partie.md"], diagnostics.Where(d => d.Code == "RDD2003").Select(d => d.Location!.Path).Order(StringComparer.Ordinal));
        Assert.All(diagnostics.Where(d => d.Code == "RDD2003"), d => Assert.Contains("dossier lié", d.Message, StringComparison.Ordinal));
    }
}
