using NodaTime;

namespace Rdd.Domain.Law;

/// <summary>
/// The obligation to present a sustainable-development report, and what the report must contain, as data; and
/// the answer to « is this authority obliged, for the budget of year N, and on which legal basis? ».
/// </summary>
/// <remarks>
/// <para>
/// The report is presented by the executive « préalablement aux débats sur le projet de budget » (L2311-1-1 and
/// its siblings); it gives rise to no vote but to a specific deliberation (circulaire du 3 août 2011). Each kind of
/// authority cites its own articles: L2311-1-1 and D2311-15 (communes, EPCI à fiscalité propre), L3311-2 and D3311-8
/// (départements), L4310-1 and D4311-6 (régions), L4425-7 and D4425-12 (Corse), L3661-2 and D3661-7 (métropole de
/// Lyon), L72-100-2 (Martinique), L7111-4 (Guyane, which takes the place of the département and the région; an
/// article of its own is probable but was not found). The Ville de Paris is assessed as a commune.
/// </para>
/// <para>
/// The Agenda 2030 clause is known for L2311-1-1, L3311-2, L3661-2 and L72-100-2 (second-hand). Whether L4310-1
/// (régions), L4425-7 (Corse) and Guyane's texts carry it is not verified, so the library does not require it of them.
/// </para>
/// </remarks>
public static partial class Obligations
{
    private const int Threshold = 50_000;

    /// <summary>The first budget of the collectivités territoriales de Martinique and de Guyane, whose assemblies first met in December 2015.</summary>
    private const int FirstSingleAuthorityBudgetYear = 2016;

    /// <summary>The obligations by kind of authority.</summary>
    /// <remarks>
    /// The métropole de Lyon exists since 1 January 2015; its first budget is that of 2015. The collectivités
    /// territoriales de Martinique and de Guyane exist since the first meeting of their assemblies in December 2015;
    /// their first budget is that of 2016. No regulatory article specific to them was found, so their
    /// <see cref="Obligation.Regulatory"/> is null.
    /// </remarks>
    public static IReadOnlyList<Obligation> All { get; } = ValueList.Of(
        new Obligation(AuthorityKind.Commune, Threshold, LegalTexts.CgctL2311_1_1, LegalTexts.CgctD2311_15, LegalTexts.FirstBudgetYear)
        {
            FrameworkOfReferenceClause = LegalTexts.FrameworkOfReferenceClause(LegalTexts.CgctD2311_15, SourceCertainty.Probable),
        },
        new Obligation(AuthorityKind.Intercommunality, Threshold, LegalTexts.CgctL2311_1_1, LegalTexts.CgctD2311_15, LegalTexts.FirstBudgetYear)
        {
            FrameworkOfReferenceClause = LegalTexts.FrameworkOfReferenceClause(LegalTexts.CgctD2311_15, SourceCertainty.Probable),
        },
        new Obligation(AuthorityKind.Department, null, LegalTexts.CgctL3311_2, LegalTexts.CgctD3311_8, LegalTexts.FirstBudgetYear)
        {
            FrameworkOfReferenceClause = LegalTexts.FrameworkOfReferenceClause(LegalTexts.CgctD3311_8, SourceCertainty.Checked),
        },
        new Obligation(AuthorityKind.Region, null, LegalTexts.CgctL4310_1, LegalTexts.CgctD4311_6, LegalTexts.FirstBudgetYear)
        {
            FrameworkOfReferenceClause = LegalTexts.FrameworkOfReferenceClause(LegalTexts.CgctD4311_6, SourceCertainty.Checked),
        },
        new Obligation(AuthorityKind.Corsica, null, LegalTexts.CgctL4425_7, LegalTexts.CgctD4425_12, LegalTexts.FirstBudgetYear)
        {
            FrameworkOfReferenceClause = LegalTexts.FrameworkOfReferenceClause(LegalTexts.CgctD4425_12, SourceCertainty.Probable),
        },
        new Obligation(AuthorityKind.LyonMetropolis, null, LegalTexts.CgctL3661_2, LegalTexts.CgctD3661_7, 2015)
        {
            FrameworkOfReferenceClause = LegalTexts.FrameworkOfReferenceClause(LegalTexts.CgctD3661_7, SourceCertainty.SecondHand),
        },
        new Obligation(AuthorityKind.Martinique, null, LegalTexts.CgctL72_100_2, null, FirstSingleAuthorityBudgetYear),
        new Obligation(AuthorityKind.FrenchGuiana, null, LegalTexts.CgctL7111_4, null, FirstSingleAuthorityBudgetYear));

