namespace Rdd.Domain.Validation;

/// <summary>The diagnostics of a report, most serious first, then in source order.</summary>
public sealed class ValidationResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    public ValidationResult(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        Diagnostics = ValueList.From(diagnostics
            .OrderByDescending(d => d.Severity)
            .ThenBy(d => d.Location?.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line ?? 0)
            .ThenBy(d => d.Location?.Column ?? 0)
            .ThenBy(d => d.Code, StringComparer.Ordinal));
    }

    /// <summary>The diagnostics.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The number of diagnostics of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The count.</returns>
    public int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);
}
