namespace Rdd.Site.Tests.Content;

/// <summary>What a Markdown text may bring into a public page: no raw HTML, no dangerous links, only local images with alt text.</summary>
public sealed class MarkdownSafetyTests
{
    private const string Section = "2025/partie-1/02-biodiversite.md";

    private static Rdd.Domain.Validation.Diagnostic Only(string markdown, string code)
    {
        using var content = new TempContent();
        content.Edit(Section, text => text + "\n" + markdown + "\n");
        var check = content.Check();
        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, code);
        Assert.Equal(Section, diagnostic.Location!.Path);
        Assert.Equal(content.LineOf(Section, markdown.Split('\n')[0]), diagnostic.Location.Line);
        return diagnostic;
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<iframe src=\"https://exemple.fr\"></iframe>")]
    [InlineData("<style>body{display:none}</style>")]
    [InlineData("Texte <img src=x onerror=alert(1)> suite")]
    public void RawHtml_IsRejected(string markdown) => Only(markdown, "RDD2034");

    /// <summary>
    /// In a heading underlined on the line below (« texte » then « --- »), Markdig counts the heading's lines twice: the
    /// location comes from the text itself (found by the random-damage property test).
    /// </summary>
    [Theory]
    [InlineData("Une ligne\nune autre <br> suite\n-", "RDD2034", 1, 11)]
    [InlineData("Une ligne\ndeux\ntrois [clic](javascript:alert(1))\n---", "RDD2030", 2, 7)]
    public void Location_InAnUnderlinedHeading_IsWhereItIsWritten(string markdown, string code, int lineBelow, int column)
    {
        using var content = new TempContent();
        content.Edit(Section, text => text + "\n" + markdown + "\n");
        var diagnostic = Assert.Single(content.Check().Result.Diagnostics, d => d.Code == code);
        Assert.Equal(content.LineOf(Section, markdown.Split('\n')[0]) + lineBelow, diagnostic.Location!.Line);
        Assert.Equal(column, diagnostic.Location.Column);
    }

    [Theory]
    [InlineData("[clic](javascript:alert(1))")]
    [InlineData("[clic](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[fichier](file:///etc/passwd)")]
    [InlineData("[autre section](../partie-2/01-achats.md)")]
    public void ForbiddenLink_IsRejected(string markdown) => Only(markdown, "RDD2030");

    [Fact]
    public void ImageWithoutAlt_IsRejected()
    {
        using var content = new TempContent();
        content.WriteBytes("2025/images/carte.png", [0x89, 0x50, 0x4E, 0x47]);
        content.Edit(Section, text => text + "\n![](../images/carte.png)\n");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2031");

        Assert.Contains("texte de remplacement", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("![Carte](../../../../etc/hostname)")]
    [InlineData("![Carte](https://exemple.fr/carte.png)")]
    [InlineData("![Carte](/etc/hostname)")]
    public void ImageOutsideTheContent_IsRejected(string markdown) => Only(markdown, "RDD2033");

    [Fact]
    public void MissingImage_IsRdd2032() => Only("![Carte](../images/absente.png)", "RDD2032");

    [Fact]
    public async Task LocalImageWithAlt_IsPublishedUnderMedias()
    {
        using var content = new TempContent();
        content.WriteBytes("2025/images/carte.png", [0x89, 0x50, 0x4E, 0x47]);
        content.Edit(Section, text => text + "\n![Carte des haies plantées](../images/carte.png)\n");

        var build = await SiteGenerator.BuildAsync(content.Root, new BuildOptions { BasePath = "/rdd/" });

        Assert.True(build.Success, string.Join('\n', build.Diagnostics));
        Assert.True(build.Files!.Contains("medias/2025/images/carte.png"));
        Assert.Contains("<img src=\"/rdd/medias/2025/images/carte.png\" alt=\"Carte des haies plantées\"", build.Files.Text("partie-1/biodiversite/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SitePathLink_GetsTheBasePath_AndIsLinkChecked()
    {
        using var content = new TempContent();
        content.Edit(Section, text => text + "\nVoir aussi [les achats](/partie-2/achats/) et [une page absente](/nulle-part/).\n");

        var build = await SiteGenerator.BuildAsync(content.Root, new BuildOptions { BasePath = "/rdd/" });

        var broken = build.Diagnostics.Where(d => d.Code == "RDD3001").ToList();
        Assert.NotEmpty(broken);
        Assert.All(broken, d => Assert.Contains("« /rdd/nulle-part/ »", d.Message, StringComparison.Ordinal));
    }
}
