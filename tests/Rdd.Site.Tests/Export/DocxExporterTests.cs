using System.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Rdd.Site.Content;
using Rdd.Site.Export;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Rdd.Site.Tests.Export;

/// <summary><c>rdd export --format docx</c>: the report as one valid, accessible Word document.</summary>
public sealed class DocxExporterTests
{
    private static string DefaultContent => Path.Combine(RepositoryRoot.Path, "content");

    internal static byte[] Export(string root)
    {
        var check = ContentChecker.Check(root);
        Assert.True(check.Success, string.Join('\n', check.Result.Diagnostics));
        using var output = new MemoryStream();
        DocxExporter.Export(check.Content, output);
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
