using System.Text;
using Microsoft.AspNetCore.Http;
using Rdd.Domain.Validation;
using Rdd.Site.Content;
using Rdd.Site.Content.Editing;
using Rdd.Site.Output;
using Rdd.Site.Pages;
using Rdd.Site.Text;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// The editor of <c>rdd serve</c>, under <c>/edition/</c>: checks each request (the server's own address; a POST with
/// the session's token from the server's own pages), serves the editor's style sheet and script, hands the request to
/// the first module that answers it, and is the one place files are written: checked as the loader reads them, kept
/// in the history, then the preview rebuilt.
/// </summary>
internal sealed class EditorSession
{
    /// <summary>The editor's home: the structure of the report.</summary>
    public const string Home = "/edition/";

    /// <summary>The editor's style sheet.</summary>
    public const string StylePath = "/edition/editeur.css";

    /// <summary>The editor's script: enhancements only (toolbar and preview of the texts); every function works without it.</summary>
    public const string ScriptPath = "/edition/editeur.js";

    private readonly PreviewServer _server;
    private readonly IReadOnlyList<IEditorModule> _modules;

    /// <summary>Opens the editor of <paramref name="server"/>, which serves <paramref name="contentRoot"/> at <paramref name="address"/>.</summary>
    /// <param name="server">The preview server, which rebuilds the site after each save.</param>
    /// <param name="contentRoot">The content folder.</param>
    /// <param name="address">The server's address.</param>
    /// <param name="modules">The editor's modules (<see cref="EditorModules.All"/>).</param>
    public EditorSession(PreviewServer server, string contentRoot, Uri address, IReadOnlyList<IEditorModule> modules)
    {
        _server = server;
        _modules = modules;
        Store = new ContentStore(contentRoot);
        Security = new EditorSecurity(address);
        Navigation = modules.SelectMany(m => m.Navigation).ToList();
    }

    /// <summary>The content folder's files.</summary>
    public ContentStore Store { get; }

    /// <summary>The session's token and the checks of each request.</summary>
    public EditorSecurity Security { get; }

    /// <summary>The editor's menu: every module's entries.</summary>
    public IReadOnlyList<EditorLink> Navigation { get; }

    /// <summary>The content of the last build.</summary>
    public LoadedContent? Content => _server.LastContent;

    /// <summary>The diagnostics of the last build.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _server.LastDiagnostics;

    /// <summary>What the last build gave, in one French sentence, for the top of every page; null before the first build.</summary>
    public string? BuildSummary => _server.LastReport switch
    {
        null => null,
        { Built: true, Items.Count: 0 } => "L'aperçu du site est à jour.",
        { Built: true } => $"L'aperçu du site est à jour\u00A0; la vérification signale {EditorHtml.CountsText(Diagnostics)}.",
        _ => $"Le contenu a des erreurs\u00A0: l'aperçu n'a pas été reconstruit, il montre le dernier site valide. La vérification signale {EditorHtml.CountsText(Diagnostics)}.",
    };

    /// <summary>Whether <paramref name="path"/> is the editor's.</summary>
    /// <param name="path">A request's path.</param>
    /// <returns>Whether the editor answers it.</returns>
    public static bool IsEditorPath(string path) => path == "/edition" || path.StartsWith(Home, StringComparison.Ordinal);

