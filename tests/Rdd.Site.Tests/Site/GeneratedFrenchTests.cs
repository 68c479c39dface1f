using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Rdd.Site.Tests.Site;

/// <summary>
/// The sentences Rdd writes for every kind of authority, read as a proofreader would: the authority's name with its
/// article (« la Ville de Montreuil s'engage… »), and none of the mistakes found before (« contacter Ville de… »,
/// « 1 fichier(s) », « de investissement », a colon that a line break can separate from its word).
/// </summary>
[Collection(BuiltSitesCollection.Name)]
public sealed partial class GeneratedFrenchTests(BuiltSitesFixture sites) : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly SiteTempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A new site of each kind, as <c>rdd new</c> makes it, built.</summary>
    private async Task<IReadOnlyDictionary<string, IDocument>> NewSite(string kind, string name, string population, params string[] options)
    {
        var folder = _temp.Combine(kind + Guid.NewGuid().ToString("N")[..6]);
        var output = new StringWriter();
        var code = Rdd.Site.Cli.RddCommand.Run(["new", folder, "--name", name, "--kind", kind, "--population", population, "--year", "2025", .. options], new Rdd.Site.Cli.Console(output, new StringWriter()));
        Assert.Equal(0, code);
        var build = await SiteGenerator.BuildAsync(folder, new BuildOptions());
        Assert.True(build.Success, string.Join('\n', build.Diagnostics));
        return build.Files!.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(p => p, p => (IDocument)Parser.ParseDocument(build.Files.Text(p)), StringComparer.Ordinal);
    }

    /// <summary>A page's readable text, with every kind of space read as one.</summary>
    private static string Text(IDocument page) => Regex.Replace(page.Body!.TextContent, @"[\s\u00a0\u202f]+", " ");

    [Theory]
    [InlineData("commune", "Ville de Montreuil", "62000", "la Ville de Montreuil", "de la Ville de Montreuil")]
    [InlineData("departement", "Département du Gard", "750000", "le Département du Gard", "du Département du Gard")]
    [InlineData("region", "Région Occitanie", "6000000", "la Région Occitanie", "de la Région Occitanie")]
    [InlineData("epci", "Eurométropole de Strasbourg", "500000", "l'Eurométropole de Strasbourg", "de l'Eurométropole de Strasbourg")]
    [InlineData("epci", "Carcassonne Agglo", "115000", "Carcassonne Agglo", "de Carcassonne Agglo")]
    [InlineData("metropole-lyon", "Métropole de Lyon", "1400000", "la Métropole de Lyon", "de la Métropole de Lyon")]
    [InlineData("corse", "Collectivité de Corse", "350000", "la Collectivité de Corse", "de la Collectivité de Corse")]
    [InlineData("martinique", "Collectivité territoriale de Martinique", "350000", "la Collectivité territoriale de Martinique", "de la Collectivité territoriale de Martinique")]
    [InlineData("guyane", "Collectivité territoriale de Guyane", "290000", "la Collectivité territoriale de Guyane", "de la Collectivité territoriale de Guyane")]
    public async Task Kind_Each_NamesItselfWithItsArticle(string kind, string name, string population, string inSentence, string afterDe)
    {
        var pages = await NewSite(kind, name, population);
        var atStart = char.ToUpperInvariant(inSentence[0]) + inSentence[1..];

        Assert.Contains($"{atStart} rend compte de sa situation en matière de développement durable pour l'année 2025", Text(pages["index.html"]), StringComparison.Ordinal);
        Assert.Equal($"Rapport sur la situation en matière de développement durable 2025 — {name}", pages["index.html"].Title);
        var statement = Text(pages["accessibilite/index.html"]);
        Assert.Contains($"{atStart} s'engage à rendre ce site accessible", statement, StringComparison.Ordinal);
        Assert.Contains($"s'applique au site « Rapport développement durable {afterDe} ».", statement, StringComparison.Ordinal);
        Assert.Contains($"vous pouvez contacter {inSentence} pour être orienté", statement, StringComparison.Ordinal);
        Assert.Contains($"réutilisez-les librement en citant {inSentence}.", Text(pages["donnees/index.html"]), StringComparison.Ordinal);
        Assert.Contains($"Ce site est édité par {inSentence}.", Text(pages["mentions-legales/index.html"]), StringComparison.Ordinal);
        NoBadFrench(pages);
    }

    [Fact]
    public async Task Article_WrittenInSiteYml_WinsOverTheGuess()
    {
        var pages = await NewSite("commune", "Ville de Paris", "2100000", "--article", "aucun");

        Assert.Contains("Ville de Paris rend compte", Text(pages["index.html"]), StringComparison.Ordinal);
        Assert.Contains("en citant Ville de Paris.", Text(pages["donnees/index.html"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartThree_CountsPracticesAndSaysWhatItsSectionsIllustrate()
    {
        var pages = await NewSite("commune", "Ville de Montreuil", "62000");

        Assert.Contains("1 pratique, qui illustre la participation de la population et des acteurs.", Text(pages["partie-3/participation/index.html"]), StringComparison.Ordinal);
        Assert.Contains("5 sections, 5 pratiques", Text(pages["index.html"]), StringComparison.Ordinal);
        Assert.Contains("2 actions et 5 pratiques en 3 parties", Text(pages["rapport-complet/index.html"]), StringComparison.Ordinal);
        Assert.DoesNotContain("Exemple : une pratique", Text(pages["avancement/index.html"]), StringComparison.Ordinal);
        Assert.Contains("Aucune action de ce rapport n'y est rattachée.", Text(pages["referentiels/odd/1/index.html"]), StringComparison.Ordinal);
        Assert.DoesNotContain("0 action", Text(pages["referentiels/odd/1/index.html"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BuiltSitesFixture.Default)]
    [InlineData(BuiltSitesFixture.Fixture)]
    public void TestSites_HaveNoKnownMistake(string name) => NoBadFrench(sites[name].Pages);

    private static void NoBadFrench(IReadOnlyDictionary<string, IDocument> pages)
    {
        var problems = pages.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => BadFrench(p.Key, p.Value)).ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s):\n" + string.Join('\n', problems.Take(60)));
    }

    /// <summary>The mistakes a proofreader found in earlier versions, and the spaces French typography asks for.</summary>
    private static IEnumerable<string> BadFrench(string path, IDocument page)
    {
        var text = Text(page);
        foreach (var (pattern, why) in KnownMistakes)
        {
            foreach (Match match in pattern.Matches(text))
            {
                yield return $"{path}: {why}: « …{Around(text, match)}… »";
            }
        }

        // The spaces themselves, in the text a reader sees (not in code samples, where the author's spaces stay).
        foreach (var node in page.Body!.Descendants<IText>().Where(t => t.ParentElement?.Closest("pre, code, script, style, textarea") is null))
        {
            foreach (Match match in BreakableSpace().Matches(node.Data))
            {
                yield return $"{path}: espace sécable devant une ponctuation double ou dans des guillemets : « …{Around(node.Data, match)}… »";
            }
        }
    }

    private static readonly (Regex Pattern, string Why)[] KnownMistakes =
    [
        (new Regex(@"\(s\)", RegexOptions.CultureInvariant), "pluriel entre parenthèses"),
        (new Regex(@"\b[Dd]e (?!(?:une?|ou|et|en|à)\b)[aeiouéèêAEIOUÉ]\w+", RegexOptions.CultureInvariant), "« de » non élidé"),
        (new Regex(@"\b(?:contacter|par|citant|de|à) (?:Ville|Département|Région|Métropole|Eurométropole|Collectivité)\b", RegexOptions.CultureInvariant), "nom de la collectivité sans article"),
        (new Regex(@"\bau site du Rapport\b", RegexOptions.CultureInvariant), "majuscule au milieu d'une phrase"),
        (new Regex(@"au regard de :", RegexOptions.CultureInvariant), "« au regard de : »"),
        (new Regex(@"(?<!\.)\. ?\.(?!\.)|»\s*\.\s*\.", RegexOptions.CultureInvariant), "point doublé"),
        (new Regex(@"\([^()]*\([^()]*\)[^()]*\)", RegexOptions.CultureInvariant), "parenthèses dans des parenthèses"),
        (new Regex(@"\b0 (?:action|pratique) (?:y est|l'illustre)", RegexOptions.CultureInvariant), "« 0 action » dans une phrase"),
        (new Regex(@"Avancement non précisé", RegexOptions.CultureInvariant), "intitulé qui se lit comme un défaut"),
    ];

    private static string Around(string text, Match match) =>
        text[Math.Max(0, match.Index - 30)..Math.Min(text.Length, match.Index + match.Length + 30)];

    [GeneratedRegex(@"(?<=\S) [:;!?»]|« |\bn° (?=\d)|(?<=\d) [%€]")]
    private static partial Regex BreakableSpace();
}
