using Rdd.Domain.Reports;

namespace Rdd.Domain.Validation.Rules;

/// <summary>
/// The three parts the decree requires are present and hold at least one action
/// (CGCT, art. D2311-15, D3311-8, D3661-7, D4311-6, D4425-12: the bilan of internal functioning, the bilan of public
/// policies, and the analysis of the modalities of elaboration, implementation and evaluation). Messages cite the
/// article of the report's own kind (<see cref="Law.ObligationAssessment.BasisOf"/>); where no text is known for that
/// part and kind (Part 3 for Martinique and Guyane), the report's format still asks for it.
/// </summary>
public sealed class RequiredPartsRule : IReportRule
{
    /// <summary>RDD1001: a part required by the decree is missing or empty.</summary>
    public static DiagnosticDescriptor MissingPart { get; } = new(
        "RDD1001", Severity.Error,
        "Partie obligatoire absente ou vide",
        "Le décret n° 2011-687 (CGCT, art. D2311-15 pour les communes et EPCI, D3311-8 pour les départements, D4311-6 pour les régions, D4425-12 pour la Corse ; D3661-7 pour la métropole de Lyon) impose trois contenus : le bilan des politiques publiques menées sur le territoire, le bilan du fonctionnement interne et l'analyse des modalités d'élaboration, de mise en œuvre et d'évaluation.",
        "Ajoutez la partie manquante avec au moins une section contenant une action.");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [MissingPart];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var kind in Enum.GetValues<PartKind>())
        {
            var part = context.Report.PartOf(kind);
            var why = Why(context, kind);
            var element = new ElementRef(ElementKind.Part, ((int)kind).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (part is null)
            {
                yield return context.Diagnose(MissingPart, $"La partie {(int)kind} (« {kind.DefaultTitle()} ») est absente : {why}.", ElementRef.ReportItself);
            }
            else if (!part.Sections.Any(s => s.Actions.Count > 0))
            {
                yield return context.Diagnose(MissingPart, $"La partie {(int)kind} (« {part.Title} ») ne contient aucune action : {why}.", element);
            }
        }
    }

    /// <summary>« CGCT, art. D3311-8 l'impose », citing the article of the report's kind for that part's content.</summary>
    private static string Why(ValidationContext context, PartKind kind)
    {
        var requirement = kind switch
        {
            PartKind.PublicPolicies => Law.Obligations.PolicyReview,
            PartKind.InternalFunctioning => Law.Obligations.InternalReview,
            _ => Law.Obligations.ModalitiesAnalysis,
        };
        return context.Obligation.BasisOf(requirement) is { } basis
            ? $"le texte l'impose ({basis.Reference})"
            : "le format du rapport la prévoit, comme le décret n° 2011-687 pour les autres collectivités";
    }
}
