namespace Rdd.Domain.Validation.Rules;

/// <summary>
/// Values no report can hold: a negative population, a section or an action without a title. A report built in code or
/// read from JSON may hold them; they become diagnostics rather than exceptions, or silence (a negative population
/// would be assessed as zero, a missing title would publish an empty heading).
/// </summary>
public sealed class ImpossibleValuesRule : IReportRule
{
    /// <summary>RDD1007: the authority's population is negative.</summary>
    public static DiagnosticDescriptor NegativePopulation { get; } = new(
        "RDD1007", Severity.Error,
        "Population négative",
        "La population de la collectivité décide si le rapport est obligatoire (CGCT, art. L2311-1-1 : communes et EPCI à fiscalité propre de plus de 50 000 habitants) ; une population négative ne peut pas être comparée aux seuils.",
        "Indiquez la population totale de la collectivité (dans site.yml : « population: 60000 » ; en JSON ou en C# : la propriété « population » de « authority », Authority.Population).");

    /// <summary>RDD1008: a section or an action has no title.</summary>
    public static DiagnosticDescriptor EmptyTitle { get; } = new(
        "RDD1008", Severity.Error,
        "Titre vide",
        "Le titre d'une section ou d'une action est l'intitulé de sa page et de sa rubrique sur le site ; sans lui, le lecteur et les technologies d'assistance trouvent un titre vide.",
        "Donnez un titre à la section ou à l'action (dans les fichiers de contenu : le texte du titre « # … » ou « ## … » ; en JSON ou en C# : la propriété « title », Section.Title ou ReportAction.Title).");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [NegativePopulation, EmptyTitle];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        if (report.Authority is { Population: < 0 } authority)
        {
            yield return context.Diagnose(NegativePopulation,
                $"La population de la collectivité vaut {authority.Population} : elle ne peut pas être négative.",
                new ElementRef(ElementKind.Authority, string.Empty));
        }

        foreach (var part in report.Parts)
        {
            foreach (var section in part.Sections)
            {
                if (string.IsNullOrWhiteSpace(section.Title))
                {
                    yield return context.Diagnose(EmptyTitle,
                        $"La section « {RuleText.Of(section.Id)} » (partie {RuleText.PartId(part.Kind)}) n'a pas de titre.",
                        new ElementRef(ElementKind.Section, RuleText.Of(section.Id)));
                }

                foreach (var action in section.Actions.Where(a => string.IsNullOrWhiteSpace(a.Title)))
                {
                    yield return context.Diagnose(EmptyTitle,
                        $"L'action « {RuleText.Of(action.Id)} » de la section « {RuleText.Of(section.Title)} » n'a pas de titre.",
                        new ElementRef(ElementKind.Action, RuleText.Of(action.Id)));
                }
            }
        }
    }
}
