using Microsoft.AspNetCore.Components;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Site.Markup;
using Rdd.Site.Text;

namespace Rdd.Site.Pages;

/// <summary>The whole report on one page, for printing and for <c>rdd pdf</c>.</summary>
public sealed record FullReportPage : PageModel
{
    /// <summary>
    /// The text of every link to this page: its title is the report's, as the home page's is, and two links with the
    /// same text must lead to the same page (RGAA 6.1).
    /// </summary>
    public const string LinkText = "Le rapport complet (à imprimer)";

    /// <summary>The table of contents: links to the anchors of this page, with sub-entries.</summary>
    public required IReadOnlyList<TreeItem> Contents { get; init; }

    public required MarkupString Introduction { get; init; }

    public required MarkupString ReadingGuide { get; init; }

    public required IReadOnlyList<FullReportPart> Parts { get; init; }

    /// <summary>The review of the responsible digital strategy, when the report holds one.</summary>
    public FullReportText? DigitalStrategy { get; init; }

    /// <summary>The codes of the finalités the actions' badges show, in any order, repeated: their drawings are written once in the page.</summary>
    public IEnumerable<string> FinalityCodes => Parts.SelectMany(p => p.Sections).SelectMany(s => s.Actions).SelectMany(a => a.Finalities).Select(f => f.Code);

    public required IReadOnlyList<KeyFigureView> KeyFigures { get; init; }

    /// <summary>The budget page's title, notes and table, when the report has a budget.</summary>
    public BudgetPage? Budget { get; init; }

    /// <summary>The indicators, each with its values over the years as a table (and a chart from two values).</summary>
    public IReadOnlyList<IndicatorView> Indicators { get; init; } = [];
    /// <summary>The green budget page's title, notes and tables, when the report cites the statement.</summary>
    public GreenBudgetPage? GreenBudget { get; init; }

    public GlossaryPage? Glossary { get; init; }

    /// <inheritdoc />
    public override int RenderWeight => Math.Max(1, Parts.Sum(p => p.Sections.Sum(s => s.Actions.Count)));
}

/// <summary>A chapter of the printable report that is one text: its title, a lead, the text.</summary>
public sealed record FullReportText(string Anchor, string Title, string Lead, MarkupString Body);

/// <summary>A part of the printable report.</summary>
public sealed record FullReportPart(string Anchor, string Title, string Summary, MarkupString Introduction, IReadOnlyList<FullReportSection> Sections);

/// <summary>A section of the printable report, its actions with h4 titles.</summary>
public sealed record FullReportSection(string Anchor, string Title, string? Group, string Meta, MarkupString Introduction, IReadOnlyList<ActionView> Actions);

/// <summary>
/// Builds the printable report from the report and from the pages it repeats, each passed in: the section pages (whose
/// action views it reuses), the budget, green budget and glossary pages.
/// </summary>
internal static class FullReportPages
{
    /// <summary>The printable report.</summary>
    /// <param name="context">The build context.</param>
    /// <param name="sectionPages">The section pages, in the report's order: one per section of each part.</param>
    /// <param name="budget">The budget page, when the report has a budget.</param>
    /// <param name="greenBudget">The green budget page, when the report cites the statement.</param>
    /// <param name="glossary">The glossary page, when the report has a glossary.</param>
    /// <returns>The page.</returns>
    public static FullReportPage Build(BuildContext context, IReadOnlyList<SectionPage> sectionPages, BudgetPage? budget, GreenBudgetPage? greenBudget, GlossaryPage? glossary)
    {
        var report = context.Report;
        var abbreviations = new AbbreviationScope();
        var anchors = new UniqueAnchors();
        var parts = Parts(context, sectionPages, abbreviations, anchors);
        var keyFigures = report.KeyFigures.Select(KeyFigureViews.View).ToList();
        var introduction = context.Markdown.Render(report.Introduction, 3, abbreviations);
        var guide = context.Markdown.Render(report.ReadingGuide, 3, abbreviations);
        var digitalStrategy = string.IsNullOrWhiteSpace(report.DigitalStrategyReview)
            ? null
            : new FullReportText("numerique-responsable", ReportPages.DigitalStrategyTitle, ReportPages.DigitalStrategyLead(context), Html.Raw(context.Markdown.Render(report.DigitalStrategyReview, 3, abbreviations)));
        var indicators = YearPages.IndicatorViews(context, Anchors.FullReportPrefix);
        List<TreeItem> contents =
        [
            .. introduction.Length > 0 ? [Entry("#introduction", "Introduction")] : Array.Empty<TreeItem>(),
            .. guide.Length > 0 ? [Entry("#guide-de-lecture", "Guide de lecture")] : Array.Empty<TreeItem>(),
            .. parts.Select(p => new TreeItem(new Link("#" + p.Anchor, p.Title), p.Sections.Select(s => Entry("#" + s.Anchor, s.Title)).ToList())),
            .. digitalStrategy is null ? Array.Empty<TreeItem>() : [Entry("#" + digitalStrategy.Anchor, digitalStrategy.Title)],
            .. keyFigures.Count > 0 ? [Entry("#chiffres-cles", "Chiffres clés")] : Array.Empty<TreeItem>(),
            .. indicators.Count > 0 ? [Entry("#indicateurs", "Les indicateurs")] : Array.Empty<TreeItem>(),
            .. budget is null ? Array.Empty<TreeItem>() : [Entry("#budget", budget.Title)],
            .. greenBudget is null ? Array.Empty<TreeItem>() : [Entry("#budget-vert", greenBudget.Title)],
            .. glossary is null ? Array.Empty<TreeItem>() : [Entry("#glossaire", "Glossaire des sigles")],
        ];
        return new FullReportPage
        {
            Scripts = [context.Root.Href(SiteUrls.TablesScript)],
            Path = SiteUrls.FullReport,
            Title = report.Title,
            DocumentTitle = $"{report.Title} (version intégrale) — {context.AuthorityName}",
            Breadcrumb = [context.Home, new Link(string.Empty, "Le rapport complet")],
            Lead = $"{context.AuthorityName} — le rapport en entier sur une seule page : {ActionsAndPractices(context)} en {FrenchCount.Of(report.Parts.Count, "partie", "parties")}, à lire, imprimer ou enregistrer en PDF.",
            Contents = contents,
            Introduction = Html.Raw(introduction),
            ReadingGuide = Html.Raw(guide),
            Parts = parts,
            DigitalStrategy = digitalStrategy,
            KeyFigures = keyFigures,
            Indicators = indicators,
            Budget = budget,
            GreenBudget = greenBudget,
            Glossary = glossary,
        };
    }

