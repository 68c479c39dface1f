using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Components;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Site.Components;
using Rdd.Site.Rendering;
using Rdd.Site.Search;

namespace Rdd.Site.Pages;

/// <summary>
/// « Rechercher dans le rapport »: an A–Z index of every action, complete without JavaScript; <c>assets/recherche.js</c>
/// reveals the search form (hidden in the HTML) and answers from <c>recherche/index.json</c>.
/// </summary>
public sealed record SearchPage : PageModel
{
    /// <summary>The letters that begin an action title, each linking to its group.</summary>
    public required IReadOnlyList<Link> Letters { get; init; }

    /// <summary>The actions by first letter.</summary>
    public required IReadOnlyList<AlphabeticalGroup> Groups { get; init; }

    /// <summary>The finalités the results can be filtered by.</summary>
    public required IReadOnlyList<SearchFilter> Filters { get; init; }

    /// <summary>The terms of the strategy taxonomies and ODD the results can be filtered by, by taxonomy.</summary>
    public IReadOnlyList<TermFilterGroup> TermFilters { get; init; } = [];

    /// <summary>The address of the search index, given to the script.</summary>
    public required string IndexHref { get; init; }

    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)]
    public override Type Component => typeof(SearchView);
}

/// <summary>The actions whose title begins with one letter.</summary>
/// <param name="Anchor">The id of the group's heading (« lettre-a »).</param>
/// <param name="Letter">The letter, upper case.</param>
/// <param name="Entries">The actions, in alphabetical order.</param>
public sealed record AlphabeticalGroup(string Anchor, string Letter, IReadOnlyList<AlphabeticalEntry> Entries);

/// <summary>An action of the A–Z index: link, and where it is in the report.</summary>
/// <param name="Action">The link to the action in its section.</param>
/// <param name="Where">« Partie 1 — Mobilités et déplacements ».</param>
public sealed record AlphabeticalEntry(Link Action, string Where);

/// <summary>A checkbox of the search form.</summary>
/// <param name="Id">The input's id.</param>
/// <param name="Value">The finalité code.</param>
/// <param name="Label">The finalité's short label.</param>
public sealed record SearchFilter(string Id, string Value, string Label);

/// <summary>The terms of one taxonomy in the search form's term filter.</summary>
/// <param name="Taxonomy">The taxonomy's name.</param>
/// <param name="Terms">Each term: its value (<c>taxonomy:code</c>) and label.</param>
public sealed record TermFilterGroup(string Taxonomy, IReadOnlyList<SearchFilter> Terms);

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

    /// <summary>The drawings of the finalités' pictograms the actions' badges refer to (<see cref="Rendering.Pictograms.Sprite"/>).</summary>
    public MarkupString Pictograms => Rendering.Pictograms.Sprite(Parts.SelectMany(p => p.Sections).SelectMany(s => s.Actions).SelectMany(a => a.Finalities).Select(f => f.Code));

    public required IReadOnlyList<KeyFigureView> KeyFigures { get; init; }

    /// <summary>The budget page's title, notes and table, when the report has a budget.</summary>
    public BudgetPage? Budget { get; init; }

    /// <summary>The indicators, each with its values over the years as a table (and a chart from two values).</summary>
    public IReadOnlyList<IndicatorView> Indicators { get; init; } = [];
    /// <summary>The green budget page's title, notes and tables, when the report cites the statement.</summary>
    public GreenBudgetPage? GreenBudget { get; init; }

    public GlossaryPage? Glossary { get; init; }

    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)]
    public override Type Component => typeof(FullReportView);

    /// <inheritdoc />
    public override int RenderWeight => Math.Max(1, Parts.Sum(p => p.Sections.Sum(s => s.Actions.Count)));
}

/// <summary>A chapter of the printable report that is one text: its title, a lead, the text.</summary>
public sealed record FullReportText(string Anchor, string Title, string Lead, MarkupString Body);

/// <summary>A part of the printable report.</summary>
public sealed record FullReportPart(string Anchor, string Title, string Summary, MarkupString Introduction, IReadOnlyList<FullReportSection> Sections);

/// <summary>A section of the printable report, its actions with h4 titles.</summary>
public sealed record FullReportSection(string Anchor, string Title, string? Group, string Meta, MarkupString Introduction, IReadOnlyList<ActionView> Actions);

/// <summary>Builds the search page and the printable report.</summary>
internal static class SearchPages
{
    /// <summary>Prefix of the anchors of the printable report, so that its ids stay unique on the one page.</summary>
    public const string Prefix = "rc-";

    public static IEnumerable<PageModel> Build(BuildContext context, IReadOnlyList<PageModel> pages)
    {
        yield return Search(context);
        yield return FullReport(context, pages);
    }