    /// <summary>The bilan of internal functioning (« gestion du patrimoine, fonctionnement et activités internes »): Part 2 of a report.</summary>
    /// <remarks>Where no regulatory article is known (Martinique, Guyane), the legislative article, which names « le fonctionnement de la collectivité », is the basis.</remarks>
    public static ReportRequirement InternalReview { get; } = new(
        "bilan-fonctionnement-interne",
        "Le bilan des actions conduites au titre de la gestion du patrimoine, du fonctionnement et des activités internes de la collectivité",
        ByKind(o => o.Regulatory ?? o.Legislative), null, LegalTexts.FirstBudgetYear);

    /// <summary>The bilan of public policies carried out on the territory: Part 1 of a report.</summary>
    /// <remarks>Where no regulatory article is known (Martinique, Guyane), the legislative article, which names « les politiques qu'elle mène sur son territoire », is the basis.</remarks>
    public static ReportRequirement PolicyReview { get; } = new(
        "bilan-politiques-publiques",
        "Le bilan des politiques publiques, des orientations et des programmes mis en œuvre sur le territoire",
        ByKind(o => o.Regulatory ?? o.Legislative), null, LegalTexts.FirstBudgetYear);

    /// <summary>The analysis of how actions, policies and programmes are drawn up, implemented and evaluated: Part 3 of a report.</summary>
    /// <remarks>Set by the regulatory articles only: it is not required where none is known (Martinique, Guyane).</remarks>
    public static ReportRequirement ModalitiesAnalysis { get; } = new(
        "analyse-modalites",
        "L'analyse des modalités d'élaboration, de mise en œuvre et d'évaluation des actions, politiques publiques et programmes",
        ByKind(o => o.Regulatory), null, LegalTexts.FirstBudgetYear);

    /// <summary>
    /// The forward look the legislative articles ask for: « les orientations et programmes de nature à améliorer cette
    /// situation ». The report shows it with actions in preparation (progress « projet »).
    /// </summary>
    public static ReportRequirement ForwardLook { get; } = new(
        "orientations-amelioration",
        "Les orientations et programmes de nature à améliorer la situation en matière de développement durable",
        ByKind(o => o.Legislative), null, LegalTexts.FirstBudgetYear);

    /// <summary>
    /// The orientations that contribute to the 17 ODD of the 2030 Agenda (current wording of L2311-1-1, L3311-2,
    /// L3661-2 and L72-100-2, known second-hand). The date of that wording is not established, so the library applies
    /// it to every report of the kinds those articles govern. Régions, Corse and Guyane: not verified, not required.
    /// </summary>
    public static ReportRequirement Agenda2030 { get; } = new(
        "agenda-2030",
        "Les orientations qui contribuent à l'atteinte des objectifs de développement durable de l'Agenda 2030",
        new Dictionary<AuthorityKind, LegalBasis>
        {
            [AuthorityKind.Commune] = LegalTexts.Agenda2030ClauseL2311_1_1,
            [AuthorityKind.Intercommunality] = LegalTexts.Agenda2030ClauseL2311_1_1,
            [AuthorityKind.Department] = LegalTexts.Agenda2030ClauseL3311_2,
            [AuthorityKind.LyonMetropolis] = LegalTexts.Agenda2030ClauseL3661_2,
            [AuthorityKind.Martinique] = LegalTexts.Agenda2030ClauseL72_100_2,
        },
        null, null);

