namespace Rdd.Site.Serve.Editor;

/// <summary>« Annuler la dernière modification »: the form at the top of every page of the editor posts here.</summary>
internal sealed class HistoryModule : IEditorModule
{
    /// <summary>Where the undo form posts.</summary>
    public const string UndoPath = "/edition/annuler";

    /// <inheritdoc />
    public IReadOnlyList<EditorLink> Navigation => [];

    /// <inheritdoc />
    public async Task<bool> TryHandleAsync(EditorRequest request)
    {
        if (request.Path != UndoPath)
        {
            return false;
        }

        if (!request.IsPost)
        {
            request.Redirect(EditorUrls.Structure);
            return true;
        }

        var outcome = await request.UndoAsync().ConfigureAwait(false);
        switch (outcome.Kind)
        {
            case StoreOutcomeKind.Conflict:
                await request.RenderAsync(
                    "Annulation impossible",
                    $"<p>Le fichier «\u00A0{System.Net.WebUtility.HtmlEncode(outcome.Paths[0])}\u00A0» a été modifié depuis la dernière modification faite dans l'éditeur (dans un autre éditeur, ou par une mise à jour)\u00A0: l'annuler effacerait ce changement. Rien n'a été modifié.</p><p>{EditorHtml.Link(EditorUrls.Structure, "Revenir à la structure du rapport")}</p>",
                    status: Microsoft.AspNetCore.Http.StatusCodes.Status409Conflict).ConfigureAwait(false);
                return true;
            case StoreOutcomeKind.Nothing:
                request.Redirect(EditorNotices.After(EditorUrls.Structure, EditorNotices.NothingToUndo));
                return true;
            default:
                request.Redirect(EditorNotices.After(Back(request), EditorNotices.Undone));
                return true;
        }
    }

    /// <summary>The editor page the form was sent from (its Referer, checked to be the server's own), else the structure.</summary>
    private static string Back(EditorRequest request)
    {
        var referer = request.Context.Request.Headers.Referer.ToString();
        if (Uri.TryCreate(referer, UriKind.Absolute, out var uri) && EditorSession.IsEditorPath(uri.AbsolutePath) && uri.AbsolutePath != UndoPath)
        {
            var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith(EditorNotices.Parameter + "=", StringComparison.Ordinal)));
            return uri.AbsolutePath + (query.Length > 0 ? "?" + query : string.Empty);
        }

        return EditorUrls.Structure;
    }
}
