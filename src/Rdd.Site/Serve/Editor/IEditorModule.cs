namespace Rdd.Site.Serve.Editor;

/// <summary>
/// A group of the editor's pages (the structure, the data forms, « Publier »…): it names its entries in the editor's
/// menu and answers the requests under <c>/edition/</c> that are its own. The shell has checked the request's security
/// before a module sees it; a module writes files only through <see cref="EditorRequest.SaveAsync(string, string, string?)"/>.
/// </summary>
internal interface IEditorModule
{
    /// <summary>The module's entries in the editor's menu, in order; none for a module reached only from other pages.</summary>
    IReadOnlyList<EditorLink> Navigation { get; }

    /// <summary>Answers <paramref name="request"/> when it is one of the module's pages.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Whether the module answered.</returns>
    Task<bool> TryHandleAsync(EditorRequest request);
}

/// <summary>An entry of the editor's menu.</summary>
/// <param name="Label">What it says, in French.</param>
/// <param name="Href">The page, under <c>/edition/</c>.</param>
internal sealed record EditorLink(string Label, string Href);

/// <summary>An error (or warning) shown at a field of a form, and in the summary at the top of the page, which links to the field.</summary>
/// <param name="FieldId">The id of the field.</param>
/// <param name="Message">The message, in French.</param>
internal sealed record FieldError(string FieldId, string Message);
