using Microsoft.AspNetCore.Components;

namespace Rdd.Site.Pages;

/// <summary>The home page: the report at a glance.</summary>
public sealed record HomePage : PageModel
{
    public required MarkupString Introduction { get; init; }

    public required IReadOnlyList<KeyFigureView> KeyFigures { get; init; }

    public required IReadOnlyList<Card> Finalities { get; init; }

    public required IReadOnlyList<Card> Parts { get; init; }

    public required IReadOnlyList<Card> Explore { get; init; }

    public required Link AccessibilityLink { get; init; }

    public string? ObligationText { get; init; }
}

/// <summary>A part: its introduction and its sections as cards, by group.</summary>
public sealed record PartPage : PageModel
{
    public required MarkupString Introduction { get; init; }

    public required IReadOnlyList<CardGroup> Groups { get; init; }
}

/// <summary>A section: its introduction and every action in full.</summary>
public sealed record SectionPage : PageModel
{
    public string? Group { get; init; }

    public required MarkupString Introduction { get; init; }

    public required IReadOnlyList<ActionView> Actions { get; init; }

    /// <summary>The codes of the finalités the actions' badges show, in any order, repeated: their drawings are written once in the page.</summary>
    public IEnumerable<string> FinalityCodes => Actions.SelectMany(a => a.Finalities).Select(f => f.Code);

    public Link? Previous { get; init; }

    public Link? Next { get; init; }

    /// <inheritdoc />
    public override int RenderWeight => Math.Max(1, Actions.Count);
}

/// <summary>The actions aligned with a finalité, an element or a term, grouped by part and section.</summary>
public sealed record ListingPage : PageModel
{
    /// <summary>The code of the finalité whose actions the page lists, shown by its pictogram; null for elements and terms.</summary>
    public string? Finality { get; init; }

    public MarkupString? Description { get; init; }

    public IReadOnlyList<Fact> Facts { get; init; } = [];

    public required IReadOnlyList<PartListing> Parts { get; init; }

    public required string EmptyText { get; init; }

    public IReadOnlyList<Card> Related { get; init; } = [];

    public string? RelatedTitle { get; init; }
}

/// <summary>A page of cards: the finalités, the elements, the taxonomies, a taxonomy's terms.</summary>
public sealed record IndexPage : PageModel
{
    public MarkupString? Description { get; init; }

    public required IReadOnlyList<CardGroup> Groups { get; init; }

    public MarkupString? Note { get; init; }
}

/// <summary>The coverage matrix: sections × finalités.</summary>
public sealed record CoveragePage : PageModel
{
    public required IReadOnlyList<TableView> Tables { get; init; }
}

/// <summary>The budget: chart and table.</summary>
public sealed record BudgetPage : PageModel
{
    public BarChartView? Chart { get; init; }

    public TableView? Table { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The link to the green budget page, when the report cites the statement.</summary>
    public Link? GreenBudgetLink { get; init; }
}

/// <summary>The glossary of acronyms.</summary>
public sealed record GlossaryPage : PageModel
{
    public required IReadOnlyList<Link> Letters { get; init; }

    public required IReadOnlyList<GlossaryView> Entries { get; init; }
}

/// <summary>The accessibility statement.</summary>
public sealed record AccessibilityPage : PageModel
{
    public required string Status { get; init; }

    public required IReadOnlyList<Fact> Facts { get; init; }

    public required IReadOnlyList<string> NonAccessible { get; init; }

    public required IReadOnlyList<string> Technologies { get; init; }

    /// <summary>The tools of the latest automatic check; empty when none was made.</summary>
    public required IReadOnlyList<string> Tools { get; init; }

    /// <summary>When the pages were checked and how many, or that no automatic check was made.</summary>
    public required string PagesLead { get; init; }

    public required IReadOnlyList<Link> PagesTested { get; init; }

    /// <summary>What the latest automatic check found; null when none was made.</summary>
    public string? AuditResult { get; init; }

    public string? Contact { get; init; }

    /// <summary>The authority as a sentence names it (« la Ville de Montreuil »).</summary>
    public required string AuthorityInSentence { get; init; }
}

/// <summary>A page of text: legal notice, legal framework.</summary>
public sealed record TextPage : PageModel
{
    public IReadOnlyList<Fact> Facts { get; init; } = [];

    public required MarkupString Body { get; init; }
}

/// <summary>The site map page (« plan du site »).</summary>
public sealed record SitemapPage : PageModel
{
    public required IReadOnlyList<TreeItem> Tree { get; init; }
}

/// <summary>The 404 page.</summary>
public sealed record NotFoundPage : PageModel
{
    /// <summary>The address of the home page, where a lost reader can start again.</summary>
    public required string HomeHref { get; init; }

    /// <summary>The address of the site map, where a lost reader can look for the page.</summary>
    public required string SiteMapHref { get; init; }
}

/// <summary>The open data page: every data file with its format, size, licence and columns.</summary>
public sealed record OpenDataPage : PageModel
{
    public required IReadOnlyList<DataFileView> Files { get; init; }

    public required IReadOnlyList<Fact> Facts { get; init; }
}

/// <summary>The actions of a year by progress: launched, continued, completed.</summary>
public sealed record ProgressPage : PageModel
{
    public required IReadOnlyList<ProgressGroup> Groups { get; init; }
}

/// <summary>The indicators with their trend over the years.</summary>
public sealed record IndicatorsPage : PageModel
{
    public required IReadOnlyList<IndicatorView> Indicators { get; init; }
}
