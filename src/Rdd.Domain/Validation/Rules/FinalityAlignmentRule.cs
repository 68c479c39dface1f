using Rdd.Domain.Law;
using Rdd.Domain.Reports;

namespace Rdd.Domain.Validation.Rules;

/// <summary>
/// Every action of Parts 1 and 2 is aligned with at least one known finalité, and each finalité is covered by at
/// least one action. The decree asks both bilans to be drawn « au regard des cinq finalités » (CGCT, art. D2311-15 and its siblings D3311-8, D3661-7, D4311-6, D4425-12).
/// </summary>
public sealed class FinalityAlignmentRule : IReportRule
{
    /// <summary>RDD1003: an action of Part 1 or 2 has no finalité.</summary>
    public static DiagnosticDescriptor ActionWithoutFinality { get; } = new(
        "RDD1003", Severity.Error,
        "Action sans finalité",
        "Les bilans des parties 1 et 2 sont établis au regard des cinq finalités du développement durable (CGCT, art. D2311-15, D3311-8, D3661-7, D4311-6 ou D4425-12 selon la collectivité) : chaque action doit être rattachée à au moins une finalité.",
        "Ajoutez au moins un code de finalité à l'action (climat, biodiversite, cohesion, epanouissement, production), ou à sa section.") { Example = """
```markdown
## Réemploi du mobilier de bureau {#reemploi-mobilier avancement=lancement}                         <!-- RDD1003 -->
## Réemploi du mobilier de bureau {#reemploi-mobilier avancement=lancement finalites=production}    <!-- correct -->
```

Une section entière peut aussi donner ses finalités à toutes ses actions : `finalites: [climat]` dans son en-tête.
""" };

    /// <summary>RDD1004: no action covers a finalité.</summary>
    public static DiagnosticDescriptor UncoveredFinality { get; } = new(
        "RDD1004", Severity.Warning,
        "Finalité couverte par aucune action",
        "Le rapport rend compte de la situation au regard des cinq finalités ; une finalité qu'aucune action ne sert laisse un angle mort.",
        "Vérifiez les finalités des actions ou expliquez dans l'introduction pourquoi cette finalité n'est pas servie.");

    /// <summary>RDD1011: an unknown finalité code.</summary>
    public static DiagnosticDescriptor UnknownFinality { get; } = new(
        "RDD1011", Severity.Error,
        "Code de finalité inconnu",
        "Les finalités sont désignées par les codes climat, biodiversite, cohesion, epanouissement et production (code de l'environnement, art. L110-1, III).",
        "Corrigez le code ; le message propose le code le plus proche.") { Example = """
```text
content/2024/partie-1/01-mobilites.md(12,58): error RDD1011: Finalité inconnue : « climt ». Vouliez-vous dire « climat » ?
```

```markdown
## Plan vélo {#plan-velo finalites=climt}     <!-- RDD1011 -->
## Plan vélo {#plan-velo finalites=climat}    <!-- correct -->
```
""" };

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [ActionWithoutFinality, UncoveredFinality, UnknownFinality];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var known = Finalities.All.Select(f => f.Code).ToArray();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in context.Report.Parts)
        {
            foreach (var section in part.Sections)
            {
                foreach (var code in section.DefaultFinalities.Where(c => Finalities.Find(c) is null))
                {
                    yield return context.Diagnose(UnknownFinality, UnknownMessage(code, known), new ElementRef(ElementKind.Section, section.Id, ElementAttributes.Finalities));
                }
            }
        }

        foreach (var placed in context.Report.AllActions())
        {
            var element = new ElementRef(ElementKind.Action, placed.Action.Id, ElementAttributes.Finalities);
            foreach (var code in placed.Action.Finalities.Where(c => Finalities.Find(c) is null))
            {
                yield return context.Diagnose(UnknownFinality, UnknownMessage(code, known), element);
            }

            var finalities = placed.Finalities.Select(Finalities.Find).OfType<Finality>().ToList();
            covered.UnionWith(finalities.Select(f => f.Code));
            if (finalities.Count == 0 && placed.Part.Kind is PartKind.PublicPolicies or PartKind.InternalFunctioning)
            {
                yield return context.Diagnose(ActionWithoutFinality,
                    $"L'action « {placed.Action.Title} » (partie {(int)placed.Part.Kind}, section « {placed.Section.Title} ») n'est rattachée à aucune finalité.",
                    element);
            }
        }

        if (context.Report.AllActions().Any())
        {
            foreach (var finality in Finalities.All.Where(f => !covered.Contains(f.Code)))
            {
                yield return context.Diagnose(UncoveredFinality,
                    $"Aucune action n'est rattachée à la finalité « {finality.Label} » ({finality.Code}).",
                    ElementRef.ReportItself);
            }
        }
    }

    private static string UnknownMessage(string code, string[] known)
    {
        var suggestion = Codes.Suggest(code, known);
        return suggestion is null
            ? $"Finalité inconnue : « {code} ». Les codes possibles sont : {string.Join(", ", known)}."
            : $"Finalité inconnue : « {code} ». Vouliez-vous dire « {suggestion} » ?";
    }
}
