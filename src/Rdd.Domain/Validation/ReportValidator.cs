using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;

namespace Rdd.Domain.Validation;

/// <summary>
/// Turns a report into diagnostics by running consistency rules. It never throws on report data. Build one with
/// <see cref="ReportValidatorBuilder"/>, or use <see cref="Default"/>.
/// </summary>
public sealed class ReportValidator
{
    /// <summary>The code reported when a rule fails unexpectedly.</summary>
    public static DiagnosticDescriptor RuleFailure { get; } = new(
        "RDD9999", Severity.Error,
        "Une règle de contrôle a échoué",
        "Une règle de contrôle a rencontré une erreur inattendue ; les autres règles ont été appliquées.",
        "Signalez l'anomalie aux développeurs de la règle en joignant le message.");

    internal ReportValidator(IReadOnlyList<IReportRule> rules, IReadOnlyList<ITaxonomy> taxonomies, IReadOnlySet<string> suppressed, IReadOnlyDictionary<string, Severity> severities)
    {
        Rules = rules;
        Taxonomies = taxonomies;
        Suppressed = suppressed;
        Severities = severities;
    }

    /// <summary>The validator with the built-in rules and taxonomies.</summary>
    public static ReportValidator Default { get; } = new ReportValidatorBuilder().Build();

    /// <summary>The rules, in the order they run.</summary>
    public IReadOnlyList<IReportRule> Rules { get; }

    /// <summary>The taxonomies registered by code, besides the built-in ones and the report's own.</summary>
    public IReadOnlyList<ITaxonomy> Taxonomies { get; }

    /// <summary>The codes whose diagnostics are dropped (<see cref="ReportValidatorBuilder.Suppress"/>).</summary>
    public IReadOnlySet<string> Suppressed { get; }

    /// <summary>The codes reported at another severity than their rule declares (<see cref="ReportValidatorBuilder.SetSeverity"/>).</summary>
    public IReadOnlyDictionary<string, Severity> Severities { get; }

    /// <summary>Every diagnostic code the rules may report, in code order, at the severity this validator gives it; suppressed codes left out.</summary>
    public IReadOnlyList<DiagnosticDescriptor> Descriptors =>
        ValueList.From(Rules.SelectMany(r => r.Descriptors).Append(RuleFailure).DistinctBy(d => d.Code)
            .Where(d => !Suppressed.Contains(d.Code))
            .Select(d => Severities.TryGetValue(d.Code, out var severity) ? d with { Severity = severity } : d)
            .OrderBy(d => d.Code, StringComparer.Ordinal));

    /// <summary>Checks a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="sources">Where its elements were written, when it came from files.</param>
    /// <returns>The diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public ValidationResult Validate(Report report, SourceMap? sources = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var context = new ValidationContext(report, TaxonomySet.For(report, Taxonomies), sources ?? SourceMap.Empty);
        // The rules only read the context: they run at the same time (each rule alone takes a few milliseconds on a
        // report of thousands of actions), and their findings are gathered in the rules' order.
        var found = new IReadOnlyList<Diagnostic>[Rules.Count];
        Parallel.For(0, Rules.Count, i => found[i] = Check(Rules[i], context));
        return new ValidationResult(found.SelectMany(d => d).Where(d => !Suppressed.Contains(d.Code)).Select(Adjust));
    }

    private Diagnostic Adjust(Diagnostic diagnostic) =>
        Severities.TryGetValue(diagnostic.Code, out var severity) ? diagnostic with { Severity = severity } : diagnostic;

    private static IReadOnlyList<Diagnostic> Check(IReportRule rule, ValidationContext context)
    {
        try
        {
            var declared = rule.Descriptors;
            // A code the rule never declared has no documentation and escapes suppression by mistake: it is the rule's bug.
            return [.. rule.Check(context).Select(d => d.Code == RuleFailure.Code || declared.Any(x => x.Code == d.Code)
                ? d
                : RuleFailure.Create($"La règle {rule.GetType().Name} a signalé le code {d.Code}, qu'elle ne déclare pas : {d.Message}", d.Element, d.Location))];
        }
#pragma warning disable CA1031 // A rule's failure must not stop the others: it becomes a diagnostic.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return [RuleFailure.Create($"La règle {rule.GetType().Name} a échoué : {exception.Message}")];
        }
    }
}
