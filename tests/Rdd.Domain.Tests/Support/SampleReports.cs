using NodaTime;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;

namespace Rdd.Domain.Tests.Support;

/// <summary>
/// A small fictional report that every built-in rule accepts, and helpers to change one element of it, so that each
/// test states only what it breaks.
/// </summary>
internal static class SampleReports
{
    /// <summary>
    /// A valid report: an EPCI of 115 000 inhabitants, report on 2024 before the budget of 2025, three parts whose actions
    /// cover the five finalités and the five governance elements, with key figures, a budget, an indicator, a glossary,
    /// a strategy taxonomy, an ODD reference, an action in preparation (the forward look) and the review of the responsible
    /// digital strategy.
    /// </summary>
    public static Report Minimal { get; } = new()
    {
        Authority = new Authority { Name = "Agglo Exemple", Kind = AuthorityKind.Intercommunality, Population = 115_000 },
        Year = 2024,
        BudgetYear = 2025,
        Title = "Rapport développement durable 2024",
        Period = ActionPeriod.OfYear(2024),
        PresentationDate = new LocalDate(2025, 2, 10),
        BudgetDebateDate = new LocalDate(2025, 3, 1),
        DigitalStrategyReview = "La stratégie numérique responsable adoptée en 2024 a permis de prolonger la durée de vie des postes de travail.",
        Parts =
        [
            new Part
            {
                Kind = PartKind.PublicPolicies,
                Title = "Les politiques publiques",
                Sections =
                [
                    new Section
                    {
                        Id = "mobilites",
                        Title = "Mobilités et déplacements",
                        DefaultFinalities = ["climat"],
                        Actions =
                        [
                            new ReportAction
                            {
                                Id = "stationnement-cyclable",
                                Title = "Développement du stationnement cyclable",
                                Finalities = ["epanouissement"],
                                Terms = [new TermReference("odd", "11")],
                                Figures = ["covoiturage-trajets"],
                            },
                        ],
                    },
                    new Section
                    {
                        Id = "eau-et-assainissement",
                        Title = "Eau et assainissement",
                        Actions =
                        [
                            new ReportAction
                            {
                                Id = "compteurs-eau",
                                Title = "Pose de compteurs d'eau communicants",
                                Finalities = ["biodiversite", "cohesion"],
                                Progress = Progress.Planned,
                                Terms = [new TermReference("projet-de-territoire", "ambition-1")],
                            },
                        ],
                    },
                ],
            },
            new Part
            {
                Kind = PartKind.InternalFunctioning,
                Title = "Le fonctionnement interne",
                Sections =
                [
                    new Section
                    {
                        Id = "achats",
                        Title = "Achats responsables",
                        Actions = [new ReportAction { Id = "achats-responsables", Title = "Clauses environnementales dans les marchés", Finalities = ["production"] }],
                    },
                ],
            },
            new Part
            {
                Kind = PartKind.Modalities,
                Title = "Les modalités d'élaboration, de mise en œuvre et d'évaluation",
                Sections =
                [
                    new Section
                    {
                        Id = "gouvernance",
                        Title = "Gouvernance",
                        DefaultGovernanceElements = ["participation"],
                        Actions =
                        [
                            new ReportAction { Id = "conseil-de-developpement", Title = "Conseil de développement", GovernanceElements = ["pilotage", "transversalite"] },
                            new ReportAction { Id = "evaluation-continue", Title = "Évaluation en continu du projet de territoire", GovernanceElements = ["evaluation", "amelioration"] },
                        ],
                    },
                ],
            },
        ],
        KeyFigures =
        [
            new KeyFigure { Id = "covoiturage-trajets", Theme = "Mobilité", Value = 12_000, Label = "trajets de covoiturage recensés" },
            new KeyFigure { Id = "part-bio", Theme = "Restauration", Value = 50, Unit = "%", Label = "de produits bio dans les cantines" },
        ],
        Budget = new Budget
        {
            Year = 2024,
            Title = "Le budget 2024 par politique publique",
            Lines =
            [
                new BudgetLine
                {
                    Id = "developpement-economique",
                    Policy = "Développement économique et emploi",
                    Operating = BudgetAmount.Given(7_737_580),
                    Investment = BudgetAmount.Given(4_747_206),
                    StatedTotal = 12_484_786,
                },
                new BudgetLine
                {
                    Id = "grandes-infrastructures",
                    Policy = "Grandes infrastructures",
                    Operating = BudgetAmount.Given(1_000),
                    Investment = BudgetAmount.Given(904_074),
                },
            ],
            StatedOperatingTotal = 7_738_580,
            StatedInvestmentTotal = 5_651_280,
        },
        Indicators =
        [
            new Indicator
            {
                Id = "part-bus-biocarburant",
                Label = "Part de la flotte de bus roulant au biocarburant",
                Unit = "%",
                Year = 2024,
                Value = 50,
                Target = 100,
                TargetYear = 2030,
                Series = [new IndicatorPoint(2022, 0), new IndicatorPoint(2023, 10)],
            },
        ],
        Glossary =
        [
            new GlossaryEntry { Term = "QPV", Expansion = "Quartier prioritaire de la politique de la ville" },
            new GlossaryEntry { Term = "PCAET", Expansion = "Plan climat-air-énergie territorial" },
        ],
        Taxonomies =
        [
            new Taxonomy
            {
                Id = "projet-de-territoire",
                Name = "Projet de territoire",
                Terms =
                [
                    new Term { Code = "defi-transitions", Label = "Relever le défi des transitions" },
                    new Term { Code = "ambition-1", Label = "Un territoire sobre et durable", Parent = "defi-transitions" },
                ],
            },
        ],
    };

    /// <summary>The sample with one part changed.</summary>
    public static Report WithPart(this Report report, PartKind kind, Func<Part, Part> change) =>
        report with { Parts = report.Parts.Select(p => p.Kind == kind ? change(p) : p).ToList() };

    /// <summary>The sample with one section changed.</summary>
    public static Report WithSection(this Report report, string sectionId, Func<Section, Section> change) =>
        report with { Parts = report.Parts.Select(p => p with { Sections = p.Sections.Select(s => s.Id == sectionId ? change(s) : s).ToList() }).ToList() };

    /// <summary>The sample with one action changed.</summary>
    public static Report WithAction(this Report report, string actionId, Func<ReportAction, ReportAction> change) =>
        report with
        {
            Parts = report.Parts.Select(p => p with
            {
                Sections = p.Sections.Select(s => s with { Actions = s.Actions.Select(a => a.Id == actionId ? change(a) : a).ToList() }).ToList(),
            }).ToList(),
        };

    /// <summary>The sample with one budget line changed.</summary>
    public static Report WithBudgetLine(this Report report, string lineId, Func<BudgetLine, BudgetLine> change) =>
        report with { Budget = report.Budget! with { Lines = report.Budget.Lines.Select(l => l.Id == lineId ? change(l) : l).ToList() } };
}
