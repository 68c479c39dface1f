using Rdd.Domain.Law;

namespace Rdd.Domain.Taxonomies;

/// <summary>The taxonomies every report can refer to without declaring them.</summary>
public static class BuiltInTaxonomies
{
    /// <summary>The id of the finalités taxonomy.</summary>
    public const string FinalitiesId = "finalites";

    /// <summary>The id of the governance elements taxonomy.</summary>
    public const string GovernanceElementsId = "elements";

    /// <summary>The five finalités as a taxonomy (codes <c>climat</c>, <c>biodiversite</c>, …).</summary>
    public static ITaxonomy Finalities { get; } = new Taxonomy
    {
        Id = FinalitiesId,
        Name = "Finalités du développement durable",
        Description = "Les cinq finalités du développement durable (code de l'environnement, art. L110-1, III).",
        Terms = Law.Finalities.All.Select(f => new Term { Code = f.Code, Label = f.Label, ShortLabel = f.ShortLabel }).ToList(),
    };

    /// <summary>The five governance elements as a taxonomy (codes <c>participation</c>, <c>pilotage</c>, …).</summary>
    public static ITaxonomy GovernanceElements { get; } = new Taxonomy
    {
        Id = GovernanceElementsId,
        Name = "Éléments déterminants de la démarche",
        Description = "Les cinq éléments déterminants de la démarche du cadre de référence de 2006.",
        Terms = Law.GovernanceElements.All.Select(e => new Term { Code = e.Code, Label = e.Label, ShortLabel = e.ShortLabel }).ToList(),
    };

    /// <summary>The 17 ODD of the 2030 Agenda (<see cref="SustainableDevelopmentGoals"/>).</summary>
    public static ITaxonomy Goals => SustainableDevelopmentGoals.Taxonomy;

    /// <summary>Every built-in taxonomy.</summary>
    public static IReadOnlyList<ITaxonomy> All { get; } = ValueList.Of(Finalities, GovernanceElements, Goals);
}
