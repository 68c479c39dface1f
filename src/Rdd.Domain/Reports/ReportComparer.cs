namespace Rdd.Domain.Reports;

/// <summary>
/// Compares reports, parts, sections and actions by their content, all the way down: what the canonical JSON form
/// promises (<see cref="Json.ReportJson"/>: a report read back from its JSON has the content of the report written).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Report"/>, <see cref="Part"/>, <see cref="Section"/> and <see cref="ReportAction"/> are entities: each is equal
/// only to itself. A report holds its parts, a part its sections, a section its actions; comparing or hashing them by
/// content would walk everything under them, so that a set of sections, or a dictionary keyed by placed actions, would
/// cost as much as the whole report at every look-up. Everything else in the model is a value, equal to any other
/// with the same content: a term reference, a period, an amount, a key figure, a budget line, a legal basis.
/// </para>
/// <para>
/// This comparer is the deliberate way to compare the content of entities; the values under them are compared with
/// their own equality. Its hash codes read a few scalar properties only (the year and title of a report, the kind and
/// title of a part, the id of a section or an action): equal content gives equal hash codes.
/// </para>
/// </remarks>
public sealed class ReportComparer : IEqualityComparer<Report?>, IEqualityComparer<Part?>, IEqualityComparer<Section?>, IEqualityComparer<ReportAction?>
{
    private ReportComparer()
    {
    }

    /// <summary>The comparer of content.</summary>
    public static ReportComparer Structural { get; } = new();

    /// <summary>Whether both reports have the same content, parts, sections and actions included.</summary>
    /// <param name="x">A report.</param>
    /// <param name="y">Another report.</param>
    /// <returns>True when every property is equal, the parts compared by this comparer.</returns>
    public bool Equals(Report? x, Report? y) =>
        ReferenceEquals(x, y)
        || (x is not null && y is not null
            && x.Authority == y.Authority
            && x.Year == y.Year
            && x.BudgetYear == y.BudgetYear
            && x.Title == y.Title
            && x.Period == y.Period
            && x.PresentationDate == y.PresentationDate
            && x.BudgetDebateDate == y.BudgetDebateDate
            && x.Introduction == y.Introduction
            && x.ReadingGuide == y.ReadingGuide
            && x.Parts.SequenceEqual(y.Parts, this)
            && x.KeyFigures.SequenceEqual(y.KeyFigures)
            && x.Budget == y.Budget
            && x.GreenBudget == y.GreenBudget
            && x.Indicators.SequenceEqual(y.Indicators)
            && x.Glossary.SequenceEqual(y.Glossary)
            && x.Taxonomies.SequenceEqual(y.Taxonomies)
            && x.DigitalStrategyReview == y.DigitalStrategyReview);

    /// <summary>Whether both parts have the same content, sections and actions included.</summary>
    /// <param name="x">A part.</param>
    /// <param name="y">Another part.</param>
    /// <returns>True when every property is equal, the sections compared by this comparer.</returns>
    public bool Equals(Part? x, Part? y) =>
        ReferenceEquals(x, y)
        || (x is not null && y is not null
            && x.Kind == y.Kind
            && x.Title == y.Title
            && x.Introduction == y.Introduction
            && x.Sections.SequenceEqual(y.Sections, this));

    /// <summary>Whether both sections have the same content, actions included.</summary>
    /// <param name="x">A section.</param>
    /// <param name="y">Another section.</param>
    /// <returns>True when every property is equal, the actions compared by this comparer.</returns>
    public bool Equals(Section? x, Section? y) =>
        ReferenceEquals(x, y)
        || (x is not null && y is not null
            && x.Id == y.Id
            && x.Title == y.Title
            && x.Group == y.Group
            && x.Introduction == y.Introduction
            && x.DefaultFinalities.SequenceEqual(y.DefaultFinalities)
            && x.DefaultGovernanceElements.SequenceEqual(y.DefaultGovernanceElements)
            && x.DefaultTerms.SequenceEqual(y.DefaultTerms)
            && x.Actions.SequenceEqual(y.Actions, this));

    /// <summary>Whether both actions have the same content.</summary>
    /// <param name="x">An action.</param>
    /// <param name="y">Another action.</param>
    /// <returns>True when every property is equal.</returns>
    public bool Equals(ReportAction? x, ReportAction? y) =>
        ReferenceEquals(x, y)
        || (x is not null && y is not null
            && x.Id == y.Id
            && x.Title == y.Title
            && x.Body == y.Body
            && x.Finalities.SequenceEqual(y.Finalities)
            && x.Progress == y.Progress
            && x.GovernanceElements.SequenceEqual(y.GovernanceElements)
            && x.Terms.SequenceEqual(y.Terms)
            && x.Figures.SequenceEqual(y.Figures)
            && x.Partners.SequenceEqual(y.Partners)
            && x.Places.SequenceEqual(y.Places)
            && x.Period == y.Period
            && x.ContinuesFrom == y.ContinuesFrom);

    /// <summary>A hash of the report's year and title.</summary>
    /// <param name="obj">The report.</param>
    /// <returns>The hash.</returns>
    public int GetHashCode(Report obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return HashCode.Combine(obj.Year, obj.Title);
    }

    /// <summary>A hash of the part's kind and title.</summary>
    /// <param name="obj">The part.</param>
    /// <returns>The hash.</returns>
    public int GetHashCode(Part obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return HashCode.Combine(obj.Kind, obj.Title);
    }

    /// <summary>A hash of the section's id.</summary>
    /// <param name="obj">The section.</param>
    /// <returns>The hash.</returns>
    public int GetHashCode(Section obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return obj.Id?.GetHashCode(StringComparison.Ordinal) ?? 0;
    }

    /// <summary>A hash of the action's id.</summary>
    /// <param name="obj">The action.</param>
    /// <returns>The hash.</returns>
    public int GetHashCode(ReportAction obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return obj.Id?.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
