namespace Rdd.Site.Tests.Policy;

/// <summary>
/// One list of image formats: what an author may insert is what the content folder's check leaves alone, and a GIF is
/// neither (an animation the reader cannot stop, WCAG 2.2.2).
/// </summary>
public sealed class MediaPolicyTests
{
    private const string Section = "2025/partie-1/02-biodiversite.md";

    private static readonly byte[] SomeBytes = [0x89, 0x50, 0x4E, 0x47];

    [Theory]
    [InlineData("carte.png")]
    [InlineData("carte.jpg")]
    [InlineData("carte.JPEG")]
    [InlineData("carte.svg")]
    [InlineData("carte.webp")]
    public void Image_OfAnAcceptedFormat_IsInsertedAndNotReportedAsIgnored(string name)
    {
        using var content = new TempContent();
        content.WriteBytes("2025/" + name, SomeBytes);
        content.Edit(Section, text => text + $"\n![Carte des haies plantées](../{name})\n");

        var check = content.Check();

        Diagnostics.None(check.Result.Diagnostics);
        Assert.Contains("2025/" + name, check.Content.Media);
    }

    [Fact]
    public void GifImage_IsRefused_WithTheReasonAndTheStillFormatToUse()
    {
        using var content = new TempContent();
        content.WriteBytes("2025/images/animation.gif", "GIF89a"u8.ToArray());
        content.Edit(Section, text => text + "\n![Carte des haies plantées](../images/animation.gif)\n");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2033");

        Assert.Equal(
            "L'image « ../images/animation.gif » est un GIF, souvent animé : une animation qui se lance seule doit pouvoir être arrêtée par le lecteur, ce que le site ne permet pas. Enregistrez-la en PNG (une image fixe) et écrivez le nouveau nom du fichier entre les parenthèses.",
            diagnostic.Message);
    }

    [Fact]
    public void GifFile_InAYearFolder_IsReportedAsIgnored()
    {
        using var content = new TempContent();
        content.WriteBytes("2025/animation.gif", SomeBytes);

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2023");

        Assert.Equal("2025/animation.gif", diagnostic.Location!.Path);
    }

    [Fact]
    public void OtherFile_IsRefused_WithTheAcceptedFormats()
    {
        using var content = new TempContent();
        content.WriteBytes("2025/images/carte.bmp", SomeBytes);
        content.Edit(Section, text => text + "\n![Carte des haies plantées](../images/carte.bmp)\n");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2033");

        Assert.Equal("Le fichier « ../images/carte.bmp » n'est pas une image publiable (formats acceptés : .png, .jpg, .jpeg, .svg, .webp).", diagnostic.Message);
    }
}
