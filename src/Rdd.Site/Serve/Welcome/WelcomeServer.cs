using System.Text;
using Microsoft.AspNetCore.Http;
using Rdd.Site.Content;
using Rdd.Site.Import;
using Rdd.Site.Output;
using Rdd.Site.Rendering;
using Rdd.Site.Serve.Editor;
using Rdd.Site.Text;

namespace Rdd.Site.Serve.Welcome;

/// <summary>
/// What <c>rdd</c> without a command serves while there is no content folder yet: the welcome page « Créer le
/// rapport » on 127.0.0.1. « Créer » writes the folder with the code of <c>rdd new</c> (<see cref="Scaffold"/>), and
/// « Importer le document Word » with the code of <c>rdd import</c> (<see cref="DocxImporter"/>, <see cref="FolderWriter"/>);
/// then it starts the editor on the folder and sends the browser there (after an import, to its report); from then
/// on every request is sent to the editor. A form larger than a document may be is refused before it is read.
/// Its security is the editor's (<see cref="EditorSecurity"/>): it answers only to its own address, and a POST must
/// carry the page's token and come from the page itself, or is refused (403).
/// </summary>
internal sealed class WelcomeServer : IAsyncDisposable
{
    /// <summary>The headers of every answer: the site's policy (no script at all here), never framed, never cached.</summary>
    private static readonly (string Name, string Value)[] Headers =
    [
        // « Créer » answers with a redirection to the editor, served on another port of 127.0.0.1: form-action must allow it.
        ("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self' http://127.0.0.1:*; base-uri 'none'; frame-ancestors 'none'"),
        ("X-Content-Type-Options", "nosniff"),
        // Not « no-referrer »: under it, Chromium sends « Origin: null » with the form, and the same-origin check refuses it.
        ("Referrer-Policy", "same-origin"),
        ("Cache-Control", "no-store"),
    ];

    private readonly string _contentRoot;
    private readonly Func<string, Task<Uri>> _openEditor;
    private readonly TextWriter _log;
    private readonly SemaphoreSlim _creating = new(1, 1);
    private LocalWebServer? _server;
    private EditorSecurity? _security;
    private volatile Uri? _editor;

    /// <summary>Creates the welcome server of a content folder to be created.</summary>
    /// <param name="contentRoot">Where the content folder will be created.</param>
    /// <param name="openEditor">Starts the editor on the folder created and returns its address.</param>
    /// <param name="log">Where to say what happens.</param>
    public WelcomeServer(string contentRoot, Func<string, Task<Uri>> openEditor, TextWriter log)
    {
        _contentRoot = contentRoot;
        _openEditor = openEditor;
        _log = log;
    }

    /// <summary>The address of the welcome page, once started.</summary>
    public Uri? Address => _server?.Address;

    /// <summary>The editor's address, once the report is created.</summary>
    public Uri? Editor => _editor;

    /// <summary>Starts listening on 127.0.0.1.</summary>
    /// <param name="port">The port; 0 for any free port.</param>
    /// <returns>When listening.</returns>
    /// <exception cref="IOException">The port is taken.</exception>
    public async Task StartAsync(int port)
    {
        _server = await LocalWebServer.StartAsync(port, HandleAsync).ConfigureAwait(false);
        _security = new EditorSecurity(_server.Address);
    }

    /// <summary>Answers one request.</summary>
    /// <param name="context">The request.</param>
    /// <returns>When answered.</returns>
    internal async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        if (_security is not { } security || !security.IsOwnHost(request))
        {
            // Another name for 127.0.0.1 (DNS rebinding): a page of another site must not drive this one.
            response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (_editor is { } editor)
        {
            response.Redirect(new Uri(editor, (request.Path.Value ?? "/").TrimStart('/') + request.QueryString).AbsoluteUri);
            response.StatusCode = StatusCodes.Status303SeeOther;
            return;
        }

        var path = request.Path.Value ?? "/";
        if (HttpMethods.IsGet(request.Method) && path == EditorSession.StylePath)
        {
            response.ContentType = "text/css; charset=utf-8";
            await response.WriteAsync(SiteAssets.Resource("editeur.css")).ConfigureAwait(false);
            return;
        }

        if (path != "/")
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            await WriteAsync(response, security, WelcomeForm.Blank(DateTime.Now), [], null).ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, POST";
            return;
        }

