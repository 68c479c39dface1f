namespace Rdd.Domain.Law;

/// <summary>
/// Who must present the report: a kind of authority, a population threshold, its legislative and regulatory
/// articles, and the first budget year it applies to.
/// </summary>
/// <param name="Kind">The kind of authority concerned.</param>
/// <param name="PopulationAbove">The population the authority must exceed (« plus de 50 000 habitants »), or null when every authority of that kind is concerned.</param>
/// <param name="Legislative">The article of the CGCT that creates the obligation.</param>
/// <param name="Regulatory">The article that sets the report's content, or null where the library's sources found none specific to that kind (Martinique, Guyane).</param>
/// <param name="FirstBudgetYear">The first budget whose preparation is concerned.</param>
public sealed record Obligation(AuthorityKind Kind, int? PopulationAbove, LegalBasis Legislative, LegalBasis? Regulatory, int FirstBudgetYear)
{
    /// <summary>
    /// Where the regulatory article says that the analysis of modalities « peut être élaborée à partir du cadre de
    /// référence » of 2006, with how well that sentence is established for this kind; null when no regulatory article
    /// is known for the kind.
    /// </summary>
    public LegalBasis? FrameworkOfReferenceClause { get; init; }

    /// <summary>The legal bases of this obligation, legislative first.</summary>
    public IReadOnlyList<LegalBasis> LegalBases =>
        Regulatory is null ? ValueList.Of(Legislative) : ValueList.Of(Legislative, Regulatory);
}
