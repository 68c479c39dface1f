using System.Text;
using Microsoft.AspNetCore.Http;
using Rdd.Domain;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;
using Rdd.Domain.Validation;
using Rdd.Site.Content.Editing;
using static System.Net.WebUtility;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// The page of a section: its actions, each with its form, « Monter », « Descendre », « Déplacer vers » another section
/// and « Supprimer »; « Ajouter une action »; then one form for its header (title, group, the finalités, elements,
/// terms and ODD all its actions inherit) and its introduction (the Markdown before its first action, with the action
/// text's toolbar, preview and « Insérer une image »).
/// </summary>
internal sealed class SectionModule : IEditorModule
{
    /// <summary>The section's page; its form (header and introduction) posts here.</summary>
    public const string Path = "/edition/section";

    /// <summary>The confirmation of a section's deletion; it posts here.</summary>
    public const string DeletePath = "/edition/section/supprimer";

    /// <summary>The id of the introduction's field.</summary>
    public const string IntroductionField = "introduction";

    /// <inheritdoc />
    public IReadOnlyList<EditorLink> Navigation => [];

    /// <summary>The address of the confirmation of the deletion of the section <paramref name="file"/>.</summary>
    /// <param name="file">The section's file.</param>
    /// <returns>The address.</returns>
    public static string DeleteUrl(string file) => DeletePath + EditorUrls.Section(file)[Path.Length..];

    /// <inheritdoc />
    public async Task<bool> TryHandleAsync(EditorRequest request)
    {
        if (request.Path is not (Path or DeletePath))
        {
            return false;
        }

        var file = request.IsPost ? request.Form[EditorUrls.FileParameter].ToString() : request.Query(EditorUrls.FileParameter);
        if (SectionTarget.Find(request, file) is not { } target)
        {
            await request.RenderAsync("Section introuvable", $"<p>Cette section n'existe pas, ou plus.</p><p>{EditorHtml.Link(EditorUrls.Structure, "Revenir à la structure du rapport")}</p>", status: StatusCodes.Status404NotFound).ConfigureAwait(false);
            return true;
        }

        if (request.Path == DeletePath)
        {
            await DeleteAsync(request, target).ConfigureAwait(false);
            return true;
        }

        await EditAsync(request, target).ConfigureAwait(false);
        return true;
    }