    /// <summary>
    /// The annual review of the « stratégie numérique responsable »: CGCT, art. L2311-1-1 as amended by loi n° 2021-1485
    /// (REEN), art. 35, in force from 1 January 2025. It is keyed on the report's presentation date (reports presented
    /// from 1 January 2025); when the date is unknown, on the budget year (budgets of 2025 and later). D2311-15-1 only
    /// sets the strategy's content.
    /// </summary>
    public static ReportRequirement DigitalStrategyReview { get; } = new(
        "bilan-strategie-numerique-responsable",
        "Le bilan annuel de la stratégie numérique responsable",
        new Dictionary<AuthorityKind, LegalBasis>
        {
            [AuthorityKind.Commune] = LegalTexts.DigitalStrategyClause,
            [AuthorityKind.Intercommunality] = LegalTexts.DigitalStrategyClause,
        },
        Threshold, 2025)
    {
        PresentedFrom = new LocalDate(2025, 1, 1),
    };

    /// <summary>Every content requirement the library knows.</summary>
    public static IReadOnlyList<ReportRequirement> Requirements { get; } = ValueList.Of(PolicyReview, InternalReview, ModalitiesAnalysis, ForwardLook, Agenda2030, DigitalStrategyReview);

    /// <summary>Answers whether an authority must present a report before the budget of <paramref name="budgetYear"/>, and why.</summary>
    /// <param name="kind">The kind of authority.</param>
    /// <param name="population">Its population (the « population totale » of the last census, as the CGCT counts it).</param>
    /// <param name="budgetYear">The year of the budget the report precedes (the report on 2024 precedes the budget of 2025).</param>
    /// <returns>The assessment, with its legal bases and the content the report must then hold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="population"/> is negative.</exception>
    public static ObligationAssessment Assess(AuthorityKind kind, int population, int budgetYear) => Assess(kind, population, budgetYear, null);

    /// <summary>
    /// Answers whether an authority of a kind whose obligation does not depend on its population (départements, régions,
    /// collectivité de Corse, métropole de Lyon, Martinique, Guyane, other bodies) must present a report before the budget
    /// of <paramref name="budgetYear"/>, and why.
    /// </summary>
    /// <param name="kind">The kind of authority; not a commune nor an EPCI, whose obligation depends on the population.</param>
    /// <param name="budgetYear">The year of the budget the report precedes.</param>
    /// <param name="presentationDate">The date the report is presented to the assembly, when known.</param>
    /// <returns>The assessment, as <see cref="Assess(AuthorityKind, int, int, LocalDate?)"/> gives it.</returns>
    /// <exception cref="ArgumentException">The population matters for <paramref name="kind"/> (see <see cref="NeedsPopulation"/>).</exception>
    public static ObligationAssessment Assess(AuthorityKind kind, int budgetYear, LocalDate? presentationDate = null)
    {
        if (NeedsPopulation(kind))
        {
            throw new ArgumentException($"The obligation of a {kind} depends on its population: call Assess(kind, population, budgetYear).", nameof(kind));
        }

        return Assess(kind, 0, budgetYear, presentationDate);
    }

    /// <summary>Whether the assessment for <paramref name="kind"/> depends on the population (a threshold of the obligation, of a requirement or of a report presented in the same season).</summary>
    /// <param name="kind">The kind of authority.</param>
    /// <returns>True for communes and EPCI à fiscalité propre.</returns>
    public static bool NeedsPopulation(AuthorityKind kind) =>
        kind is AuthorityKind.Commune or AuthorityKind.Intercommunality
        || All.Any(o => o.Kind == kind && o.PopulationAbove is not null)
        || Requirements.Any(r => r.PopulationAbove is not null && r.BasisFor(kind) is not null);

