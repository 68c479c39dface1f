namespace Rdd.Domain.Law;

/// <summary>
/// The obligation to present a sustainable-development report, and what the report must contain, as data; and
/// the answer to « is this authority obliged, for the budget of year N, and on which legal basis? ».
/// </summary>
/// <remarks>
/// The report is presented by the executive « préalablement aux débats sur le projet de budget » (L2311-1-1 and
/// its siblings); it gives rise to no vote but to a specific deliberation (circulaire du 3 août 2011).
/// </remarks>
public static partial class Obligations
{
    private const int Threshold = 50_000;

    /// <summary>The obligations by kind of authority.</summary>
    /// <remarks>
    /// The métropole de Lyon exists since 1 January 2015; its first budget is that of 2015. The library knows no
    /// regulatory article specific to it, so its <see cref="Obligation.Regulatory"/> is null.
    /// </remarks>
    public static IReadOnlyList<Obligation> All { get; } = ValueList.Of(
        new Obligation(AuthorityKind.Commune, Threshold, LegalTexts.CgctL2311_1_1, LegalTexts.CgctD2311_15, LegalTexts.FirstBudgetYear),
        new Obligation(AuthorityKind.Intercommunality, Threshold, LegalTexts.CgctL2311_1_1, LegalTexts.CgctD2311_15, LegalTexts.FirstBudgetYear),
        new Obligation(AuthorityKind.Department, null, LegalTexts.CgctL3311_2, LegalTexts.CgctD3311_8, LegalTexts.FirstBudgetYear),
        new Obligation(AuthorityKind.Region, null, LegalTexts.CgctL4310_1, LegalTexts.CgctD4311_6, LegalTexts.FirstBudgetYear),
        new Obligation(AuthorityKind.Corsica, null, LegalTexts.CgctL4425_7, LegalTexts.CgctD4425_12, LegalTexts.FirstBudgetYear),
        new Obligation(AuthorityKind.LyonMetropolis, null, LegalTexts.CgctL3661_2, null, 2015));

    private static readonly AuthorityKind[] EveryObligedKind =
        [AuthorityKind.Commune, AuthorityKind.Intercommunality, AuthorityKind.Department, AuthorityKind.Region, AuthorityKind.Corsica, AuthorityKind.LyonMetropolis];

    /// <summary>The bilan of internal functioning (« gestion du patrimoine, fonctionnement et activités internes »): Part 2 of a report.</summary>
    public static ReportRequirement InternalReview { get; } = new(
        "bilan-fonctionnement-interne",
        "Le bilan des actions conduites au titre de la gestion du patrimoine, du fonctionnement et des activités internes de la collectivité",
        LegalTexts.CgctD2311_15, EveryObligedKind, null, LegalTexts.FirstBudgetYear);

    /// <summary>The bilan of public policies carried out on the territory: Part 1 of a report.</summary>
    public static ReportRequirement PolicyReview { get; } = new(
        "bilan-politiques-publiques",
        "Le bilan des politiques publiques, des orientations et des programmes mis en œuvre sur le territoire",
        LegalTexts.CgctD2311_15, EveryObligedKind, null, LegalTexts.FirstBudgetYear);

    /// <summary>The analysis of how actions, policies and programmes are drawn up, implemented and evaluated: Part 3 of a report.</summary>
    public static ReportRequirement ModalitiesAnalysis { get; } = new(
        "analyse-modalites",
        "L'analyse des modalités d'élaboration, de mise en œuvre et d'évaluation des actions, politiques publiques et programmes",
        LegalTexts.CgctD2311_15, EveryObligedKind, null, LegalTexts.FirstBudgetYear);

    /// <summary>
    /// The orientations that contribute to the 17 ODD of the 2030 Agenda (current wording of L2311-1-1 and L3311-2,
    /// known second-hand). The date of that wording is not established, so the library applies it to every report
    /// of the kinds those articles govern.
    /// </summary>
    public static ReportRequirement Agenda2030 { get; } = new(
        "agenda-2030",
        "Les orientations qui contribuent à l'atteinte des objectifs de développement durable de l'Agenda 2030",
        LegalTexts.Agenda2030Clause, [AuthorityKind.Commune, AuthorityKind.Intercommunality, AuthorityKind.Department], null, null);

