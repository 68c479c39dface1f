namespace Rdd.Domain.Law;

/// <summary>
/// One of the five governance elements of the 2006 cadre de référence (« élément déterminant de la démarche »).
/// Part 3 of a report (the analysis of « modalités d'élaboration, de mise en œuvre et d'évaluation ») is commonly
/// organised by them; décret article D4311-6 says the analysis may rest on that framework.
/// </summary>
/// <param name="Code">The stable code authors write (e.g. <c>participation</c>).</param>
/// <param name="Number">The rank of the element in the framework, 1 to 5.</param>
/// <param name="Label">The wording (e.g. « La participation de la population et des acteurs »).</param>
/// <param name="ShortLabel">A short label (e.g. « Participation »).</param>
public sealed record GovernanceElement(string Code, int Number, string Label, string ShortLabel)
{
    /// <summary>The legal basis of the governance elements.</summary>
    public LegalBasis LegalBasis => LegalTexts.FrameworkOfReference2006;

    /// <inheritdoc />
    public override string ToString() => Code;
}
