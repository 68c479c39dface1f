using AngleSharp.Html.Parser;
using Rdd.Site.Audit;
using static Rdd.Site.Tests.Audit.AuditReaderTests;

namespace Rdd.Site.Tests.Audit;

/// <summary>
/// The accessibility statement claims only what was done for this site: the latest rdd audit's tools, date, pages and
/// result, or that no automatic check was made; the state of compliance stays the one the authority declares.
/// </summary>
public sealed class AuditStatementTests : IDisposable
{
    private readonly string _newSite = Path.Combine(Path.GetTempPath(), "rdd-audit-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_newSite))
        {
            Directory.Delete(_newSite, recursive: true);
        }
    }

    private static async Task<AngleSharp.Dom.IElement> StatementAsync(string root)
    {
        var build = await SiteGenerator.BuildAsync(root, new BuildOptions());
        Assert.True(build.Success, string.Join('\n', build.Diagnostics));
        return new HtmlParser().ParseDocument(build.Files!.Text("accessibilite/index.html")).QuerySelector("main")!;
    }

    private static string Section(AngleSharp.Dom.IElement main, string heading)
    {
        var h3 = main.QuerySelectorAll("h3").Single(h => h.TextContent == heading);
        var text = new List<string>();
        for (var next = h3.NextElementSibling; next is not null && next.TagName != "H3"; next = next.NextElementSibling)
        {
            text.Add(next.TextContent);
        }

        return string.Join('\n', text);
    }

    [Fact]
    public async Task NewSite_BeforeAnyAudit_SaysNoAutomaticCheckWasMadeAndMakesNoClaimAboutRddsTests()
    {
        var output = new StringWriter();
        Assert.Equal(0, Rdd.Site.Cli.RddCommand.Run(["new", _newSite, "--name", "Ville de Belval", "--kind", "commune", "--population", "58000"], new Rdd.Site.Cli.Console(output, new StringWriter())));

        var main = await StatementAsync(_newSite);

        Assert.Equal("Aucune vérification automatique n'a été faite.", Section(main, "Outils de vérification"));
        Assert.Equal("Aucune page n'a été vérifiée automatiquement.", Section(main, "Pages vérifiées"));
        Assert.DoesNotContain("tests de Rdd", main.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("axe-core", main.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(main.QuerySelectorAll("h3"), h => h.TextContent.Contains("Résultat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PassingAudit_NamesItsToolsAndDate_LinksTheCheckedPagesStillThereAsTheSiteMapDoesAndKeepsTheDeclaredState()
    {
        using var content = new TempContent();
        AuditWriter.Write(content.Root, Report(Page("/", "Accueil du rapport"), Page("/accessibilite/", "Déclaration d'accessibilité"), Page("/page-supprimee/", "Une page disparue")), string.Empty);

        var main = await StatementAsync(content.Root);

        Assert.Equal(
            "axe-core 4.11.0 (Deque), règles des WCAG 2.0, 2.1 et 2.2 de niveaux A et AA, dans Chromium 131.0.6778.85\n" +
            "rdd audit 1.0.0\u00a0: lien d'évitement, ordre des titres et affichage à 320 pixels de large sans défilement horizontal",
            string.Join('\n', main.QuerySelectorAll("h3").Single(h => h.TextContent == "Outils de vérification").NextElementSibling!.QuerySelectorAll("li").Select(li => li.TextContent)));
        Assert.StartsWith("Le 7 décembre 2026, rdd audit a vérifié chaque page du site, soit 3 pages\u00a0; celles de ce rapport\u00a0:", Section(main, "Pages vérifiées"), StringComparison.Ordinal);
        var links = main.QuerySelectorAll("h3 ~ ul a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("/", "Rapport sur la situation en matière de développement durable 2025"), ("/accessibilite/", "Déclaration d'accessibilité")], links);
        Assert.Equal(
            "Aucune erreur sur les 3 pages vérifiées\u00a0: aucune violation des règles d'axe-core, un lien d'évitement, des titres dans l'ordre et aucun défilement horizontal à 320 pixels. " +
            "Une vérification automatique ne couvre qu'une partie des critères du RGAA et ne remplace pas un audit\u00a0: l'état de conformité est celui que déclare la Ville de Belval-sur-Lirette.",
            Section(main, "Résultat de la vérification automatique"));
        Assert.Equal("Accessibilité\u00a0: partiellement conforme", main.QuerySelector("#etat + p")!.TextContent);
    }

    [Fact]
    public async Task FailingAudit_CountsEachKindOfProblem_InFrench()
    {
        using var content = new TempContent();
        AuditWriter.Write(content.Root, Report(Page("/", "Accueil", violations: 2, headings: false), Page("/accessibilite/", "Déclaration", skipLink: false, headings: false)), string.Empty);

        var main = await StatementAsync(content.Root);

        Assert.StartsWith(
            "Erreurs trouvées\u00a0: 2 violations des règles d'axe-core sur 1 page\u00a0; 1 page sans lien d'évitement vers le contenu\u00a0; " +
            "2 pages dont les titres sautent un niveau ou ne commencent pas par un titre de niveau 1. Une vérification automatique",
            Section(main, "Résultat de la vérification automatique"), StringComparison.Ordinal);
    }
}