    /// <summary>
    /// The annual review of the « stratégie numérique responsable » (D2311-15-1). The strategy must be adopted by
    /// 1 January 2025, so the library requires its review in reports preceding the budget of 2025 and later.
    /// </summary>
    public static ReportRequirement DigitalStrategyReview { get; } = new(
        "bilan-strategie-numerique-responsable",
        "Le bilan annuel de la stratégie numérique responsable",
        LegalTexts.CgctD2311_15_1, [AuthorityKind.Commune, AuthorityKind.Intercommunality], Threshold, 2025);

    /// <summary>Every content requirement the library knows.</summary>
    public static IReadOnlyList<ReportRequirement> Requirements { get; } = ValueList.Of(PolicyReview, InternalReview, ModalitiesAnalysis, Agenda2030, DigitalStrategyReview);

    /// <summary>Answers whether an authority must present a report before the budget of <paramref name="budgetYear"/>, and why.</summary>
    /// <param name="kind">The kind of authority.</param>
    /// <param name="population">Its population (the « population totale » of the last census, as the CGCT counts it).</param>
    /// <param name="budgetYear">The year of the budget the report precedes (the report on 2024 precedes the budget of 2025).</param>
    /// <returns>The assessment, with its legal bases and the content the report must then hold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="population"/> is negative.</exception>
    public static ObligationAssessment Assess(AuthorityKind kind, int population, int budgetYear)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        var obligation = All.FirstOrDefault(o => o.Kind == kind);
        if (obligation is null)
        {
            return new ObligationAssessment(false, null,
                $"Un organisme de type « {kind.FrenchLabel()} » n'est pas soumis à l'obligation de rapport sur la situation en matière de développement durable (seuls les communes et EPCI à fiscalité propre de plus de 50 000 habitants, les départements, les régions, la collectivité de Corse et la métropole de Lyon le sont).",
                ValueList<ReportRequirement>.Empty);
        }

        if (budgetYear < obligation.FirstBudgetYear)
        {
            return new ObligationAssessment(false, obligation,
                $"L'obligation ne s'applique qu'à compter de la préparation du budget {obligation.FirstBudgetYear} ({obligation.Legislative.Reference}).",
                ValueList<ReportRequirement>.Empty);
        }

        if (obligation.PopulationAbove is { } threshold && population <= threshold)
        {
            return new ObligationAssessment(false, obligation,
                $"{Capitalize(kind.FrenchLabelWithArticle())} de {population.ToString("N0", French.Culture)} habitants n'atteint pas le seuil de plus de {threshold.ToString("N0", French.Culture)} habitants fixé par l'article {obligation.Legislative.Reference} : le rapport n'est pas obligatoire, mais il reste possible.",
                ValueList<ReportRequirement>.Empty);
        }

        var requirements = Requirements.Where(r => r.AppliesTo(kind, population, budgetYear));
        var who = obligation.PopulationAbove is { } above
            ? $"{kind.FrenchLabel()} de plus de {above.ToString("N0", French.Culture)} habitants"
            : kind.FrenchLabel();
        var asWho = "aeiouéèêh".Contains(char.ToLowerInvariant(who[0]), StringComparison.Ordinal) ? "En tant qu'" + who : "En tant que " + who;
        return new ObligationAssessment(true, obligation,
            $"{asWho}, la collectivité présente, préalablement aux débats sur le projet de budget {budgetYear}, un rapport sur la situation en matière de développement durable ({string.Join(" ; ", obligation.LegalBases.Select(b => b.Reference))}).",
            ValueList.From(requirements));
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>The answer to « is this authority obliged, and on which legal basis? ».</summary>
/// <param name="IsObliged">Whether the report is mandatory.</param>
/// <param name="Obligation">The obligation considered for that kind of authority, or null when no obligation covers that kind.</param>
/// <param name="Explanation">Why, in French, citing the articles.</param>
/// <param name="Requirements">What the report must contain when it is mandatory; empty otherwise.</param>
public sealed record ObligationAssessment(bool IsObliged, Obligation? Obligation, string Explanation, IReadOnlyList<ReportRequirement> Requirements)
{
    /// <summary>The legal bases of the answer: the obligation's articles, whether or not it is met.</summary>
    public IReadOnlyList<LegalBasis> LegalBases => Obligation?.LegalBases ?? ValueList<LegalBasis>.Empty;
}
