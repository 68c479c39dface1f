using FsCheck;
using FsCheck.Fluent;
using Rdd.Site.Content;

namespace Rdd.Site.Tests.Content;

/// <summary>
/// Reading pasted bullets as a list loses nothing: every line stays on its line with the same words, reading twice
/// gives what reading once gave, and a text with no bullet comes back as the same string.
/// </summary>
public sealed class WordBulletsProperties
{
    private const int Runs = 2_000;

    private static readonly string[] Pieces =
    [
        "• ", "•", "•\t", "▪ ", "◦ ", "○ ", "– ", "–", "o\t", "\uF0B7\t", "· ", "- ", "* ", "    ", "  ", "\t", "\u00A0",
        "```", "~~~", "| a | b |", "Arceaux", "pistes", "vélo", "12", "−5 %", " • ", " ", "\n", "\n", "\n", "\n\n",
    ];

    private static Arbitrary<string> Bodies() =>
        Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    private static string Words(string line) => new(line.Where(char.IsLetterOrDigit).ToArray());

    [Fact]
    public void Rewrite_AnyText_KeepsEveryLineAndItsWordsAndIsIdempotent()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), Prop.ForAll(Bodies(), body =>
        {
            var source = new SourceText("2025/partie-1/01-climat.md", body);
            var once = WordBullets.Rewrite(body, source, 1, new DiagnosticBag());
            var twice = WordBullets.Rewrite(once, source, 1, new DiagnosticBag());
            var before = body.Split('\n');
            var after = once.Split('\n');

            // Word's « o » followed by a tab is a bullet: the letter goes with it.
            return before.Length == after.Length
                && before.Zip(after).All(pair => Words(pair.First) == Words(pair.Second) || Words(pair.First) == "o" + Words(pair.Second))
                && twice == once;
        }));
    }

    [Fact]
    public void Rewrite_TextWithoutBullets_IsReturnedAsIs()
    {
        const string body = "Douze kilomètres de pistes – dont trois livrés.\n\n- un\n- deux\n";

        Assert.Same(body, WordBullets.Rewrite(body, new SourceText("a.md", body), 1, new DiagnosticBag()));
    }
}
