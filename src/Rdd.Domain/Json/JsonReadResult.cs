using Rdd.Domain.Reports;
using Rdd.Domain.Validation;

namespace Rdd.Domain.Json;

/// <summary>The outcome of reading a report from JSON: the report when it could be read, and the diagnostics.</summary>
public sealed class JsonReadResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="report">The report, or null when it could not be read.</param>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <param name="sources">Where the report's elements stand in the JSON; empty when not given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    public JsonReadResult(Report? report, IEnumerable<Diagnostic> diagnostics, SourceMap? sources = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        Report = report;
        Diagnostics = ValueList.From(diagnostics);
        Sources = sources ?? SourceMap.Empty;
    }

    /// <summary>The report, or null when the JSON could not be read.</summary>
    public Report? Report { get; }

    /// <summary>
    /// Where each element of the report stands in the JSON (its JSON path): give it to
    /// <see cref="ReportValidator.Validate"/> so that each diagnostic's location names the element.
    /// </summary>
    public SourceMap Sources { get; }

    /// <summary>Why the JSON could not be read, or, in tolerant mode, what was left out; empty on a clean read.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the report was read without error.</summary>
    public bool Success => Report is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);
}