    /// <summary>Answers a request under <c>/edition/</c>.</summary>
    /// <param name="context">The request.</param>
    /// <returns>When it is answered.</returns>
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        if (!Security.IsOwnHost(request))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, "Accès refusé\u00A0: l'éditeur ne répond qu'à son adresse sur cet ordinateur (http://127.0.0.1 et son port).").ConfigureAwait(false);
            return;
        }

        var path = request.Path.Value ?? Home;
        var isPost = HttpMethods.IsPost(request.Method);
        if (!isPost && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD, POST";
            await RefuseAsync(context, StatusCodes.Status405MethodNotAllowed, "Méthode non permise\u00A0: l'éditeur ne répond qu'aux pages (GET) et aux formulaires (POST).").ConfigureAwait(false);
            return;
        }

        if (isPost && !await BodyWithinLimitAsync(context, path).ConfigureAwait(false))
        {
            return;
        }

        if (isPost && !await Security.AcceptsAsync(request).ConfigureAwait(false))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, "Requête refusée\u00A0: ce formulaire ne vient pas de l'éditeur ouvert sur cet ordinateur (jeton ou origine absents ou différents). Rechargez la page de l'éditeur, puis recommencez.").ConfigureAwait(false);
            return;
        }

        if (!isPost && await ServeAssetAsync(context, path).ConfigureAwait(false))
        {
            return;
        }

        if (path == "/edition")
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = Home;
            return;
        }

        await DispatchAsync(context, isPost).ConfigureAwait(false);
    }

    /// <summary>Hands the request to the first module that answers it; a page that none answers is not found.</summary>
    private async Task DispatchAsync(HttpContext context, bool isPost)
    {
        var editorRequest = new EditorRequest(context, this, isPost ? await context.Request.ReadFormAsync().ConfigureAwait(false) : FormCollection.Empty);
        foreach (var module in _modules)
        {
            if (await module.TryHandleAsync(editorRequest).ConfigureAwait(false))
            {
                return;
            }
        }

        await editorRequest.RenderAsync(
            "Page introuvable",
            $"<p>Cette page de l'éditeur n'existe pas. Revenez à <a href=\"{Home}\">la structure du rapport</a>.</p>",
            status: StatusCodes.Status404NotFound).ConfigureAwait(false);
    }

    /// <summary>The largest form a page accepts: an image and its fields on the images' page, <see cref="RequestBodyLimit.FormBytes"/> elsewhere.</summary>
    /// <param name="path">The page's path.</param>
    /// <returns>The limit, in bytes.</returns>
    internal static long MaxBodyBytes(string path) =>
        path == ImagesModule.PagePath ? ImagesModule.MaxBytes + RequestBodyLimit.FormOverheadBytes : RequestBodyLimit.FormBytes;

    /// <summary>
    /// Enforces the page's limit before the form is read (<see cref="RequestBodyLimit"/>), and reads it; a body too
    /// large is answered with 413: at its field on the images' page, else with a page that says so. Nothing is saved.
    /// </summary>
    private async Task<bool> BodyWithinLimitAsync(HttpContext context, string path)
    {
        var limit = MaxBodyBytes(path);
        long? sent = context.Request.ContentLength;
        if (await RequestBodyLimit.ApplyAsync(context.Request, limit).ConfigureAwait(false))
        {
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
                return true;
            }
            catch (Exception e) when (RequestBodyLimit.IsTooLarge(e))
            {
                sent = null;
            }
        }

        // Nothing of the form was parsed or kept: the page answers as to a GET, with the error.
        var request = new EditorRequest(context, this, FormCollection.Empty);
        if (path == ImagesModule.PagePath)
        {
            await ImagesModule.TooLargeAsync(request).ConfigureAwait(false);
            return false;
        }

        var size = sent is { } bytes ? $"Le formulaire envoyé pèse {FileSize.Of(bytes)}\u00A0; " : "Le formulaire envoyé dépasse la taille permise\u00A0; ";
        await request.RenderAsync(
            "Envoi trop volumineux",
            $"<p>{System.Net.WebUtility.HtmlEncode(size)}cette page en accepte {FileSize.Of(limit)} au plus. Rien n'a été enregistré.</p>\n<p><a href=\"{System.Net.WebUtility.HtmlEncode(path)}\">Revenir à la page</a></p>",
            status: StatusCodes.Status413PayloadTooLarge).ConfigureAwait(false);
        return false;
    }

    /// <summary>Checks, writes, then rebuilds (see <see cref="EditorRequest.SaveAsync(IReadOnlyList{FileEdit})"/>).</summary>
    /// <param name="edits">The files to change.</param>
    /// <returns>What happened.</returns>
    public async Task<SaveResult> SaveAsync(IReadOnlyList<FileEdit> edits)
    {
        foreach (var edit in edits)
        {
            if (!Store.IsAllowed(edit.Path))
            {
                return Refused(edit.Path);
            }

            if (edit.NewText is { } text && ContentFileCheck.NewErrors(Store.Root, edit.Path, Store.Read(edit.Path)?.Text, text) is { Count: > 0 } errors)
            {
                return new SaveResult(SaveStatus.Refused, errors, "Cette modification n'a pas été enregistrée\u00A0: le fichier ne pourrait plus être lu. Il est resté tel qu'il était\u00A0; corrigez ce qui est signalé, puis enregistrez de nouveau.");
            }
        }

        var paths = edits.Select(e => e.Path).ToList();
        _server.ExpectWrites(paths);
        var outcome = Store.Apply(edits);
        switch (outcome.Kind)
        {
            case StoreOutcomeKind.Conflict:
                return new SaveResult(SaveStatus.Conflict, [], $"Le fichier «\u00A0{outcome.Paths[0]}\u00A0» a été modifié sur le disque depuis l'ouverture de ce formulaire (dans un autre éditeur, ou par une mise à jour)\u00A0: votre modification n'a pas été enregistrée, pour ne pas effacer l'autre. Rechargez la page pour partir de sa version actuelle.");
            case StoreOutcomeKind.Refused:
                return Refused(outcome.Paths[0]);
        }

        await _server.RebuildAsync($"Modification de {string.Join(", ", paths)} dans l'éditeur").ConfigureAwait(false);
        return new SaveResult(SaveStatus.Saved, Diagnostics.Where(d => d.Location is { } l && paths.Contains(l.Path)).ToList(), null);
    }

    /// <summary>Undoes the last change, then rebuilds when files were restored.</summary>
    /// <returns>What the store did.</returns>
    public async Task<StoreOutcome> UndoAsync()
    {
        var paths = Store.LastChange ?? [];
        _server.ExpectWrites(paths);
        var outcome = Store.Undo();
        if (outcome.Kind == StoreOutcomeKind.Done)
        {
            await _server.RebuildAsync($"Annulation de la modification de {string.Join(", ", outcome.Paths)}").ConfigureAwait(false);
        }

        return outcome;
    }

    /// <summary>Writes an HTML page with <paramref name="status"/>.</summary>
    /// <param name="context">The request.</param>
    /// <param name="html">The page.</param>
    /// <param name="status">The HTTP status.</param>
    /// <returns>When it is written.</returns>
    public static Task WriteHtmlAsync(HttpContext context, string html, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        // The editor's sentences get the site's French spacing; what the author typed, in fields and text areas, is left as typed.
        return context.Response.WriteAsync(Rendering.FrenchSpacing.ApplyToHtml(html));
    }

    /// <summary>The headers of every answer: the site's Content-Security-Policy (no inline script or style, no framing by another site) and no caching.</summary>
    private static IEnumerable<(string Name, string Value)> Headers =>
    [
        ("Content-Security-Policy", PageBuilder.ContentSecurityPolicyHeader),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
        ("Cache-Control", "no-store"),
    ];

    private static SaveResult Refused(string path) =>
        new(SaveStatus.Refused, [], $"Le chemin «\u00A0{path}\u00A0» n'est pas permis\u00A0: l'éditeur n'écrit que dans le dossier de contenu, sans lien symbolique, avec des noms de lettres, de chiffres et de tirets.");

    private static async Task<bool> ServeAssetAsync(HttpContext context, string path)
    {
        var (resource, type) = path switch
        {
            StylePath => ("editeur.css", "text/css; charset=utf-8"),
            ScriptPath => ("editeur.js", "text/javascript; charset=utf-8"),
            _ => (null, null),
        };
        if (resource is null)
        {
            return false;
        }

        context.Response.ContentType = type;
        await context.Response.WriteAsync(SiteAssets.Resource(resource)).ConfigureAwait(false);
        return true;
    }

    private static Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message, Encoding.UTF8);
    }
}
