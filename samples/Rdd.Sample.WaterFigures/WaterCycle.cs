using Rdd.Domain.Taxonomies;

namespace Rdd.Sample.WaterFigures;

/// <summary>The stages of the water cycle an action may serve; actions refer to them with <c>termes=cycle-eau:eau-potable</c>.</summary>
public static class WaterCycle
{
    /// <summary>The taxonomy, id <c>cycle-eau</c>.</summary>
    public static ITaxonomy Taxonomy { get; } = new Taxonomy
    {
        Id = "cycle-eau",
        Name = "Le petit cycle de l'eau",
        Description = "Les étapes du service de l'eau, du captage au rejet dans le milieu naturel.",
        Terms =
        [
            new Term { Code = "eau-potable", Label = "Production et distribution d'eau potable" },
            new Term { Code = "assainissement", Label = "Collecte et traitement des eaux usées" },
            new Term { Code = "eaux-pluviales", Label = "Gestion des eaux pluviales" },
            new Term { Code = "irrigation", Label = "Eau brute et irrigation" },
        ],
    };
}
