namespace Rdd.Domain.Law;

/// <summary>The kind of a local authority, as the obligation distinguishes them.</summary>
public enum AuthorityKind
{
    /// <summary>Commune.</summary>
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
        _ => "autre organisme public",
    };

    /// <summary>The French name of the kind with its indefinite article (« une commune », « un EPCI à fiscalité propre »).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The French label with its article.</returns>
    public static string FrenchLabelWithArticle(this AuthorityKind kind) => kind switch
    {
        AuthorityKind.Commune or AuthorityKind.Region => "une " + kind.FrenchLabel(),
        AuthorityKind.Corsica or AuthorityKind.LyonMetropolis => "la " + kind.FrenchLabel(),
        _ => "un " + kind.FrenchLabel(),
    };
}
