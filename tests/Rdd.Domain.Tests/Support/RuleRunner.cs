using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;
using Rdd.Domain.Validation;

namespace Rdd.Domain.Tests.Support;

/// <summary>Runs one rule on a report, the way <see cref="ReportValidator"/> does.</summary>
internal static class RuleRunner
{
    /// <summary>The diagnostics of <paramref name="rule"/> on <paramref name="report"/>.</summary>
    public static IReadOnlyList<Diagnostic> Run(IReportRule rule, Report report, SourceMap? sources = null) =>
        rule.Check(new ValidationContext(report, TaxonomySet.For(report), sources ?? SourceMap.Empty)).ToList();

    /// <summary>The diagnostics of <paramref name="rule"/> with the given code.</summary>
    public static IReadOnlyList<Diagnostic> Run(IReportRule rule, Report report, DiagnosticDescriptor descriptor) =>
        Run(rule, report).Where(d => d.Code == descriptor.Code).ToList();
}
