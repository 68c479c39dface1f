namespace Rdd.Domain.Validation.Rules;

/// <summary>
/// Every section holds at least one action. The report is a bilan of actions (CGCT, art. D2311-15 and its siblings for each kind): a section without
/// any is a heading with nothing under it, usually a file left empty or an action heading (<c>## …</c>) mistyped.
/// </summary>
public sealed class EmptySectionRule : IReportRule
{
    /// <summary>RDD1005: a section holds no action.</summary>
    public static DiagnosticDescriptor EmptySection { get; } = new(
        "RDD1005", Severity.Warning,
        "Section sans action",
        "Le rapport dresse le bilan des actions, politiques et programmes de la collectivité (CGCT, art. D2311-15, D3311-8, D3661-7, D4311-6 ou D4425-12 selon la collectivité) ; une section sans action n'apporte rien au bilan et signale souvent un titre d'action mal écrit.",
        "Ajoutez au moins une action à la section (un titre de niveau 2, « ## … »), ou supprimez la section.");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [EmptySection];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var part in context.Report.Parts)
        {
            foreach (var section in part.Sections.Where(s => s.Actions.Count == 0))
            {
                yield return context.Diagnose(EmptySection,
                    $"La section « {RuleText.Of(section.Title)} » (partie {RuleText.PartId(part.Kind)}) ne contient aucune action.",
                    new ElementRef(ElementKind.Section, RuleText.Of(section.Id)));
            }
        }
    }
}
