using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;

namespace Rdd.Domain.Validation.Rules;

/// <summary>
/// Every reference resolves: the taxonomy terms of actions and sections (<c>termes=pacte-vert:axe-4</c>, <c>odd=13</c>)
/// name a known taxonomy and one of its terms, the key figures of actions (<c>chiffres=…</c>) exist, and the parent of
/// a term of the report's own taxonomies is a term of the same taxonomy.
/// </summary>
/// <remarks>
/// No article governs references; the reason is practical. An unresolved reference is a typo that the published site
/// would show as a dead link or silently drop, so that an action would no longer appear under the ambition, ODD or
/// figure the author meant. Taxonomies and codes are compared as <see cref="TaxonomySet"/> resolves them.
/// </remarks>
public sealed class ReferencesRule : IReportRule
{
    /// <summary>RDD1013: a taxonomy term reference does not resolve.</summary>
    public static DiagnosticDescriptor UnknownTerm { get; } = new(
        "RDD1013", Severity.Error,
        "Référence à une taxonomie ou à un terme inconnu",
        "Une action ou une section se rattache à un terme (ambition du projet de territoire, axe d'un plan, ODD) par une référence taxonomie:code ; une référence qui ne désigne aucun terme connu ferait disparaître le rattachement du site publié.",
        "Corrigez la taxonomie ou le code (le message propose le plus proche), ou déclarez le terme dans le fichier de la taxonomie (strategie/).");

    /// <summary>RDD1014: an action refers to a key figure that does not exist.</summary>
    public static DiagnosticDescriptor UnknownFigure { get; } = new(
        "RDD1014", Severity.Error,
        "Chiffre clé inconnu",
        "Une action s'illustre par des chiffres clés désignés par leur identifiant ; un identifiant qui ne désigne aucun chiffre clé du rapport donnerait un lien mort.",
        "Corrigez l'identifiant (le message propose le plus proche) ou ajoutez le chiffre clé au fichier des chiffres clés.");

    /// <summary>RDD1016: a term's parent is not a term of its taxonomy.</summary>
    public static DiagnosticDescriptor UnknownParent { get; } = new(
        "RDD1016", Severity.Error,
        "Terme parent inconnu",
        "Dans une taxonomie hiérarchique (défis et ambitions d'un projet de territoire), le parent d'un terme est un autre terme de la même taxonomie ; un parent inconnu casse la hiérarchie affichée.",
        "Corrigez le code du parent (le message propose le plus proche) ou ajoutez le terme parent à la taxonomie.");

    /// <summary>RDD1018: a taxonomy term reference names a term another term of the taxonomy replaces.</summary>
    public static DiagnosticDescriptor ReplacedTerm { get; } = new(
        "RDD1018", Severity.Error,
        "Terme remplacé",
        "Une stratégie change d'une année à l'autre : un terme peut, par sa clé remplace, en remplacer d'autres de l'année précédente ; une action ou une section qui se rattache encore à un terme remplacé ne figurerait plus sous le terme qui le remplace.",
        "Rattachez l'action ou la section au terme qui remplace l'ancien (le message le nomme).");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [UnknownTerm, UnknownFigure, ReplacedTerm, UnknownParent];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        foreach (var part in report.Parts)
        {
            foreach (var section in part.Sections)
            {
                var sectionRef = new ElementRef(ElementKind.Section, RuleText.Of(section.Id), ElementAttributes.Terms);
                foreach (var reference in section.DefaultTerms)
                {
                    if (Unresolved(context.Taxonomies, reference, $"la section « {RuleText.Of(section.Title)} »") is { } found)
                    {
                        yield return context.Diagnose(found.Descriptor, found.Message, sectionRef);
                    }
                }
            }
        }

        var figures = report.KeyFigures.Select(f => RuleText.Of(f.Id)).ToHashSet(StringComparer.Ordinal);
        foreach (var placed in report.AllActions())
        {
            var action = placed.Action;
            var where = $"l'action « {RuleText.Of(action.Title)} »";
            foreach (var reference in action.Terms)
            {
                if (Unresolved(context.Taxonomies, reference, where) is { } found)
                {
                    yield return context.Diagnose(found.Descriptor, found.Message, new ElementRef(ElementKind.Action, RuleText.Of(action.Id), ElementAttributes.Terms));
                }
            }

            foreach (var figure in action.Figures.Where(f => !figures.Contains(RuleText.Of(f))))
            {
                yield return context.Diagnose(UnknownFigure,
                    $"Le chiffre clé « {figure} » cité par {where} n'existe pas dans le rapport.{RuleText.Hint(figure, figures)}",
                    new ElementRef(ElementKind.Action, RuleText.Of(action.Id), ElementAttributes.Figures));
            }
        }

        foreach (var taxonomy in report.Taxonomies)
        {
            var codes = taxonomy.Terms.Select(t => Codes.Normalize(t.Code)).ToHashSet(StringComparer.Ordinal);
            foreach (var term in taxonomy.Terms.Where(t => !string.IsNullOrWhiteSpace(t.Parent) && !codes.Contains(Codes.Normalize(t.Parent))))
            {
                yield return context.Diagnose(UnknownParent,
                    $"Le terme « {RuleText.Of(term.Label)} » de la taxonomie « {RuleText.Of(taxonomy.Name)} » a pour parent « {term.Parent} », qui n'est pas un terme de cette taxonomie.{RuleText.Hint(term.Parent, taxonomy.Terms.Select(t => RuleText.Of(t.Code)))}",
                    new ElementRef(ElementKind.Term, $"{RuleText.Of(taxonomy.Id)}:{RuleText.Of(term.Code)}", ElementAttributes.Parent));
            }
        }
    }

    /// <summary>The code and message for a reference that does not resolve, or null when it does.</summary>
    private static (DiagnosticDescriptor Descriptor, string Message)? Unresolved(TaxonomySet taxonomies, TermReference? reference, string where)
    {
        if (reference is null || taxonomies.Resolve(reference) is not null)
        {
            return null;
        }

        var taxonomy = taxonomies.Find(reference.Taxonomy);
        if (taxonomy is null)
        {
            return (UnknownTerm, $"La référence « {reference} » de {where} désigne une taxonomie inconnue, « {reference.Taxonomy} ».{RuleText.Hint(reference.Taxonomy, taxonomies.All.Select(t => t.Id))}");
        }

        var code = Codes.Normalize(reference.Code);
        var replacements = taxonomy.Terms.Where(t => t.Replaces.Any(r => Codes.Normalize(r) == code)).ToList();
        if (replacements.Count > 0)
        {
            var names = string.Join(" et ", replacements.Select(t => $"« {RuleText.Of(t.Label)} » ({RuleText.Of(taxonomy.Id)}:{RuleText.Of(t.Code)})"));
            return (ReplacedTerm, $"La référence « {reference} » de {where} désigne « {reference.Code} », qui n'est plus un terme de la taxonomie « {RuleText.Of(taxonomy.Name)} » : {(replacements.Count == 1 ? "il est remplacé par" : "il est remplacé par les termes")} {names}.");
        }

        return (UnknownTerm, $"La référence « {reference} » de {where} désigne un terme inconnu de la taxonomie « {taxonomy.Name} » : « {reference.Code} ».{RuleText.Hint(reference.Code, taxonomy.Terms.Select(t => t.Code))}");
    }
}
