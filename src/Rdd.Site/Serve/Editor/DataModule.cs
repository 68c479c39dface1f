using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Rdd.Domain.Validation;
using Rdd.Site.Content.Editing;
using static System.Net.WebUtility;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// The forms of the data files: site settings (site.yml), and for each year rapport.yml, the key figures, the budget,
/// the green budget statement, the indicators, the glossary and the strategy documents. Each form is drawn from the
/// file's <see cref="YamlForm"/>; a save writes only the values that changed (<see cref="YamlEditor"/>), through
/// <see cref="EditorRequest.SaveAsync(string, string, string?)"/>, and the page shows each diagnostic at its field.
/// </summary>
internal sealed partial class DataModule : IEditorModule
{
    /// <summary>The list of the data files.</summary>
    public const string ListPath = "/edition/donnees";

    /// <summary>The form of one data file (« ?fichier=2024/budget.yml »).</summary>
    public const string FilePath = "/edition/donnees/fichier";

    /// <summary>Creates a year's strategy document from its name (POST « annee », « strategie-2024 »).</summary>
    public const string NewStrategyPath = "/edition/donnees/strategie";

    private const string VersionField = "version";

    private const string FormId = "formulaire";

    /// <inheritdoc />
    public IReadOnlyList<EditorLink> Navigation { get; } = [new("Données", ListPath)];

    /// <summary>The address of a data file's form.</summary>
    /// <param name="file">The file, relative to the content folder.</param>
    /// <returns>The address.</returns>
    public static string FileUrl(string file) => FilePath + "?" + EditorUrls.FileParameter + "=" + Uri.EscapeDataString(file);