        await PostAsync(context, security).ConfigureAwait(false);
    }

    /// <summary>Reads the posted form within the document's size limit, checks that it comes from this page, and creates or imports the report.</summary>
    private async Task PostAsync(HttpContext context, EditorSecurity security)
    {
        var request = context.Request;
        var response = context.Response;
        if (!await ReadsFormWithinLimitAsync(context).ConfigureAwait(false))
        {
            // The form is not read: the page comes back blank, with what went wrong.
            response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await WriteAsync(response, security, WelcomeForm.Blank(DateTime.Now), [], $"Le document envoyé pèse plus de {FileSize.Of(DocumentInput.MaxFileBytes)}, le maximum : rien n'a été créé. Enregistrez-le sans les images les plus lourdes, ou compressez-les, puis recommencez.").ConfigureAwait(false);
            return;
        }

        if (!await security.AcceptsAsync(request).ConfigureAwait(false))
        {
            response.StatusCode = StatusCodes.Status403Forbidden;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync("Requête refusée\u00A0: ce formulaire ne vient pas de la page «\u00A0Créer le rapport\u00A0» ouverte sur cet ordinateur. Rechargez-la, puis recommencez.", Encoding.UTF8).ConfigureAwait(false);
            return;
        }

        var posted = await request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);

        var form = WelcomeForm.Read(name => posted[name].ToString());
        switch (posted["action"].ToString())
        {
            case "creer":
                await CreateAsync(context, security, form).ConfigureAwait(false);
                break;
            case "importer":
                await ImportAsync(context, security, form, posted.Files.GetFile("document")).ConfigureAwait(false);
                break;
            default:
                await WriteAsync(response, security, form, [], null).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Reads the form of a request no larger than a document and its fields; false when it is larger.</summary>
    private static async Task<bool> ReadsFormWithinLimitAsync(HttpContext context)
    {
        var limit = DocumentInput.MaxFileBytes + RequestBodyLimit.FormOverheadBytes;
        if (!await RequestBodyLimit.ApplyAsync(context.Request, limit).ConfigureAwait(false))
        {
            return false;
        }

        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (RequestBodyLimit.IsTooLarge(e))
        {
            return false;
        }
    }

    private Task CreateAsync(HttpContext context, EditorSecurity security, WelcomeForm form)
    {
        if (form.Files() is not { } files)
        {
            return WriteAsync(context.Response, security, form, form.Errors, null);
        }

        return WriteFolderAsync(context, security, form, () => Scaffold.Write(_contentRoot, files), $"Dossier du rapport créé dans {_contentRoot}.", EditorSession.Home);
    }

    /// <summary>
    /// « Importer le document Word »: the document read as <c>rdd import</c> reads it, with the collectivité of the
    /// form; a document that cannot be read is refused at its field, and nothing is written. Then the editor opens on
    /// the import report.
    /// </summary>
    private async Task ImportAsync(HttpContext context, EditorSecurity security, WelcomeForm form, IFormFile? document)
    {
        var errors = form.Errors.ToList();
        if (document is null || document.Length == 0)
        {
            errors.Add(("document", "Choisissez le document Word à importer (un fichier .docx)."));
        }

        if (errors.Count > 0)
        {
            await WriteAsync(context.Response, security, form, errors, null).ConfigureAwait(false);
            return;
        }

        var options = new ImportOptions
        {
            Name = form.Name,
            Kind = form.ParsedKind!.Value,
            Population = form.ParsedPopulation!.Value,
            Year = form.ParsedYear!.Value,
            Article = form.ParsedArticle,
            Levels = HeadingLevels.Parse(form.Levels, out _)!,
            SourceName = Path.GetFileName(document!.FileName.Replace('\\', '/')),
        };
        ImportResult result;
        await using (var stream = document.OpenReadStream())
        {
            result = DocxImporter.Import(stream, options);
        }

        if (result.Report is null)
        {
            var why = string.Join(" ", result.Diagnostics.Select(d => d.Message));
            await WriteAsync(context.Response, security, form, [("document", $"Le document n'a pas pu être importé : {why}")], null).ConfigureAwait(false);
            return;
        }

        var files = new Dictionary<string, byte[]>(result.Files, StringComparer.Ordinal);
        foreach (var (path, text) in CiPipelines.With(new Dictionary<string, string>(), form.Ci))
        {
            files[path] = Encoding.UTF8.GetBytes(text);
        }

        await WriteFolderAsync(context, security, form, () => FolderWriter.Write(files, _contentRoot), $"Dossier du rapport créé dans {_contentRoot} à partir de {options.SourceName} : {result.Report.Summary}.", ImportReportModule.PagePath).ConfigureAwait(false);
    }

    /// <summary>Writes the content folder once (never over anything: <c>rdd new</c>'s rule), opens the editor on it and sends the browser to <paramref name="page"/>.</summary>
    private async Task WriteFolderAsync(HttpContext context, EditorSecurity security, WelcomeForm form, Action write, string written, string page)
    {
        await _creating.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            if (_editor is null)
            {
                if (Problem() is { } problem)
                {
                    await WriteAsync(context.Response, security, form, [], problem).ConfigureAwait(false);
                    return;
                }

                write();
                _log.WriteLine(written);
                _editor = await _openEditor(_contentRoot).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await WriteAsync(context.Response, security, form, [], $"Le dossier « {_contentRoot} » n'a pas pu être écrit : {e.Message}").ConfigureAwait(false);
            return;
        }
        finally
        {
            _creating.Release();
        }

        context.Response.Redirect(new Uri(_editor!, page.TrimStart('/')).AbsoluteUri);
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
    }

    /// <summary>Why the content folder cannot be created where it is to be, or null: <c>rdd new</c>'s rule, nothing is overwritten.</summary>
    private string? Problem() =>
        File.Exists(_contentRoot) ? $"« {_contentRoot} » est un fichier : le dossier du rapport ne peut pas être créé à sa place."
        : Directory.Exists(_contentRoot) && Directory.EnumerateFileSystemEntries(_contentRoot).Any() ? $"Le dossier « {_contentRoot} » n'est pas vide : Rdd ne crée le rapport que dans un dossier nouveau ou vide, pour ne rien écraser."
        : null;

    private async Task WriteAsync(HttpResponse response, EditorSecurity security, WelcomeForm form, IReadOnlyList<(string Field, string Message)> errors, string? problem)
    {
        response.ContentType = "text/html; charset=utf-8";
        var html = FrenchSpacing.ApplyToHtml(WelcomePage.Html(form, errors, problem, _contentRoot, security.Token));
        await response.WriteAsync(html, Encoding.UTF8).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }

        _creating.Dispose();
    }
}
