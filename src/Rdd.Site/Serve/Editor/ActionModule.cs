using Microsoft.AspNetCore.Http;
using Rdd.Site.Content;
using Rdd.Site.Content.Editing;
using static System.Net.WebUtility;
using Rdd.Domain.Reports;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// The pages of an action: its form (« Enregistrer »), « Ajouter une action », the confirmation of its deletion, and the
/// buttons of the section page that move it up, down or to another section.
/// </summary>
internal sealed class ActionModule : IEditorModule
{
    /// <summary>The action's form.</summary>
    public const string EditPath = "/edition/action";

    /// <summary>The form of a new action.</summary>
    public const string NewPath = "/edition/action/nouvelle";

    /// <summary>The confirmation of a deletion.</summary>
    public const string DeletePath = "/edition/action/supprimer";

    /// <summary>Moves an action up or down in its section.</summary>
    public const string MovePath = "/edition/action/deplacer";

    /// <summary>Moves an action to the end of another section.</summary>
    public const string MoveToPath = "/edition/action/deplacer-vers";

    /// <summary>The hidden field of the version the form was made from.</summary>
    public const string VersionField = "version";

    /// <inheritdoc />
    public IReadOnlyList<EditorLink> Navigation => [];

    /// <summary>The address of the form of a new action in <paramref name="file"/>, after <paramref name="afterId"/> (null: at the end).</summary>
    /// <param name="file">The section's file.</param>
    /// <param name="afterId">The action it follows.</param>
    /// <returns>The address.</returns>
    public static string NewActionUrl(string file, string? afterId = null) =>
        NewPath + "?" + EditorUrls.FileParameter + "=" + Uri.EscapeDataString(file) + (afterId is null ? string.Empty : "&apres=" + Uri.EscapeDataString(afterId));

    /// <summary>The address of the confirmation of the deletion of an action.</summary>
    /// <param name="file">The section's file.</param>
    /// <param name="id">The action's id.</param>
    /// <returns>The address.</returns>
    public static string DeleteUrl(string file, string id) => DeletePath + EditorUrls.Action(file, id)[EditPath.Length..];

    /// <inheritdoc />
    public async Task<bool> TryHandleAsync(EditorRequest request)
    {
        var fileName = request.IsPost ? request.Form[EditorUrls.FileParameter].ToString() : request.Query(EditorUrls.FileParameter);
        var id = request.IsPost ? request.Form[EditorUrls.ActionParameter].ToString() : request.Query(EditorUrls.ActionParameter);
        switch (request.Path)
        {
            case EditPath or NewPath or DeletePath or MovePath or MoveToPath:
                break;
            default:
                return false;
        }

        if (SectionTarget.Find(request, fileName) is not { } target)
        {
            await NotFoundAsync(request, "Cette section n'existe pas, ou plus\u00A0: elle a peut-être été renommée ou supprimée.").ConfigureAwait(false);
            return true;
        }

        if (request.Path == NewPath)
        {
            await NewAsync(request, target).ConfigureAwait(false);
            return true;
        }

        if (target.Text.Action(id) is not { } action)
        {
            await NotFoundAsync(request, "Cette action n'existe pas, ou plus, dans cette section\u00A0: elle a peut-être été déplacée ou supprimée.").ConfigureAwait(false);
            return true;
        }

        await (request.Path switch
        {
            EditPath => EditAsync(request, target, action),
            DeletePath => DeleteAsync(request, target, action),
            MovePath => MoveAsync(request, target, action),
            _ => MoveToAsync(request, target, action),
        }).ConfigureAwait(false);
        return true;
    }

