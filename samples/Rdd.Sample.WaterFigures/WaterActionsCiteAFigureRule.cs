using Rdd.Domain.Validation;

namespace Rdd.Sample.WaterFigures;

/// <summary>
/// Every action of a section about water cites at least one key figure (<c>chiffres=</c>): a local choice of the
/// sample authority, so that readers can measure what is done for water. Not a legal requirement.
/// </summary>
public sealed class WaterActionsCiteAFigureRule : IReportRule
{
    /// <summary>RDD9101: an action about water cites no key figure.</summary>
    public static DiagnosticDescriptor WaterActionWithoutFigure { get; } = new(
        "RDD9101", Severity.Warning,
        "Action sur l'eau sans chiffre clé",
        "La collectivité s'est donné pour règle que chaque action sur l'eau soit mesurée par au moins un chiffre clé, pour que les lecteurs voient ce qu'elle change (règle locale, ajoutée par l'extension « Chiffres de l'eau » ; ce n'est pas une obligation légale).",
        "Ajoutez à l'action l'attribut chiffres= avec l'identifiant d'un chiffre de chiffres-cles.yml, ou déplacez l'action dans une section qui ne porte pas sur l'eau.")
    {
        Example = """
            ```markdown
            ## Sécurisation de l'alimentation en eau potable {#securisation-eau-potable finalites=cohesion}
            ```

            devient :

            ```markdown
            ## Sécurisation de l'alimentation en eau potable {#securisation-eau-potable finalites=cohesion chiffres=travaux-eau-potable}
            ```
            """,
    };

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [WaterActionWithoutFigure];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var placed in WaterSections.Actions(context.Report).Where(a => a.Action.Figures.Count == 0))
        {
            yield return context.Diagnose(
                WaterActionWithoutFigure,
                $"L'action « {placed.Action.Title} » de la section « {placed.Section.Title} » ne cite aucun chiffre clé (chiffres=).",
                new ElementRef(ElementKind.Action, placed.Action.Id));
        }
    }
}
