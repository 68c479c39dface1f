using System.IO.Compression;
using System.Text;
using Rdd.ContentGenerator;
using Rdd.Site.Import;

namespace Rdd.Site.Tests.Import;

/// <summary>What is not a readable .docx gets a diagnostic (RDD4xxx), never an exception, and no file.</summary>
public sealed class DocxImporterBadInputTests
{
    private static void AssertRefused(byte[] document, string code, string inMessage)
    {
        var result = DocxImporter.Import(new MemoryStream(document), new() { Name = "Ville de Belval", Kind = Rdd.Domain.Law.AuthorityKind.Commune, Population = 58000, Year = 2025, SourceName = "rapport.docx" });

        Assert.False(result.Success);
        Assert.Empty(result.Files);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Contains(inMessage, diagnostic.Message, StringComparison.Ordinal);
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
                stream.Write(bytes);
            }
        }

        return memory.ToArray();
    }

    [Fact]
    public void Import_OpenDocumentText_SaysToSaveAsDocxFromLibreOffice()
    {
        var odt = Zip(("mimetype", "application/vnd.oasis.opendocument.text"u8.ToArray()), ("content.xml", "<office:document-content/>"u8.ToArray()));

        AssertRefused(odt, "RDD4001", "est un document OpenDocument (.odt, LibreOffice) : enregistrez-le au format .docx depuis LibreOffice Writer");
    }

    [Theory]
    [InlineData("%PDF-1.7\n", "est un PDF")]
    [InlineData("{\\rtf1\\ansi", "est un document RTF")]
    [InlineData("Rapport développement durable\n", "n'est ni un document Word (.docx)")]
    public void Import_AnotherFormat_IsRefusedByItsFirstBytes(string start, string inMessage) =>
        AssertRefused(Encoding.UTF8.GetBytes(start), "RDD4001", inMessage);

    [Fact]
    public void Import_Word97Document_IsRefused() =>
        AssertRefused([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[512]], "RDD4001", "est un document Word 97-2003 (.doc)");

    [Fact]
    public void Import_PasswordProtectedDocument_SaysToRemoveThePassword() =>
        AssertRefused([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[64], .. Encoding.Unicode.GetBytes("EncryptedPackage"), .. new byte[64]], "RDD4002", "est protégé par un mot de passe");

    [Fact]
    public void Import_TruncatedDocument_IsCorrupt()
    {
        var document = DocxImporterTests.Fixture();

        AssertRefused(document[..(document.Length / 2)], "RDD4004", "ne se lit pas");
    }

    [Fact]
    public void Import_ZipWithoutWordprocessingContent_IsCorrupt() =>
        AssertRefused(Zip(("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"u8.ToArray())), "RDD4004", "« rapport.docx »");

    [Fact]
    public void Import_DocumentWithBrokenXml_IsCorrupt()
    {
        using var source = new MemoryStream(DocxImporterTests.Fixture());
        using var broken = new MemoryStream();
        source.CopyTo(broken);
        using (var zip = new ZipArchive(broken, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var stream = zip.CreateEntry("word/document.xml").Open();
            stream.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"u8);
        }

        AssertRefused(broken.ToArray(), "RDD4004", "ne se lit pas");
    }

    [Fact]
    public void Import_ZipBomb_IsRefusedBeforeParsing()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i <= DocumentInput.MaxExpandedBytes >> 20; i++)
            {
                stream.Write(zeros);
            }
        }

        AssertRefused(memory.ToArray(), "RDD4003", "se décompresse en plus de 512 Mo");
    }

    [Fact]
    public void Import_HugeFile_IsRefusedWithoutReadingItAll() =>
        AssertRefused(new byte[DocumentInput.MaxFileBytes + 1], "RDD4003", "dépasse 100 Mo");

    [Fact]
    public void Import_DocumentWithoutHeadings_SaysToApplyTheHeadingStyles()
    {
        using var word = new WordDocumentBuilder();
        word.Paragraph(WordDocumentBuilder.Bold("Les politiques publiques")).Paragraph("Du texte sans style de titre.");

        AssertRefused(word.Build(), "RDD4005", "appliquez le style Titre 1 aux parties");
    }
}