    /// <summary>
    /// Answers whether an authority must present a report before the budget of <paramref name="budgetYear"/>, and why;
    /// the presentation date, when known, decides the requirements keyed on it (the responsible digital strategy).
    /// </summary>
    /// <param name="kind">The kind of authority.</param>
    /// <param name="population">Its population (the « population totale » of the last census, as the CGCT counts it).</param>
    /// <param name="budgetYear">The year of the budget the report precedes (the report on 2024 precedes the budget of 2025).</param>
    /// <param name="presentationDate">The date the report is presented to the assembly, when known.</param>
    /// <returns>The assessment, with its legal bases and the content the report must then hold; its explanation says whether the presentation date or the budget year was used.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="population"/> is negative.</exception>
    public static ObligationAssessment Assess(AuthorityKind kind, int population, int budgetYear, LocalDate? presentationDate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        var context = SiblingObligations(kind, population);
        var obligation = All.FirstOrDefault(o => o.Kind == kind);
        if (obligation is null)
        {
            return Answer(false, null,
                $"Un organisme de type « {kind.FrenchLabel()} » n'est pas soumis à l'obligation de rapport sur la situation en matière de développement durable (seuls les communes et EPCI à fiscalité propre de plus de 50 000 habitants, les départements, les régions, la collectivité de Corse, la métropole de Lyon et les collectivités territoriales de Martinique et de Guyane le sont).",
                context, ValueList<ReportRequirement>.Empty);
        }

        if (budgetYear < obligation.FirstBudgetYear)
        {
            return Answer(false, obligation,
                $"L'obligation ne s'applique qu'à compter de la préparation du budget {obligation.FirstBudgetYear} ({obligation.Legislative.Reference}).",
                context, ValueList<ReportRequirement>.Empty);
        }

        if (obligation.PopulationAbove is { } threshold && population <= threshold)
        {
            return Answer(false, obligation,
                $"{Capitalize(kind.FrenchLabelWithArticle())} de {population.ToString("N0", French.Culture)} habitants n'atteint pas le seuil de plus de {threshold.ToString("N0", French.Culture)} habitants fixé par la loi ({obligation.Legislative.Reference}) : le rapport n'est pas obligatoire, mais il reste possible.",
                context, ValueList<ReportRequirement>.Empty);
        }

        var requirements = Requirements.Where(r => r.AppliesTo(kind, population, budgetYear, presentationDate));
        var who = obligation.PopulationAbove is { } above
            ? $"{kind.FrenchLabel()} de plus de {above.ToString("N0", French.Culture)} habitants"
            : kind.FrenchLabel();
        var asWho = "aeiouéèêh".Contains(char.ToLowerInvariant(who[0]), StringComparison.Ordinal) ? "En tant qu'" + who : "En tant que " + who;
        return Answer(true, obligation,
            $"{asWho}, la collectivité présente, préalablement aux débats sur le projet de budget {budgetYear}, un rapport sur la situation en matière de développement durable ({string.Join(" ; ", obligation.LegalBases.Select(b => b.Reference))}).",
            DigitalStrategyCriterion(kind, population, budgetYear, presentationDate) + context, ValueList.From(requirements));
    }

    /// <summary>Which of the presentation date or the budget year decided the digital strategy requirement, for the authorities it may concern.</summary>
    private static string DigitalStrategyCriterion(AuthorityKind kind, int population, int budgetYear, LocalDate? presentationDate)
    {
        var requirement = DigitalStrategyReview;
        if (requirement.BasisFor(kind) is not { } basis || requirement.PopulationAbove is { } above && population <= above
            || requirement.PresentedFrom is not { } from || requirement.FirstBudgetYear is not { } first)
        {
            return string.Empty;
        }

        var fromText = French.Date(from);
        if (presentationDate is { } presented)
        {
            return presented >= from
                ? $" Présenté le {French.Date(presented)}, soit à partir du {fromText}, le rapport comprend le bilan annuel de la stratégie numérique responsable ({basis.Reference})."
                : $" Présenté le {French.Date(presented)}, soit avant le {fromText}, le rapport n'a pas encore à comprendre le bilan annuel de la stratégie numérique responsable, exigé dans les rapports présentés à partir de cette date ({basis.Reference}).";
        }

        var fallback = $" La date de présentation n'étant pas indiquée, l'année du budget en tient lieu : le rapport précède le budget {budgetYear}";
        return budgetYear >= first
            ? $"{fallback} ; il comprend donc le bilan annuel de la stratégie numérique responsable, exigé dans les rapports présentés à partir du {fromText} ({basis.Reference})."
            : $"{fallback}, antérieur à celui de {first} ; le bilan annuel de la stratégie numérique responsable, exigé dans les rapports présentés à partir du {fromText}, n'y est pas encore requis ({basis.Reference}).";
    }

