using System.Globalization;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;

namespace Rdd.Domain.Validation.Rules;

/// <summary>
/// States whether the authority must present the report (CGCT, art. L2311-1-1, L3311-2, L3661-2, L4310-1, L4425-7,
/// L72-100-2, L7111-4; <see cref="Obligations.Assess(AuthorityKind, int, int, NodaTime.LocalDate?)"/>), and checks for obliged authorities the contents the
/// legislative articles ask for: the annual review of the « stratégie numérique responsable » (CGCT, art. L2311-1-1 as
/// amended by loi n° 2021-1485, art. 35, for reports presented from 1 January 2025), the orientations that contribute
/// to the ODD of the 2030 Agenda (current wording of L2311-1-1, L3311-2, L3661-2 and L72-100-2) and « les orientations
/// et programmes de nature à améliorer cette situation » (every legislative article). Each message cites the article of
/// the report's own kind.
/// </summary>
/// <remarks>
/// A report of an authority that is not obliged is still valid: the report is then voluntary, and the rule only
/// informs. The Agenda 2030 clause is known second-hand and its expected form is not set by any text, so its absence
/// is an information, not a warning; so is the absence of a forward look, whose form no text sets either (the library
/// reads it from actions in preparation, progress « projet »).
/// </remarks>
public sealed class ObligationRule : IReportRule
{
    /// <summary>RDD1040: the authority is not obliged to present the report.</summary>
    public static DiagnosticDescriptor NotObliged { get; } = new(
        "RDD1040", Severity.Info,
        "Rapport non obligatoire",
        "Seuls les communes et EPCI à fiscalité propre de plus de 50 000 habitants (CGCT, art. L2311-1-1), les départements (L3311-2), les régions (L4310-1), la collectivité de Corse (L4425-7), la métropole de Lyon (L3661-2, depuis 2015) et les collectivités territoriales de Martinique (L72-100-2) et de Guyane (L7111-4), depuis 2016, sont tenus de présenter ce rapport, à compter des budgets de 2012 (décret n° 2011-687). La Ville de Paris est traitée comme une commune.",
        "Rien à corriger : le rapport reste possible et valide. Vérifiez seulement la nature et la population de la collectivité si vous pensiez y être tenu.");

    /// <summary>RDD1041: the annual review of the responsible digital strategy is missing.</summary>
    public static DiagnosticDescriptor MissingDigitalStrategyReview { get; } = new(
        "RDD1041", Severity.Warning,
        "Bilan de la stratégie numérique responsable absent",
        "Les communes et EPCI à fiscalité propre de plus de 50 000 habitants adoptent une stratégie numérique responsable au plus tard le 1er janvier 2025 ; depuis cette date, le rapport sur la situation en matière de développement durable comprend son bilan annuel (CGCT, art. L2311-1-1, modifié par la loi n° 2021-1485 dite REEN, art. 35 ; l'article D2311-15-1 fixe seulement le contenu de la stratégie). L'exigence vaut pour les rapports présentés à partir du 1er janvier 2025 : la date de présentation (date_presentation de rapport.yml) en décide ; sans elle, l'année du budget en tient lieu (budgets de 2025 et suivants).",
        "Ajoutez le bilan annuel de la stratégie numérique responsable (fichier numerique-responsable.md de l'année). Si le rapport a été présenté avant le 1er janvier 2025, indiquez sa date (date_presentation dans rapport.yml).");

    /// <summary>RDD1042: no action refers to an ODD of the 2030 Agenda.</summary>
    public static DiagnosticDescriptor NoSustainableDevelopmentGoal { get; } = new(
        "RDD1042", Severity.Info,
        "Aucune action rattachée aux ODD",
        "La rédaction en vigueur des articles L2311-1-1 (communes et EPCI), L3311-2 (départements), L3661-2 (métropole de Lyon) et L72-100-2 (Martinique) du CGCT demande que le rapport rende compte des orientations qui contribuent aux objectifs de développement durable de l'Agenda 2030 (texte connu de seconde main) ; rattacher les actions aux ODD le montre au lecteur. Pour les régions, la Corse et la Guyane, la clause n'est pas vérifiée : l'information n'est pas donnée.",
        "Rattachez les actions concernées aux ODD qu'elles servent (odd=6,13 dans le titre de l'action, ou termes=odd:13).");

    /// <summary>RDD1043: no action in preparation shows the orientations and programmes that would improve the situation.</summary>
    public static DiagnosticDescriptor NoForwardLook { get; } = new(
        "RDD1043", Severity.Info,
        "Aucune orientation pour améliorer la situation",
        "Les articles législatifs (CGCT, art. L2311-1-1, L3311-2, L3661-2, L4310-1, L4425-7, L72-100-2) demandent que le rapport présente aussi « les orientations et programmes de nature à améliorer cette situation » : il regarde vers l'avenir, pas seulement vers l'année écoulée. Rdd les lit dans les actions en projet (avancement=projet).",
        "Ajoutez, dans la partie qui convient, les actions que la collectivité prépare ou a décidées, avec avancement=projet.")
    {
        Example = """
            ```markdown
            ## Plan vélo 2026-2030 {avancement=projet finalites=climat}

            Le plan, en cours d'élaboration, sera soumis au conseil à l'automne.
            ```
            """,
    };

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [NotObliged, MissingDigitalStrategyReview, NoSustainableDevelopmentGoal, NoForwardLook];

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
            var reference = assessment.BasisOf(requirement)?.Reference;
            var message = report.PresentationDate is { } presented
                ? $"Le rapport, présenté le {French.Date(presented)}, soit à partir du 1er janvier 2025, ne contient pas le bilan annuel de la stratégie numérique responsable, requis pour {who} ({reference})."
                : $"Le rapport ne contient pas le bilan annuel de la stratégie numérique responsable, requis pour {who} dans les rapports présentés à partir du 1er janvier 2025 ({reference}). Sa date de présentation n'étant pas indiquée (date_presentation dans rapport.yml), l'année du budget en décide : il précède le budget {report.BudgetYear.ToString(CultureInfo.InvariantCulture)}.";
            yield return context.Diagnose(MissingDigitalStrategyReview, message,
                ElementRef.ReportItself.At(ElementAttributes.DigitalStrategyReview));
        }

        if (assessment.Requirements.Contains(Obligations.Agenda2030)
            && !report.AllActions().Any(a => a.Terms.Any(t => Codes.Normalize(t?.Taxonomy) == SustainableDevelopmentGoals.Id)))
        {
            yield return context.Diagnose(NoSustainableDevelopmentGoal,
                $"Aucune action n'est rattachée à un objectif de développement durable (ODD) de l'Agenda 2030 : le rapport ne montre pas les orientations qui y contribuent ({assessment.BasisOf(Obligations.Agenda2030)?.Reference}).",
                ElementRef.ReportItself);
        }

        if (assessment.Requirements.Contains(Obligations.ForwardLook)
            && !report.AllActions().Any(a => a.Action.Progress == Progress.Planned))
        {
            yield return context.Diagnose(NoForwardLook,
                $"Aucune action n'est en projet (avancement=projet) : le rapport ne présente pas les orientations et programmes de nature à améliorer la situation ({assessment.BasisOf(Obligations.ForwardLook)?.Reference}).",
                ElementRef.ReportItself);
        }
    }
}
