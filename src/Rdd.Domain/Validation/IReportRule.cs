namespace Rdd.Domain.Validation;

/// <summary>
/// A consistency rule: it reads a report and yields diagnostics. Built-in rules and third-party rules implement
/// this interface and are registered the same way (<see cref="ReportValidatorBuilder.AddRule"/>).
/// </summary>
/// <remarks>
/// A rule must not throw on report data; should it throw anyway, the validator reports <c>RDD9999</c> and goes on
/// with the other rules. The validator runs its rules at the same time, on several threads: a rule only reads the
/// context it is given, and keeps no state of its own that another call could change.
/// </remarks>
public interface IReportRule
{
    /// <summary>The codes the rule may report.</summary>
    IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>Checks a report.</summary>
    /// <param name="context">The report, its taxonomies, its obligation and its source map.</param>
    /// <returns>The findings.</returns>
    IEnumerable<Diagnostic> Check(ValidationContext context);
}
