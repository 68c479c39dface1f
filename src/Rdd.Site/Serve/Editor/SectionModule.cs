using System.Text;
using Microsoft.AspNetCore.Http;
using Rdd.Domain;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;
using Rdd.Domain.Validation;
using static System.Net.WebUtility;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// The page of a section: its header (title, group, the finalités, elements, terms and ODD all its actions inherit)
/// and its actions, each with its form, « Monter », « Descendre », « Déplacer vers » another section and « Supprimer »;
/// « Ajouter une action ».
/// </summary>
internal sealed class SectionModule : IEditorModule
{
    /// <summary>The section's page; its header form posts here.</summary>
    public const string Path = "/edition/section";

    /// <inheritdoc />
    public IReadOnlyList<EditorLink> Navigation => [];

    /// <inheritdoc />
    public async Task<bool> TryHandleAsync(EditorRequest request)
    {
        if (request.Path != Path)
        {
            return false;
        }

        var file = request.IsPost ? request.Form[EditorUrls.FileParameter].ToString() : request.Query(EditorUrls.FileParameter);
        if (SectionTarget.Find(request, file) is not { } target)
        {
            await request.RenderAsync("Section introuvable", $"<p>Cette section n'existe pas, ou plus.</p><p>{EditorHtml.Link(EditorUrls.Structure, "Revenir à la structure du rapport")}</p>", status: StatusCodes.Status404NotFound).ConfigureAwait(false);
            return true;
        }

        var section = target.Text.Section!;
        if (!request.IsPost)
        {
            var header = request.DiagnosticsOf(target.File.Path, 1, Math.Max(1, target.Text.FrontMatterEnd + 1));
            await RenderAsync(request, target, section, AtFields(header), StatusCodes.Status200OK).ConfigureAwait(false);
            return true;
        }

        var edited = Read(request.Form, section);
        if (edited.Title.Length == 0)
        {
            await RenderAsync(request, target, edited, [new FieldError("titre", "Donnez un titre à la section\u00A0: il s'affiche sur le site et dans le sommaire.")], StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
            return true;
        }

        if (target.Text.FrontMatterEnd < 0)
        {
            await RenderAsync(request, target, edited, [new FieldError("titre", "Ce fichier n'a pas d'en-tête («\u00A0---\u00A0», «\u00A0titre: …\u00A0», «\u00A0---\u00A0») : ajoutez-le dans un éditeur de texte, puis revenez ici.")], StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
            return true;
        }

        var result = await request.SaveAsync(target.File.Path, target.Text.EditHeader(edited), request.Form[ActionModule.VersionField].ToString()).ConfigureAwait(false);
        if (result.Saved)
        {
            request.Redirect(EditorNotices.After(EditorUrls.Section(target.File.Path), EditorNotices.Saved));
            return true;
        }

        await RenderAsync(request, target, edited, [new FieldError("titre", result.Message!), .. AtFields(result.Diagnostics)], StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
        return true;
    }

    private static Section Read(IFormCollection form, Section section)
    {
        string[] Values(string name) => form[name].OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var terms = Values("termes").Select(t => t.Split(':', 2)).Where(p => p.Length == 2 && p[0].Length > 0 && p[1].Length > 0).Select(p => new TermReference(Codes.Normalize(p[0]), Codes.Normalize(p[1])));
        return section with
        {
            Title = ActionForm.OneLine(form["titre"].ToString()),
            Group = form["groupe"].ToString().Trim() is { Length: > 0 } group ? group : null,
            DefaultFinalities = Values("finalites"),
            DefaultGovernanceElements = Values("elements"),
            DefaultTerms = [.. terms, .. Values("odd").Select(o => new TermReference(SustainableDevelopmentGoals.Id, o))],
        };
    }

    private static IReadOnlyList<FieldError> AtFields(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => new FieldError(
            d.Element?.Attribute switch
            {
                ElementAttributes.Finalities => "finalites",
                ElementAttributes.GovernanceElements => "elements",
                ElementAttributes.Terms => d.Message.Contains("ODD", StringComparison.Ordinal) ? "odd" : "termes",
                _ => "titre",
            },
            EditorHtml.Message(d))).ToList();

    private static Task RenderAsync(EditorRequest request, SectionTarget target, Section section, IReadOnlyList<FieldError> errors, int status)
    {
        var file = target.File.Path;
        var form = new EditorForm(errors)
            .Text("titre", "Titre de la section", section.Title, required: true)
            .Text("groupe", "Groupe", section.Group, "Intertitre qui regroupe plusieurs sections de la partie sur le site, par exemple «\u00A0Une Agglo solidaire\u00A0»\u00A0; laissez vide s'il n'y en a pas.")
            .Checkboxes("finalites", "Finalités de toutes les actions de la section", Finalities.All.Select(f => (f.Code, f.Label)), section.DefaultFinalities)
            .Checkboxes("elements", "Éléments de la démarche de toutes les pratiques de la section (partie 3)", GovernanceElements.All.Select(e => (e.Code, e.Label)), section.DefaultGovernanceElements);
        var strategy = section.DefaultTerms.Where(t => t.Taxonomy != SustainableDevelopmentGoals.Id).Select(t => t.ToString()).ToList();
        var first = true;
        foreach (var taxonomy in target.Year.Report.Taxonomies)
        {
            form.Checkboxes(first ? "termes" : "termes-" + taxonomy.Id, taxonomy.Name, taxonomy.Terms.Select(t => (taxonomy.Id + ":" + t.Code, t.Label)), strategy, columns: taxonomy.Terms.Count > 6, name: "termes");
            first = false;
        }

        var odd = section.DefaultTerms.Where(t => t.Taxonomy == SustainableDevelopmentGoals.Id).Select(t => t.Code);
        form.Checkboxes("odd", "Objectifs de développement durable (ODD) de toute la section", SustainableDevelopmentGoals.Taxonomy.Terms.Select(t => (t.Code, t.Label)), odd, columns: true);
        var html = new StringBuilder()
            .Append("<p>Fichier ").Append(HtmlEncode(file)).Append(". ").Append(EditorHtml.Link(EditorUrls.Structure, "Revenir à la structure du rapport")).Append("</p>\n")
            .Append("<h2 id=\"actions\">Actions</h2>\n<p>").Append(EditorHtml.Link(ActionModule.NewActionUrl(file), "Ajouter une action")).Append("</p>\n");
        Actions(html, request, target);
        html.Append("<h2 id=\"en-tete\">En-tête de la section</h2>\n<form method=\"post\" action=\"").Append(Path).Append("\" novalidate>\n").Append(request.TokenField()).Append('\n')
            .Append(new EditorForm([]).Hidden(EditorUrls.FileParameter, file).Hidden(ActionModule.VersionField, target.File.Version).Html)
            .Append(form.Buttons("Enregistrer l'en-tête", null).Html).Append("</form>\n");
        return request.RenderAsync($"Section «\u00A0{section.Title}\u00A0»", html.ToString(), errors, status);
    }

    /// <summary>The list of the section's actions, each with its links and buttons (plain forms: they work without a script).</summary>
    private static void Actions(StringBuilder html, EditorRequest request, SectionTarget target)
    {
        var actions = target.Text.Section!.Actions;
        if (actions.Count == 0)
        {
            html.Append("<p>Cette section n'a pas encore d'action.</p>\n");
            return;
        }

        var file = target.File.Path;
        var others = ReportOutline.Of(request.Content).Years.FirstOrDefault(y => file.StartsWith(y.Folder + "/", StringComparison.Ordinal))?.Parts
            .SelectMany(p => p.Sections).Where(s => s.File != file).ToList() ?? [];
        html.Append("<ol class=\"editor-list\">\n");
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            var (first, last) = target.Text.LinesOf(action.Id)!.Value;
            var hidden = request.TokenField() + new EditorForm([]).Hidden(EditorUrls.FileParameter, file).Hidden(EditorUrls.ActionParameter, action.Id).Hidden(ActionModule.VersionField, target.File.Version).Html;
            var name = HtmlEncode(action.Title);
            html.Append("<li><span>").Append(EditorHtml.Link(EditorUrls.Action(file, action.Id), action.Title)).Append(EditorHtml.Counts(request.DiagnosticsOf(file, first, last))).Append("</span>\n");
            if (i > 0)
            {
                html.Append("<form class=\"editor-inline\" method=\"post\" action=\"").Append(ActionModule.MovePath).Append("\">").Append(hidden)
                    .Append("<button type=\"submit\" name=\"sens\" value=\"haut\" class=\"editor-secondary\" aria-label=\"Monter «\u00A0").Append(name).Append("\u00A0»\">Monter</button></form>\n");
            }

            if (i + 1 < actions.Count)
            {
                html.Append("<form class=\"editor-inline\" method=\"post\" action=\"").Append(ActionModule.MovePath).Append("\">").Append(hidden)
                    .Append("<button type=\"submit\" name=\"sens\" value=\"bas\" class=\"editor-secondary\" aria-label=\"Descendre «\u00A0").Append(name).Append("\u00A0»\">Descendre</button></form>\n");
            }

            if (others.Count > 0)
            {
                var selectId = "vers-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                html.Append("<form class=\"editor-inline\" method=\"post\" action=\"").Append(ActionModule.MoveToPath).Append("\">").Append(hidden)
                    .Append("<label for=\"").Append(selectId).Append("\">Déplacer «\u00A0").Append(name).Append("\u00A0» vers</label> <select id=\"").Append(selectId).Append("\" name=\"vers\">");
                foreach (var other in others)
                {
                    html.Append("<option value=\"").Append(HtmlEncode(other.File)).Append("\">").Append(HtmlEncode(other.Title)).Append("</option>");
                }

                html.Append("</select> <button type=\"submit\" class=\"editor-secondary\">Déplacer</button></form>\n");
            }

            html.Append("<a href=\"").Append(HtmlEncode(ActionModule.DeleteUrl(file, action.Id))).Append("\" aria-label=\"Supprimer «\u00A0").Append(name).Append("\u00A0»\">Supprimer</a></li>\n");
        }

        html.Append("</ol>\n");
    }
}