    /// <summary>The section's page; or its form sent: an image inserted in the introduction, or the header and the introduction saved.</summary>
    private static async Task EditAsync(EditorRequest request, SectionTarget target)
    {
        var section = target.Text.Section!;
        if (!request.IsPost)
        {
            var header = request.DiagnosticsOf(target.File.Path, 1, Math.Max(1, target.Text.FrontMatterEnd + 1));
            var introduction = target.Text.IntroductionLines is { First: var first, Last: var last } ? request.DiagnosticsOf(target.File.Path, first, last) : [];
            await RenderAsync(request, target, section, AtFields(header, target.Text).Concat(AtFields(introduction, target.Text)).ToList(), StatusCodes.Status200OK).ConfigureAwait(false);
            return;
        }

        var edited = Read(request.Form, section);
        if (ImageChooser.IsRequested(request.Form))
        {
            var (withImage, imageError) = ImageChooser.Insert(request.Store, target.File.Path, edited.Introduction, request.Form);
            await RenderAsync(request, target, edited with { Introduction = withImage }, imageError is null ? [] : [imageError], imageError is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
            return;
        }

        if (Check(edited, target.Text) is { Count: > 0 } invalid)
        {
            await RenderAsync(request, target, edited, invalid, StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
            return;
        }

        var text = SectionText.Read(request.Store.Root, target.File.Path, target.Text.EditHeader(edited)).EditIntroduction(edited.Introduction);
        var result = await request.SaveAsync(target.File.Path, text, request.Form[ActionModule.VersionField].ToString()).ConfigureAwait(false);
        if (result.Saved)
        {
            request.Redirect(EditorNotices.After(EditorUrls.Section(target.File.Path), EditorNotices.Saved));
            return;
        }

        var refused = SectionText.Read(request.Store.Root, target.File.Path, text);
        await RenderAsync(request, target, edited, [new FieldError("titre", result.Message!), .. AtFields(result.Diagnostics, refused)], StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
    }

    /// <summary>What the form refuses before anything is written: a heading that would start an action in the introduction, an empty title, a file without front matter.</summary>
    private static IReadOnlyList<FieldError> Check(Section edited, SectionText text)
    {
        if (SectionText.ActionHeadingIn(edited.Introduction) is { } line)
        {
            return [new FieldError(IntroductionField, $"La ligne {line} de l'introduction est un titre de niveau 2 («\u00A0##\u00A0», ou une ligne soulignée de tirets «\u00A0---\u00A0»)\u00A0: dans une section, un tel titre commence une nouvelle action. "
                + "Pour un intertitre, écrivez «\u00A0###\u00A0»\u00A0; pour une action, utilisez «\u00A0Ajouter une action\u00A0».")];
        }

        if (edited.Title.Length == 0)
        {
            return [new FieldError("titre", "Donnez un titre à la section\u00A0: il s'affiche sur le site et dans le sommaire.")];
        }

        return text.FrontMatterEnd < 0
            ? [new FieldError("titre", "Ce fichier n'a pas d'en-tête («\u00A0---\u00A0», «\u00A0titre: …\u00A0», «\u00A0---\u00A0»)\u00A0: ajoutez-le dans un éditeur de texte, puis revenez ici.")]
            : [];
    }

    /// <summary>The confirmation page, then the file removed (« Annuler la dernière modification » brings it back) and the part's page.</summary>
    private static async Task DeleteAsync(EditorRequest request, SectionTarget target)
    {
        var file = target.File.Path;
        var errors = new List<FieldError>();
        if (request.IsPost)
        {
            var result = await request.SaveAsync([new FileEdit(file, null, request.Form[ActionModule.VersionField].ToString())]).ConfigureAwait(false);
            if (result.Saved)
            {
                var folders = file.Split('/');
                request.Redirect(EditorNotices.After(EditorUrls.Part(folders[0], (PartKind)(folders[1][^1] - '0')), EditorNotices.Deleted));
                return;
            }

            errors.Add(new FieldError("supprimer", result.Message!));
        }

        var section = target.Text.Section!;
        var actions = section.Actions.Count switch
        {
            0 => string.Empty,
            1 => ", son action",
            var count => ", ses " + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " actions",
        };
        var html = $"<p>La section «\u00A0{HtmlEncode(section.Title)}\u00A0»{actions} et son texte seront retirés du rapport (fichier {HtmlEncode(file)}). "
            + "Vous pourrez revenir en arrière avec «\u00A0Annuler la dernière modification\u00A0».</p>\n"
            + $"<form method=\"post\" action=\"{DeletePath}\">\n{request.TokenField()}\n"
            + new EditorForm([]).Hidden(EditorUrls.FileParameter, file).Hidden(ActionModule.VersionField, target.File.Version).Html
            + $"<div class=\"editor-actions\"><button type=\"submit\" id=\"supprimer\" class=\"editor-danger\">Supprimer la section</button>{EditorHtml.Link(EditorUrls.Section(file), "Ne pas supprimer")}</div>\n</form>";
        await request.RenderAsync($"Supprimer la section «\u00A0{section.Title}\u00A0»\u00A0?", html, errors, errors.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status409Conflict).ConfigureAwait(false);
    }

    private static Section Read(IFormCollection form, Section section)
    {
        string[] Values(string name) => form[name].OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var terms = Values("termes").Select(t => t.Split(':', 2)).Where(p => p.Length == 2 && p[0].Length > 0 && p[1].Length > 0).Select(p => new TermReference(Codes.Normalize(p[0]), Codes.Normalize(p[1])));
        return section with
        {
            Title = ActionForm.OneLine(form["titre"].ToString()),
            Group = form["groupe"].ToString().Trim() is { Length: > 0 } group ? group : null,
            Introduction = ActionForm.Markdown(form[IntroductionField].ToString()),
            DefaultFinalities = Values("finalites"),
            DefaultGovernanceElements = Values("elements"),
            DefaultTerms = [.. terms, .. Values("odd").Select(o => new TermReference(SustainableDevelopmentGoals.Id, o))],
        };
    }

    /// <summary>The diagnostics of the header and the introduction of <paramref name="text"/>, at their fields.</summary>
    private static IEnumerable<FieldError> AtFields(IEnumerable<Diagnostic> diagnostics, SectionText text) =>
        diagnostics.Select(d => new FieldError(
            text.IntroductionLines is { First: var first, Last: var last } && d.Location?.Line >= first && d.Location?.Line <= last ? IntroductionField : d.Element?.Attribute switch
            {
                ElementAttributes.Finalities => "finalites",
                ElementAttributes.GovernanceElements => "elements",
                ElementAttributes.Terms => d.Message.Contains("ODD", StringComparison.Ordinal) ? "odd" : "termes",
                _ => "titre",
            },
            EditorHtml.Message(d)));

    private static Task RenderAsync(EditorRequest request, SectionTarget target, Section section, IReadOnlyList<FieldError> errors, int status)
    {
        var file = target.File.Path;
        var form = new EditorForm(errors)
            .Text("titre", "Titre de la section", section.Title, required: true)
            .Text("groupe", "Groupe", section.Group, "Intertitre qui regroupe plusieurs sections de la partie sur le site, par exemple «\u00A0Une Agglo solidaire\u00A0»\u00A0; laissez vide s'il n'y en a pas.")
            .Markdown(IntroductionField, "Texte d'introduction de la section", section.Introduction, "En Markdown, affiché avant les actions\u00A0; laissez vide s'il n'y en a pas. Une ligne vide entre deux paragraphes, «\u00A0-\u00A0» en tête de ligne pour une liste, **gras**, [lien](https://…)\u00A0; «\u00A0###\u00A0» pour un intertitre.")
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
        var inserted = request.IsPost && ImageChooser.IsRequested(request.Form) && errors.Count == 0;
        html.Append("<h2 id=\"en-tete\">En-tête et introduction de la section</h2>\n<form method=\"post\" action=\"").Append(Path).Append("\" novalidate>\n").Append(request.TokenField()).Append('\n')
            .Append(new EditorForm([]).Hidden(EditorUrls.FileParameter, file).Hidden(ActionModule.VersionField, target.File.Version).Html)
            .Append(form.Buttons("Enregistrer", null).Html)
            .Append(ImageChooser.Html(request, file, IntroductionField, EditorUrls.Section(file), errors, inserted)).Append("</form>\n")
            .Append("<p>").Append(EditorHtml.Link(DeleteUrl(file), "Supprimer cette section…")).Append("</p>\n");
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
