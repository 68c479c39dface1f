namespace Rdd.Domain.Law;

/// <summary>
/// One of the five governance elements of the 2006 cadre de référence (« élément déterminant de la démarche »).
/// Part 3 of a report (the analysis of « modalités d'élaboration, de mise en œuvre et d'évaluation ») is commonly
/// organised by them; the regulatory article of each kind says the analysis may rest on that framework (verified in
/// D3311-8 and D4311-6, seen second-hand in D3661-7, probable in D2311-15 and D4425-12:
/// <see cref="Obligation.FrameworkOfReferenceClause"/>).
/// </summary>
/// <param name="Code">The stable code authors write (e.g. <c>participation</c>).</param>
/// <param name="Number">The rank of the element in the seed report's order, 1 to 5, used for display. No text fixes an order: sources list « la stratégie d'amélioration continue » first as often as last.</param>
/// <param name="Label">The wording (e.g. « La participation de la population et des acteurs »).</param>
/// <param name="ShortLabel">A short label (e.g. « Participation »).</param>
public sealed record GovernanceElement(string Code, int Number, string Label, string ShortLabel)
{
    /// <summary>The legal basis of the governance elements.</summary>
    public LegalBasis LegalBasis => LegalTexts.FrameworkOfReference2006;

    /// <inheritdoc />
    public override string ToString() => Code;
}
