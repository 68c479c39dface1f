using NodaTime;

namespace Rdd.Domain.Law;

/// <summary>What a report must contain, for whom, on which basis for each kind of authority, and from when.</summary>
/// <param name="Code">A stable code.</param>
/// <param name="Label">The requirement in French, as an author reads it.</param>
/// <param name="Bases">The provision that sets it, for each kind of authority it applies to: each kind cites its own article (a département's report rests on D3311-8, never on the communes' D2311-15).</param>
/// <param name="PopulationAbove">A population the authority must exceed for it to apply, or null.</param>
/// <param name="FirstBudgetYear">The first budget year it applies to, or null when the library applies it to every report (its date is not established). When <see cref="PresentedFrom"/> is set, the budget year is only the fallback for a report whose presentation date is unknown.</param>
public sealed record ReportRequirement(string Code, string Label, IReadOnlyDictionary<AuthorityKind, LegalBasis> Bases, int? PopulationAbove, int? FirstBudgetYear)
{
    /// <summary>The kinds of authority it applies to.</summary>
    public IReadOnlyList<AuthorityKind> Kinds => ValueList.From(Bases.Keys);

    /// <summary>
    /// The first presentation date it applies to, when the text keys it on the date the report is presented rather than
    /// on a budget year (the responsible digital strategy: reports presented from 1 January 2025); null otherwise.
    /// </summary>
    public LocalDate? PresentedFrom { get; init; }

    /// <summary>The provision that sets the requirement for an authority of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind of authority.</param>
    /// <returns>Its basis, or null when the requirement does not apply to that kind.</returns>
    public LegalBasis? BasisFor(AuthorityKind kind) => Bases.TryGetValue(kind, out var basis) ? basis : null;

    /// <summary>Whether the requirement applies to an authority of <paramref name="kind"/> and <paramref name="population"/> for the budget of <paramref name="budgetYear"/>.</summary>
    /// <param name="kind">The kind of authority.</param>
    /// <param name="population">Its population.</param>
    /// <param name="budgetYear">The budget year the report precedes.</param>
    /// <returns>True when the requirement applies.</returns>
    public bool AppliesTo(AuthorityKind kind, int population, int budgetYear) => AppliesTo(kind, population, budgetYear, null);

    /// <summary>
    /// Whether the requirement applies to an authority of <paramref name="kind"/> and <paramref name="population"/>, for a
    /// report that precedes the budget of <paramref name="budgetYear"/> and is presented on <paramref name="presentationDate"/>.
    /// </summary>
    /// <param name="kind">The kind of authority.</param>
    /// <param name="population">Its population.</param>
    /// <param name="budgetYear">The budget year the report precedes.</param>
    /// <param name="presentationDate">The date the report is presented to the assembly, when known: it decides over the budget year when <see cref="PresentedFrom"/> is set.</param>
    /// <returns>True when the requirement applies.</returns>
    public bool AppliesTo(AuthorityKind kind, int population, int budgetYear, LocalDate? presentationDate) =>
        Bases.ContainsKey(kind)
        && (PopulationAbove is not { } threshold || population > threshold)
        && (PresentedFrom is { } from && presentationDate is { } presented
            ? presented >= from
            : FirstBudgetYear is not { } first || budgetYear >= first);
}
