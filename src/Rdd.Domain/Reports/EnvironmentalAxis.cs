namespace Rdd.Domain.Reports;

/// <summary>
/// The six environmental axes of the statement « Impact du budget pour la transition écologique », those of article 9
/// of règlement (UE) 2020/852 (the EU taxonomy) as the décret du 16 juillet 2024 words them for local authorities.
/// </summary>
/// <remarks>
/// The French wording is known second-hand (commentaries of the decree by the Agence France Locale and a jurists'
/// blog, which agree), not checked against the Journal officiel word for word. The numbers are the decree's.
/// </remarks>
public enum EnvironmentalAxis
{
    /// <summary>Axe 1: atténuation du changement climatique.</summary>
    ClimateMitigation = 1,

    /// <summary>Axe 2: adaptation au changement climatique et prévention des risques naturels.</summary>
    ClimateAdaptation = 2,

    /// <summary>Axe 3: gestion des ressources en eau.</summary>
    Water = 3,

    /// <summary>Axe 4: transition vers une économie circulaire, gestion des déchets, prévention des risques technologiques.</summary>
    CircularEconomy = 4,

    /// <summary>Axe 5: prévention et contrôle des pollutions de l'air et des sols.</summary>
    Pollution = 5,

    /// <summary>Axe 6: préservation de la biodiversité et protection des espaces naturels, agricoles et sylvicoles.</summary>
    Biodiversity = 6,
}

/// <summary>
/// The class (« cotation ») of an expenditure on one environmental axis.
/// </summary>
/// <remarks>
/// The decree's own list of classes could not be checked word for word (<see cref="Law.SourceCertainty.SecondHand"/>):
/// commentaries name « favorable », « défavorable », « neutre » and « non coté », and the I4CE method the State's
/// guidance points to distinguishes « très favorable » from « favorable ». The library keeps those five, and keeps
/// « non coté » (an expenditure the authority did not rate) apart from a line left without any class on an axis.
/// </remarks>
public enum GreenRating
{
    /// <summary>« Très favorable ».</summary>
    VeryFavourable,

    /// <summary>« Favorable ».</summary>
    Favourable,

    /// <summary>« Neutre ».</summary>
    Neutral,

    /// <summary>« Défavorable ».</summary>
    Unfavourable,

    /// <summary>« Non coté »: the authority declares the expenditure not rated on that axis.</summary>
    NotRated,
}

/// <summary>French wording of the axes and classes of the statement « Impact du budget pour la transition écologique ».</summary>
public static class GreenBudgetWording
{
    /// <summary>Every axis, in the decree's order.</summary>
    public static IReadOnlyList<EnvironmentalAxis> Axes { get; } = ValueList.From(Enum.GetValues<EnvironmentalAxis>());

    /// <summary>Every class, from the most to the least favourable, « non coté » last.</summary>
    public static IReadOnlyList<GreenRating> Ratings { get; } = ValueList.From(Enum.GetValues<GreenRating>());

    /// <summary>The axis's number in the decree (1 to 6).</summary>
    /// <param name="axis">The axis.</param>
    /// <returns>Its number.</returns>
    public static int Number(this EnvironmentalAxis axis) => (int)axis;

    /// <summary>The axis as the decree words it (« atténuation du changement climatique »).</summary>
    /// <param name="axis">The axis.</param>
    /// <returns>The French label, lower case.</returns>
    public static string FrenchLabel(this EnvironmentalAxis axis) => axis switch
    {
        EnvironmentalAxis.ClimateMitigation => "atténuation du changement climatique",
        EnvironmentalAxis.ClimateAdaptation => "adaptation au changement climatique et prévention des risques naturels",
        EnvironmentalAxis.Water => "gestion des ressources en eau",
        EnvironmentalAxis.CircularEconomy => "transition vers une économie circulaire, gestion des déchets, prévention des risques technologiques",
        EnvironmentalAxis.Pollution => "prévention et contrôle des pollutions de l'air et des sols",
        EnvironmentalAxis.Biodiversity => "préservation de la biodiversité et protection des espaces naturels, agricoles et sylvicoles",
        _ => throw new ArgumentOutOfRangeException(nameof(axis), axis, "Unknown axis."),
    };

    /// <summary>A short label for tables and charts (« Atténuation », « Biodiversité »).</summary>
    /// <param name="axis">The axis.</param>
    /// <returns>The short label, capitalised.</returns>
    public static string ShortLabel(this EnvironmentalAxis axis) => axis switch
    {
        EnvironmentalAxis.ClimateMitigation => "Atténuation du changement climatique",
        EnvironmentalAxis.ClimateAdaptation => "Adaptation et risques naturels",
        EnvironmentalAxis.Water => "Ressources en eau",
        EnvironmentalAxis.CircularEconomy => "Économie circulaire et déchets",
        EnvironmentalAxis.Pollution => "Pollutions de l'air et des sols",
        EnvironmentalAxis.Biodiversity => "Biodiversité et espaces naturels",
        _ => throw new ArgumentOutOfRangeException(nameof(axis), axis, "Unknown axis."),
    };

    /// <summary>The code authors write in <c>budget-vert.yml</c> (« attenuation », « biodiversite »).</summary>
    /// <param name="axis">The axis.</param>
    /// <returns>The code.</returns>
    public static string Code(this EnvironmentalAxis axis) => axis switch
    {
        EnvironmentalAxis.ClimateMitigation => "attenuation",
        EnvironmentalAxis.ClimateAdaptation => "adaptation",
        EnvironmentalAxis.Water => "eau",
        EnvironmentalAxis.CircularEconomy => "economie-circulaire",
        EnvironmentalAxis.Pollution => "pollutions",
        EnvironmentalAxis.Biodiversity => "biodiversite",
        _ => throw new ArgumentOutOfRangeException(nameof(axis), axis, "Unknown axis."),
    };

    /// <summary>The class in French, lower case (« très favorable », « non coté »).</summary>
    /// <param name="rating">The class.</param>
    /// <returns>The French label.</returns>
    public static string FrenchLabel(this GreenRating rating) => rating switch
    {
        GreenRating.VeryFavourable => "très favorable",
        GreenRating.Favourable => "favorable",
        GreenRating.Neutral => "neutre",
        GreenRating.Unfavourable => "défavorable",
        GreenRating.NotRated => "non coté",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, "Unknown class."),
    };

    /// <summary>The code authors write in <c>budget-vert.yml</c> (« tres-favorable », « non-cote »).</summary>
    /// <param name="rating">The class.</param>
    /// <returns>The code.</returns>
    public static string Code(this GreenRating rating) => rating switch
    {
        GreenRating.VeryFavourable => "tres-favorable",
        GreenRating.Favourable => "favorable",
        GreenRating.Neutral => "neutre",
        GreenRating.Unfavourable => "defavorable",
        GreenRating.NotRated => "non-cote",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, "Unknown class."),
    };
}
