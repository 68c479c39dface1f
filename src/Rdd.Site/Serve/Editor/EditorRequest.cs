using Microsoft.AspNetCore.Http;
using Rdd.Domain.Validation;
using Rdd.Site.Content;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// One request to the editor, as a module sees it: the HTTP request (already checked: a POST carries the token and
/// comes from the server's own pages), the content store, the content and the diagnostics of the last build (the same
/// model <c>rdd build</c> reads), and what a page needs to answer: the layout, the form token, the redirect after a
/// POST, and the one way to write a file.
/// </summary>
internal sealed class EditorRequest
{
    private readonly EditorSession _session;

    internal EditorRequest(HttpContext context, EditorSession session, IFormCollection form)
    {
        Context = context;
        _session = session;
        Form = form;
    }

    /// <summary>The HTTP request and its response.</summary>
    public HttpContext Context { get; }

    /// <summary>The path of the request (« /edition/section »).</summary>
    public string Path => Context.Request.Path.Value ?? "/";

    /// <summary>Whether the request is a POST (a form sent); its token and origin are already checked.</summary>
    public bool IsPost => HttpMethods.IsPost(Context.Request.Method);

    /// <summary>The fields of the posted form; empty for a GET.</summary>
    public IFormCollection Form { get; }

    /// <summary>The content folder's files.</summary>
    public ContentStore Store => _session.Store;

    /// <summary>The content as the last build read it; null before the first build.</summary>
    public LoadedContent? Content => _session.Content;

    /// <summary>Every diagnostic of the last build.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _session.Diagnostics;

    /// <summary>A parameter of the query string; empty when absent.</summary>
    /// <param name="name">Its name.</param>
    /// <returns>Its value.</returns>
    public string Query(string name) => Context.Request.Query[name].ToString();

    /// <summary>The diagnostics of the last build located in one file.</summary>
    /// <param name="relativePath">The file, relative to the content folder.</param>
    /// <returns>Its diagnostics, in the build's order.</returns>
    public IReadOnlyList<Diagnostic> DiagnosticsOf(string relativePath) =>
        Diagnostics.Where(d => d.Location?.Path == relativePath).ToList();

    /// <summary>The diagnostics of the last build located in lines <paramref name="firstLine"/> to <paramref name="lastLine"/> of one file.</summary>
    /// <param name="relativePath">The file, relative to the content folder.</param>
    /// <param name="firstLine">The first line, from 1.</param>
    /// <param name="lastLine">The last line, included.</param>
    /// <returns>Those diagnostics, in the build's order.</returns>
    public IReadOnlyList<Diagnostic> DiagnosticsOf(string relativePath, int firstLine, int lastLine) =>
        Diagnostics.Where(d => d.Location is { } l && l.Path == relativePath && l.Line >= firstLine && l.Line <= lastLine).ToList();

    /// <summary>The hidden field that carries the session's token: every form of the editor writes it.</summary>
    /// <returns>The HTML of the field.</returns>
    public string TokenField() => $"<input type=\"hidden\" name=\"{EditorSecurity.TokenField}\" value=\"{_session.Security.Token}\">";

    /// <summary>
    /// Writes a page in the editor's layout: menu, the notice named by the query (<see cref="EditorNotices"/>), the
    /// summary of <paramref name="errors"/> at the top with a link to each field (announced and focused), the
    /// title as the page's heading, then <paramref name="mainHtml"/>.
    /// </summary>
    /// <param name="title">The page's title and heading, in French (encoded here).</param>
    /// <param name="mainHtml">The page's content, as HTML (every value in it encoded by the module).</param>
    /// <param name="errors">The errors to list at the top; none when the page has none.</param>
    /// <param name="status">The HTTP status: 200, or 422 for a form sent back with its errors.</param>
    /// <returns>When the page is written.</returns>
    public Task RenderAsync(string title, string mainHtml, IReadOnlyList<FieldError>? errors = null, int status = StatusCodes.Status200OK)
    {
        var page = EditorLayout.Page(new EditorPage(
            title,
            mainHtml,
            errors ?? [],
            EditorNotices.Text(Query(EditorNotices.Parameter)),
            Path,
            _session.Navigation,
            TokenField(),
            Store.LastChange,
            _session.BuildSummary));
        return EditorSession.WriteHtmlAsync(Context, page, status);
    }

    /// <summary>Answers with « 303 See Other » to <paramref name="path"/>: after a POST, the browser loads the page with a GET.</summary>
    /// <param name="path">The page, under <c>/edition/</c> (or <c>/</c> for the preview).</param>
    public void Redirect(string path)
    {
        Context.Response.StatusCode = StatusCodes.Status303SeeOther;
        Context.Response.Headers.Location = path;
    }

    /// <summary>
    /// Saves one file: refused when its new text would not be read (the file is left as it was), or when the file
    /// is no longer at <paramref name="expectedVersion"/>; otherwise the previous version is kept in the history, the
    /// file replaced at once, the content checked and the preview rebuilt.
    /// </summary>
    /// <param name="relativePath">The file, relative to the content folder.</param>
    /// <param name="newText">Its new text.</param>
    /// <param name="expectedVersion">The version the form was made from (<see cref="StoredFile.Version"/>); null for a new file.</param>
    /// <returns>Saved, refused (with the errors) or in conflict.</returns>
    public Task<SaveResult> SaveAsync(string relativePath, string newText, string? expectedVersion) =>
        _session.SaveAsync([new FileEdit(relativePath, newText, expectedVersion)]);

    /// <summary>Saves several files together (an action moved to another section, sections renumbered), as <see cref="SaveAsync(string, string, string?)"/>; one undo restores them all.</summary>
    /// <param name="edits">The files to write, create or delete.</param>
    /// <returns>Saved, refused (with the errors) or in conflict.</returns>
    public Task<SaveResult> SaveAsync(IReadOnlyList<FileEdit> edits) => _session.SaveAsync(edits);

    /// <summary>Restores the files of the last change, then rebuilds the preview.</summary>
    /// <returns>What the store did.</returns>
    public Task<StoreOutcome> UndoAsync() => _session.UndoAsync();
}
