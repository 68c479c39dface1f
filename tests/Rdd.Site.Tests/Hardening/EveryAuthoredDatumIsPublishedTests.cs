using System.Net;
using System.Reflection;
using AngleSharp.Html.Parser;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;

namespace Rdd.Site.Tests.Hardening;

/// <summary>
/// Every text and datum an author can write reaches a page of the site. The fixture tests/fixtures/tout-publie fills
/// every key of the content format with a unique mark (« MqTitreRapport », 123.47…); each property of the report model
/// says where its mark must be read, and a guard fails when the model gains a property nobody placed here.
/// </summary>
public sealed class EveryAuthoredDatumIsPublishedTests
{
    private const string Section = "partie-1/section-mq/index.html";
    private const string Practice = "partie-3/demarche/index.html";

    /// <summary>Where a property's mark must be read: a page (any when null), within an element (the whole page when null).</summary>
    private sealed record Expected(string Mark, string? Page = null, string? Selector = null);

    private static readonly Lazy<SiteBuild> Site = new(() =>
    {
        var build = SiteGenerator.BuildAsync(Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "tout-publie"), new BuildOptions { Parallelism = 2 }).GetAwaiter().GetResult();
        Assert.True(build.Success, string.Join('\n', build.Diagnostics));
        return build;
    });

    /// <summary>Every property of the report model an author writes, with where its value must be published.</summary>
    private static readonly Dictionary<string, Expected[]> Published = new(StringComparer.Ordinal)
    {
        ["Report.Authority"] = [new("Ville de MqNomCollectivite")],
        ["Report.Year"] = [new("pour l'année 2025", "index.html", ".lead")],
        ["Report.BudgetYear"] = [new("avant le débat sur le budget 2026", "index.html", ".lead")],
        ["Report.Title"] = [new("MqTitreRapport", "index.html", "h1")],
        ["Report.Period"] = [new("du 3 février 2025 au 31 janvier 2026", "cadre-legal/index.html")],
        ["Report.PresentationDate"] = [new("14 janvier 2026", "cadre-legal/index.html")],
        ["Report.BudgetDebateDate"] = [new("11 février 2026", "cadre-legal/index.html")],
        ["Report.Introduction"] = [new("MqIntroduction", "index.html")],
        ["Report.ReadingGuide"] = [new("MqGuideLecture", "rapport-complet/index.html", "section[aria-labelledby='guide-de-lecture']")],
        ["Report.Parts"] = [new("MqPartie1Titre"), new("MqPartie2Titre"), new("MqPartie3Titre")],
        ["Report.KeyFigures"] = [new("MqChiffreLibelle", "index.html", ".key-figures")],
        ["Report.Budget"] = [new("MqPolitique", "budget/index.html", "table")],
        ["Report.Indicators"] = [new("MqIndicateurLibelle", "indicateurs/index.html")],
        ["Report.Glossary"] = [new("MqSignification", "glossaire/index.html")],
        ["Report.Taxonomies"] = [new("MqStrategieNom", "referentiels/index.html")],
        ["Report.GreenBudget"] = [new("MqBudgetVertLigne", "budget-vert/index.html", "main"), new("MqBudgetVertLigne", "rapport-complet/index.html")],
        ["Report.DigitalStrategyReview"] = [new("MqNumerique", "numerique-responsable/index.html", "main"), new("MqNumerique", "rapport-complet/index.html", "section[aria-labelledby='numerique-responsable']")],

        ["Authority.Name"] = [new("Ville de MqNomCollectivite", "mentions-legales/index.html", "main")],
        ["Authority.Article"] = [new("vous pouvez contacter la Ville de MqNomCollectivite", "accessibilite/index.html", "main")],
        ["Authority.Kind"] = [new("En tant que commune", "cadre-legal/index.html")],
        ["Authority.LegalForm"] = [new("MqFormeJuridique", "cadre-legal/index.html")],
        ["Authority.Population"] = [new("61 234 habitants", "cadre-legal/index.html")],
        ["Authority.Siren"] = [new("210000006", "mentions-legales/index.html")],
        ["Authority.Siret"] = [new("210 000 006 00010", "donnees/index.html")],

        ["Part.Kind"] = [new("Partie 1 — MqPartie1Titre", "partie-1/index.html", "h1")],
        ["Part.Title"] = [new("MqPartie1Titre", "partie-1/index.html", "h1")],
        ["Part.Introduction"] = [new("MqPartie1Intro", "partie-1/index.html", "main")],
        ["Part.Sections"] = [new("MqSectionTitre", "partie-1/index.html", "main")],

        ["Section.Id"] = [new("MqSectionTitre", Section, "h1")],
        ["Section.Title"] = [new("MqSectionTitre", Section, "h1")],
        ["Section.Group"] = [new("MqGroupe", Section, "main"), new("MqGroupe", "partie-1/index.html", "main")],
        ["Section.Introduction"] = [new("MqSectionIntro", Section, "main")],
        ["Section.DefaultFinalities"] = [new(MidSentence(Finalities.Find("biodiversite")!.Label), Section, ".lead")],
        ["Section.DefaultGovernanceElements"] = [new(MidSentence(GovernanceElements.Find("participation")!.Label), Practice, ".lead")],
        ["Section.DefaultTerms"] = [new("MqTermeSection", Section, "#action-mq")],
        ["Section.Actions"] = [new("MqActionTitre", Section, "main")],

        ["ReportAction.Id"] = [new("MqActionTitre", Section, "#action-mq")],
        ["ReportAction.Title"] = [new("MqActionTitre", Section, "#action-mq .action-title")],
        ["ReportAction.Body"] = [new("MqActionCorps", Section, "#action-mq")],
        ["ReportAction.Finalities"] = [new(Finalities.Find("production")!.ShortLabel, Section, "#action-mq")],
        ["ReportAction.Progress"] = [new(Progress.Reinforced.FrenchLabel(), Section, "#action-mq")],
        ["ReportAction.GovernanceElements"] = [new(GovernanceElements.Find("evaluation")!.ShortLabel, Practice, "#pratique-mq")],
        ["ReportAction.Terms"] = [new("/referentiels/mq-strategie/axe-action/", Section, "#action-mq"), new("/referentiels/odd/14/", Section, "#action-mq")],
        ["ReportAction.Figures"] = [new("MqChiffreLibelle", Section, "#action-mq")],
        ["ReportAction.Partners"] = [new("MqPartenaireA", Section, "#action-mq"), new("MqPartenaireB", Section, "#action-mq")],
        ["ReportAction.Places"] = [new("MqLieu", Section, "#action-mq")],
        ["ReportAction.ContinuesFrom"] = [new("MqActionPrecedente", Section, "#action-mq")],

        ["KeyFigure.Id"] = [new("MqChiffreLibelle", "index.html", "#chiffre-chiffre-mq")],
        ["KeyFigure.Theme"] = [new("MqTheme", "index.html", "#chiffre-chiffre-mq")],
        ["KeyFigure.Value"] = [new("123,47", "index.html", "#chiffre-chiffre-mq")],
        ["KeyFigure.Unit"] = [new("MqUniteChiffre", "index.html", "#chiffre-chiffre-mq")],
        ["KeyFigure.Label"] = [new("MqChiffreLibelle", "index.html", "#chiffre-chiffre-mq")],
        ["KeyFigure.Approximation"] = [new("plus de 123,47", "index.html", "#chiffre-chiffre-mq")],
        ["KeyFigure.Change"] = [new("\u221237", "index.html", "#chiffre-baisse-mq")],

        ["GreenBudget.FinancialYear"] = [new("2024", "budget-vert/index.html", "main")],
        ["GreenBudget.Title"] = [new("MqBudgetVertTitre", "budget-vert/index.html", "h1")],
        ["GreenBudget.Lines"] = [new("MqBudgetVertLigne", "budget-vert/index.html", "table")],
        ["GreenBudget.StatedTotals"] = [new("7 654 321 €", "budget-vert/index.html", "table")],
        ["GreenBudgetLine.Label"] = [new("MqBudgetVertLigne", "budget-vert/index.html", "table")],
        ["GreenBudgetLine.Amount"] = [new("7 654 321 €", "budget-vert/index.html", "table")],
        ["GreenBudgetLine.Account"] = [new("98765", "budget-vert/index.html", "table")],
        ["GreenBudgetLine.Function"] = [new("87", "budget-vert/index.html", "table")],
        ["GreenBudgetLine.Ratings"] = [new("Très favorable", "budget-vert/index.html", "table")],
        ["GreenBudgetTotal.Axis"] = [new("Atténuation", "budget-vert/index.html", "table")],
        ["GreenBudgetTotal.Rating"] = [new("Très favorable", "budget-vert/index.html", "table")],
        ["GreenBudgetTotal.Euros"] = [new("7 654 321 €", "budget-vert/index.html", "table")],
        ["GreenBudgetRating.Axis"] = [new("Atténuation", "budget-vert/index.html", "table")],
        ["GreenBudgetRating.Rating"] = [new("Non coté", "budget-vert/index.html", "table")],

        ["Budget.Year"] = [new("Exercice 2025", "budget/index.html", ".lead")],
        ["Budget.Title"] = [new("MqBudgetTitre", "budget/index.html", "h1")],
        ["Budget.Lines"] = [new("MqPolitique", "budget/index.html", "table")],
        ["Budget.StatedOperatingTotal"] = [new("3 457 789 €", "budget/index.html", "table tfoot")],
        ["Budget.StatedInvestmentTotal"] = [new("656 321 €", "budget/index.html", "table tfoot")],

        ["BudgetLine.Policy"] = [new("MqPolitique", "budget/index.html", "table")],
        ["BudgetLine.Operating"] = [new("non communiqué", "budget/index.html", "table tbody tr:first-child")],
        ["BudgetLine.Investment"] = [new("654 321 €", "budget/index.html", "table tbody tr:first-child")],
        ["BudgetLine.StatedTotal"] = [new("4 111 110 €", "budget/index.html", "table tbody tr:first-child")],
        ["BudgetAmount.Euros"] = [new("654 321 €", "budget/index.html", "table")],
        ["BudgetAmount.Note"] = [new("MqNoteBudget", "budget/index.html", "main")],

        ["Indicator.Id"] = [new("MqIndicateurLibelle", "indicateurs/index.html", "#indicateur-indicateur-mq")],
        ["Indicator.Label"] = [new("MqIndicateurLibelle", "indicateurs/index.html", "#indicateur-indicateur-mq h2")],
        ["Indicator.Unit"] = [new("MqUniteIndicateur", "indicateurs/index.html", "#indicateur-indicateur-mq table")],
        ["Indicator.Value"] = [new("77,5", "indicateurs/index.html", "#indicateur-indicateur-mq table")],
        ["Indicator.Year"] = [new("2025", "indicateurs/index.html", "#indicateur-indicateur-mq table tbody")],
        ["Indicator.Target"] = [new("61,75", "indicateurs/index.html", "#indicateur-indicateur-mq table")],
        ["Indicator.TargetYear"] = [new("Cible 2031", "indicateurs/index.html", "#indicateur-indicateur-mq table")],
        ["Indicator.Series"] = [new("88,25", "indicateurs/index.html", "#indicateur-indicateur-mq table"), new("88,25", "rapport-complet/index.html", "section[aria-labelledby='indicateurs'] table")],
        ["Indicator.Source"] = [new("MqSource", "indicateurs/index.html", "#indicateur-indicateur-mq")],
        ["Indicator.Finalities"] = [new(Finalities.Find("cohesion")!.ShortLabel, "indicateurs/index.html", "#indicateur-indicateur-mq")],
        ["IndicatorPoint.Year"] = [new("2023", "indicateurs/index.html", "#indicateur-indicateur-mq table tbody")],
        ["IndicatorPoint.Value"] = [new("88,25", "indicateurs/index.html", "#indicateur-indicateur-mq table tbody")],

        ["GlossaryEntry.Term"] = [new("MQSIG", "glossaire/index.html", "main")],
        ["GlossaryEntry.Expansion"] = [new("MqSignification", "glossaire/index.html", "main")],
        ["GlossaryEntry.Definition"] = [new("MqDefinition", "glossaire/index.html", "main")],

        ["Taxonomy.Id"] = [new("MqStrategieNom", "referentiels/mq-strategie/index.html", "h1")],
        ["Taxonomy.Name"] = [new("MqStrategieNom", "referentiels/mq-strategie/index.html", "h1")],
        ["Taxonomy.Description"] = [new("MqStrategieDescription", "referentiels/mq-strategie/index.html", "main")],
        ["Taxonomy.Terms"] = [new("MqTermeAction", "referentiels/mq-strategie/index.html", "main")],
        ["Term.Code"] = [new("MqTermeAction", "referentiels/mq-strategie/axe-action/index.html", "h1")],
        ["Term.Label"] = [new("MqTermeAction", "referentiels/mq-strategie/axe-action/index.html", "h1")],
        ["Term.ShortLabel"] = [new("MqTermeCourt")],
        ["Term.Description"] = [new("MqTermeDescription", "referentiels/mq-strategie/axe-action/index.html", "main")],
        ["Term.Parent"] = [new("MqTermeSection", "referentiels/mq-strategie/axe-action/index.html", "main")],
        ["TermReference.Taxonomy"] = [new("/referentiels/mq-strategie/", Section, "#action-mq")],
        ["TermReference.Code"] = [new("/referentiels/mq-strategie/axe-section/", Section, "#action-mq")],
        ["ActionPeriod.Start"] = [new("3 février 2025", "cadre-legal/index.html")],
        ["ActionPeriod.End"] = [new("31 janvier 2026", "cadre-legal/index.html")],
    };

    /// <summary>Properties the content format gives the author no way to write, or identifiers that are no text for readers.</summary>
    /// <summary>« la préservation… » from « La préservation… »: a section's lead names its finalités mid-sentence.</summary>
    private static string MidSentence(string label) => char.ToLowerInvariant(label[0]) + label[1..];

    private static readonly Dictionary<string, string> NotWrittenByAuthors = new(StringComparer.Ordinal)
    {
        ["ReportAction.Period"] = "the content format has no key for an action's period (only the JSON form of Rdd.Domain sets it)",
        ["BudgetLine.Id"] = "an identifier for diagnostics and open data (budget.csv), not a text for readers",
        ["GreenBudgetLine.Id"] = "an identifier for diagnostics and open data (budget-vert.csv), not a text for readers",
    };

    [Fact]
    public void ReportModel_EveryProperty_SaysWhereItIsPublished()
    {
        var properties = ModelProperties().ToList();

        var unplaced = properties.Where(p => !Published.ContainsKey(p) && !NotWrittenByAuthors.ContainsKey(p)).ToList();
        Assert.True(unplaced.Count == 0, "Properties of the report model with no expected place on the site (add them to Published, and a mark to tests/fixtures/tout-publie): " + string.Join(", ", unplaced));
        Assert.Empty(Published.Keys.Concat(NotWrittenByAuthors.Keys).Except(properties));
    }

    [Fact]
    public void FixtureMarks_Each_ReachThePageThatShouldShowIt()
    {
        var pages = Site.Value.Files!.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && !p.StartsWith("2024/", StringComparison.Ordinal))
            .ToDictionary(p => p, p => new HtmlParser().ParseDocument(Site.Value.Files.Text(p)), StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var (property, expectations) in Published)
        {
            foreach (var expected in expectations)
            {
                var scopes = pages.Where(p => expected.Page is null || p.Key == expected.Page)
                    .SelectMany(p => expected.Selector is null ? [p.Value.DocumentElement] : p.Value.QuerySelectorAll(expected.Selector).ToList<AngleSharp.Dom.IElement>())
                    .Select(e => Flatten(WebUtility.HtmlDecode(e.OuterHtml)));
                if (!scopes.Any(text => text.Contains(expected.Mark, StringComparison.Ordinal)))
                {
                    missing.Add($"{property}: « {expected.Mark} » not in {expected.Page ?? "any page"}{(expected.Selector is null ? string.Empty : " " + expected.Selector)}");
                }
            }
        }

        Assert.True(missing.Count == 0, "Written by the author but not published:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Fixture_WritesEveryMarkItPromises()
    {
        // A mark that the fixture does not hold would make its test pass for nothing.
        var fixture = string.Join('\n', Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "tout-publie"), "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        var marks = Published.Values.SelectMany(e => e).Select(e => e.Mark).Where(m => m.StartsWith("Mq", StringComparison.Ordinal) || m.StartsWith("MQ", StringComparison.Ordinal)).Distinct();
        Assert.All(marks, m => Assert.Contains(m, fixture, StringComparison.Ordinal));
    }

    /// <summary>The settable properties of the report and of every model type reachable from it (« Type.Property »).</summary>
    private static IEnumerable<string> ModelProperties()
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([typeof(Report)]);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null))
            {
                yield return $"{type.Name}.{property.Name}";
                foreach (var reached in ModelTypes(property.PropertyType))
                {
                    queue.Enqueue(reached);
                }
            }
        }
    }

    private static IEnumerable<Type> ModelTypes(Type type)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        if (inner.IsGenericType)
        {
            return inner.GetGenericArguments().SelectMany(ModelTypes);
        }

        return inner.Assembly == typeof(Report).Assembly && inner.IsClass ? [inner] : [];
    }

    private static string Flatten(string text) => text.Replace('\u202f', ' ').Replace('\u00a0', ' ');
}
