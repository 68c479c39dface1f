using System.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Rdd.Site.Content;
using Rdd.Site.Export;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Svg = DocumentFormat.OpenXml.Office2019.Drawing.SVG;

namespace Rdd.Site.Tests.Export;

/// <summary><c>rdd export --format docx</c>: the report as one valid, accessible Word document.</summary>
public sealed class DocxExporterTests
{
    private static string DefaultContent => Path.Combine(RepositoryRoot.Path, "content");

    internal static byte[] Export(string root) => Export(root, out _);

    private static byte[] Export(string root, out IReadOnlyList<string> warnings)
    {
        var check = ContentChecker.Check(root);
        Assert.True(check.Success, string.Join('\n', check.Result.Diagnostics));
        using var output = new MemoryStream();
        warnings = DocxExporter.Export(check.Content, output);
        return output.ToArray();
    }

    [Theory]
    [InlineData("content")]
    [InlineData("tests/fixtures/commune-fictive")]
    public void Export_Content_IsAValidDocumentForTheOpenXmlValidator(string folder)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Export(Path.Combine(RepositoryRoot.Path, folder))), false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public void Export_DefaultContent_HasRealHeadingsTitleAuthorFrenchAndATableOfContents()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Export(DefaultContent)), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var check = ContentChecker.Check(DefaultContent);
        var report = check.Content.Latest!.Report;

        Assert.Equal(report.Title, document.PackageProperties.Title);
        Assert.Equal(report.Authority.Name, document.PackageProperties.Creator);
        Assert.Equal("fr-FR", document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<Languages>().Single().Val!.Value);
        Assert.Contains(body.Descendants<FieldCode>(), f => f.Text.Contains("TOC \\o \"1-3\"", StringComparison.Ordinal));
        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Titre", StringComparison.Ordinal) == true)
            .ToLookup(p => p.ParagraphProperties!.ParagraphStyleId!.Val!.Value!, p => p.InnerText.Replace('\u00a0', ' '));
        Assert.Equal(report.Parts.Select(p => p.Title), headings["Titre1"].Where(report.Parts.Select(p => p.Title).Contains));
        Assert.Equal(report.Parts.SelectMany(p => p.Sections).Select(s => s.Title), headings["Titre2"].Where(report.Parts.SelectMany(p => p.Sections).Select(s => s.Title).Contains));
        Assert.Equal(report.AllActions().Select(a => a.Action.Title.Replace('\u00a0', ' ')), headings["Titre3"]);
        var headingStyle = document.MainDocumentPart.StyleDefinitionsPart.Styles.Elements<Style>().Single(s => s.StyleId?.Value == "Titre1");
        Assert.Equal("heading 1", headingStyle.StyleName!.Val!.Value);
    }

    [Fact]
    public void Export_DefaultContent_WritesFinalitesAsTextAndDataAsTablesWithHeaderRows()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Export(DefaultContent)), false);
        var body = document.MainDocumentPart!.Document!.Body!;

        Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText.StartsWith("Finalités\u00a0: La lutte contre le changement climatique", StringComparison.Ordinal));
        var tables = body.Elements<Table>().ToList();
        Assert.Contains(tables, t => t.GetFirstChild<TableProperties>()!.GetFirstChild<TableCaption>()!.Val == "Les chiffres clés");
        Assert.Contains(tables, t => t.GetFirstChild<TableProperties>()!.GetFirstChild<TableCaption>()!.Val == "Glossaire des sigles");
        Assert.All(tables, t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>()));
    }

    [Fact]
    public void Export_Image_CarriesItsAlternativeText()
    {
        using var content = new TempContent();
        Directory.CreateDirectory(content.FullPath("2025/images"));
        File.WriteAllBytes(content.FullPath("2025/images/carte.png"), Rdd.ContentGenerator.WordDocumentBuilder.Png);
        var section = Directory.GetFiles(content.FullPath("2025/partie-1"), "0*.md").Order(StringComparer.Ordinal).First();
        File.AppendAllText(section, "\n![Carte des pistes cyclables](../images/carte.png)\n");

        using var document = WordprocessingDocument.Open(new MemoryStream(Export(content.Root)), false);

        var image = Assert.Single(document.MainDocumentPart!.Document!.Body!.Descendants<Dw.DocProperties>());
        Assert.Equal("Carte des pistes cyclables", image.Description!.Value);
        Assert.Single(document.MainDocumentPart.ImageParts);
    }

    [Fact]
    public void Export_SvgImage_IsTheSvgWithItsPngCopyAndItsAlternativeText()
    {
        using var content = new TempContent();
        content.WriteBytes("2025/images/plan.png", Rdd.ContentGenerator.WordDocumentBuilder.Png);
        content.Write("2025/images/plan.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 200\" width=\"400\"><rect width=\"400\" height=\"200\" fill=\"#0b5a7a\"/></svg>");
        var section = Directory.GetFiles(content.FullPath("2025/partie-1"), "0*.md").Order(StringComparer.Ordinal).First();
        File.AppendAllText(section, "\n![Plan du réseau de chaleur](../images/plan.svg)\n");
        var bytes = Export(content.Root, out var warnings);

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);

        Assert.Empty(warnings);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
        var main = document.MainDocumentPart!;
        Assert.Equal("Plan du réseau de chaleur", Assert.Single(main.Document!.Body!.Descendants<Dw.DocProperties>()).Description!.Value);
        var blip = Assert.Single(main.Document.Body.Descendants<A.Blip>());
        using (var png = main.GetPartById(blip.Embed!.Value!).GetStream())
        using (var copy = new MemoryStream())
        {
            png.CopyTo(copy);
            Assert.Equal(Rdd.ContentGenerator.WordDocumentBuilder.Png, copy.ToArray());
        }

        var svg = main.GetPartById(Assert.Single(blip.Descendants<Svg.SVGBlip>()).Embed!.Value!);
        Assert.Equal("image/svg+xml", svg.ContentType);
        using (var reader = new StreamReader(svg.GetStream()))
        {
            Assert.Contains("#0b5a7a", reader.ReadToEnd(), StringComparison.Ordinal);
        }

        var extent = main.Document.Body.Descendants<Dw.Extent>().Single();
        Assert.Equal(2 * extent.Cy!.Value, extent.Cx!.Value);
    }

    [Fact]
    public void Export_SvgImageWithoutPngCopy_HasAGreyStandInAndAWarning()
    {
        using var content = new TempContent();
        content.Write("2025/images/plan.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"30\" height=\"10\"/>");
        var section = Directory.GetFiles(content.FullPath("2025/partie-1"), "0*.md").Order(StringComparer.Ordinal).First();
        File.AppendAllText(section, "\n![Plan du réseau de chaleur](../images/plan.svg)\n");

        using var document = WordprocessingDocument.Open(new MemoryStream(Export(content.Root, out var warnings)), false);

        Assert.Equal(2, document.MainDocumentPart!.ImageParts.Count());
        Assert.Equal(3 * document.MainDocumentPart.Document!.Body!.Descendants<Dw.Extent>().Single().Cy!.Value, document.MainDocumentPart.Document.Body.Descendants<Dw.Extent>().Single().Cx!.Value);
        Assert.Equal(["l'image « 2025/images/plan.svg » est au format SVG : Word 2016 et ses successeurs la dessinent, mais LibreOffice et les versions plus anciennes de Word montrent à sa place un cadre gris ; placez à côté d'elle sa copie en PNG, plan.png, pour qu'ils la montrent."], warnings);
    }

    [Fact]
    public void Export_WebpImage_IsItsAlternativeTextAndFileWithAWarning()
    {
        using var content = new TempContent();
        content.WriteBytes("2025/images/photo.webp", [.. "RIFF\0\0\0\0WEBPVP8 "u8]);
        var section = Directory.GetFiles(content.FullPath("2025/partie-1"), "0*.md").Order(StringComparer.Ordinal).First();
        File.AppendAllText(section, "\n![Le marché couvert rénové](../images/photo.webp)\n");

        using var document = WordprocessingDocument.Open(new MemoryStream(Export(content.Root, out var warnings)), false);

        Assert.Empty(document.MainDocumentPart!.ImageParts);
        Assert.Contains(document.MainDocumentPart.Document!.Body!.Elements<Paragraph>(), p => p.InnerText == "[Image non reprise, «\u00a0Le marché couvert rénové\u00a0» : voir le fichier photo.webp]".Replace(" :", "\u00a0:", StringComparison.Ordinal));
        Assert.Equal(["l'image « 2025/images/photo.webp » n'est pas dans le document Word : Word n'enregistre pas d'image WebP ; enregistrez-la en PNG ou en JPEG pour qu'elle y soit."], warnings);
    }

    [LibreOfficeFact]
    public void Export_OpensInLibreOfficeWithoutRepair()
    {
        var soffice = LibreOfficeFactAttribute.Path!;
        var folder = Directory.CreateTempSubdirectory("rdd-docx-");
        try
        {
            var docx = Path.Combine(folder.FullName, "rapport.docx");
            File.WriteAllBytes(docx, Export(DefaultContent));
            using var process = Process.Start(new ProcessStartInfo(soffice, ["--headless", $"-env:UserInstallation=file://{folder.FullName}/profil", "--convert-to", "pdf", "--outdir", folder.FullName, docx]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "LibreOffice n'a pas fini en 3 minutes.");

            Assert.Equal(0, process.ExitCode);
            Assert.True(new FileInfo(Path.Combine(folder.FullName, "rapport.pdf")).Length > 10_000);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