    /// <inheritdoc />
    public async Task<bool> TryHandleAsync(EditorRequest request)
    {
        if (request.Path == ListPath && !request.IsPost)
        {
            await request.RenderAsync("Données du rapport", List(request, [])).ConfigureAwait(false);
            return true;
        }

        if (request.Path == NewStrategyPath && request.IsPost)
        {
            await NewStrategyAsync(request).ConfigureAwait(false);
            return true;
        }

        if (request.Path != FilePath)
        {
            return false;
        }

        var file = request.IsPost ? request.Form[EditorUrls.FileParameter].ToString() : request.Query(EditorUrls.FileParameter);
        if (YamlForm.For(file) is not { } form || !request.Store.IsAllowed(file))
        {
            await request.RenderAsync("Fichier introuvable", $"<p>«\u00A0{HtmlEncode(file)}\u00A0» n'est pas un fichier de données du rapport. {EditorHtml.Link(ListPath, "Revenir à la liste des données")}</p>", status: StatusCodes.Status404NotFound).ConfigureAwait(false);
            return true;
        }

        if (request.IsPost)
        {
            await PostAsync(request, file, form).ConfigureAwait(false);
        }
        else
        {
            await PageAsync(request, file, form, null).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>
    /// The file's text once the posted form is applied: every field that changed, then the operation of the button
    /// pressed (a row added, moved or removed). Null when the file is not YAML.
    /// </summary>
    /// <param name="text">The file's text.</param>
    /// <param name="form">The file's form.</param>
    /// <param name="posted">The posted fields.</param>
    /// <returns>The new text.</returns>
    internal static string? Apply(string text, YamlForm form, IFormCollection posted)
    {
        var applied = ApplyFields(text, form, [], posted);
        if (applied is null || YamlEditor.Parse(applied) is not { } document)
        {
            return null;
        }

        var operation = posted[DataFormHtml.Operation].ToString();
        var colon = operation.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return applied;
        }

        var path = Path(operation[(colon + 1)..]);
        var index = path.Count > 0 && path[^1].Key is null ? path[^1].Index : -1;
        var rows = path.Take(index >= 0 ? path.Count - 1 : path.Count).ToList();
        var count = (document.Find(rows) as YamlSequenceSpan)?.Items.Count ?? 0;
        return operation[..colon] switch
        {
            "ajouter" when RowsField(form, rows) is { } field => document.Add(rows, field.Item!.Row(NewRow(field.Item!, rows, posted)), order: OrderAt(form, rows)),
            "supprimer" when index >= 0 && index < count => document.Remove(path),
            "monter" when index > 0 && index < count => document.Move(rows, index, index - 1),
            "descendre" when index >= 0 && index < count - 1 => document.Move(rows, index, index + 1),
            _ => applied,
        };
    }

    private static async Task PostAsync(EditorRequest request, string file, YamlForm form)
    {
        var stored = request.Store.Read(file);
        var version = request.Form[VersionField].ToString();
        if ((stored?.Version ?? string.Empty) != version)
        {
            await PageAsync(request, file, form, "Le fichier a été modifié sur le disque depuis l'ouverture de ce formulaire (dans un autre éditeur, ou par une mise à jour)\u00A0: votre modification n'a pas été enregistrée, pour ne pas effacer l'autre. Le formulaire montre maintenant sa version actuelle.", StatusCodes.Status409Conflict).ConfigureAwait(false);
            return;
        }

        var text = stored?.Text ?? string.Empty;
        if (Apply(text, form, request.Form) is not { } edited)
        {
            await PageAsync(request, file, form, "Ce fichier ne peut pas être lu\u00A0: corrigez d'abord l'erreur signalée dans un éditeur de texte.", StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
            return;
        }

        var back = FileUrl(file);
        if (edited == text)
        {
            request.Redirect(back);
            return;
        }

        var result = await request.SaveAsync(file, edited, stored?.Version).ConfigureAwait(false);
        if (result.Saved)
        {
            request.Redirect(EditorNotices.After(back, EditorNotices.Saved) + "#" + FormId);
            return;
        }

        var details = string.Join(" ", result.Diagnostics.Select(EditorHtml.Message));
        await PageAsync(request, file, form, result.Message + (details.Length > 0 ? " " + details : string.Empty), result.Status == SaveStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
    }

    private static async Task PageAsync(EditorRequest request, string file, YamlForm form, string? problem, int status = StatusCodes.Status200OK)
    {
        var stored = request.Store.Read(file);
        var document = YamlEditor.Parse(stored?.Text ?? string.Empty);
        var diagnostics = request.DiagnosticsOf(file);
        var placed = document is null ? [] : Place(document, form, diagnostics);
        var errors = placed.Select(p => new FieldError(DataFormHtml.Id(p.Field), p.Message)).ToList();
        var byField = placed.ToLookup(p => p.Field, p => p.Message, StringComparer.Ordinal);

        var html = new StringBuilder();
        if (problem is not null)
        {
            html.Append("<p class=\"editor-field-error\" role=\"alert\">").Append(HtmlEncode(problem)).Append("</p>\n");
        }

        html.Append("<p>").Append(HtmlEncode(form.Description)).Append(" Fichier\u00A0: <code>").Append(HtmlEncode(file)).Append("</code>")
            .Append(stored is null ? " (il sera créé à l'enregistrement)" : string.Empty).Append(". ")
            .Append(EditorHtml.Link(ListPath, "Toutes les données")).Append("</p>\n");
        if (document is null)
        {
            html.Append("<p>Ce fichier ne peut pas être lu\u00A0: corrigez d'abord l'erreur signalée ci-dessous dans un éditeur de texte, puis rechargez cette page.</p>\n<ul>\n");
            foreach (var diagnostic in diagnostics)
            {
                html.Append("<li>").Append(HtmlEncode(EditorHtml.Message(diagnostic))).Append("</li>\n");
            }

            await request.RenderAsync(Title(file, request.Content), html.Append("</ul>\n").ToString(), status: status).ConfigureAwait(false);
            return;
        }

        html.Append("<form method=\"post\" action=\"").Append(FilePath).Append("\" id=\"").Append(FormId).Append("\">\n").Append(request.TokenField())
            .Append("<input type=\"hidden\" name=\"").Append(EditorUrls.FileParameter).Append("\" value=\"").Append(HtmlEncode(file)).Append("\">\n")
            .Append("<input type=\"hidden\" name=\"").Append(VersionField).Append("\" value=\"").Append(stored?.Version ?? string.Empty).Append("\">\n")
            .Append("<div class=\"editor-actions\"><button type=\"submit\" name=\"").Append(DataFormHtml.Operation).Append("\" value=\"enregistrer\">Enregistrer</button></div>\n");
        DataFormHtml.Fields(html, form, document, [], byField);
        html.Append("<div class=\"editor-actions\"><button type=\"submit\" name=\"").Append(DataFormHtml.Operation).Append("\" value=\"enregistrer\">Enregistrer</button></div>\n</form>\n");
        await request.RenderAsync(Title(file, request.Content), html.ToString(), errors, status).ConfigureAwait(false);
    }

    private static string? ApplyFields(string text, YamlForm form, List<YamlStep> path, IFormCollection posted)
    {
        var typed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in form.Fields)
        {
            var name = DataFormHtml.Name(path.Append(field.Key));
            if (field.Kind is not (FormFieldKind.Group or FormFieldKind.Rows) && posted.ContainsKey(name))
            {
                typed[field.Key] = Posted(posted, name);
            }
        }

        if (form.Apply(text, path, typed) is not { } applied)
        {
            return null;
        }

        foreach (var field in form.Fields)
        {
            var at = path.Append(field.Key).ToList();
            if (field.Kind == FormFieldKind.Group)
            {
                applied = ApplyFields(applied, field.Item!, at, posted);
            }
            else if (field.Kind == FormFieldKind.Rows)
            {
                var count = (YamlEditor.Parse(applied)?.Find(at) as YamlSequenceSpan)?.Items.Count ?? 0;
                for (var i = 0; i < count && applied is not null; i++)
                {
                    applied = ApplyFields(applied, field.Item!, [.. at, i], posted);
                }
            }

            if (applied is null)
            {
                return null;
            }
        }

        return applied;
    }

    private static Dictionary<string, string> NewRow(YamlForm item, List<YamlStep> rows, IFormCollection posted) =>
        item.Fields.Select(f => (f.Key, Name: DataFormHtml.NewRow + "." + DataFormHtml.Name(rows.Append(f.Key))))
            .Where(f => posted.ContainsKey(f.Name))
            .ToDictionary(f => f.Key, f => Posted(posted, f.Name), StringComparer.Ordinal);

    /// <summary>A field's posted text: the values of a group of checkboxes (and the empty one that says the group was shown), one a line.</summary>
    private static string Posted(IFormCollection posted, string name) => string.Join('\n', posted[name].Where(v => !string.IsNullOrEmpty(v)));

    /// <summary>The table field at <paramref name="rows"/> (« lignes », « lignes.2.axes » is a block, not a table).</summary>
    private static FormField? RowsField(YamlForm form, List<YamlStep> rows)
    {
        var current = form;
        FormField? field = null;
        foreach (var step in rows)
        {
            if (step.Key is null)
            {
                continue;
            }

            field = current?.Fields.FirstOrDefault(f => f.Key == step.Key);
            current = field?.Item;
        }

        return field?.Kind == FormFieldKind.Rows ? field : null;
    }

    /// <summary>The order of the keys of the mapping that holds the table at <paramref name="rows"/>.</summary>
    private static IReadOnlyList<string>? OrderAt(YamlForm form, List<YamlStep> rows)
    {
        var current = form;
        foreach (var step in rows.Take(rows.Count - 1).Where(s => s.Key is not null))
        {
            current = current.Fields.FirstOrDefault(f => f.Key == step.Key)?.Item ?? current;
        }

        return current.Order;
    }

    private static List<YamlStep> Path(string name) =>
        [.. name.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? (YamlStep)i : (YamlStep)p)];

    /// <summary>
    /// Each diagnostic of the file at the field it is about: the field whose lines hold its line (the narrowest), or,
    /// for a required key that is missing, the field of that key; else at the form.
    /// </summary>
    private static List<(string Field, string Message)> Place(YamlEditor document, YamlForm form, IReadOnlyList<Diagnostic> diagnostics)
    {
        var spans = new List<(string Field, int First, int Last, string Key, bool Present)>();
        Spans(document, form, [], spans);
        var placed = new List<(string, string)>();
        foreach (var diagnostic in diagnostics)
        {
            var line = diagnostic.Location?.Line ?? 0;
            var field = spans.Where(s => !s.Present && diagnostic.Message.Contains("« " + s.Key + " »", StringComparison.Ordinal) && line >= s.First && line <= s.Last)
                .Select(s => s.Field).FirstOrDefault()
                ?? spans.Where(s => s.Present && line >= s.First && line <= s.Last).OrderBy(s => s.Last - s.First).Select(s => s.Field).FirstOrDefault()
                ?? FormId;
            placed.Add((field == FormId ? FormId : field, EditorHtml.Message(diagnostic)));
        }

        return placed;
    }

    /// <summary>The lines of each field present (its key to the end of its value), and for each absent one the lines of its mapping.</summary>
    private static void Spans(YamlEditor document, YamlForm form, List<YamlStep> path, List<(string, int, int, string, bool)> spans)
    {
        if (document.Find(path) is not YamlSpan mapping && path.Count > 0)
        {
            return;
        }

        var (first, last) = document.Root is null ? (1, 1) : Lines(document, path.Count == 0 ? document.Root : document.Find(path)!);
        foreach (var field in form.Fields)
        {
            var at = path.Append(field.Key).ToList();
            var name = DataFormHtml.Name(at);
            var entry = (document.Find(path) as YamlMappingSpan)?.Find(field.Key);
            if (entry is null)
            {
                spans.Add((field.Kind == FormFieldKind.Group ? FormId : name, first, last, field.Key, false));
                continue;
            }

            var keyLine = Line(document.Text, entry.Key.Start);
            spans.Add((field.Kind == FormFieldKind.Group ? FormId : name, keyLine, Line(document.Text, entry.Value.End), field.Key, true));
            if (field.Kind == FormFieldKind.Group)
            {
                Spans(document, field.Item!, at, spans);
            }
            else if (field.Kind == FormFieldKind.Rows && entry.Value is YamlSequenceSpan rows)
            {
                for (var i = 0; i < rows.Items.Count; i++)
                {
                    Spans(document, field.Item!, [.. at, i], spans);
                }
            }
        }
    }

    private static (int First, int Last) Lines(YamlEditor document, YamlSpan node) => (Line(document.Text, node.Start), Line(document.Text, node.End));

    private static int Line(string text, int index) => text.AsSpan(0, Math.Min(index, text.Length)).Count('\n') + 1;
}
