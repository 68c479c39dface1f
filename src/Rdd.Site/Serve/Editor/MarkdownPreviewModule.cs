using Rdd.Site.Markup;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// The live preview of a « Texte » field, for the editor's script: the Markdown posted rendered by the site's own
/// renderer (with the year's glossary), as the public page will show it. Without the script, the preview is the
/// public page itself, rebuilt after « Enregistrer ».
/// </summary>
internal sealed class MarkdownPreviewModule : IEditorModule
{
    /// <summary>Where the script posts the text.</summary>
    public const string Path = "/edition/apercu";

    /// <inheritdoc />
    public IReadOnlyList<EditorLink> Navigation => [];

    /// <inheritdoc />
    public async Task<bool> TryHandleAsync(EditorRequest request)
    {
        if (request.Path != Path || !request.IsPost)
        {
            return false;
        }

        var file = request.Form[EditorUrls.FileParameter].ToString();
        var year = request.Content?.Years.FirstOrDefault(y => file.StartsWith(y.Folder + "/", StringComparison.Ordinal)) ?? request.Content?.Latest;
        var renderer = new MarkdownRenderer(year?.Report.Glossary ?? []);
        var html = renderer.Render(request.Form[ActionForm.BodyField].ToString(), 3, new AbbreviationScope());
        await EditorSession.WriteHtmlAsync(request.Context, html.Length == 0 ? "<p>Le texte est vide.</p>" : html, Microsoft.AspNetCore.Http.StatusCodes.Status200OK).ConfigureAwait(false);
        return true;
    }
}
