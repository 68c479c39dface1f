using NodaTime;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;

namespace Rdd.Domain.Tests.Json;

/// <summary>Hand-written reports that exercise every member of the model.</summary>
internal static class SampleReports
{
    public static Report Minimal { get; } = new()
    {
        Authority = new Authority { Name = "Commune d'Exemple", Kind = AuthorityKind.Commune, Population = 60_000 },
        Year = 2024,
        BudgetYear = 2025,
    };

    public static Report Full { get; } = new()
    {
        Authority = new Authority
        {
            Name = "Carcassonne Agglo",
            Kind = AuthorityKind.Intercommunality,
            LegalForm = "communauté d'agglomération",
            Population = 115_000,
            Siren = "200035715",
        },
        Year = 2024,
        BudgetYear = 2025,
        Title = "Rapport « développement durable » 2024",
        Period = new ActionPeriod(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)),
        PresentationDate = new LocalDate(2025, 1, 31),
        BudgetDebateDate = new LocalDate(2025, 2, 14),
        Introduction = "Ce qu'il faut retenir : l'année 2024 a vu…",
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
                        Group = "Une Agglo responsable",
                        DefaultFinalities = ["climat"],
                        DefaultTerms = [new TermReference("odd", "11")],
                        Actions =
                        [
                            new ReportAction
                            {
                                Id = "stationnement-cyclable",
                                Title = "Stationnement cyclable",
                                Body = "Installation de **120** arceaux.",
                                Finalities = ["cohesion"],
                                Progress = Progress.Reinforced,
                                Terms = [new TermReference("pacte-vert", "axe-4")],
                                Figures = ["arceaux"],
                                Partners = ["Région Occitanie"],
                                Places = ["Carcassonne", "Trèbes"],
                                Period = ActionPeriod.OfYear(2024),
                                ContinuesFrom = "stationnement-velo",
                            },
                        ],
                    },
                ],
            },
            new Part
            {
                Kind = PartKind.Modalities,
                Title = "Les modalités",
                Sections = [new Section { Id = "pilotage", Title = "Pilotage", DefaultGovernanceElements = ["pilotage"] }],
            },
        ],
        KeyFigures =
        [
            new KeyFigure { Id = "arceaux", Theme = "Mobilité", Value = 120m, Label = "arceaux installés" },
            new KeyFigure { Id = "covoiturage", Value = 12_000.50m, Unit = "km", Label = "trajets", Approximation = Approximation.AtLeast, Change = Change.Increase },
        ],
        Budget = new Budget
        {
            Year = 2025,
            Title = "Le budget 2025 par politique publique",
            Lines =
            [
                new BudgetLine { Id = "eco", Policy = "Développement économique", Operating = BudgetAmount.Given(7_737_580.25m), Investment = BudgetAmount.NotGiven("non communiqué") },
                new BudgetLine { Id = "eau", Policy = "Eau", Operating = BudgetAmount.NotGiven(), StatedTotal = 12m },
                new BudgetLine { Id = "vide", Policy = "Sans montant" },
            ],
            StatedOperatingTotal = 7_737_580.25m,
        },
        Indicators =
        [
            new Indicator
            {
                Id = "ges",
                Label = "Émissions de gaz à effet de serre",
                Unit = "t CO2e",
                Value = 1.50m,
                Year = 2024,
                Target = -0.5m,
                TargetYear = 2030,
                Series = [new IndicatorPoint(2022, 2m), new IndicatorPoint(2023, 1.75m)],
                Source = "Observatoire régional",
                Finalities = ["climat"],
            },
        ],
        Glossary = [new GlossaryEntry { Term = "QPV", Expansion = "Quartier prioritaire de la politique de la ville", Definition = "Voir \"politique de la ville\"." }],
        Taxonomies =
        [
            new Taxonomy
            {
                Id = "pacte-vert",
                Name = "Pacte vert",
                Description = "Les axes du Pacte vert.",
                Terms =
                [
                    new Term { Code = "axe-1", Label = "Sobriété" },
                    new Term { Code = "axe-4", Label = "Mobilités", ShortLabel = "Mob.", Description = "Les mobilités douces.", Parent = "axe-1" },
                ],
            },
        ],
        DigitalStrategyReview = "Bilan de la stratégie numérique responsable.",
    };

    public static IEnumerable<Report> All => [Minimal, Full];
}
