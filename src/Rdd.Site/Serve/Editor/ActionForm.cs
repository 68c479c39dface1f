using Microsoft.AspNetCore.Http;
using Rdd.Domain;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;
using Rdd.Domain.Validation;
using Rdd.Site.Content;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// The form of an action: « Titre », « Texte », the five finalités by their full names, « Avancement », the elements of
/// the approach, the 17 ODD, the strategy's terms grouped by document, the linked key figures, partners, places and
/// « Suite de » (last year's actions). Values the lists do not offer (a code mistyped in the file) stay checked, so
/// that saving loses nothing; the check says what is wrong with them.
/// </summary>
internal static class ActionForm
{
    /// <summary>The id of the title field, which the summary links to for the action's own errors.</summary>
    public const string TitleField = "titre";

    /// <summary>The id of the text field.</summary>
    public const string BodyField = "texte";

    /// <summary>The field each of the model's attributes is edited in.</summary>
    private static readonly Dictionary<string, string> FieldOf = new(StringComparer.Ordinal)
    {
        [ElementAttributes.Finalities] = "finalites",
        [ElementAttributes.Progress] = "avancement",
        [ElementAttributes.GovernanceElements] = "elements",
        [ElementAttributes.Terms] = "odd",
        [ElementAttributes.Figures] = "chiffres",
        [ElementAttributes.Partners] = "partenaires",
        [ElementAttributes.Places] = "lieux",
        [ElementAttributes.ContinuesFrom] = "suite_de",
        [ElementAttributes.Id] = TitleField,
    };

    /// <summary>The form's fields for <paramref name="action"/> (null for a new one), showing <paramref name="errors"/> at their fields.</summary>
    /// <param name="action">The action.</param>
    /// <param name="year">Its year: its strategy documents and key figures.</param>
    /// <param name="previous">The year before, whose actions it may continue; null when none.</param>
    /// <param name="section">Its section, whose finalités and elements all its actions have.</param>
    /// <param name="errors">The errors to show.</param>
    /// <returns>The form's fields, as HTML.</returns>
    public static string Fields(ReportAction? action, ContentYear year, ContentYear? previous, Section? section, IReadOnlyList<FieldError> errors)
    {
        var form = new EditorForm(errors)
            .Text(TitleField, "Titre", action?.Title, required: true)
            .Markdown(BodyField, "Texte", action?.Body, "En Markdown : une ligne vide entre deux paragraphes, « - » en tête de ligne pour une liste, **gras**, [lien](https://…).");
        var inherited = section is null || section.DefaultFinalities.Count == 0
            ? null
            : "La section donne déjà à toutes ses actions\u00A0: " + string.Join(", ", section.DefaultFinalities.Select(c => Finalities.All.FirstOrDefault(f => f.Code == c)?.ShortLabel ?? c)) + ".";
        form.Checkboxes("finalites", "Finalités du développement durable", WithUnknown(Finalities.All.Select(f => (f.Code, Sentence(f.Label))), action?.Finalities), action?.Finalities ?? [], inherited)
            .Select("avancement", "Avancement", [(string.Empty, "Non précisé"), .. ProgressExtensions.ByCode.Select(p => (p.Key, p.Value.FrenchLabel()))], action?.Progress?.Code())
            .Checkboxes("elements", "Éléments de la démarche (partie 3)", WithUnknown(GovernanceElements.All.Select(e => (e.Code, Sentence(e.Label))), action?.GovernanceElements), action?.GovernanceElements ?? []);
        var terms = action?.Terms ?? [];
        var odd = terms.Where(t => t.Taxonomy == SustainableDevelopmentGoals.Id).Select(t => t.Code).ToList();
        form.Checkboxes("odd", "Objectifs de développement durable (ODD)", WithUnknown(SustainableDevelopmentGoals.Taxonomy.Terms.Select(t => (t.Code, t.Label)), odd), odd, columns: true);
        var strategy = terms.Where(t => t.Taxonomy != SustainableDevelopmentGoals.Id).Select(t => t.ToString()).ToList();
        foreach (var taxonomy in year.Report.Taxonomies)
        {
            form.Checkboxes("termes-" + taxonomy.Id, taxonomy.Name, taxonomy.Terms.Select(t => (taxonomy.Id + ":" + t.Code, t.Label)), strategy, columns: taxonomy.Terms.Count > 6, name: "termes");
        }

        var unknownTerms = strategy.Where(t => !year.Report.Taxonomies.Any(x => x.Terms.Any(term => x.Id + ":" + term.Code == t))).ToList();
        if (unknownTerms.Count > 0)
        {
            form.Checkboxes("termes-inconnus", "Termes d'un document de stratégie inconnu", unknownTerms.Select(t => (t, t + " (inconnu)")), unknownTerms, name: "termes");
        }

        form.Checkboxes("chiffres", "Chiffres clés liés à l'action", WithUnknown(year.Report.KeyFigures.Select(f => (f.Id, f.Label)), action?.Figures), action?.Figures ?? [], columns: true)
            .Text("partenaires", "Partenaires", string.Join(" ; ", action?.Partners ?? []), "Séparez-les par des points-virgules, par exemple « ADEME ; Région Occitanie ».")
            .Text("lieux", "Lieux", string.Join(" ; ", action?.Places ?? []), "Communes, quartiers ou sites, séparés par des points-virgules.");
        var continued = previous?.Report.AllActions().Select(a => (a.Action.Id, a.Action.Title)).ToList() ?? [];
        if (action?.ContinuesFrom is { } from && !continued.Any(c => c.Id == from))
        {
            continued.Add((from, from + " (inconnue)"));
        }

        form.Select(
            "suite_de",
            "Suite de",
            [(string.Empty, previous is null ? "Aucune (pas de rapport de l'année précédente)" : "Aucune (nouvelle action)"), .. continued],
            action?.ContinuesFrom,
            previous is null ? null : $"L'action du rapport {previous.Report.Year} que celle-ci poursuit.");
        return form.Html;
    }

