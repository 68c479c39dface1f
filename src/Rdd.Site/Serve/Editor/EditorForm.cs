using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// The fields of the editor's forms: each with a visible label, its help, and the errors found at it (the field is
/// marked <c>aria-invalid</c> and described by them, and the summary at the top of the page links to its id).
/// </summary>
internal sealed class EditorForm
{
    private readonly IReadOnlyList<FieldError> _errors;
    private readonly StringBuilder _html = new();

    /// <summary>Starts a form that shows <paramref name="errors"/> at their fields.</summary>
    /// <param name="errors">The errors, by field id.</param>
    public EditorForm(IReadOnlyList<FieldError> errors)
    {
        _errors = errors;
    }

    /// <summary>The fields written so far.</summary>
    public string Html => _html.ToString();

    /// <summary>Writes raw HTML between the fields (a heading, a hidden field).</summary>
    /// <param name="html">The HTML.</param>
    /// <returns>This form.</returns>
    public EditorForm Raw(string html)
    {
        _html.Append(html).Append('\n');
        return this;
    }

    /// <summary>A hidden field.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="value">Its value.</param>
    /// <returns>This form.</returns>
    public EditorForm Hidden(string name, string value) =>
        Raw($"<input type=\"hidden\" name=\"{HtmlEncode(name)}\" value=\"{HtmlEncode(value)}\">");

    /// <summary>A one-line text field.</summary>
    /// <param name="id">Its id and name.</param>
    /// <param name="label">Its label.</param>
    /// <param name="value">Its value.</param>
    /// <param name="help">A help text under the label; null for none.</param>
    /// <param name="required">Whether it must be filled in.</param>
    /// <returns>This form.</returns>
    public EditorForm Text(string id, string label, string? value, string? help = null, bool required = false)
    {
        var (describedBy, invalid, messages) = Describe(id, help);
        _html.Append("<div class=\"editor-field\">\n<label for=\"").Append(id).Append("\">").Append(HtmlEncode(label)).Append(required ? " (obligatoire)" : string.Empty).Append("</label>\n")
            .Append(messages)
            .Append("<input type=\"text\" id=\"").Append(id).Append("\" name=\"").Append(id).Append("\" value=\"").Append(HtmlEncode(value ?? string.Empty)).Append('"')
            .Append(required ? " required" : string.Empty).Append(invalid).Append(describedBy).Append(">\n</div>\n");
        return this;
    }

    /// <summary>A text area for Markdown, with the toolbar the editor's script adds (bold, list, link) and its preview.</summary>
    /// <param name="id">Its id and name.</param>
    /// <param name="label">Its label.</param>
    /// <param name="value">Its value.</param>
    /// <param name="help">A help text; null for none.</param>
    /// <returns>This form.</returns>
    public EditorForm Markdown(string id, string label, string? value, string? help = null)
    {
        var (describedBy, invalid, messages) = Describe(id, help);
        _html.Append("<div class=\"editor-field\" data-markdown>\n<label for=\"").Append(id).Append("\">").Append(HtmlEncode(label)).Append("</label>\n")
            .Append(messages)
            .Append("<textarea id=\"").Append(id).Append("\" name=\"").Append(id).Append("\" rows=\"14\"").Append(invalid).Append(describedBy).Append('>')
            .Append(HtmlEncode(value ?? string.Empty)).Append("</textarea>\n</div>\n");
        return this;
    }

    /// <summary>A list to choose one value from.</summary>
    /// <param name="id">Its id and name.</param>
    /// <param name="label">Its label.</param>
    /// <param name="options">The values and their labels, in order (the first is often « none »).</param>
    /// <param name="selected">The value chosen.</param>
    /// <param name="help">A help text; null for none.</param>
    /// <returns>This form.</returns>
    public EditorForm Select(string id, string label, IEnumerable<(string Value, string Label)> options, string? selected, string? help = null)
    {
        var (describedBy, invalid, messages) = Describe(id, help);
        _html.Append("<div class=\"editor-field\">\n<label for=\"").Append(id).Append("\">").Append(HtmlEncode(label)).Append("</label>\n").Append(messages)
            .Append("<select id=\"").Append(id).Append("\" name=\"").Append(id).Append('"').Append(invalid).Append(describedBy).Append(">\n");
        foreach (var (value, text) in options)
        {
            _html.Append("<option value=\"").Append(HtmlEncode(value)).Append('"').Append(value == (selected ?? string.Empty) ? " selected" : string.Empty).Append('>')
                .Append(HtmlEncode(text)).Append("</option>\n");
        }

        _html.Append("</select>\n</div>\n");
        return this;
    }

