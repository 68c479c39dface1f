using Rdd.Domain.Law;
using Rdd.Domain.Reports;

namespace Rdd.Domain.Validation.Rules;

/// <summary>
/// Part 3 (« analyse des modalités d'élaboration, de mise en œuvre et d'évaluation », CGCT, art. D2311-15 and its
/// siblings for each kind) illustrates
/// each of the five governance elements of the 2006 cadre de référence, every action of Part 3 illustrates at least
/// one, and every governance element code is known.
/// </summary>
/// <remarks>
/// Coverage is a warning, not an error: the regulatory articles only say the analysis <em>may</em> rest on the 2006
/// framework. That sentence is verified in D3311-8 (départements) and D4311-6 (régions), seen second-hand in D3661-7
/// (métropole de Lyon) and probable in D2311-15 (communes, EPCI) and D4425-12 (Corse); messages cite the report's own
/// article with that caveat (<see cref="Law.Obligation.FrameworkOfReferenceClause"/>). An unknown code is an error,
/// because it is a typo the author cannot see on the published page.
/// Actions inherit the elements of their section (<see cref="PlacedAction.GovernanceElements"/>).
/// </remarks>
public sealed class GovernanceCoverageRule : IReportRule
{
    /// <summary>RDD1002: no action of Part 3 illustrates a governance element.</summary>
    public static DiagnosticDescriptor UncoveredElement { get; } = new(
        "RDD1002", Severity.Warning,
        "Élément déterminant illustré par aucune action",
        "L'analyse des modalités d'élaboration, de mise en œuvre et d'évaluation (partie 3) peut s'appuyer sur les cinq éléments déterminants de la démarche du cadre de référence de 2006 (CGCT, art. D3311-8 pour les départements et D4311-6 pour les régions ; D3661-7 pour la métropole de Lyon, rédaction connue de seconde main ; probablement D2311-15 pour les communes et EPCI et D4425-12 pour la Corse) ; un élément qu'aucune action n'illustre laisse l'analyse incomplète.",
        "Rattachez au moins une action de la partie 3 à cet élément (participation, pilotage, transversalite, evaluation, amelioration), ou expliquez dans l'introduction de la partie pourquoi il n'est pas traité.");

    /// <summary>RDD1012: an unknown governance element code.</summary>
    public static DiagnosticDescriptor UnknownElement { get; } = new(
        "RDD1012", Severity.Error,
        "Code d'élément déterminant inconnu",
        "Les éléments déterminants de la démarche (cadre de référence de 2006) sont désignés par les codes participation, pilotage, transversalite, evaluation et amelioration ; un autre code ne peut être rattaché à rien.",
        "Corrigez le code ; le message propose le code le plus proche.");

    /// <summary>RDD1015: an action of Part 3 illustrates no governance element.</summary>
    public static DiagnosticDescriptor ActionWithoutElement { get; } = new(
        "RDD1015", Severity.Warning,
        "Action de la partie 3 sans élément déterminant",
        "La partie 3 analyse les modalités d'élaboration, de mise en œuvre et d'évaluation ; chacune de ses actions sert à illustrer un élément déterminant de la démarche (cadre de référence de 2006, auquel renvoie l'article réglementaire propre à chaque collectivité : D3311-8, D4311-6, et, sous réserve de vérification, D3661-7, D2311-15 et D4425-12).",
        "Ajoutez au moins un code d'élément à l'action (elements=participation…), ou à sa section.");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [UncoveredElement, UnknownElement, ActionWithoutElement];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var known = GovernanceElements.All.Select(e => e.Code).ToArray();
        foreach (var part in context.Report.Parts)
        {
            foreach (var section in part.Sections)
            {
                foreach (var code in section.DefaultGovernanceElements.Where(c => GovernanceElements.Find(c) is null))
                {
                    yield return context.Diagnose(UnknownElement,
                        UnknownMessage(code, $"parmi les éléments de la section « {RuleText.Of(section.Title)} »", known),
                        new ElementRef(ElementKind.Section, RuleText.Of(section.Id), ElementAttributes.GovernanceElements));
                }
            }
        }

        var covered = new HashSet<string>(StringComparer.Ordinal);
        var modalityActions = 0;
        foreach (var placed in context.Report.AllActions())
        {
            var element = new ElementRef(ElementKind.Action, RuleText.Of(placed.Action.Id), ElementAttributes.GovernanceElements);
            foreach (var code in placed.Action.GovernanceElements.Where(c => GovernanceElements.Find(c) is null))
            {
                yield return context.Diagnose(UnknownElement,
                    UnknownMessage(code, $"dans l'action « {RuleText.Of(placed.Action.Title)} »", known),
                    element);
            }

            if (placed.Part.Kind != PartKind.Modalities)
            {
                continue;
            }

            modalityActions++;
            var elements = placed.GovernanceElements.Select(GovernanceElements.Find).OfType<GovernanceElement>().ToList();
            covered.UnionWith(elements.Select(e => e.Code));
            if (elements.Count == 0)
            {
                yield return context.Diagnose(ActionWithoutElement,
                    $"L'action « {RuleText.Of(placed.Action.Title)} » (partie 3, section « {RuleText.Of(placed.Section.Title)} ») n'illustre aucun élément déterminant de la démarche{FrameworkCitation(context)}.",
                    element);
            }
        }

        // Without any action in Part 3, RequiredPartsRule already reports the missing analysis: five more warnings would only be noise.
        if (modalityActions == 0)
        {
            yield break;
        }

        foreach (var governanceElement in GovernanceElements.All.Where(e => !covered.Contains(e.Code)))
        {
            yield return context.Diagnose(UncoveredElement,
                $"Aucune action de la partie 3 n'illustre l'élément déterminant « {governanceElement.Label} » ({governanceElement.Code}){FrameworkCitation(context)}.",
                new ElementRef(ElementKind.Part, RuleText.PartId(PartKind.Modalities)));
        }
    }

    /// <summary>
    /// « du cadre de référence de 2006, sur lequel l'analyse peut s'appuyer (CGCT, art. D3311-8) », citing the report's
    /// own regulatory article with its caveat; only the framework when no article is known for the kind.
    /// </summary>
    private static string FrameworkCitation(ValidationContext context)
    {
        if (context.Obligation.Obligation?.FrameworkOfReferenceClause is not { } clause)
        {
            return " du cadre de référence de 2006";
        }

        var caveat = clause.Certainty.FrenchCaveat();
        return $" du cadre de référence de 2006, sur lequel l'analyse peut s'appuyer ({clause.Reference}{(caveat.Length == 0 ? string.Empty : " : " + caveat)})";
    }

    private static string UnknownMessage(string? code, string where, string[] known) =>
        $"Élément déterminant inconnu « {code} » {where}.{RuleText.Hint(code, known)}";
}