    /// <summary>The reports presented in the same season, mentioned for context only (not modelled).</summary>
    private static string SiblingObligations(AuthorityKind kind, int population)
    {
        var equality = kind switch
        {
            AuthorityKind.Commune or AuthorityKind.Intercommunality when population > 20_000 =>
                $" Au-delà de 20 000 habitants, un rapport sur la situation en matière d'égalité entre les femmes et les hommes est aussi présenté avant le débat budgétaire ({LegalTexts.CgctL2311_1_2.Reference}).",
            AuthorityKind.Department =>
                $" Un rapport sur la situation en matière d'égalité entre les femmes et les hommes est aussi présenté avant le débat budgétaire ({LegalTexts.CgctL3311_3.Reference}).",
            _ => string.Empty,
        };
        var spaser = kind == AuthorityKind.Other
            ? string.Empty
            : $" Si ses achats dépassent 50 millions d'euros hors taxes par an, la collectivité adopte en outre un schéma de promotion des achats publics socialement et écologiquement responsables (SPASER, {LegalTexts.PublicProcurementCodeL2111_3.Reference}).";
        return equality + spaser;
    }

    private static ObligationAssessment Answer(bool obliged, Obligation? obligation, string verdict, string details, IReadOnlyList<ReportRequirement> requirements) =>
        new(obliged, obligation, verdict + details, requirements) { Verdict = verdict };

    private static Dictionary<AuthorityKind, LegalBasis> ByKind(Func<Obligation, LegalBasis?> basis)
    {
        var bases = new Dictionary<AuthorityKind, LegalBasis>();
        foreach (var obligation in All)
        {
            if (basis(obligation) is { } found)
            {
                bases[obligation.Kind] = found;
            }
        }

        return bases;
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>The answer to « is this authority obliged, and on which legal basis? ».</summary>
/// <param name="IsObliged">Whether the report is mandatory.</param>
/// <param name="Obligation">The obligation considered for that kind of authority, or null when no obligation covers that kind.</param>
/// <param name="Explanation">Why, in French, citing the articles; it also mentions, for context, the reports presented in the same season (equality between women and men, SPASER).</param>
/// <param name="Requirements">What the report must contain when it is mandatory; empty otherwise.</param>
public sealed record ObligationAssessment(bool IsObliged, Obligation? Obligation, string Explanation, IReadOnlyList<ReportRequirement> Requirements)
{
    /// <summary>
    /// The answer alone, in one French sentence citing the obligation's articles: the start of <see cref="Explanation"/>,
    /// without how requirements were dated nor the reports presented in the same season. Shown to the report's readers.
    /// </summary>
    public string Verdict { get => field ?? Explanation; init; }

    /// <summary>The legal bases of the answer: the obligation's articles, whether or not it is met.</summary>
    public IReadOnlyList<LegalBasis> LegalBases => Obligation?.LegalBases ?? ValueList<LegalBasis>.Empty;

    /// <summary>The provision that sets <paramref name="requirement"/> for this authority's kind.</summary>
    /// <param name="requirement">A requirement.</param>
    /// <returns>Its basis for this kind, or null when it does not apply to this kind or no obligation covers the kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requirement"/> is null.</exception>
    public LegalBasis? BasisOf(ReportRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        return Obligation is null ? null : requirement.BasisFor(Obligation.Kind);
    }
}
