namespace Rdd.Domain.Taxonomies;

/// <summary>
/// The 17 sustainable development goals of the 2030 Agenda (« objectifs de développement durable », ODD), adopted
/// by the UN General Assembly on 25 September 2015, with their French short names; and the library's proposed
/// crosswalk to the five finalités.
/// </summary>
/// <remarks>
/// No official crosswalk between finalités and ODD exists to the library's knowledge: <see cref="FinalityCrosswalk"/>
/// is the library's own proposal, and says so in its <see cref="Crosswalk.Provenance"/>.
/// </remarks>
public static class SustainableDevelopmentGoals
{
    /// <summary>The taxonomy's id: <c>odd</c>; terms are coded <c>1</c> to <c>17</c>.</summary>
    public const string Id = "odd";

    private static readonly string[] Names =
    [
        "Pas de pauvreté",
        "Faim « zéro »",
        "Bonne santé et bien-être",
        "Éducation de qualité",
        "Égalité entre les sexes",
        "Eau propre et assainissement",
        "Énergie propre et d'un coût abordable",
        "Travail décent et croissance économique",
        "Industrie, innovation et infrastructure",
        "Inégalités réduites",
        "Villes et communautés durables",
        "Consommation et production responsables",
        "Mesures relatives à la lutte contre les changements climatiques",
        "Vie aquatique",
        "Vie terrestre",
        "Paix, justice et institutions efficaces",
        "Partenariats pour la réalisation des objectifs",
    ];

    /// <summary>The 17 ODD as a taxonomy.</summary>
    public static ITaxonomy Taxonomy { get; } = new Taxonomy
    {
        Id = Id,
        Name = "Objectifs de développement durable (Agenda 2030)",
        Description = "Les 17 objectifs de développement durable du Programme de développement durable à l'horizon 2030, adopté par l'Assemblée générale des Nations unies le 25 septembre 2015.",
        Terms = Names.Select((name, i) => new Term { Code = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Label = $"ODD {i + 1} : {name}", ShortLabel = name }).ToList(),
    };

    /// <summary>
    /// The library's proposed correspondence from each ODD to the finalités it mainly serves. It is a reading aid,
    /// not a legal text.
    /// </summary>
    public static Crosswalk FinalityCrosswalk { get; } = new()
    {
        From = Id,
        To = BuiltInTaxonomies.FinalitiesId,
        Provenance = "Proposition de la bibliothèque Rdd : aucune table officielle de correspondance entre les 17 ODD et les cinq finalités n'a été trouvée. Chaque ODD est rattaché à la ou aux finalités qu'il sert le plus directement.",
        Pairs =
        [
            new("1", "cohesion"),
            new("2", "cohesion"), new("2", "production"),
            new("3", "epanouissement"),
            new("4", "epanouissement"),
            new("5", "cohesion"), new("5", "epanouissement"),
            new("6", "biodiversite"),
            new("7", "climat"),
            new("8", "production"), new("8", "cohesion"),
            new("9", "production"),
            new("10", "cohesion"),
            new("11", "cohesion"), new("11", "climat"),
            new("12", "production"),
            new("13", "climat"),
            new("14", "biodiversite"),
            new("15", "biodiversite"),
            new("16", "cohesion"),
            new("17", "cohesion"),
        ],
    };
}
