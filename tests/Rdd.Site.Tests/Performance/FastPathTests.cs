using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Markdig;
using Markdig.Syntax;
using Rdd.Domain;
using Rdd.Site.Content;
using Rdd.Site.Markup;
using Rdd.Site.Rendering;
using Rdd.Site.Search;

namespace Rdd.Site.Tests.Performance;

/// <summary>
/// The shortcuts taken for speed give the same results as the general code they stand in for (docs/performance.md):
/// the search normalisation character by character, titles without Markdown read without Markdig, acronyms found
/// without a regular expression, the distinct words of the search index kept without sorting them, the French spacing
/// of a whole page in its UTF-8 bytes, the first letter of a text cased without the French culture.
/// </summary>
public sealed class FastPathTests
{
    private static readonly int Runs = int.TryParse(Environment.GetEnvironmentVariable("RDD_PROPERTY_RUNS"), out var runs) ? runs : 500;

    /// <summary>French text, its punctuation and spaces, accents precomposed and combining, ligatures, other scripts, surrogates, Hangul.</summary>
    private static readonly string Alphabet =
        "abcdeéèêëàâäîïôöùûüçœæÿABCÉÈÀÂÎÔÙÇŒÆŸ0123456789 ,.;:!?«»’'\"()-–—/%€\u00a0\u202f\t\n#*_[]ıİßẞĳǅΩωΣςЖжא\u0301\u0327\u0308\u0300한글\u1100\u1161\ud83d\ude00\ud800";