    /// <summary>The parts (h2), their sections (h3) and the sections' actions (h4).</summary>
    private static List<FullReportPart> Parts(BuildContext context, IReadOnlyList<SectionPage> sectionPages, AbbreviationScope abbreviations, UniqueAnchors anchors)
    {
        var report = context.Report;
        // The section page already made each action's view: it is reused unless the action's body holds headings,
        // whose levels must sit under this page's h4 (acronyms are then expanded once per section, not once per page).
        // The views reused depend on nothing else: they are made in parallel; the rest, in the page's order, below.
        var sections = report.Parts.SelectMany(p => p.Sections).ToList();
        var reused = Enumerable.Range(0, sections.Count).AsParallel().AsOrdered()
            .Select(s => context.ActionsOf(sections[s]).Select((a, i) => HasHeading(a.Action.Body) ? null : Reused(context, a, sectionPages[s].Actions[i])).ToList())
            .ToList();
        var sectionIndex = 0;
        var parts = new List<FullReportPart>();
        foreach (var part in report.Parts)
        {
            var partIntroduction = context.Markdown.Render(part.Introduction, 3, abbreviations);
            var partSections = new List<FullReportSection>();
            foreach (var section in part.Sections)
            {
                var placed = context.ActionsOf(section);
                var sectionIntroduction = context.Markdown.Render(section.Introduction, 4, abbreviations);
                var views = reused[sectionIndex++];
                var actions = placed.Select((a, i) =>
                {
                    var view = views[i] ?? ActionViews.Build(context, a, 4, abbreviations, keyFigurePage: string.Empty);
                    return view with { Anchor = anchors.Unique(Anchors.FullReportPrefix + a.Action.Id) };
                }).ToList();
                partSections.Add(new FullReportSection(
                    anchors.Unique(Anchors.FullReportPrefix + "section-" + section.Id),
                    section.Title,
                    section.Group,
                    BuildContext.CountActions(part.Kind, placed.Count) + FinalityText(placed),
                    Html.Raw(sectionIntroduction),
                    actions));
            }

            parts.Add(new FullReportPart(anchors.Unique(Anchors.Part((int)part.Kind)), $"{BuildContext.PartLabel(part)} — {part.Title}", PageBuilder.PartSummary(part.Kind), Html.Raw(partIntroduction), partSections));
        }

        return parts;
    }

    /// <summary>
    /// A section page's view of an action, under this page's h4; its links to key figures lead to the figures of this
    /// page rather than to the home page's.
    /// </summary>
    private static ActionView Reused(BuildContext context, PlacedAction placed, ActionView onSectionPage) =>
        placed.Action.Figures.Count == 0
            ? onSectionPage with { HeadingLevel = 4 }
            : onSectionPage with { HeadingLevel = 4, Details = ActionViews.Details(context, placed, keyFigurePage: string.Empty) };

    private static bool HasHeading(string markdown) =>
        markdown.StartsWith('#') || markdown.Contains("\n#", StringComparison.Ordinal) || markdown.Contains("\n---", StringComparison.Ordinal) || markdown.Contains("\n===", StringComparison.Ordinal);

    private static TreeItem Entry(string href, string text) => new(new Link(href, text), []);

    private static string FinalityText(IReadOnlyList<PlacedAction> placed)
    {
        var labels = placed.SelectMany(a => a.Finalities).Distinct().Select(Finalities.Find).OfType<Finality>().OrderBy(f => f.Number).Select(f => f.ShortLabel).ToList();
        return labels.Count == 0 ? "." : " — finalités : " + string.Join(", ", labels) + ".";
    }

    /// <summary>The ids given on the page so far: an id met again gets a number (« rc-velo-2 »).</summary>
    private sealed class UniqueAnchors
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);

        public string Unique(string id)
        {
            var candidate = id;
            for (var n = 2; !_used.Add(candidate); n++)
            {
                candidate = $"{id}-{n}";
            }

            return candidate;
        }
    }

    /// <summary>« 2 actions et 5 pratiques »: the entries of parts 1 and 2, then those of part 3.</summary>
    private static string ActionsAndPractices(BuildContext context)
    {
        var practices = context.Actions.Count(a => a.Part.Kind == PartKind.Modalities);
        var actions = BuildContext.CountActions(PartKind.PublicPolicies, context.Actions.Count - practices);
        return practices == 0 ? actions : $"{actions} et {BuildContext.CountActions(PartKind.Modalities, practices)}";
    }
}
