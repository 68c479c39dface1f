using System.Globalization;
using System.Text;
using Rdd.Domain.Law;
using Rdd.Site.Content.Editing;
using static System.Net.WebUtility;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// The HTML of a data file's form, drawn from its <see cref="YamlForm"/> and the file's current values: a field a key,
/// a block of fields (fieldset) a mapping, a list of blocks with « Monter », « Descendre » and « Supprimer » a table,
/// and the fields of a new row with its « Ajouter » button. Every button posts the whole form: the fields typed are
/// saved with the row added, moved or removed.
/// </summary>
internal static class DataFormHtml
{
    /// <summary>The form field whose value is posted by the button pressed.</summary>
    public const string Operation = "operation";

    /// <summary>The prefix of a new row's fields (« nouveau.chiffres.valeur »).</summary>
    public const string NewRow = "nouveau";

    /// <summary>The name of the field at <paramref name="path"/> (« chiffres.2.valeur »).</summary>
    public static string Name(IEnumerable<YamlStep> path) => string.Join('.', path);

    /// <summary>The id of the field named <paramref name="name"/> in the page.</summary>
    public static string Id(string name) => "champ-" + name.Replace('.', '-');

    /// <summary>The fields of <paramref name="form"/> for the mapping at <paramref name="path"/> of <paramref name="document"/>.</summary>
    /// <param name="html">Where to write.</param>
    /// <param name="form">The mapping's form.</param>
    /// <param name="document">The file.</param>
    /// <param name="path">The mapping's path.</param>
    /// <param name="errors">The messages to show at each field, by field name.</param>
    /// <param name="depth">The heading level of the tables (2 at the top).</param>
    public static void Fields(StringBuilder html, YamlForm form, YamlEditor? document, IReadOnlyList<YamlStep> path, ILookup<string, string> errors, int depth = 2)
    {
        foreach (var field in form.Fields)
        {
            var at = path.Append(field.Key).ToList();
            var name = Name(at);
            switch (field.Kind)
            {
                case FormFieldKind.Group:
                    html.Append("<fieldset class=\"editor-field\">\n<legend>").Append(HtmlEncode(field.Label)).Append("</legend>\n");
                    Help(html, field, Id(name));
                    Fields(html, field.Item!, document, at, errors, depth);
                    html.Append("</fieldset>\n");
                    break;
                case FormFieldKind.Rows:
                    Rows(html, field, document, at, errors, depth);
                    break;
                default:
                    Field(html, field, name, FormField.Display(document?.Find(at)), errors[name].ToList());
                    break;
            }
        }
    }

    /// <summary>
    /// One field: its label, help and errors (tied to it by <c>aria-describedby</c>), then its input; a Markdown field
    /// with <c>markdownTools</c> gets the editor's toolbar (bold, list, link, image) and preview.
    /// </summary>
    public static void Field(StringBuilder html, FormField field, string name, string value, IReadOnlyList<string> errors, bool markdownTools = false)
    {
        if (field.Kind == FormFieldKind.Finalities)
        {
            FinalityBoxes(html, field, name, value, errors);
            return;
        }

        var id = Id(name);
        html.Append(markdownTools && field.Kind == FormFieldKind.Markdown ? "<div class=\"editor-field\" data-markdown>\n<label for=\"" : "<div class=\"editor-field\">\n<label for=\"").Append(id).Append("\">").Append(HtmlEncode(field.Label))
            .Append(field.Required ? " (obligatoire)" : string.Empty).Append("</label>\n");
        var described = Help(html, field, id);
        for (var i = 0; i < errors.Count; i++)
        {
            var errorId = id + "-erreur-" + (i + 1).ToString(CultureInfo.InvariantCulture);
            html.Append("<span class=\"editor-field-error\" id=\"").Append(errorId).Append("\">").Append(HtmlEncode(errors[i])).Append("</span>\n");
            described += " " + errorId;
        }

        var attributes = new StringBuilder(" id=\"").Append(id).Append("\" name=\"").Append(HtmlEncode(name)).Append("\" aria-describedby=\"").Append(described).Append('"')
            .Append(errors.Count > 0 ? " aria-invalid=\"true\"" : string.Empty).ToString();
        switch (field.Kind)
        {
            case FormFieldKind.Choice:
                html.Append("<select").Append(attributes).Append(">\n<option value=\"\">(non renseigné)</option>\n");
                foreach (var choice in field.Choices!.Contains(value) || value.Length == 0 ? field.Choices! : [value, .. field.Choices!])
                {
                    html.Append("<option").Append(choice == value ? " selected" : string.Empty).Append('>').Append(HtmlEncode(choice)).Append("</option>\n");
                }

                html.Append("</select>\n");
                break;
            case FormFieldKind.Markdown or FormFieldKind.TextList or FormFieldKind.YearValues:
                html.Append("<textarea").Append(attributes).Append(" rows=\"").Append(field.Kind == FormFieldKind.Markdown ? "6" : "3").Append("\">")
                    .Append(HtmlEncode(value)).Append("</textarea>\n");
                break;
            default:
                html.Append("<input type=\"text\"").Append(attributes)
                    .Append(field.Kind is FormFieldKind.Integer or FormFieldKind.Number ? " inputmode=\"decimal\"" : string.Empty)
                    .Append(" value=\"").Append(HtmlEncode(value)).Append("\">\n");
                break;
        }

        html.Append("</div>\n");
    }

