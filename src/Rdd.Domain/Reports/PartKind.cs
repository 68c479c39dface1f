namespace Rdd.Domain.Reports;

/// <summary>The three parts of a report, after the three contents the decree requires (CGCT, art. D2311-15, D3311-8, D3661-7, D4311-6, D4425-12, each for its kind).</summary>
public enum PartKind
{
    /// <summary>Part 1: « bilan des politiques publiques, des orientations et des programmes mis en œuvre sur son territoire ».</summary>
    PublicPolicies = 1,

    /// <summary>Part 2: « bilan des actions conduites au titre de la gestion du patrimoine, du fonctionnement et des activités internes ».</summary>
    InternalFunctioning = 2,

    /// <summary>Part 3: « analyse des modalités d'élaboration, de mise en œuvre et d'évaluation ».</summary>
    Modalities = 3,
}

/// <summary>French wording of <see cref="PartKind"/> values.</summary>
public static class PartKindExtensions
{
    /// <summary>The default French title of a part, when the report gives none.</summary>
    /// <param name="kind">The part.</param>
    /// <returns>The title.</returns>
    public static string DefaultTitle(this PartKind kind) => kind switch
    {
        PartKind.PublicPolicies => "Les politiques publiques au regard du développement durable",
        PartKind.InternalFunctioning => "Le fonctionnement interne de la collectivité",
        _ => "Les modalités d'élaboration, de mise en œuvre et d'évaluation",
    };
}
