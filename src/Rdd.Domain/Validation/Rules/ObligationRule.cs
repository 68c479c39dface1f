using System.Globalization;
using Rdd.Domain.Law;
using Rdd.Domain.Taxonomies;

namespace Rdd.Domain.Validation.Rules;

/// <summary>
/// States whether the authority must present the report (CGCT, art. L2311-1-1, L3311-2, L3661-2, L4310-1, L4425-7;
/// <see cref="Obligations.Assess"/>), and checks the contents that later texts added for obliged authorities: the
/// annual review of the « stratégie numérique responsable » (CGCT, art. D2311-15-1) and the orientations that
/// contribute to the ODD of the 2030 Agenda (current wording of L2311-1-1 and L3311-2).
/// </summary>
/// <remarks>
/// A report of an authority that is not obliged is still valid: the report is then voluntary, and the rule only
/// informs. The Agenda 2030 clause is known second-hand and its expected form is not set by any text, so its absence
/// is an information, not a warning.
/// </remarks>
public sealed class ObligationRule : IReportRule
{
    /// <summary>RDD1040: the authority is not obliged to present the report.</summary>
    public static DiagnosticDescriptor NotObliged { get; } = new(
        "RDD1040", Severity.Info,
        "Rapport non obligatoire",
        "Seuls les communes et EPCI à fiscalité propre de plus de 50 000 habitants, les départements, les régions, la collectivité de Corse et la métropole de Lyon sont tenus de présenter ce rapport (CGCT, art. L2311-1-1, L3311-2, L3661-2, L4310-1, L4425-7), à compter des budgets de 2012 (décret n° 2011-687).",
        "Rien à corriger : le rapport reste possible et valide. Vérifiez seulement la nature et la population de la collectivité si vous pensiez y être tenu.");

    /// <summary>RDD1041: the annual review of the responsible digital strategy is missing.</summary>
    public static DiagnosticDescriptor MissingDigitalStrategyReview { get; } = new(
        "RDD1041", Severity.Warning,
        "Bilan de la stratégie numérique responsable absent",
        "Les communes et EPCI à fiscalité propre de plus de 50 000 habitants adoptent une stratégie numérique responsable au plus tard le 1er janvier 2025 ; son bilan annuel figure dans le rapport sur la situation en matière de développement durable (CGCT, art. D2311-15-1, loi n° 2021-1485 dite REEN, art. 35).",
        "Ajoutez le bilan annuel de la stratégie numérique responsable (fichier numerique-responsable.md de l'année).");

    /// <summary>RDD1042: no action refers to an ODD of the 2030 Agenda.</summary>
    public static DiagnosticDescriptor NoSustainableDevelopmentGoal { get; } = new(
        "RDD1042", Severity.Info,
        "Aucune action rattachée aux ODD",
        "La rédaction en vigueur des articles L2311-1-1 et L3311-2 du CGCT demande que le rapport rende compte des orientations qui contribuent aux objectifs de développement durable de l'Agenda 2030 (texte connu de seconde main) ; rattacher les actions aux ODD le montre au lecteur.",
        "Rattachez les actions concernées aux ODD qu'elles servent (odd=6,13 dans le titre de l'action, ou termes=odd:13).");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [NotObliged, MissingDigitalStrategyReview, NoSustainableDevelopmentGoal];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var assessment = context.Obligation;
        if (!assessment.IsObliged)
        {
            yield return context.Diagnose(NotObliged, assessment.Explanation, new ElementRef(ElementKind.Authority, string.Empty));
        }

        var report = context.Report;
        if (assessment.Requirements.Contains(Obligations.DigitalStrategyReview) && string.IsNullOrWhiteSpace(report.DigitalStrategyReview))
        {
            var requirement = Obligations.DigitalStrategyReview;
            var who = requirement.PopulationAbove is { } threshold
                ? $"{report.Authority.Kind.FrenchLabelWithArticle()} de plus de {threshold.ToString("N0", French.Culture)} habitants"
                : report.Authority.Kind.FrenchLabelWithArticle();
            var from = requirement.FirstBudgetYear is { } first ? $" à partir du budget {first.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
            yield return context.Diagnose(MissingDigitalStrategyReview,
                $"Le rapport ne contient pas le bilan annuel de la stratégie numérique responsable, requis pour {who}{from} ({requirement.Basis.Reference}).",
                ElementRef.ReportItself.At(ElementAttributes.DigitalStrategyReview));
        }

        if (assessment.Requirements.Contains(Obligations.Agenda2030)
            && !report.AllActions().Any(a => a.Terms.Any(t => Codes.Normalize(t?.Taxonomy) == SustainableDevelopmentGoals.Id)))
        {
            yield return context.Diagnose(NoSustainableDevelopmentGoal,
                "Aucune action n'est rattachée à un objectif de développement durable (ODD) de l'Agenda 2030 : le rapport ne montre pas les orientations qui y contribuent.",
                ElementRef.ReportItself);
        }
    }
}