    /// <summary>
    /// The five finalités as checkboxes labelled with their full names, as in an action's form (and with its ids: the
    /// first box has the field's id, the others « -2 » to « -5 »), in a group whose legend
    /// is the field's label; an empty hidden value first, so that unticking every box posts the field (and removes the key).
    /// A code the law does not know stays listed, ticked, to be unticked.
    /// </summary>
    private static void FinalityBoxes(StringBuilder html, FormField field, string name, string value, IReadOnlyList<string> errors)
    {
        var id = Id(name);
        var chosen = value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var options = Finalities.All.Select(f => (f.Code, Label: ActionForm.Sentence(f.Label))).ToList();
        options.AddRange(chosen.Where(c => options.All(o => o.Code != c)).Select(c => (c, c + " (inconnue)")));
        var errorIds = Enumerable.Range(1, errors.Count).Select(i => id + "-erreur-" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        html.Append("<fieldset class=\"editor-field\" aria-describedby=\"").Append(string.Join(' ', [id + "-aide", .. errorIds])).Append("\">\n<legend>")
            .Append(HtmlEncode(field.Label)).Append("</legend>\n");
        Help(html, field, id);
        for (var i = 0; i < errors.Count; i++)
        {
            html.Append("<span class=\"editor-field-error\" id=\"").Append(errorIds[i]).Append("\">").Append(HtmlEncode(errors[i])).Append("</span>\n");
        }

        html.Append("<input type=\"hidden\" name=\"").Append(HtmlEncode(name)).Append("\" value=\"\">\n");
        var n = 0;
        foreach (var (code, label) in options)
        {
            var boxId = n++ == 0 ? id : id + "-" + n.ToString(CultureInfo.InvariantCulture);
            html.Append("<div class=\"editor-check\"><input type=\"checkbox\" id=\"").Append(boxId).Append("\" name=\"").Append(HtmlEncode(name)).Append("\" value=\"").Append(HtmlEncode(code)).Append('"')
                .Append(chosen.Contains(code) ? " checked" : string.Empty).Append(errors.Count > 0 ? " aria-invalid=\"true\"" : string.Empty)
                .Append("><label for=\"").Append(boxId).Append("\">").Append(HtmlEncode(label)).Append("</label></div>\n");
        }

        html.Append("</fieldset>\n");
    }

    /// <summary>A button that posts the whole form with an operation (« supprimer:chiffres.2 »).</summary>
    /// <param name="operation">What the button asks.</param>
    /// <param name="text">Its text.</param>
    /// <param name="label">Its accessible name, which starts with its text, when the text alone does not say which row it acts on.</param>
    /// <param name="cssClass">Its class.</param>
    /// <returns>The HTML.</returns>
    public static string Button(string operation, string text, string? label, string cssClass) =>
        $"<button type=\"submit\" name=\"{Operation}\" value=\"{HtmlEncode(operation)}\" class=\"{cssClass}\"{(label is null ? string.Empty : $" aria-label=\"{HtmlEncode(label)}\"")}>{HtmlEncode(text)}</button>";

    private static void Rows(StringBuilder html, FormField field, YamlEditor? document, List<YamlStep> path, ILookup<string, string> errors, int depth)
    {
        var name = Name(path);
        var heading = "h" + depth.ToString(CultureInfo.InvariantCulture);
        html.Append('<').Append(heading).Append(" id=\"").Append(Id(name)).Append("\">").Append(HtmlEncode(field.Label)).Append("</").Append(heading).Append(">\n");
        html.Append("<p class=\"editor-field-help\">").Append(HtmlEncode(field.Help)).Append("</p>\n");
        foreach (var message in errors[name])
        {
            html.Append("<p class=\"editor-field-error\">").Append(HtmlEncode(message)).Append("</p>\n");
        }

        var count = document?.Find(path) is YamlSequenceSpan sequence ? sequence.Items.Count : 0;
        var item = field.Item!;
        if (count > 0)
        {
            html.Append("<ol class=\"editor-rows\">\n");
            for (var i = 0; i < count; i++)
            {
                var row = path.Append(i).ToList();
                var title = RowTitle(item, document!, row, i);
                html.Append("<li>\n<fieldset>\n<legend>").Append(HtmlEncode(title)).Append("</legend>\n");
                Fields(html, item, document, row, errors, depth + 1);
                var rowName = Name(row);
                html.Append("<div class=\"editor-actions\">");
                if (i > 0)
                {
                    html.Append(Button("monter:" + rowName, "Monter", $"Monter «\u00A0{title}\u00A0»", "editor-secondary"));
                }

                if (i < count - 1)
                {
                    html.Append(Button("descendre:" + rowName, "Descendre", $"Descendre «\u00A0{title}\u00A0»", "editor-secondary"));
                }

                html.Append(Button("supprimer:" + rowName, "Supprimer", $"Supprimer «\u00A0{title}\u00A0»", "editor-danger"))
                    .Append("</div>\n</fieldset>\n</li>\n");
            }

            html.Append("</ol>\n");
        }
        else
        {
            html.Append("<p>Aucune ligne pour l'instant.</p>\n");
        }

        html.Append("<fieldset class=\"editor-new-row\">\n<legend>Ajouter une ligne à «\u00A0").Append(HtmlEncode(field.Label)).Append("\u00A0»</legend>\n");
        foreach (var rowField in item.Fields.Where(f => f.Kind is not (FormFieldKind.Group or FormFieldKind.Rows)))
        {
            Field(html, rowField, NewRow + "." + Name(path.Append(rowField.Key)), string.Empty, []);
        }

        html.Append("<div class=\"editor-actions\">").Append(Button("ajouter:" + name, "Ajouter la ligne", $"Ajouter la ligne à «\u00A0{field.Label}\u00A0»", "editor-secondary")).Append("</div>\n</fieldset>\n");
    }

    /// <summary>« Ligne 3 : trajets de covoiturage recensés »: the row's number and its first text that says what it is.</summary>
    private static string RowTitle(YamlForm item, YamlEditor document, List<YamlStep> row, int index)
    {
        var label = new[] { "libelle", "politique", "sigle", "nom", "axe" }
            .Where(k => item.Order.Contains(k))
            .Select(k => document.Scalar([.. row, k]))
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        var number = "Ligne " + (index + 1).ToString(CultureInfo.InvariantCulture);
        return label is null ? number : number + "\u00A0: " + label;
    }

    private static string Help(StringBuilder html, FormField field, string id)
    {
        var helpId = id + "-aide";
        html.Append("<span class=\"editor-field-help\" id=\"").Append(helpId).Append("\">").Append(HtmlEncode(field.Help)).Append(Hint(field.Kind)).Append("</span>\n");
        return helpId;
    }

    private static string Hint(FormFieldKind kind) => kind switch
    {
        FormFieldKind.TextList => " Un élément par ligne.",
        FormFieldKind.YearValues => " Une année par ligne\u00A0: «\u00A02023\u00A0: 12\u00A0».",
        FormFieldKind.Amount => " Un montant sans espace (850000), ou «\u00A0non communiqué\u00A0».",
        FormFieldKind.Markdown => " Texte en Markdown.",
        _ => string.Empty,
    };
}
