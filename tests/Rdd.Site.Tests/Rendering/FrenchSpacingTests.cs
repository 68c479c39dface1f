using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Rdd.Site.Rendering;

namespace Rdd.Site.Tests.Rendering;

/// <summary>The spaces French typography asks for, made non-breaking in a page's text and nowhere else.</summary>
public sealed class FrenchSpacingTests
{
    private const string Nbsp = "&#xA0;";

    private static string Spaced(string html)
    {
        using var page = new MemoryStream();
        page.Write(Encoding.UTF8.GetBytes(html));
        FrenchSpacing.Apply(page);
        return Encoding.UTF8.GetString(page.GetBuffer(), 0, (int)page.Length);
    }

    [Theory]
    [InlineData("<p>Avancement : lancé</p>", "<p>Avancement" + Nbsp + ": lancé</p>")]
    [InlineData("<p>Pourquoi ce rapport ?</p>", "<p>Pourquoi ce rapport" + Nbsp + "?</p>")]
    [InlineData("<p>a ; b ! c</p>", "<p>a" + Nbsp + "; b" + Nbsp + "! c</p>")]
    [InlineData("<p>la loi « Grenelle II » de 2010</p>", "<p>la loi «" + Nbsp + "Grenelle II" + Nbsp + "» de 2010</p>")]
    [InlineData("<p>loi n° 2005-102, 200 % et 30 €</p>", "<p>loi n°" + Nbsp + "2005-102, 200" + Nbsp + "% et 30" + Nbsp + "€</p>")]
    [InlineData("<p>loi n&#176; 2005-102</p>", "<p>loi n&#176;" + Nbsp + "2005-102</p>")]
    [InlineData("<p>https://exemple.fr/a:b et référentiel:code</p>", "<p>https://exemple.fr/a:b et référentiel:code</p>")]
    [InlineData("<p>un  double espace : gardé</p>", "<p>un  double espace" + Nbsp + ": gardé</p>")]
    public void FrenchSpacing_Text_GetsItsNonBreakingSpaces(string html, string expected) => Assert.Equal(expected, Spaced(html));

    [Theory]
    [InlineData("<a title=\"Voir : ici\" href=\"/a ?b\">x</a>")]
    [InlineData("<pre>clé : valeur\n  « liste »</pre>")]
    [InlineData("<p><code>titre : x</code></p>")]
    [InlineData("<script>if (a ? b : c) { x = « y »; }</script>")]
    [InlineData("<style>a :hover { }</style>")]
    [InlineData("<textarea>texte : brut</textarea>")]
    public void FrenchSpacing_TagsAndVerbatimElements_AreLeftAsWritten(string html) => Assert.Equal(html, Spaced(html));

    [Theory]
    [InlineData("<pre>a : b</pre>")]
    [InlineData("<pre>a : b </</pre>")]
    [InlineData("<pre>a : b</prefix : c</pre>")]
    [InlineData("<CODE>a : b</code\n>")]
    [InlineData("<textarea>a : b</textarea class=\"x\">")]
    public void FrenchSpacing_TextAfterAVerbatimElement_IsSpacedAgain(string verbatim) =>
        Assert.Equal(verbatim + "<p>c" + Nbsp + ": d</p>", Spaced(verbatim + "<p>c : d</p>"));

    [Theory]
    [InlineData("<p>« a</p>", "<p>«" + Nbsp + "a</p>")]
    [InlineData("<p>« <b>a</b></p>", "<p>«" + Nbsp + "<b>a</b></p>")]
    [InlineData("<p>a « ", "<p>a « ")]
    public void FrenchSpacing_SpaceAfterAGuillemet_HoldsUnlessItEndsThePage(string html, string expected) => Assert.Equal(expected, Spaced(html));

    [Fact]
    public void FrenchSpacing_AnyText_ChangesOnlySpaces()
    {
        var alphabet = "ab :;!?«»n°1%€<>/p re code\n'".ToCharArray();
        var texts = Gen.Elements(alphabet).ArrayOf().Select(c => new string(c)).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(texts, text => Spaced(text).Replace(Nbsp, " ", StringComparison.Ordinal) == text));
    }

    [Theory]
    [InlineData("Voir : « a & b » <c> ; fin", "Voir\u00A0: «\u00A0a & b\u00A0» <c>\u00A0; fin")]
    [InlineData("R&D : 5 %", "R&D\u00A0: 5\u00A0%")]
    [InlineData("&lt; reste écrit ; tel quel", "&lt; reste écrit\u00A0; tel quel")]
    public void ApplyToText_PlainText_GetsU00A0AndKeepsItsCharacters(string text, string expected) => Assert.Equal(expected, FrenchSpacing.ApplyToText(text));
}
