namespace Rdd.Domain.Law;

/// <summary>The five governance elements of the 2006 cadre de référence, in the seed report's wording.</summary>
/// <remarks>
/// Sources word them slightly differently (« la transversalité des approches / de la démarche », « l'évaluation
/// partagée / en continu ») and order them differently: several list « la stratégie d'amélioration continue » first.
/// No text fixes an order; the library keeps the seed report's order for display and claims no other.
/// </remarks>
public static class GovernanceElements
{
    /// <summary>1. La participation de la population et des acteurs.</summary>
    public static GovernanceElement Participation { get; } = new("participation", 1, "La participation de la population et des acteurs", "Participation");

    /// <summary>2. L'organisation du pilotage.</summary>
    public static GovernanceElement Steering { get; } = new("pilotage", 2, "L'organisation du pilotage", "Pilotage");

    /// <summary>3. La transversalité des approches.</summary>
    public static GovernanceElement Transversality { get; } = new("transversalite", 3, "La transversalité des approches", "Transversalité");

    /// <summary>4. L'évaluation partagée.</summary>
    public static GovernanceElement Evaluation { get; } = new("evaluation", 4, "L'évaluation partagée", "Évaluation");

    /// <summary>5. La stratégie d'amélioration continue.</summary>
    public static GovernanceElement ContinuousImprovement { get; } = new("amelioration", 5, "La stratégie d'amélioration continue", "Amélioration continue");

    /// <summary>The five elements in the seed report's order (no text fixes one).</summary>
    public static IReadOnlyList<GovernanceElement> All { get; } = ValueList.Of(Participation, Steering, Transversality, Evaluation, ContinuousImprovement);

    /// <summary>Finds an element by its code, ignoring case and accents.</summary>
    /// <param name="code">The code to look up.</param>
    /// <returns>The element, or null when none has that code.</returns>
    public static GovernanceElement? Find(string? code)
    {
        var key = Codes.Normalize(code);
        return All.FirstOrDefault(e => e.Code == key);
    }
}
