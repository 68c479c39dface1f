using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Rdd.Site.Serve.Editor;

/// <summary>What a page of the editor shows around its content.</summary>
/// <param name="Title">The page's title and heading.</param>
/// <param name="MainHtml">Its content, as HTML.</param>
/// <param name="Errors">The errors listed at the top, each linking to its field.</param>
/// <param name="Notice">What the last action did (« Modification enregistrée… »); null when nothing.</param>
/// <param name="Path">The page's path, to mark its menu entry.</param>
/// <param name="Navigation">The menu.</param>
/// <param name="TokenField">The hidden field of the session's token.</param>
/// <param name="LastChange">The files of the change « Annuler la dernière modification » would undo; null when none.</param>
/// <param name="BuildSummary">What the last build gave; null before the first.</param>
internal sealed record EditorPage(
    string Title,
    string MainHtml,
    IReadOnlyList<FieldError> Errors,
    string? Notice,
    string Path,
    IReadOnlyList<EditorLink> Navigation,
    string TokenField,
    IReadOnlyList<string>? LastChange,
    string? BuildSummary);

/// <summary>
/// The layout of the editor's pages: French, a skip link, the menu, then in <c>main</c> the heading, the summary of
/// errors (announced with <c>role="alert"</c> and focused, each linking to its field), the notice of the last action,
/// the page's content. The styles are in editeur.css (the site's CSP: no inline style or script).
/// </summary>
internal static class EditorLayout
{
    /// <summary>The id of the summary of errors, which a page's link may target.</summary>
    public const string ErrorSummaryId = "erreurs";

    /// <summary>Writes a page.</summary>
    /// <param name="page">What it shows.</param>
    /// <returns>The HTML document.</returns>
    public static string Page(EditorPage page)
    {
        var html = new StringBuilder(4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(page.Errors.Count > 0 ? "Erreur\u00A0: " : string.Empty).Append(HtmlEncode(page.Title)).Append(" — Éditeur du rapport</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(EditorSession.StylePath).Append("\">\n")
            .Append("</head>\n<body>\n")
            .Append("<a class=\"skip-link\" href=\"#contenu\">Aller au contenu</a>\n")
            .Append("<header class=\"editor-header\">\n<p class=\"editor-brand\">Éditeur du rapport</p>\n");
        Menu(html, page);
        Undo(html, page);
        html.Append("</header>\n<main id=\"contenu\" tabindex=\"-1\">\n<h1>").Append(HtmlEncode(page.Title)).Append("</h1>\n");
        if (page.BuildSummary is { } summary)
        {
            html.Append("<p class=\"editor-build\">").Append(HtmlEncode(summary)).Append("</p>\n");
        }

        ErrorSummary(html, page.Errors);
        if (page.Notice is { } notice)
        {
            html.Append("<p class=\"editor-notice\" role=\"status\">").Append(HtmlEncode(notice)).Append("</p>\n");
        }

        html.Append(page.MainHtml).Append("\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Menu(StringBuilder html, EditorPage page)
    {
        html.Append("<nav class=\"editor-nav\" aria-label=\"Éditeur\">\n<ul>\n");
        foreach (var link in page.Navigation)
        {
            html.Append("<li><a href=\"").Append(HtmlEncode(link.Href)).Append('"')
                .Append(link.Href == page.Path ? " aria-current=\"page\"" : string.Empty)
                .Append('>').Append(HtmlEncode(link.Label)).Append("</a></li>\n");
        }

        html.Append("<li><a href=\"/\">Voir le site</a></li>\n</ul>\n</nav>\n");
    }

    private static void Undo(StringBuilder html, EditorPage page)
    {
        if (page.LastChange is not { Count: > 0 } files)
        {
            return;
        }

        html.Append("<form class=\"editor-undo\" method=\"post\" action=\"").Append(HistoryModule.UndoPath).Append("\">\n").Append(page.TokenField)
            .Append("\n<button type=\"submit\" aria-describedby=\"annuler-fichiers\">Annuler la dernière modification</button>\n")
            .Append("<span id=\"annuler-fichiers\" class=\"editor-hint\">")
            .Append(files.Count == 1 ? "Fichier concerné\u00A0: " : "Fichiers concernés\u00A0: ")
            .Append(HtmlEncode(string.Join(", ", files))).Append("</span>\n</form>\n");
    }

    private static void ErrorSummary(StringBuilder html, IReadOnlyList<FieldError> errors)
    {
        if (errors.Count == 0)
        {
            return;
        }

        // Focused on load (autofocus) and announced (role="alert"): after a form sent back, the author hears what to correct.
        html.Append("<div class=\"editor-errors\" id=\"").Append(ErrorSummaryId).Append("\" role=\"alert\" tabindex=\"-1\" autofocus aria-labelledby=\"erreurs-titre\">\n")
            .Append("<h2 id=\"erreurs-titre\">")
            .Append(errors.Count == 1 ? "Une erreur à corriger" : errors.Count.ToString(CultureInfo.InvariantCulture) + " erreurs à corriger")
            .Append("</h2>\n<ul>\n");
        foreach (var error in errors)
        {
            html.Append("<li><a href=\"#").Append(HtmlEncode(error.FieldId)).Append("\">").Append(HtmlEncode(error.Message)).Append("</a></li>\n");
        }

        html.Append("</ul>\n</div>\n");
    }
}
