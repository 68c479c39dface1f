using System.Runtime.CompilerServices;
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
/// <para>
/// A report is an entity: two reports are equal only when they are the same instance (see <see cref="ValueList{T}"/>
/// for why); <see cref="ReportComparer.Structural"/> compares two reports by their content.
/// </para>
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
    public ActionPeriod? Period { get; init; }

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

    /// <summary>Whether <paramref name="other"/> is this very report (identity; <see cref="ReportComparer.Structural"/> compares content).</summary>
    /// <param name="other">The other report.</param>
    /// <returns>True when both are the same instance.</returns>
    public bool Equals(Report? other) => ReferenceEquals(this, other);

    /// <summary>A hash of the instance, not of the content, in constant time.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);

    /// <summary>The part of the given kind, or null when the report lacks it.</summary>
    /// <param name="kind">The part wanted.</param>
    /// <returns>The first part of that kind.</returns>
    public Part? PartOf(PartKind kind) => Parts.FirstOrDefault(p => p.Kind == kind);

    /// <summary>
    /// A copy of the report with <paramref name="action"/> added at the end of the section <paramref name="sectionId"/>,
    /// in whichever part that section is; this report is left as it is.
    /// </summary>
    /// <param name="sectionId">The id of an existing section (compared exactly).</param>
    /// <param name="action">The action to add.</param>
    /// <returns>The new report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No section of the report has the id <paramref name="sectionId"/>.</exception>
    public Report AddAction(string sectionId, ReportAction action)
    {
        ArgumentNullException.ThrowIfNull(sectionId);
        ArgumentNullException.ThrowIfNull(action);
        for (var p = 0; p < Parts.Count; p++)
        {
            var part = Parts[p];
            for (var s = 0; s < part.Sections.Count; s++)
            {
                var section = part.Sections[s];
                if (!string.Equals(section.Id, sectionId, StringComparison.Ordinal))
                {
                    continue;
                }

                var sections = part.Sections.ToArray();
                sections[s] = section with { Actions = [.. section.Actions, action] };
                var parts = Parts.ToArray();
                parts[p] = part with { Sections = sections };
                return this with { Parts = parts };
            }
        }

        var known = string.Join(", ", Parts.SelectMany(part => part.Sections).Select(section => section.Id));
        throw new ArgumentException($"The report has no section with the id '{sectionId}' (its sections: {(known.Length == 0 ? "none" : known)}).", nameof(sectionId));
    }

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
