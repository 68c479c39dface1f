using Rdd.Site.Serve.Editor;

namespace Rdd.Site.Tests.Serve.Editor;

public sealed class TextsModuleTests
{
    private const string Reading = "---\ntitre: Comment lire ce rapport ?\n# un commentaire\n---\n\nPremier paragraphe.\n\nSecond paragraphe.\n";

    [Fact]
    public void Apply_NewText_ReplacesTheBodyAndKeepsTheFrontMatter()
    {
        var edited = TextsModule.Apply(Reading, "Comment lire ce rapport ?", "Un seul paragraphe.\r\n\r\n- une liste\r\n");

        Assert.Equal("---\ntitre: Comment lire ce rapport ?\n# un commentaire\n---\n\nUn seul paragraphe.\n\n- une liste\n", edited);
    }

    [Fact]
    public void Apply_NewTitle_ChangesItsLineOnly()
    {
        var edited = TextsModule.Apply(Reading, "Guide de lecture", "Premier paragraphe.\n\nSecond paragraphe.");

        Assert.Equal(Reading.Replace("titre: Comment lire ce rapport ?", "titre: Guide de lecture", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void Apply_NothingChanged_ReturnsTheSameText()
    {
        Assert.Same(Reading, TextsModule.Apply(Reading, " Comment lire ce rapport ? ", "\nPremier paragraphe.\n\nSecond paragraphe.\n\n"));
    }

    [Fact]
    public void Apply_NewFile_WritesAFrontMatterWithTheTitle()
    {
        var edited = TextsModule.Apply(string.Empty, "Bilan de la stratégie numérique responsable", "Le bilan.");

        Assert.Equal("---\ntitre: Bilan de la stratégie numérique responsable\n---\nLe bilan.\n", edited);
    }

    [Fact]
    public void Apply_WindowsLineEndings_AreKept()
    {
        var windows = Reading.Replace("\n", "\r\n", StringComparison.Ordinal);

        var edited = TextsModule.Apply(windows, "Comment lire ce rapport ?", "Un.\n\nDeux.");

        Assert.Equal("---\r\ntitre: Comment lire ce rapport ?\r\n# un commentaire\r\n---\r\n\r\nUn.\r\n\r\nDeux.\r\n", edited);
    }

    [Theory]
    [InlineData("2024/introduction.md", true)]
    [InlineData("2024/numerique-responsable.md", true)]
    [InlineData("2024/partie-2/partie.md", true)]
    [InlineData("2024/partie-1/01-mobilites.md", false)]
    [InlineData("site.yml", false)]
    [InlineData("../2024/lecture.md", false)]
    public void IsText_OnlyTheReportsTexts(string file, bool expected)
    {
        Assert.Equal(expected, TextsModule.IsText(file));
    }
}
