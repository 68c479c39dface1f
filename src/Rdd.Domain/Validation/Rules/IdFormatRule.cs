using System.Text.RegularExpressions;

namespace Rdd.Domain.Validation.Rules;

/// <summary>
/// Ids of sections, actions, key figures, budget lines, indicators, taxonomies and taxonomy terms are slugs: lower-case
/// letters a to z, digits and single hyphens, not empty (<c>stationnement-cyclable</c>, <c>13</c>).
/// </summary>
/// <remarks>
/// No article governs ids; the reason is practical. Ids become URLs and anchors of the published site and keys of the
/// open data files, and they link a report to the next year's (<see cref="Reports.ReportAction.ContinuesFrom"/>): an id with
/// spaces, accents or capitals breaks links or changes silently from one year to the next.
/// </remarks>
public sealed partial class IdFormatRule : IReportRule
{
    /// <summary>RDD1006: an id is not a valid slug.</summary>
    public static DiagnosticDescriptor InvalidId { get; } = new(
        "RDD1006", Severity.Error,
        "Identifiant invalide",
        "Les identifiants servent d'adresses aux pages du site, de clés aux données ouvertes et de liens d'une année sur l'autre : ils ne peuvent contenir que des lettres minuscules sans accent, des chiffres et des tirets simples.",
        "Remplacez l'identifiant par la forme proposée dans le message (lettres a à z, chiffres, tirets), ou supprimez-le pour laisser l'outil le déduire du titre.");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [InvalidId];

    /// <summary>Whether <paramref name="id"/> is a valid slug: lower-case a-z, 0-9 and single hyphens, not empty, no hyphen at either end.</summary>
    /// <param name="id">The id.</param>
    /// <returns>True for <c>eau-potable</c> or <c>13</c>; false for <c>Eau potable</c>, <c>eau--potable</c>, <c>-eau</c> or the empty string.</returns>
    public static bool IsValidId(string? id) => id is not null && SlugPattern().IsMatch(id);

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        // Ids are checked as they are met, and the words that name an element are only made for an invalid one: a
        // report of 10 000 actions costs no list and no text of 10 000 entries.
        foreach (var part in report.Parts)
        {
            foreach (var section in part.Sections)
            {
                if (!IsValidId(section.Id))
                {
                    yield return Invalid(context, ElementKind.Section, section.Id, $"de la section « {RuleText.Of(section.Title)} »");
                }

                foreach (var action in section.Actions)
                {
                    if (!IsValidId(action.Id))
                    {
                        yield return Invalid(context, ElementKind.Action, action.Id, $"de l'action « {RuleText.Of(action.Title)} »");
                    }
                }
            }
        }

        foreach (var figure in report.KeyFigures.Where(f => !IsValidId(f.Id)))
        {
            yield return Invalid(context, ElementKind.KeyFigure, figure.Id, $"du chiffre clé « {RuleText.Of(figure.Label)} »");
        }

        foreach (var line in (report.Budget?.Lines ?? []).Where(l => !IsValidId(l.Id)))
        {
            yield return Invalid(context, ElementKind.BudgetLine, line.Id, $"de la ligne de budget « {RuleText.Of(line.Policy)} »");
        }

        foreach (var indicator in report.Indicators.Where(i => !IsValidId(i.Id)))
        {
            yield return Invalid(context, ElementKind.Indicator, indicator.Id, $"de l'indicateur « {RuleText.Of(indicator.Label)} »");
        }

        foreach (var taxonomy in report.Taxonomies.Where(t => !IsValidId(t.Id)))
        {
            yield return Invalid(context, ElementKind.Taxonomy, taxonomy.Id, $"de la taxonomie « {RuleText.Of(taxonomy.Name)} »");
        }

        foreach (var taxonomy in report.Taxonomies)
        {
            foreach (var term in taxonomy.Terms.Where(t => !IsValidId(t.Code)))
            {
                yield return context.Diagnose(InvalidId,
                    Message("Le code", term.Code, $"du terme « {RuleText.Of(term.Label)} » de la taxonomie « {RuleText.Of(taxonomy.Name)} »"),
                    new ElementRef(ElementKind.Term, $"{RuleText.Of(taxonomy.Id)}:{RuleText.Of(term.Code)}", ElementAttributes.Code));
            }
        }
    }

    private static Diagnostic Invalid(ValidationContext context, ElementKind kind, string? id, string what) =>
        context.Diagnose(InvalidId, Message("L'identifiant", id, what), new ElementRef(kind, RuleText.Of(id), ElementAttributes.Id));

    private static string Message(string noun, string? id, string what)
    {
        if (string.IsNullOrEmpty(id))
        {
            return $"{noun} {what} est vide.";
        }

        var slug = Codes.Slugify(id);
        var proposal = slug.Length == 0 ? string.Empty : $" Proposition : « {slug} ».";
        return $"{noun} « {id} » {what} n'est pas valide : seuls les lettres minuscules sans accent, les chiffres et les tirets simples sont permis.{proposal}";
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