    private static async Task EditAsync(EditorRequest request, SectionTarget target, ReportAction action)
    {
        var (first, last) = target.Text.LinesOf(action.Id)!.Value;
        if (!request.IsPost)
        {
            var errors = ActionForm.AtFields(request.DiagnosticsOf(target.File.Path, first, last), first, target.Year);
            await RenderFormAsync(request, target, action, errors, StatusCodes.Status200OK).ConfigureAwait(false);
            return;
        }

        var edited = KeepOrder(action, ActionForm.Read(request.Form, action.Id));
        if (ImageChooser.IsRequested(request.Form))
        {
            var (withImage, status, imageErrors) = InsertImage(request, target, edited);
            await RenderFormAsync(request, target, withImage, imageErrors, status).ConfigureAwait(false);
            return;
        }

        if (ActionForm.Check(edited) is { Count: > 0 } invalid)
        {
            await RenderFormAsync(request, target, edited, invalid, StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
            return;
        }

        var text = target.Text.EditAction(action.Id, edited);
        var result = await request.SaveAsync(target.File.Path, text, request.Form[VersionField].ToString()).ConfigureAwait(false);
        if (result.Saved)
        {
            request.Redirect(EditorNotices.After(EditorUrls.Action(target.File.Path, action.Id), EditorNotices.Saved));
            return;
        }

        await RenderFormAsync(request, target, edited, Refusal(request, result, text, action.Id, target), StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
    }

    private static async Task NewAsync(EditorRequest request, SectionTarget target)
    {
        var after = request.IsPost ? request.Form["apres"].ToString() : request.Query("apres");
        after = target.Text.Action(after) is null ? null : after;
        if (!request.IsPost)
        {
            await RenderNewAsync(request, target, null, after, [], StatusCodes.Status200OK).ConfigureAwait(false);
            return;
        }

        var read = ActionForm.Read(request.Form, string.Empty);
        if (ImageChooser.IsRequested(request.Form))
        {
            var (withImage, status, imageErrors) = InsertImage(request, target, read);
            await RenderNewAsync(request, target, withImage, after, imageErrors, status).ConfigureAwait(false);
            return;
        }

        if (ActionForm.Check(read) is { Count: > 0 } invalid)
        {
            await RenderNewAsync(request, target, read, after, invalid, StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
            return;
        }

        var action = read with { Id = SectionFileNames.Unique(SectionReader.ShortSlug(read.Title) is { Length: > 0 } slug ? slug : "action", target.IsTaken) };
        var text = target.Text.AddAction(action, after);
        var result = await request.SaveAsync(target.File.Path, text, request.Form[VersionField].ToString()).ConfigureAwait(false);
        if (result.Saved)
        {
            request.Redirect(EditorNotices.After(EditorUrls.Action(target.File.Path, action.Id), EditorNotices.Saved));
            return;
        }

        await RenderNewAsync(request, target, read, after, Refusal(request, result, text, action.Id, target), StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
    }

    private static async Task DeleteAsync(EditorRequest request, SectionTarget target, ReportAction action)
    {
        if (request.IsPost)
        {
            var result = await request.SaveAsync(target.File.Path, target.Text.DeleteAction(action.Id), request.Form[VersionField].ToString()).ConfigureAwait(false);
            if (result.Saved)
            {
                request.Redirect(EditorNotices.After(EditorUrls.Section(target.File.Path), EditorNotices.Deleted));
                return;
            }

            await RenderDeleteAsync(request, target, action, [new FieldError("supprimer", result.Message!)], StatusCodes.Status409Conflict).ConfigureAwait(false);
            return;
        }

        await RenderDeleteAsync(request, target, action, [], StatusCodes.Status200OK).ConfigureAwait(false);
    }

    private static async Task MoveAsync(EditorRequest request, SectionTarget target, ReportAction action)
    {
        if (!request.IsPost)
        {
            request.Redirect(EditorUrls.Section(target.File.Path));
            return;
        }

        var text = target.Text.MoveAction(action.Id, down: request.Form["sens"] == "bas");
        var result = await request.SaveAsync(target.File.Path, text, request.Form[VersionField].ToString()).ConfigureAwait(false);
        await AfterMoveAsync(request, target, result).ConfigureAwait(false);
    }

    private static async Task MoveToAsync(EditorRequest request, SectionTarget target, ReportAction action)
    {
        if (!request.IsPost)
        {
            request.Redirect(EditorUrls.Section(target.File.Path));
            return;
        }

        if (request.Form["vers"].ToString() is var to && (to == target.File.Path || SectionTarget.Find(request, to) is not { } destination))
        {
            await AfterMoveAsync(request, target, new SaveResult(SaveStatus.Refused, [], "Choisissez une autre section de la même année.")).ConfigureAwait(false);
            return;
        }

        var result = await request.SaveAsync(
        [
            new FileEdit(target.File.Path, target.Text.DeleteAction(action.Id), request.Form[VersionField].ToString()),
            new FileEdit(destination.File.Path, destination.Text.AppendActionLines(target.Text.ActionLines(action.Id)), destination.File.Version),
        ]).ConfigureAwait(false);
        if (result.Saved)
        {
            request.Redirect(EditorNotices.After(EditorUrls.Action(destination.File.Path, action.Id), EditorNotices.Saved));
            return;
        }

        await AfterMoveAsync(request, target, result).ConfigureAwait(false);
    }

    private static Task AfterMoveAsync(EditorRequest request, SectionTarget target, SaveResult result)
    {
        if (result.Saved)
        {
            request.Redirect(EditorNotices.After(EditorUrls.Section(target.File.Path), EditorNotices.Saved));
            return Task.CompletedTask;
        }

        return request.RenderAsync(
            "Déplacement impossible",
            $"<p>{EditorHtml.Link(EditorUrls.Section(target.File.Path), "Revenir à la section")}</p>",
            [new FieldError("contenu", result.Message!)],
            StatusCodes.Status409Conflict);
    }

    private static Task RenderFormAsync(EditorRequest request, SectionTarget target, ReportAction action, IReadOnlyList<FieldError> errors, int status)
    {
        var section = target.Text.Section!;
        var html = $"<p>Section\u00A0: {EditorHtml.Link(EditorUrls.Section(target.File.Path), section.Title)} — fichier {HtmlEncode(target.File.Path)}.</p>\n"
            + $"<form method=\"post\" action=\"{EditPath}\" novalidate>\n{request.TokenField()}\n"
            + Hidden(target, action.Id)
            + ActionForm.Fields(action, target.Year, target.Previous, section, errors)
            + new EditorForm([]).Buttons("Enregistrer", EditorUrls.Section(target.File.Path)).Html
            + ImageChooser.Html(request, target.File.Path, ActionForm.BodyField, EditorUrls.Action(target.File.Path, action.Id), errors, Inserted(request, errors))
            + "</form>\n"
            + $"<p>{EditorHtml.Link(DeleteUrl(target.File.Path, action.Id), "Supprimer cette action…")}</p>";
        return request.RenderAsync($"Action «\u00A0{(action.Title.Length > 0 ? action.Title : "sans titre")}\u00A0»", html, errors, status);
    }

    private static Task RenderNewAsync(EditorRequest request, SectionTarget target, ReportAction? action, string? after, IReadOnlyList<FieldError> errors, int status)
    {
        var section = target.Text.Section!;
        var html = $"<p>Dans la section {EditorHtml.Link(EditorUrls.Section(target.File.Path), section.Title)}"
            + (after is null ? ", après ses autres actions." : $", après l'action «\u00A0{HtmlEncode(target.Text.Action(after)!.Title)}\u00A0».") + "</p>\n"
            + $"<form method=\"post\" action=\"{NewPath}\" novalidate>\n{request.TokenField()}\n"
            + Hidden(target, null)
            + (after is null ? string.Empty : $"<input type=\"hidden\" name=\"apres\" value=\"{HtmlEncode(after)}\">\n")
            + ActionForm.Fields(action, target.Year, target.Previous, section, errors)
            + new EditorForm([]).Buttons("Enregistrer", EditorUrls.Section(target.File.Path)).Html
            + ImageChooser.Html(request, target.File.Path, ActionForm.BodyField, NewActionUrl(target.File.Path, after), errors, Inserted(request, errors))
            + "</form>";
        return request.RenderAsync("Ajouter une action", html, errors, status);
    }

    private static Task RenderDeleteAsync(EditorRequest request, SectionTarget target, ReportAction action, IReadOnlyList<FieldError> errors, int status)
    {
        var html = $"<p>L'action «\u00A0{HtmlEncode(action.Title)}\u00A0» et son texte seront retirés de la section {EditorHtml.Link(EditorUrls.Section(target.File.Path), target.Text.Section!.Title)}. "
            + "Vous pourrez revenir en arrière avec «\u00A0Annuler la dernière modification\u00A0».</p>\n"
            + $"<form method=\"post\" action=\"{DeletePath}\">\n{request.TokenField()}\n{Hidden(target, action.Id)}"
            + $"<div class=\"editor-actions\"><button type=\"submit\" id=\"supprimer\" class=\"editor-danger\">Supprimer l'action</button>{EditorHtml.Link(EditorUrls.Action(target.File.Path, action.Id), "Ne pas supprimer")}</div>\n</form>";
        return request.RenderAsync($"Supprimer l'action «\u00A0{action.Title}\u00A0»\u00A0?", html, errors, status);
    }

    /// <summary>The action of the form with the chosen image at the end of its text (not saved), or as typed with the error at the chooser.</summary>
    private static (ReportAction Action, int Status, IReadOnlyList<FieldError> Errors) InsertImage(EditorRequest request, SectionTarget target, ReportAction typed)
    {
        var (body, error) = ImageChooser.Insert(request.Store, target.File.Path, typed.Body, request.Form);
        return error is null ? (typed with { Body = body }, StatusCodes.Status200OK, []) : (typed, StatusCodes.Status422UnprocessableEntity, [error]);
    }

    private static bool Inserted(EditorRequest request, IReadOnlyList<FieldError> errors) =>
        request.IsPost && ImageChooser.IsRequested(request.Form) && errors.Count == 0;

    private static string Hidden(SectionTarget target, string? id) =>
        new EditorForm([]).Hidden(EditorUrls.FileParameter, target.File.Path).Hidden(VersionField, target.File.Version).Html
        + (id is null ? string.Empty : new EditorForm([]).Hidden(EditorUrls.ActionParameter, id).Html);

    private static Task NotFoundAsync(EditorRequest request, string message) =>
        request.RenderAsync("Élément introuvable", $"<p>{HtmlEncode(message)}</p><p>{EditorHtml.Link(EditorUrls.Structure, "Revenir à la structure du rapport")}</p>", status: StatusCodes.Status404NotFound);

    /// <summary>Why a save was refused, at the fields: the text's reading errors, or the conflict at the top.</summary>
    private static IReadOnlyList<FieldError> Refusal(EditorRequest request, SaveResult result, string text, string id, SectionTarget target)
    {
        var heading = SectionText.Read(request.Store.Root, target.File.Path, text).LinesOf(id)?.First ?? 0;
        return [new FieldError(ActionForm.TitleField, result.Message!), .. ActionForm.AtFields(result.Diagnostics, heading, target.Year)];
    }

    /// <summary>The edited action with its lists in the order the file had them when they hold the same items (the form lists them in its own order).</summary>
    private static ReportAction KeepOrder(ReportAction current, ReportAction edited) => edited with
    {
        Finalities = Same(current.Finalities, edited.Finalities),
        GovernanceElements = Same(current.GovernanceElements, edited.GovernanceElements),
        Terms = Same(current.Terms, edited.Terms),
        Figures = Same(current.Figures, edited.Figures),
    };

    private static IReadOnlyList<T> Same<T>(IReadOnlyList<T> current, IReadOnlyList<T> edited) =>
        current.Count == edited.Count && current.ToHashSet().SetEquals(edited) ? current : edited;
}
