using Rdd.Domain;
using Rdd.Domain.Taxonomies;

namespace Rdd.Taxonomies.LeviersSgpe;

/// <summary>
/// The levers (« leviers ») of the State's ecological planning, « France Nation Verte » (Secrétariat général à la
/// planification écologique): the list every territorial project is classified by, as the beta.gouv data schema
/// « projets des collectivités de transition écologique » publishes it (<see cref="SourceUrl"/>).
/// </summary>
/// <remarks>
/// One term per lever, in the source's order, labelled exactly as published; its code is the label made into an id
/// (« Rénovation (hors changement chaudières) » → <c>renovation-hors-changement-chaudieres</c>). The source gives no
/// sector, so the terms are not grouped. The source file is kept beside this one (<c>source/</c>), with its licence.
/// </remarks>
public static class LeviersSgpe
{
    /// <summary>The taxonomy's id, as actions refer to it (<c>termes=leviers-sgpe:velo</c>).</summary>
    public const string Id = "leviers-sgpe";

    /// <summary>Where the list is published.</summary>
    public const string SourceUrl = "https://github.com/betagouv/schema-projet-collectivites-transition-ecologique/blob/2a67fe3e8a1e5d03373105f5f79c4ed485b77f10/reference-data/50_leviers_SGPE_03_2025.csv";

    /// <summary>The list's version: the schema's version that ships it, and the list's own date in its file name.</summary>
    public const string SourceVersion = "0.1.1 (liste 50_leviers_SGPE_03_2025, mars 2025)";

    /// <summary>The date of that version of the schema.</summary>
    public const string SourceDate = "2025-04-16";

    /// <summary>The labels, exactly as published, in the source's order.</summary>
    internal static IReadOnlyList<string> Labels { get; } =
        [
            "Gestion des forêts et produits bois",
            "Changements de pratiques de fertilisation azotée",
            "Elevage durable",
            "Gestion des haies",
            "Bâtiments & Machines agricoles",
            "Gestion des prairies",
            "Pratiques stockantes",
            "Sobriété foncière",
            "Surface en aire protégée",
            "Résorption des points noirs prioritaires de continuité écologique",
            "Restauration des habitats naturels",
            "Réduction de l'usage des produits phytosanitaires",
            "Développement de l'agriculture biologique et de HVE",
            "Respect d'Egalim pour la restauration collective",
            "Sobriété des bâtiments (résidentiel)",
            "Changement chaudières fioul + rénovation (résidentiel)",
            "Changement chaudières gaz + rénovation (résidentiel)",
            "Rénovation (hors changement chaudières)",
            "Sobriété des bâtiments (tertiaire)",
            "Changement chaudières fioul + rénovation (tertiaire)",
            "Changement chaudières gaz + rénovation (tertiaire)",
            "Gaz fluorés résidentiel",
            "Gaz fluorés tertiaire",
            "Captage de méthane dans les ISDND",
            "Prévention des déchets",
            "Valorisation matière des déchets",
            "Moindre stockage en décharge",
            "Augmentation du taux de collecte",
            "Sobriété dans l'utilisation de la ressource en eau",
            "Protection des zones de captage d'eau",
            "Désimperméabilisation des sols",
            "Electricité renouvelable",
            "Biogaz",
            "Réseaux de chaleur décarbonés",
            "Top 50 sites industriels",
            "Industrie diffuse",
            "Fret décarboné et multimodalité",
            "Efficacité et sobriété logistique",
            "Réduction des déplacements",
            "Covoiturage",
            "Vélo",
            "Transports en commun",
            "Véhicules électriques",
            "Efficacité énergétique des véhicules privés",
            "Bus et cars décarbonés",
            "2 roues (élec&efficacité)",
            "Nucléaire",
            "Bio-carburants",
            "Efficacité des aéronefs",
            "SAF",
        ];

    /// <summary>The taxonomy, id <c>leviers-sgpe</c>, one term per lever.</summary>
    public static ITaxonomy Taxonomy { get; } = new Rdd.Domain.Taxonomies.Taxonomy
    {
        Id = Id,
        Name = "Leviers de la planification écologique (SGPE)",
        Description = "Les 50 leviers d'action de la planification écologique « France Nation Verte » (Secrétariat général à la planification écologique), auxquels se rattachent les projets de transition écologique des collectivités. "
            + $"Liste publiée par le schéma de données « [Projets des collectivités de transition écologique]({SourceUrl}) » de beta.gouv, version {SourceVersion} du {SourceDate}, sous Licence Ouverte Etalab 2.0.",
        Terms = Labels.Select(label => new Term { Code = Codes.Slugify(label), Label = label }).ToList(),
    };
}