    /// <summary>The normalisation the search used before its shortcut: the whole text decomposed, accents dropped, recomposed.</summary>
    private static string Reference(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            builder.Append(lower switch { 'œ' => "oe", 'æ' => "ae", _ => lower.ToString() });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static Arbitrary<string> Texts(string alphabet) =>
        Gen.Elements(alphabet.ToCharArray()).ArrayOf().Select(chars => new string(chars)).ToArbitrary();

    [Fact]
    public void SearchNormalisation_AnyText_EqualsTheGeneralOne()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), Prop.ForAll(Texts(Alphabet), text =>
        {
            // A lone surrogate cannot be normalised by either path: both must refuse it the same way.
            string Run(Func<string, string> f)
            {
                try
                {
                    return f(text);
                }
                catch (ArgumentException)
                {
                    return "<refusé>";
                }
            }

            return Run(SearchText.Normalize) == Run(t => t.Length == 0 ? string.Empty : Reference(t));
        }));
    }

    [Theory]
    [InlineData("Œuvre de l’Agglo : 3 000 vélos « électriques »")]
    [InlineData("e\u0301cole")]
    [InlineData("한글 Écoles")]
    [InlineData("\u1100\u1161 jamos")]
    [InlineData("ıİ ß ĳ Σίσυφος")]
    public void SearchNormalisation_Examples_EqualsTheGeneralOne(string text) =>
        Assert.Equal(Reference(text), SearchText.Normalize(text));

    [Fact]
    public void PlainTitle_AnyTitle_IsWhatMarkdigReads()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), Prop.ForAll(Texts("abcéèÉ0123456789 ,.;:?«»’'\"()-–—/%€\u00a0*_[]#!<>&`\\~|+="), text =>
        {
            var title = text.Length == 0 ? "a" : (char.IsLetter(text[0]) ? text : "T" + text);
            return !PlainTitle.IsPlain(title) || PlainTitle.Of(title) == Markdown.ToPlainText(title).Trim();
        }));
    }

    [Theory]
    [InlineData("Plan vélo communal", true)]
    [InlineData("Rénovation : l’école « des Tilleuls » (2024–2026), 30 % d’économies", true)]
    [InlineData("**Plan** vélo", false)]
    [InlineData("1. Plan", false)]
    [InlineData("Plan [vélo](https://exemple.fr)", false)]
    [InlineData("Plan &amp; vélo", false)]
    public void PlainTitle_TitlesWithMarkdown_GoThroughMarkdig(string title, bool plain)
    {
        Assert.Equal(plain, PlainTitle.IsPlain(title));
        Assert.Equal(Markdown.ToPlainText(title).Trim(), PlainTitle.Of(title));
    }

    /// <summary>The acronyms as the rendering found them before <see cref="TermMatcher"/>: one regular expression.</summary>
    private static List<(int Index, string Term)> ReferenceTerms(IEnumerable<string> terms, string text)
    {
        var alternatives = terms.Distinct().OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape);
        var pattern = new Regex(@"(?<![\p{L}\p{N}])(" + string.Join('|', alternatives) + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant);
        return pattern.Matches(text).Select(m => (m.Index, m.Value)).ToList();
    }

    private static List<(int Index, string Term)> Terms(IEnumerable<string> terms, string text)
    {
        var matcher = new TermMatcher(terms);
        var found = new List<(int Index, string Term)>();
        for (var start = 0; matcher.TryFind(text, start, out var index, out var term); start = index + term.Length)
        {
            found.Add((index, term));
        }

        return found;
    }

    [Fact]
    public void Acronyms_Examples_AreFoundWhereTheRegularExpressionFoundThem()
    {
        // Terms that overlap, nest and share prefixes, with accents, digits, punctuation and spaces; texts made of them.
        var pieces = new[] { "PAT", "PATR", "AT", "TVB", "CO2", "CO", "R&D", "É.P.C.I.", "PCAET", "Plan climat", "2030", "ÉPCI", "x", "é" };
        var glue = new[] { " ", "", ",", "-", "é", "a", "1", "²", "Ⅷ", "\u00a0", "’", ".", "(", "\n", "\ud83d\ude00" };
        var termsGen = Gen.SubListOf(pieces).Where(l => l.Count > 0);
        var textGen = Gen.Elements(pieces.Concat(glue).ToArray()).ArrayOf().Select(parts => string.Concat(parts));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), Prop.ForAll(termsGen.ToArbitrary(), textGen.ToArbitrary(), (terms, text) =>
            ReferenceTerms(terms, text).SequenceEqual(Terms(terms, text))));
    }

    [Theory]
    [InlineData("Le PAT, le PATRIMOINE et le PCAET.", "PAT|PCAET|AT")]
    [InlineData("CO2 et CO₂ : la R&D (É.P.C.I.)", "CO2|CO|R&D|É.P.C.I.")]
    [InlineData("1PAT PAT1 PAT² ⅧPAT _PAT_", "PAT")]
    public void Acronyms_AnyText_AreFoundAsWholeWords(string text, string terms) =>
        Assert.Equal(ReferenceTerms(terms.Split('|'), text), Terms(terms.Split('|'), text));

    /// <summary>The distinct words as the index kept them before its table: in order, without those that begin another one.</summary>
    private static List<string> ReferenceDistinctWords(IEnumerable<string?> texts)
    {
        var words = texts.SelectMany(t => SearchText.Words(t)).Distinct(StringComparer.Ordinal).ToList();
        return words.Where(w => !words.Any(v => v.Length > w.Length && v.StartsWith(w, StringComparison.Ordinal))).ToList();
    }

    [Fact]
    public void DistinctWords_AnyTexts_AreTheGeneralOnes()
    {
        // Few letters, so that words repeat and begin one another often; accents (a combining one too, which takes the
        // general normalisation), a ligature, digits, punctuation between them.
        var texts = Gen.Elements("aabbAéÉ1 ,’-\u0301œ\n".ToCharArray()).ArrayOf().Select(chars => new string(chars)).ArrayOf();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), Prop.ForAll(texts.ToArbitrary(), (string[] sample) =>
            ReferenceDistinctWords(sample).SequenceEqual(SearchText.DistinctWords(sample))
            && string.Join(' ', ReferenceDistinctWords(sample)) == SearchText.DistinctWordsText(sample)));
    }

    /// <summary>What the safety check and the section reader look at in a parsed text: checked inlines and blocks, with their place.</summary>
    private static List<string> Checked(MarkdownDocument document) =>
        document.Descendants().Select(node => node switch
        {
            HtmlBlock => "html-block",
            Markdig.Syntax.Inlines.HtmlInline inline => "html " + inline.Tag,
            Markdig.Syntax.Inlines.LinkInline link => (link.IsImage ? "image " : "link ") + link.Url + " " + link.UrlSpan,
            Markdig.Syntax.Inlines.AutolinkInline autolink => "autolink " + autolink.Url,
            HeadingBlock heading => $"h{heading.Level} {heading.IsSetext} {heading.Line}:{heading.Column}",
            _ => null,
        } is { } found ? $"{found} @{node.Span}" : null).OfType<string>().ToList();

    [Fact]
    public void InlineCheck_AnyText_ParsesInlinesOnlyWhereItFindsSomething()
    {
        // Markdown made of the pieces the check looks for, the blocks around them, and plain text.
        string[] pieces =
        [
            "texte", " ", "\n", "\n\n", "## Titre", "# Un", "---", "===", "> ", "- ", "1. ", "    ", "```\n", "| a | b |\n|---|---|\n| c | d |",
            "<b>", "</b>", "<div>", "<script>x</script>", "<https://a.fr>", "<javascript:x>", "<a@b.fr>", "[lien](https://a.fr)",
            "[l](javascript:x)", "![carte](images/c.png)", "![](x.png)", "[ref]", "[ref]: javascript:y", "[", "]", "(", ")", "!", "*", "_", "`", "<", "&lt;",
        ];
        var textGen = Gen.Elements(pieces).ArrayOf().Select(parts => string.Concat(parts));
        var full = new MarkdownPipelineBuilder().UsePipeTables().UsePreciseSourceLocation().Build();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), Prop.ForAll(textGen.ToArbitrary(), text =>
            Checked(Markdown.Parse(text, full)).SequenceEqual(Checked(Markdown.Parse(text, MarkdownSafety.Pipeline)))));
    }

    [Fact]
    public void FrenchSpacing_AnyPage_IsThePlainVersion()
    {
        // Pieces of HTML: text with every mark a space may stand next to, the degree sign as it is and as an entity, tags
        // with attributes, verbatim elements opened and closed in either case, two-byte and three-byte UTF-8 characters (some
        // of them sharing their first byte with « « », « » », « ° » or « € » without being marks); tags whose name starts as
        // a verbatim element's does, tags and texts longer than what MarkFinder and TagEnd look at one byte at a time.
        string[] pieces =
        [
            "a", "é", " ", "  ", ":", ";", "!", "?", "«", "»", "%", "€", "n", "N", "°", "&#176;", "&#XB0;", "&#xb0;", "1", "42",
            "<", ">", "/", "<p>", "</p>", "<a title=\"a : b\">", "<pre>", "</pre>", "</PRE ", "<code>", "</code>", "<br/>",
            "<script>", "</script>", "<textarea>", "</textarea\n", "\t", "\n", "&#x27;", "’", "\u00A0", "…",
            "<kbd>", "</KBD>", "<Samp>", "</samp>", "<style>", "</style>", "<s>", "<span class=\"x\">", "<strong>", "<t", "<k",
            "<a href=\"https://exemple.fr/une/adresse\">", "un texte sans aucune marque",
        ];
        string Spaced(string page)
        {
            using var buffer = new MemoryStream();
            buffer.Write(Encoding.UTF8.GetBytes(page));
            FrenchSpacing.Apply(buffer);
            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }

        // Each page cut after each of its pieces too, so that every piece also ends a page.
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), Prop.ForAll(Gen.Elements(pieces).ArrayOf().ToArbitrary(), parts =>
            Enumerable.Range(0, parts.Length + 1).Select(n => string.Concat(parts.Take(n))).All(page => Spaced(page) == PlainFrenchSpacing.Apply(page))));
    }

    [Fact]
    public void FirstLetter_EveryCharacter_IsTheFrenchCulturesCasing()
    {
        var french = CultureInfo.GetCultureInfo("fr-FR");
        var differing = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => French.LowerFirst(c + "x") != char.ToLower(c, french) + "x" || French.UpperFirst(c + "x") != char.ToUpper(c, french) + "x")
            .Select(c => $"U+{(int)c:X4}")
            .ToList();
        Assert.Empty(differing);
        Assert.Equal("circulaire du 3 août", French.LowerFirst("Circulaire du 3 août"));
        Assert.Equal("Équilibre", French.UpperFirst("équilibre"));
        Assert.Equal(string.Empty, French.UpperFirst(string.Empty));
    }
}
