using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;

namespace Rdd.Domain.Validation;

/// <summary>What a rule reads: the report, the taxonomies it may refer to, its obligation, and where its elements were written.</summary>
public sealed class ValidationContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="report">The report.</param>
    /// <param name="taxonomies">The taxonomies the report may refer to.</param>
    /// <param name="sources">Where the elements were written.</param>
    public ValidationContext(Report report, TaxonomySet taxonomies, SourceMap sources)
    {
        Report = report ?? throw new ArgumentNullException(nameof(report));
        Taxonomies = taxonomies ?? throw new ArgumentNullException(nameof(taxonomies));
        Sources = sources ?? throw new ArgumentNullException(nameof(sources));
        // The authority is required, but a report read from a faulty file may still lack it: it is then assessed as no known kind.
        var authority = (Authority?)report.Authority;
        Obligation = Obligations.Assess(authority?.Kind ?? AuthorityKind.Other, Math.Max(0, authority?.Population ?? 0), report.BudgetYear, report.PresentationDate);
    }

    /// <summary>The report.</summary>
    public Report Report { get; }

    /// <summary>The taxonomies the report may refer to.</summary>
    public TaxonomySet Taxonomies { get; }

    /// <summary>Where the report's elements were written.</summary>
    public SourceMap Sources { get; }

    /// <summary>Whether, and on which basis, the authority must present the report.</summary>
    public ObligationAssessment Obligation { get; }

    /// <summary>Creates a diagnostic located where <paramref name="element"/> was written.</summary>
    /// <param name="descriptor">The code.</param>
    /// <param name="message">The French message.</param>
    /// <param name="element">The element concerned.</param>
    /// <returns>The diagnostic.</returns>
    public Diagnostic Diagnose(DiagnosticDescriptor descriptor, string message, ElementRef? element = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return descriptor.Create(message, element, Sources.Find(element));
    }
}
