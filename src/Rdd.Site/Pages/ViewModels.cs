using Microsoft.AspNetCore.Components;

namespace Rdd.Site.Pages;

/// <summary>A link, its address already prefixed with the base path.</summary>
public sealed record Link(string Href, string Text);

/// <summary>A finalité as shown beside an action: pictogram, short label, link to its page.</summary>
public sealed record FinalityBadge(string Code, string Label, string Href);

/// <summary>A group of links under a heading (the terms of one taxonomy, for an action).</summary>
public sealed record LinkGroup(string Label, IReadOnlyList<Link> Links);

/// <summary>An action ready to show in full.</summary>
public sealed record ActionView
{
    public required string Anchor { get; init; }

    public required string Title { get; init; }

    public required int HeadingLevel { get; init; }

    public string? ProgressCode { get; init; }

    public string? ProgressLabel { get; init; }

    public IReadOnlyList<FinalityBadge> Finalities { get; init; } = [];

    public IReadOnlyList<Link> Elements { get; init; } = [];

    public required MarkupString Body { get; init; }

    public IReadOnlyList<LinkGroup> Details { get; init; } = [];
}

/// <summary>An action in a listing: a link to it in its section, with where it is and how it stands.</summary>
public sealed record ActionLink(string Href, string Title, string? ProgressLabel, IReadOnlyList<string> FinalityLabels);

/// <summary>The actions of one section in a listing.</summary>
public sealed record SectionListing(Link Section, IReadOnlyList<ActionLink> Actions);

/// <summary>The actions of one part in a listing, by section.</summary>
public sealed record PartListing(string Title, IReadOnlyList<SectionListing> Sections)
{
    public int Count => Sections.Sum(s => s.Actions.Count);
}

/// <summary>A card of a grid: a title link, a text, a meta line, and optionally the code of the finalité it stands for (its pictogram and colour).</summary>
public sealed record Card(Link Link, string? Text, string? Meta, string? Finality = null);

/// <summary>Cards under an optional group heading.</summary>
public sealed record CardGroup(string? Title, IReadOnlyList<Card> Cards)
{
    /// <summary>
    /// The group's own card, when the group is itself a page (a term with sub-terms): its title links there, with the
    /// card's text and meta under it, instead of a card that would repeat the group's heading.
    /// </summary>
    public Card? Own { get; init; }
}

/// <summary>A key figure, formatted.</summary>
public sealed record KeyFigureView(string Theme, string Value, string Label)
{
    public string? Anchor { get; init; }
}

/// <summary>A data table: caption, column headers, rows whose first cell is a row header.</summary>
public sealed record TableView(string Id, string Caption, IReadOnlyList<string> Columns, IReadOnlyList<TableRow> Rows, TableRow? Footer = null);

/// <summary>A row of a table.</summary>
public sealed record TableRow(TableCell Header, IReadOnlyList<TableCell> Cells);

/// <summary>A cell: its text, an optional link, and CSS classes (num, zero, not-given).</summary>
public sealed record TableCell(string Text, string? Href = null, string? CssClass = null);

/// <summary>
/// A horizontal bar chart: groups of bars, each with its text. <paramref name="Description"/> states every value for
/// assistive technologies; <paramref name="Legend"/> names each series (its <c>Href</c> is the series' CSS suffix).
/// </summary>
public sealed record BarChartView(string Id, string Title, string Description, IReadOnlyList<BarGroup> Groups, IReadOnlyList<Link> Legend);

/// <summary>The bars of one item of a bar chart (a policy of the budget), under its label.</summary>
public sealed record BarGroup(string Label, IReadOnlyList<BarView> Bars);

/// <summary>
/// One bar: its series (a CSS suffix), the text written above it, and its length as a share of the longest bar,
/// written for SVG (« 45.2% »); null when there is no value to draw. Hatched bars are told from plain ones by more
/// than colour.
/// </summary>
public sealed record BarView(string Series, string Text, string? Length, bool Hatched);

/// <summary>
/// An indicator's trend, in the coordinates of a <paramref name="Width"/> × <paramref name="Height"/> drawing: the
/// line through the values, each point, the target line if any; the texts (values, years, target, axes) are given
/// apart, to be written as HTML that grows with the reader's text size.
/// </summary>
public sealed record TrendChartView(
    string Id,
    string Title,
    string Description,
    string Width,
    string Height,
    string Axis,
    string Line,
    IReadOnlyList<TrendPoint> Points,
    string? TargetY,
    IReadOnlyList<string> Values,
    string AxesText);

/// <summary>A point of a trend chart, in drawing coordinates (invariant culture).</summary>
public sealed record TrendPoint(string X, string Y);

/// <summary>A glossary entry.</summary>
public sealed record GlossaryView(string Anchor, string Term, string Expansion, MarkupString? Definition);

/// <summary>An entry of the site map page.</summary>
public sealed record TreeItem(Link Link, IReadOnlyList<TreeItem> Children);

/// <summary>A labelled fact (definition list entry).</summary>
public sealed record Fact(string Label, string Value, string? Href = null);

/// <summary>A data file on the open data page.</summary>
public sealed record DataFileView(Link Link, string FileName, string Format, string Size, string Description, IReadOnlyList<Fact> Columns);

/// <summary>The actions of one progress state, by part and section.</summary>
public sealed record ProgressGroup(string Title, string Count, IReadOnlyList<PartListing> Parts);

/// <summary>An indicator: its trend chart (when it has two values or more) and the same data as a table.</summary>
public sealed record IndicatorView(string Anchor, string Label, TrendChartView? Chart, TableView Table, string? Source, string? Finalities = null);
