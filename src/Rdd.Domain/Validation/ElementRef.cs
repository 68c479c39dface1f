namespace Rdd.Domain.Validation;

/// <summary>The kinds of report element a diagnostic can concern.</summary>
public enum ElementKind
{
    /// <summary>The report as a whole (its settings, its dates).</summary>
    Report,

    /// <summary>The authority.</summary>
    Authority,

    /// <summary>A part; its id is the part number.</summary>
    Part,

    /// <summary>A section; its id is the section id.</summary>
    Section,

    /// <summary>An action; its id is the action id.</summary>
    Action,

    /// <summary>A key figure.</summary>
    KeyFigure,

    /// <summary>The budget; its id is empty.</summary>
    Budget,

    /// <summary>A budget line.</summary>
    BudgetLine,

    /// <summary>An indicator.</summary>
    Indicator,

    /// <summary>A glossary entry; its id is the term.</summary>
    GlossaryEntry,

    /// <summary>A taxonomy; its id is the taxonomy id.</summary>
    Taxonomy,

    /// <summary>A taxonomy term; its id is <c>taxonomy:code</c>.</summary>
    Term,

    /// <summary>The statement « Impact du budget pour la transition écologique »; its id is empty.</summary>
    GreenBudget,

    /// <summary>A line of the statement « Impact du budget pour la transition écologique »; its id is the line's id.</summary>
    GreenBudgetLine,
}

/// <summary>Points at one element of a report, and optionally at one of its attributes (e.g. an action's finalités).</summary>
/// <param name="Kind">The kind of element.</param>
/// <param name="Id">The element's id within its kind.</param>
/// <param name="Attribute">The attribute concerned, when finer than the element (e.g. <c>finalities</c>, <c>operating</c>; see <see cref="ElementAttributes"/>).</param>
public sealed record ElementRef(ElementKind Kind, string Id, string? Attribute = null)
{
    /// <summary>The report itself.</summary>
    public static ElementRef ReportItself { get; } = new(ElementKind.Report, string.Empty);

    /// <summary>The same element without the attribute.</summary>
    public ElementRef WithoutAttribute => Attribute is null ? this : this with { Attribute = null };

    /// <summary>The same element, pointing at <paramref name="attribute"/>.</summary>
    /// <param name="attribute">The attribute.</param>
    /// <returns>The finer reference.</returns>
    public ElementRef At(string attribute) => this with { Attribute = attribute };

    /// <inheritdoc />
    public override string ToString() => Attribute is null ? $"{Kind}:{Id}" : $"{Kind}:{Id}#{Attribute}";
}
