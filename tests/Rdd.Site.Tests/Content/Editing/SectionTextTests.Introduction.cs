using Rdd.Site.Content.Editing;

namespace Rdd.Site.Tests.Content.Editing;

/// <summary>A section's introduction written by the editor: only its lines change, and it reads back as typed.</summary>
public sealed partial class SectionTextTests
{
    private const string Introduced =
        "---\r\ntitre: Climat\r\nfinalites: [climat]\r\n---\r\n\r\n**L'Agglo agit**\r\n\r\n*Énergie – Habitat*\r\n\r\n"
        + "## Rénovation de l'école {#ecole avancement=lancement}\r\n\r\nIsolation des combles.\r\n";

    [Fact]
    public void IntroductionLines_AreItsFirstAndLastLinesThatAreNotBlank()
    {
        Assert.Equal((6, 8), Read(Introduced).IntroductionLines);
        Assert.Null(Read("---\ntitre: Vide\n---\n\n## Action\n").IntroductionLines);
    }

    [Fact]
    public void EditIntroduction_NewText_RewritesOnlyItsLinesWithTheFileLineEndings()
    {
        var section = Read(Introduced);

        var text = section.EditIntroduction("Un paragraphe.\n\n- une liste\n- de deux lignes");

        Assert.Equal(Introduced.Replace("**L'Agglo agit**\r\n\r\n*Énergie – Habitat*\r\n", "Un paragraphe.\r\n\r\n- une liste\r\n- de deux lignes\r\n", StringComparison.Ordinal), text);
        Assert.Equal("Un paragraphe.\n\n- une liste\n- de deux lignes", Read(text).Section!.Introduction);
    }

    [Fact]
    public void EditIntroduction_Empty_RemovesItAndTheBlankLinesAfterIt()
    {
        var text = Read(Introduced).EditIntroduction(string.Empty);

        Assert.Equal(Introduced.Replace("**L'Agglo agit**\r\n\r\n*Énergie – Habitat*\r\n\r\n", string.Empty, StringComparison.Ordinal), text);
        Assert.Equal(string.Empty, Read(text).Section!.Introduction);
    }

    [Fact]
    public void EditIntroduction_Same_ReturnsTheTextAsWritten() =>
        Assert.Same(Introduced, Read(Introduced).EditIntroduction("**L'Agglo agit**\n\n*Énergie – Habitat*"));

    [Fact]
    public void EditIntroduction_SectionWithoutIntroduction_WritesItBetweenBlankLinesAfterTheFrontMatter()
    {
        var text = Read("---\ntitre: Eau\n---\n\n## Compteurs {#compteurs}\n\nTexte.\n").EditIntroduction("L'eau.");

        Assert.Equal("---\ntitre: Eau\n---\n\nL'eau.\n\n## Compteurs {#compteurs}\n\nTexte.\n", text);
    }

    [Fact]
    public void EditIntroduction_FollowedDirectlyByAnAction_KeepsTheActionOnTheNextLine()
    {
        var text = Read("---\ntitre: Eau\n---\nL'eau.\n## Compteurs {#compteurs}\n").EditIntroduction("L'eau potable.\n\nEt l'assainissement.");

        Assert.Equal("---\ntitre: Eau\n---\nL'eau potable.\n\nEt l'assainissement.\n## Compteurs {#compteurs}\n", text);
        Assert.Equal(["compteurs"], Read(text).Section!.Actions.Select(a => a.Id));
    }

    [Fact]
    public void EditIntroduction_ActionRightAfterTheFrontMatter_GetsABlankLineBeforeAndAfter()
    {
        var text = Read("---\r\ntitre: Eau\r\n---\r\n## Compteurs\r\n").EditIntroduction("L'eau.");

        Assert.Equal("---\r\ntitre: Eau\r\n---\r\n\r\nL'eau.\r\n\r\n## Compteurs\r\n", text);
    }

    [Fact]
    public void EditIntroduction_FrontMatterOnlyWithoutFinalLineEnding_EndsItAndAddsTheText()
    {
        var text = Read("---\ntitre: Eau\n---").EditIntroduction("L'eau.");

        Assert.Equal("---\ntitre: Eau\n---\n\nL'eau.\n", text);
        Assert.Equal("L'eau.", Read(text).Section!.Introduction);
    }

    [Fact]
    public void EditIntroduction_EmptiedWhenItIsTheWholeText_LeavesTheFrontMatterOnly()
    {
        Assert.Equal("---\ntitre: Eau\n---\n", Read("---\ntitre: Eau\n---\n\nL'eau.\n").EditIntroduction(string.Empty));
    }

    [Fact]
    public void EditIntroduction_LastLinesOfAFileWithoutFinalLineEnding_KeepsItWithoutOne()
    {
        Assert.Equal("---\ntitre: Eau\n---\n\nL'eau potable.", Read("---\ntitre: Eau\n---\n\nL'eau.").EditIntroduction("L'eau potable."));
    }

    [Fact]
    public void EditIntroduction_BeforeAHeadingWithoutTitle_StopsAtItAsTheReaderDoes()
    {
        const string text = "---\ntitre: Eau\n---\n\nL'eau.\n\n##\n\nSans titre.\n\n## Compteurs {#compteurs}\n";

        Assert.Equal(text.Replace("L'eau.", "L'eau potable.", StringComparison.Ordinal), Read(text).EditIntroduction("L'eau potable."));
    }

    [Theory]
    [InlineData("Un.\n\n## Deux", 3)]
    [InlineData("Un paragraphe\n---", 1)]
    [InlineData("Un.\n\n### Intertitre\n\n# Titre", null)]
    [InlineData("Un.\n\n- liste\n\n  ## dans la liste", null)]
    [InlineData("```\n## dans du code\n```", null)]
    public void ActionHeadingIn_GivesTheLineOfALevelTwoHeadingOnly(string introduction, int? line)
    {
        Assert.Equal(line, SectionText.ActionHeadingIn(introduction));
    }
}