    /// <summary>Checkboxes in a group with a legend; the first box has the group's id, which the summary links to.</summary>
    /// <param name="id">The group's id and the boxes' name.</param>
    /// <param name="legend">The group's legend.</param>
    /// <param name="options">The values and their labels.</param>
    /// <param name="selected">The values checked.</param>
    /// <param name="help">A help text; null for none.</param>
    /// <param name="columns">Whether to lay the boxes out in columns (long lists).</param>
    /// <param name="name">The boxes' name, when several groups share one; the group's id when null.</param>
    /// <returns>This form.</returns>
    public EditorForm Checkboxes(string id, string legend, IEnumerable<(string Value, string Label)> options, IEnumerable<string> selected, string? help = null, bool columns = false, string? name = null)
    {
        var chosen = selected.ToHashSet(StringComparer.Ordinal);
        var (describedBy, invalid, messages) = Describe(id, help);
        _html.Append("<fieldset class=\"editor-field\"").Append(describedBy).Append(">\n<legend>").Append(HtmlEncode(legend)).Append("</legend>\n").Append(messages)
            .Append(columns ? "<div class=\"editor-columns\">\n" : string.Empty);
        var n = 0;
        foreach (var (value, text) in options)
        {
            var boxId = n++ == 0 ? id : id + "-" + n.ToString(CultureInfo.InvariantCulture);
            _html.Append("<div class=\"editor-check\"><input type=\"checkbox\" id=\"").Append(boxId).Append("\" name=\"").Append(name ?? id).Append("\" value=\"").Append(HtmlEncode(value)).Append('"')
                .Append(chosen.Contains(value) ? " checked" : string.Empty).Append(invalid).Append("><label for=\"").Append(boxId).Append("\">")
                .Append(HtmlEncode(text)).Append("</label></div>\n");
        }

        _html.Append(columns ? "</div>\n" : string.Empty).Append("</fieldset>\n");
        return this;
    }

    /// <summary>The form's buttons.</summary>
    /// <param name="submit">The main button's text (« Enregistrer »).</param>
    /// <param name="cancelHref">Where « Annuler » leads; null for no such link.</param>
    /// <returns>This form.</returns>
    public EditorForm Buttons(string submit, string? cancelHref)
    {
        _html.Append("<div class=\"editor-actions\"><button type=\"submit\">").Append(HtmlEncode(submit)).Append("</button>");
        if (cancelHref is not null)
        {
            _html.Append(EditorHtml.Link(cancelHref, "Revenir sans enregistrer"));
        }

        _html.Append("</div>\n");
        return this;
    }

    /// <summary>The attributes and messages of a field: its help and its errors, each with an id the field names in aria-describedby.</summary>
    private (string DescribedBy, string Invalid, string Messages) Describe(string id, string? help)
    {
        var ids = new List<string>();
        var messages = new StringBuilder();
        if (help is not null)
        {
            ids.Add(id + "-aide");
            messages.Append("<span class=\"editor-field-help\" id=\"").Append(id).Append("-aide\">").Append(HtmlEncode(help)).Append("</span>\n");
        }

        var errors = _errors.Where(e => e.FieldId == id).ToList();
        for (var i = 0; i < errors.Count; i++)
        {
            var errorId = id + "-erreur-" + (i + 1).ToString(CultureInfo.InvariantCulture);
            ids.Add(errorId);
            messages.Append("<span class=\"editor-field-error\" id=\"").Append(errorId).Append("\">").Append(HtmlEncode(errors[i].Message)).Append("</span>\n");
        }

        return (
            ids.Count == 0 ? string.Empty : " aria-describedby=\"" + string.Join(' ', ids) + "\"",
            errors.Count == 0 ? string.Empty : " aria-invalid=\"true\"",
            messages.ToString());
    }
}
