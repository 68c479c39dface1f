using System.Text;
using Rdd.Domain.Validation;
using Rdd.Site.Content;

namespace Rdd.Site.Tests.Content;

public sealed class SourceTextTests
{
    private const string Glossary = "2025/glossaire.yml";
    private const string Climate = "2025/partie-1/01-climat.md";

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Read_Utf16File_ReportsRdd2004(string encoding)
    {
        using var content = new TempContent();
        var text = content.Read(Glossary);
        var utf16 = Encoding.GetEncoding(encoding);
        content.WriteBytes(Glossary, [.. utf16.GetPreamble(), .. utf16.GetBytes(text)]);

        var check = content.Check();

        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, "RDD2004");
        Diagnostics.At(diagnostic, "RDD2004", Glossary, 1, 1);
        Assert.Contains("UTF-16", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(check.Content.Latest!.Report.Glossary);
    }

    [Fact]
    public void Read_Latin1File_ReportsRdd2004WithTheLineOfTheFirstBadByte()
    {
        using var content = new TempContent();
        content.WriteBytes(Glossary, Encoding.Latin1.GetBytes(content.Read(Glossary)));

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2004");

        Diagnostics.At(diagnostic, "RDD2004", Glossary, 4, 1);
        Assert.Contains("(ligne 4)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Windows-1252", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BomAndCrlf_AreAcceptedWithTheRightLinesAndColumns()
    {
        using var content = new TempContent();
        var text = content.Read(Climate).Replace("finalites=epanouissement", "finalites=climt", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        content.WriteBytes(Climate, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
        content.WriteBytes(Glossary, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(content.Read(Glossary).Replace("\n", "\r\n", StringComparison.Ordinal))]);

        var check = content.Check();

        Diagnostics.At(Diagnostics.Only(check.Result.Diagnostics, "RDD1011"), "RDD1011", Climate, 10, 66);
        var report = check.Content.Latest!.Report;
        Assert.Equal("Au regard de la lutte contre le changement climatique", report.Parts[0].Sections[0].Title);
        Assert.DoesNotContain('\r', report.Parts[0].Sections[0].Actions[0].Body);
        Assert.Equal("PCAET", report.Glossary.Single().Term);
    }

    [Fact]
    public void Read_BomAndCrlfYaml_ReportsTheRightLine()
    {
        using var content = new TempContent();
        var text = content.Read("2025/chiffres-cles.yml").Replace("valeur: 52", "valeur: 12,5", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        content.WriteBytes("2025/chiffres-cles.yml", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        Diagnostics.At(Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2012"), "RDD2012", "2025/chiffres-cles.yml", 5, 13);
    }

    [Fact]
    public void Decode_CarriageReturnsOnly_AreLineEnds()
    {
        var bag = new DiagnosticBag();

        var source = SourceText.Decode("a.md", Encoding.UTF8.GetBytes("a\rb\r\nc"), bag);

        Assert.Equal("a\nb\nc", source!.Text);
        Diagnostics.None(bag.Items);
    }

    [Fact]
    public void Decode_NulCharacter_ReportsRdd2004()
    {
        var bag = new DiagnosticBag();

        Assert.Null(SourceText.Decode("image.md", [0x41, 0x00, 0x42], bag));

        Diagnostics.At(Diagnostics.Only(bag.Items, "RDD2004"), "RDD2004", "image.md", 1, 1);
    }

    [Fact]
    public void Read_FileLargerThanFiveMegabytes_ReportsRdd2005WithoutReadingIt()
    {
        using var content = new TempContent();
        const string big = "2025/partie-1/06-enorme.md";
        using (var stream = File.Create(content.FullPath(big)))
        {
            stream.SetLength(SourceText.MaxBytes + 1);
        }

        var check = content.Check();

        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, "RDD2005");
        Assert.Equal(new SourceLocation(big), diagnostic.Location);
        Assert.Contains("5 Mo", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(5, check.Content.Latest!.Report.Parts[0].Sections.Count);
    }

    [Fact]
    public void Read_FileOfExactlyFiveMegabytes_IsRead()
    {
        using var content = new TempContent();
        var text = content.Read("2025/numerique-responsable.md");
        var bytes = new byte[SourceText.MaxBytes];
        Array.Fill(bytes, (byte)' ');
        Encoding.UTF8.GetBytes(text).CopyTo(bytes, 0);
        content.WriteBytes("2025/numerique-responsable.md", bytes);

        var loaded = content.Load();

        Diagnostics.None(loaded.Diagnostics);
        Assert.Equal(text.Trim(), loaded.Latest!.Report.DigitalStrategyReview);
    }

    [Fact]
    public void Read_LinkOutsideTheContentFolder_ReportsRdd2003()
    {
        using var content = new TempContent();
        using var outside = TempContent.Empty();
        outside.Write("secret.md", "Texte.");
        content.Delete("2025/numerique-responsable.md");
        File.CreateSymbolicLink(content.FullPath("2025/numerique-responsable.md"), outside.FullPath("secret.md"));

        var loaded = content.Load();

        var diagnostic = Diagnostics.Only(loaded.Diagnostics, "RDD2003");
        Assert.Equal(new SourceLocation("2025/numerique-responsable.md"), diagnostic.Location);
        Assert.Null(loaded.Latest!.Report.DigitalStrategyReview);
    }

    [Fact]
    public void At_GivesALocationInTheFile()
    {
        var source = new SourceText("2025/budget.yml", string.Empty);

        Assert.Equal(new SourceLocation("2025/budget.yml", 3, 7), source.At(3, 7));
        Assert.Equal(new SourceLocation("2025/budget.yml"), source.At());
    }
}