    internal static SearchPage Search(BuildContext context)
    {
        var groups = context.Actions
            .Select(a => (Placed: a, Key: SortKey(a.Action.Title)))
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .ThenBy(a => a.Placed.Action.Id, StringComparer.Ordinal)
            .GroupBy(a => Letter(a.Key))
            .Select(g => new AlphabeticalGroup(
                "lettre-" + (char.IsLetter(g.Key) ? char.ToLowerInvariant(g.Key).ToString() : "autres"),
                char.IsLetter(g.Key) ? g.Key.ToString() : "0–9",
                g.Select(a => new AlphabeticalEntry(
                    new Link(context.ActionHref(a.Placed), a.Placed.Action.Title),
                    $"{BuildContext.PartLabel(a.Placed.Part)} — {a.Placed.Section.Title}")).ToList()))
            .ToList();
        return new SearchPage
        {
            Path = SiteUrls.Search,
            Title = "Rechercher dans le rapport",
            MenuKey = "recherche",
            Breadcrumb = [context.Home, new Link(string.Empty, "Rechercher")],
            Lead = $"Les {BuildContext.Count(context.Actions.Count, "action", "actions")} du rapport, de A à Z, avec la partie et la section où chacune est présentée.",
            Letters = groups.Select(g => new Link("#" + g.Anchor, g.Letter)).ToList(),
            Groups = groups,
            Filters = Finalities.All.Select(f => new SearchFilter("filtre-" + f.Code, f.Code, f.ShortLabel)).ToList(),
            TermFilters = context.Taxonomies.All
                .Where(t => t.Id is not Rdd.Domain.Taxonomies.BuiltInTaxonomies.FinalitiesId and not Rdd.Domain.Taxonomies.BuiltInTaxonomies.GovernanceElementsId)
                .Select(t => new TermFilterGroup(t.Name, t.Terms
                    .Where(term => context.Actions.Any(a => a.Terms.Any(r => Rdd.Domain.Codes.Normalize(r.Taxonomy) == Rdd.Domain.Codes.Normalize(t.Id) && Rdd.Domain.Codes.Normalize(r.Code) == Rdd.Domain.Codes.Normalize(term.Code))))
                    .Select(term => new SearchFilter(string.Empty, $"{Rdd.Domain.Codes.Normalize(t.Id)}:{Rdd.Domain.Codes.Normalize(term.Code)}", term.ShortLabel ?? term.Label)).ToList()))
                .Where(g => g.Terms.Count > 0)
                .ToList(),
            IndexHref = context.Urls.Href(SiteUrls.SearchIndex),
            Scripts = [context.Root.Href(SiteUrls.SearchScript)],
        };
    }

    /// <summary>The key titles are sorted by: normalised, leading quotes and punctuation left out (« « Réussir » » under R).</summary>
    internal static string SortKey(string title)
    {
        var normalized = SearchText.Normalize(title);
        var start = 0;
        while (start < normalized.Length && !char.IsLetterOrDigit(normalized[start]))
        {
            start++;
        }

        return normalized[start..];
    }

    private static char Letter(string normalizedTitle)
    {
        var first = normalizedTitle.FirstOrDefault(char.IsLetterOrDigit);
        return char.IsLetter(first) ? char.ToUpperInvariant(first) : '#';
    }

