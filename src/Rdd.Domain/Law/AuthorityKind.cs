namespace Rdd.Domain.Law;

/// <summary>The kind of a local authority, as the obligation distinguishes them.</summary>
/// <remarks>Values added later come after <see cref="Other"/>, so that the numbers of existing values do not change.</remarks>
public enum AuthorityKind
{
    /// <summary>Commune. The Ville de Paris is handled as a commune: the library knows no text that treats it otherwise for this report (not checked).</summary>
    Commune,

    /// <summary>
    /// Établissement public de coopération intercommunale à fiscalité propre: communauté de communes,
    /// communauté d'agglomération, communauté urbaine, métropole (other than Lyon).
    /// </summary>
    Intercommunality,

    /// <summary>Département.</summary>
    Department,

    /// <summary>Région.</summary>
    Region,

    /// <summary>Collectivité de Corse.</summary>
    Corsica,

    /// <summary>Métropole de Lyon, a collectivité à statut particulier with its own article (L3661-2).</summary>
    LyonMetropolis,

    /// <summary>Any other public body (syndicat, EPCI sans fiscalité propre, établissement public…): not covered by the obligation.</summary>
    Other,

    /// <summary>
    /// Collectivité territoriale de Martinique, which replaced the département and the région of Martinique at the first
    /// meeting of its assembly in December 2015; its own article is L72-100-2.
    /// </summary>
    Martinique,

    /// <summary>
    /// Collectivité territoriale de Guyane, which replaced the département and the région of Guyane at the first meeting
    /// of its assembly in December 2015 (CGCT, art. L7111-4).
    /// </summary>
    FrenchGuiana,
}

/// <summary>French wording of <see cref="AuthorityKind"/> values.</summary>
public static class AuthorityKindExtensions
{
    /// <summary>The French name of the kind, as shown to readers (e.g. « EPCI à fiscalité propre »).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The French label.</returns>
    public static string FrenchLabel(this AuthorityKind kind) => kind switch
    {
        AuthorityKind.Commune => "commune",
        AuthorityKind.Intercommunality => "EPCI à fiscalité propre",
        AuthorityKind.Department => "département",
        AuthorityKind.Region => "région",
        AuthorityKind.Corsica => "collectivité de Corse",
        AuthorityKind.LyonMetropolis => "métropole de Lyon",
        AuthorityKind.Martinique => "collectivité territoriale de Martinique",
        AuthorityKind.FrenchGuiana => "collectivité territoriale de Guyane",
        _ => "autre organisme public",
    };

    /// <summary>
    /// The French name of the kind with its article: indefinite for kinds with many members (« une commune », « un EPCI
    /// à fiscalité propre »), definite for the single ones (« la collectivité territoriale de Martinique »).
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The French label with its article.</returns>
    public static string FrenchLabelWithArticle(this AuthorityKind kind) => kind switch
    {
        AuthorityKind.Commune or AuthorityKind.Region => "une " + kind.FrenchLabel(),
        AuthorityKind.Corsica or AuthorityKind.LyonMetropolis or AuthorityKind.Martinique or AuthorityKind.FrenchGuiana => "la " + kind.FrenchLabel(),
        _ => "un " + kind.FrenchLabel(),
    };
}
