using NodaTime;
using Rdd.Domain.Taxonomies;

namespace Rdd.Domain.Reports;

/// <summary>
/// A sustainable-development report (« rapport sur la situation en matière de développement durable ») of one
/// authority for one year.
/// </summary>
/// <remarks>
/// The report on year N is presented by the executive « préalablement aux débats sur le projet de budget »
/// (CGCT, art. L2311-1-1 and siblings), usually that of year N + 1.
/// </remarks>
public sealed record Report
{
    /// <summary>The authority presenting the report.</summary>
    public required Authority Authority { get; init; }

    /// <summary>The year reported on.</summary>
    public required int Year { get; init; }

    /// <summary>The year of the budget whose debate the report precedes; usually <see cref="Year"/> + 1.</summary>
    public required int BudgetYear { get; init; }

    /// <summary>The title (« Rapport développement durable 2024 »).</summary>
    public string Title { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The period reported on, when it is not simply the calendar year.</summary>
    public Period? Period { get; init; }

    /// <summary>The date of presentation to the assembly, when known.</summary>
    public LocalDate? PresentationDate { get; init; }

    /// <summary>The date of the budget debate (« débat d'orientation budgétaire » or budget session), when known.</summary>
    public LocalDate? BudgetDebateDate { get; init; }

    /// <summary>The introduction (« Ce qu'il faut retenir »), in Markdown.</summary>
    public string Introduction { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The reading guide (« Comment lire ce rapport ? »), in Markdown.</summary>
    public string ReadingGuide { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The parts, in order.</summary>
    public IReadOnlyList<Part> Parts { get; init => field = ValueList.From(value); } = ValueList<Part>.Empty;

    /// <summary>The key figures.</summary>
    public IReadOnlyList<KeyFigure> KeyFigures { get; init => field = ValueList.From(value); } = ValueList<KeyFigure>.Empty;

    /// <summary>The budget by public policy, when the report gives one.</summary>
    public Budget? Budget { get; init; }

    /// <summary>
    /// The statement « Impact du budget pour la transition écologique » annexed to the accounts, when the report cites
    /// it (loi n° 2023-1322, art. 191; <see cref="Law.Obligations.AssessGreenBudget"/>).
    /// </summary>
    public GreenBudget? GreenBudget { get; init; }

    /// <summary>The indicators.</summary>
    public IReadOnlyList<Indicator> Indicators { get; init => field = ValueList.From(value); } = ValueList<Indicator>.Empty;

    /// <summary>The glossary of acronyms.</summary>
    public IReadOnlyList<GlossaryEntry> Glossary { get; init => field = ValueList.From(value); } = ValueList<GlossaryEntry>.Empty;

    /// <summary>The territory's own strategy as taxonomies (projet de territoire, Pacte vert, PCAET axes…).</summary>
    public IReadOnlyList<Taxonomy> Taxonomies { get; init => field = ValueList.From(value); } = ValueList<Taxonomy>.Empty;

    /// <summary>The annual review of the « stratégie numérique responsable » (CGCT, art. L2311-1-1 as amended by loi n° 2021-1485, art. 35; D2311-15-1 sets the strategy's content), in Markdown, when the report holds one.</summary>
    public string? DigitalStrategyReview { get; init; }

    /// <summary>The part of the given kind, or null when the report lacks it.</summary>
    /// <param name="kind">The part wanted.</param>
    /// <returns>The first part of that kind.</returns>
    public Part? PartOf(PartKind kind) => Parts.FirstOrDefault(p => p.Kind == kind);

    /// <summary>Every action of the report with its part and section, in the report's order.</summary>
    /// <returns>The placed actions.</returns>
    public IEnumerable<PlacedAction> AllActions()
    {
        foreach (var part in Parts)
        {
            foreach (var section in part.Sections)
            {
                foreach (var action in section.Actions)
                {
                    yield return new PlacedAction(part, section, action);
                }
            }
        }
    }
}

/// <summary>An action together with the part and section that hold it.</summary>
/// <param name="Part">The part.</param>
/// <param name="Section">The section.</param>
/// <param name="Action">The action.</param>
public sealed record PlacedAction(Part Part, Section Section, Action Action)
{
    /// <summary>
    /// What the action inherits, worked out once: every page that lists the action asks for it, several times. Kept
    /// with the section and action it was worked out for, so that a copy made by <c>with</c> works it out again.
    /// </summary>
    private Inheritance? _inherited;

    /// <summary>The action's finalités, inheriting its section's.</summary>
    public IReadOnlyList<string> Finalities => Inherited().Finalities;

    /// <summary>The action's governance elements, inheriting its section's.</summary>
    public IReadOnlyList<string> GovernanceElements => Inherited().GovernanceElements;

    /// <summary>The action's taxonomy terms, inheriting its section's.</summary>
    public IReadOnlyList<TermReference> Terms => Inherited().Terms;

    /// <summary>Whether both place the same action in the same part and section (what is worked out from them is not compared).</summary>
    /// <param name="other">The other placed action.</param>
    /// <returns>True when the part, the section and the action are equal.</returns>
    public bool Equals(PlacedAction? other) =>
        other is not null && EqualityComparer<Part>.Default.Equals(Part, other.Part) && EqualityComparer<Section>.Default.Equals(Section, other.Section) && EqualityComparer<Action>.Default.Equals(Action, other.Action);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Part, Section, Action);

    private Inheritance Inherited()
    {
        var inherited = Volatile.Read(ref _inherited);
        if (inherited is null || !ReferenceEquals(inherited.Section, Section) || !ReferenceEquals(inherited.Action, Action))
        {
            inherited = new Inheritance(Section, Action);
            Volatile.Write(ref _inherited, inherited);
        }

        return inherited;
    }

    private sealed class Inheritance(Section section, Action action)
    {
        public Section Section { get; } = section;

        public Action Action { get; } = action;

        public IReadOnlyList<string> Finalities { get; } = section.FinalitiesOf(action);

        public IReadOnlyList<string> GovernanceElements { get; } = section.GovernanceElementsOf(action);

        public IReadOnlyList<TermReference> Terms { get; } = section.TermsOf(action);
    }
}