    internal static FullReportPage FullReport(BuildContext context, IReadOnlyList<PageModel> pages)
    {
        var report = context.Report;
        var abbreviations = new AbbreviationScope();
        var homeFigure = context.Urls.Href(SiteUrls.Home) + "#chiffre-";
        var used = new HashSet<string>(StringComparer.Ordinal);
        string Unique(string id)
        {
            var candidate = id;
            for (var n = 2; !used.Add(candidate); n++)
            {
                candidate = $"{id}-{n}";
            }

            return candidate;
        }

        static bool HasHeading(string markdown) =>
            markdown.StartsWith('#') || markdown.Contains("\n#", StringComparison.Ordinal) || markdown.Contains("\n---", StringComparison.Ordinal) || markdown.Contains("\n===", StringComparison.Ordinal);

        // Links to the key figures of the home page lead to the same figures on this page.
        ActionView LocalFigures(ActionView view) => view with
        {
            Details = view.Details
                .Select(g => g with { Links = g.Links.Select(l => l.Href.StartsWith(homeFigure, StringComparison.Ordinal) ? l with { Href = "#" + l.Href[(homeFigure.Length - "chiffre-".Length)..] } : l).ToList() })
                .ToList(),
        };

        // The section page already rendered each action: its view is reused unless its body holds headings, whose
        // levels must sit under this page's h4 (acronyms are then expanded once per section, not once per page). The
        // views reused depend on nothing else: they are made in parallel; the rest, in the page's order, below.
        var reused = report.Parts.SelectMany(p => p.Sections).AsParallel().AsOrdered()
            .Select(section => context.ActionsOf(section)
                .Select(a => !HasHeading(a.Action.Body) && context.SectionViews.TryGetValue(a.Action, out var built) ? LocalFigures(built with { HeadingLevel = 4 }) : null)
                .ToList())
            .ToList();
        var sectionIndex = 0;
        var parts = new List<FullReportPart>();
        foreach (var part in report.Parts)
        {
            var partIntroduction = context.Markdown.Render(part.Introduction, 3, abbreviations);
            var sections = new List<FullReportSection>();
            foreach (var section in part.Sections)
            {
                var placed = context.ActionsOf(section);
                var sectionIntroduction = context.Markdown.Render(section.Introduction, 4, abbreviations);
                var views = reused[sectionIndex++];
                var actions = placed.Select((a, i) =>
                {
                    var view = views[i] ?? LocalFigures(ActionViews.Build(context, a, 4, abbreviations));
                    return view with { Anchor = Unique(Prefix + a.Action.Id) };
                }).ToList();
                sections.Add(new FullReportSection(
                    Unique(Prefix + "section-" + section.Id),
                    section.Title,
                    section.Group,
                    BuildContext.CountActions(part.Kind, placed.Count) + FinalityText(placed),
                    Html.Raw(sectionIntroduction),
                    actions));
            }

            parts.Add(new FullReportPart(Unique("partie-" + (int)part.Kind), $"{BuildContext.PartLabel(part)} — {part.Title}", PageBuilder.PartSummary(part.Kind), Html.Raw(partIntroduction), sections));
        }

        var keyFigures = report.KeyFigures.Select(KeyFigureViews.View).ToList();
        var budget = pages.OfType<BudgetPage>().FirstOrDefault();
        var greenBudget = pages.OfType<GreenBudgetPage>().FirstOrDefault();
        var glossary = pages.OfType<GlossaryPage>().FirstOrDefault();
        var introduction = context.Markdown.Render(report.Introduction, 3, abbreviations);
        var guide = context.Markdown.Render(report.ReadingGuide, 3, abbreviations);
        var digitalStrategy = string.IsNullOrWhiteSpace(report.DigitalStrategyReview)
            ? null
            : new FullReportText("numerique-responsable", ReportPages.DigitalStrategyTitle, ReportPages.DigitalStrategyLead(context), Html.Raw(context.Markdown.Render(report.DigitalStrategyReview, 3, abbreviations)));
        var indicators = YearPages.IndicatorViews(context, Prefix);

        var contents = new List<TreeItem>();
        if (introduction.Length > 0)
        {
            contents.Add(Entry("#introduction", "Introduction"));
        }

        if (guide.Length > 0)
        {
            contents.Add(Entry("#guide-de-lecture", "Guide de lecture"));
        }

        contents.AddRange(parts.Select(p => new TreeItem(new Link("#" + p.Anchor, p.Title), p.Sections.Select(s => Entry("#" + s.Anchor, s.Title)).ToList())));
        if (digitalStrategy is not null)
        {
            contents.Add(Entry("#" + digitalStrategy.Anchor, digitalStrategy.Title));
        }

        if (keyFigures.Count > 0)
        {
            contents.Add(Entry("#chiffres-cles", "Chiffres clés"));
        }

        if (indicators.Count > 0)
        {
            contents.Add(Entry("#indicateurs", "Les indicateurs"));
        }

        if (budget is not null)
        {
            contents.Add(Entry("#budget", budget.Title));
        }

        if (greenBudget is not null)
        {
            contents.Add(Entry("#budget-vert", greenBudget.Title));
        }

        if (glossary is not null)
        {
            contents.Add(Entry("#glossaire", "Glossaire des sigles"));
        }

        return new FullReportPage
        {
            Scripts = [context.Root.Href(SiteUrls.TablesScript)],
            Path = SiteUrls.FullReport,
            Title = report.Title,
            DocumentTitle = $"{report.Title} (version intégrale) — {context.AuthorityName}",
            Breadcrumb = [context.Home, new Link(string.Empty, "Le rapport complet")],
            Lead = $"{context.AuthorityName} — le rapport en entier sur une seule page : {ActionsAndPractices(context)} en {BuildContext.Count(report.Parts.Count, "partie", "parties")}, à lire, imprimer ou enregistrer en PDF.",
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

    private static TreeItem Entry(string href, string text) => new(new Link(href, text), []);

    private static string FinalityText(IReadOnlyList<PlacedAction> placed)
    {
        var labels = placed.SelectMany(a => a.Finalities).Distinct().Select(Finalities.Find).OfType<Finality>().OrderBy(f => f.Number).Select(f => f.ShortLabel).ToList();
        return labels.Count == 0 ? "." : " — finalités : " + string.Join(", ", labels) + ".";
    }

    /// <summary>« 2 actions et 5 pratiques »: the entries of parts 1 and 2, then those of part 3.</summary>
    private static string ActionsAndPractices(BuildContext context)
    {
        var practices = context.Actions.Count(a => a.Part.Kind == PartKind.Modalities);
        var actions = BuildContext.CountActions(PartKind.PublicPolicies, context.Actions.Count - practices);
        return practices == 0 ? actions : $"{actions} et {BuildContext.CountActions(PartKind.Modalities, practices)}";
    }
}