    /// <summary>The action the form describes, with the id <paramref name="id"/>.</summary>
    /// <param name="form">The posted form.</param>
    /// <param name="id">The action's id.</param>
    /// <returns>The action.</returns>
    public static ReportAction Read(IFormCollection form, string id)
    {
        var progress = form["avancement"].ToString();
        return new ReportAction
        {
            Id = id,
            Title = OneLine(form[TitleField].ToString()),
            Body = Markdown(form[BodyField].ToString()),
            Finalities = Values(form, "finalites"),
            Progress = ProgressExtensions.ByCode.TryGetValue(progress, out var value) ? value : null,
            GovernanceElements = Values(form, "elements"),
            Terms = [.. Values(form, "termes").Select(Term).OfType<TermReference>(), .. Values(form, "odd").Select(o => new TermReference(SustainableDevelopmentGoals.Id, o))],
            Figures = Values(form, "chiffres"),
            Partners = Names(form["partenaires"].ToString()),
            Places = Names(form["lieux"].ToString()),
            ContinuesFrom = form["suite_de"].ToString() is { Length: > 0 } from ? from : null,
        };
    }

    /// <summary>What the form itself refuses before anything is written: an empty title, a title with braces.</summary>
    /// <param name="action">The action read from the form.</param>
    /// <returns>The errors, by field.</returns>
    public static IReadOnlyList<FieldError> Check(ReportAction action) => action.Title switch
    {
        "" => [new FieldError(TitleField, "Donnez un titre à l'action\u00A0: il s'affiche sur le site et dans le sommaire.")],
        var title when title.IndexOfAny(['{', '}']) >= 0 => [new FieldError(TitleField, "Le titre ne peut pas contenir d'accolades « { » ou « } »\u00A0: elles servent aux informations de l'action dans le fichier.")],
        var title when title.StartsWith('#') => [new FieldError(TitleField, "Le titre ne peut pas commencer par « # ».")],
        _ => [],
    };

    /// <summary>
    /// The diagnostics of an action, at the fields they concern: by the attribute they name, else the title when they
    /// are on the heading's line, else the text.
    /// </summary>
    /// <param name="diagnostics">The diagnostics of the action's lines.</param>
    /// <param name="headingLine">The line of its heading.</param>
    /// <param name="year">Its year, for the strategy documents' fields.</param>
    /// <returns>The errors, by field.</returns>
    public static IReadOnlyList<FieldError> AtFields(IEnumerable<Diagnostic> diagnostics, int headingLine, ContentYear year) =>
        diagnostics.Select(d => new FieldError(
            d.Element?.Attribute is { } attribute && FieldOf.TryGetValue(attribute, out var field)
                ? field == "odd" && !d.Message.Contains("ODD", StringComparison.Ordinal) && year.Report.Taxonomies.Count > 0 ? "termes-" + year.Report.Taxonomies[0].Id : field
                : d.Location?.Line == headingLine ? TitleField : BodyField,
            EditorHtml.Message(d))).ToList();

    /// <summary>« La lutte contre le changement climatique » → « Lutte contre le changement climatique ».</summary>
    internal static string Sentence(string label)
    {
        foreach (var article in new[] { "La ", "Le ", "Les ", "L'", "L’" })
        {
            if (label.StartsWith(article, StringComparison.Ordinal))
            {
                var rest = label[article.Length..];
                return char.ToUpper(rest[0], System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) + rest[1..];
            }
        }

        return label;
    }

    private static IEnumerable<(string Value, string Label)> WithUnknown(IEnumerable<(string Value, string Label)> options, IEnumerable<string>? chosen)
    {
        var list = options.ToList();
        return list.Concat((chosen ?? []).Where(c => !list.Any(o => o.Value == c)).Select(c => (c, c + " (inconnu)")));
    }

    private static List<string> Values(IFormCollection form, string name) =>
        form[name].OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static List<string> Names(string text) =>
        text.Split(';').Select(OneLine).Where(n => n.Length > 0).Select(n => n.Replace("\"", "”", StringComparison.Ordinal)).ToList();

    private static TermReference? Term(string value) =>
        value.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && colon < value.Length - 1
            ? new TermReference(Codes.Normalize(value[..colon]), Codes.Normalize(value[(colon + 1)..]))
            : null;

    /// <summary>The Markdown typed in a text area, its line endings made « \n » and the blank lines and spaces around it removed.</summary>
    /// <param name="text">The text typed.</param>
    /// <returns>The Markdown, as the reader gives it.</returns>
    public static string Markdown(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    /// <summary>The text on one line, its runs of spaces and line breaks made one space.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The line.</returns>
    public static string OneLine(string text) => string.Join(' ', text.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
}
