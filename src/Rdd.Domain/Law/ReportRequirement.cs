namespace Rdd.Domain.Law;

/// <summary>What a report must contain, for whom, and from which budget year.</summary>
/// <param name="Code">A stable code.</param>
/// <param name="Label">The requirement in French, as an author reads it.</param>
/// <param name="Basis">The provision that sets it.</param>
/// <param name="Kinds">The kinds of authority it applies to.</param>
/// <param name="PopulationAbove">A population the authority must exceed for it to apply, or null.</param>
/// <param name="FirstBudgetYear">The first budget year it applies to, or null when the library applies it to every report (its date is not established).</param>
public sealed record ReportRequirement(string Code, string Label, LegalBasis Basis, IReadOnlyList<AuthorityKind> Kinds, int? PopulationAbove, int? FirstBudgetYear)
{
    /// <summary>Whether the requirement applies to an authority of <paramref name="kind"/> and <paramref name="population"/> for the budget of <paramref name="budgetYear"/>.</summary>
    /// <param name="kind">The kind of authority.</param>
    /// <param name="population">Its population.</param>
    /// <param name="budgetYear">The budget year the report precedes.</param>
    /// <returns>True when the requirement applies.</returns>
    public bool AppliesTo(AuthorityKind kind, int population, int budgetYear) =>
        Kinds.Contains(kind)
        && (PopulationAbove is not { } threshold || population > threshold)
        && (FirstBudgetYear is not { } first || budgetYear >= first);
}
