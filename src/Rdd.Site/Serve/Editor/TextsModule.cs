using System.Text;
using Microsoft.AspNetCore.Http;
using Rdd.Site.Content.Editing;
using static System.Net.WebUtility;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// The report's texts: « Ce qu'il faut retenir » (introduction.md), the reading guide (lecture.md), the digital
/// strategy's review (numerique-responsable.md) and each part's introduction (partie.md): a title and a Markdown
/// text. The front matter's other lines are kept (<see cref="MarkdownHeader"/>); the text is written only when it changed.
/// </summary>
internal sealed class TextsModule : IEditorModule
{
    /// <summary>The list of the texts.</summary>
    public const string ListPath = "/edition/textes";

    /// <summary>The form of one text (« ?fichier=2024/lecture.md »).</summary>
    public const string FilePath = "/edition/texte";

    private const string TitleField = "titre";
    private const string BodyField = "texte";
    private const string VersionField = "version";

    private static readonly (string Name, string Title)[] YearTexts =
    [
        ("introduction.md", "Ce qu'il faut retenir"),
        ("lecture.md", "Comment lire ce rapport\u00A0?"),
        ("numerique-responsable.md", "Bilan de la stratégie numérique responsable"),
    ];

    /// <inheritdoc />
    public IReadOnlyList<EditorLink> Navigation { get; } = [new("Textes", ListPath)];

    /// <summary>The address of a text's form.</summary>
    /// <param name="file">The file, relative to the content folder.</param>
    /// <returns>The address.</returns>
    public static string FileUrl(string file) => FilePath + "?" + EditorUrls.FileParameter + "=" + Uri.EscapeDataString(file);

    /// <summary>Whether <paramref name="file"/> is one of the texts this module edits.</summary>
    /// <param name="file">The file, relative to the content folder.</param>
    /// <returns>True for a year's three texts and the parts' partie.md.</returns>
    public static bool IsText(string file) => file.Split('/') switch
    {
        [var y, var name] => YamlForm.IsYear(y) && YearTexts.Any(t => t.Name == name),
        [var y, var part, "partie.md"] => YamlForm.IsYear(y) && part is "partie-1" or "partie-2" or "partie-3",
        _ => false,
    };

    /// <summary>The file's text with its title and its body replaced; each left as it is when it did not change.</summary>
    /// <param name="text">The file's text; empty for a new file.</param>
    /// <param name="title">The title typed.</param>
    /// <param name="body">The Markdown typed.</param>
    /// <returns>The new text.</returns>
    internal static string Apply(string text, string title, string body)
    {
        var (_, currentTitle, currentBody) = Split(text);
        var typedTitle = title.Trim();
        if (typedTitle != (currentTitle ?? string.Empty))
        {
            text = MarkdownHeader.Set(text, "titre", HeaderValue.Of(typedTitle.Length == 0 ? null : typedTitle));
        }

        var typedBody = Normalized(body);
        if (typedBody == Normalized(currentBody))
        {
            return text;
        }

        // The blank lines between the front matter and the text stay as they were.
        var (head, _, kept) = Split(text);
        var blank = kept.Length - kept.TrimStart('\r', '\n').Length;
        return head + kept[..blank] + (typedBody.Length == 0 ? string.Empty : new TextLines(text).Lines(typedBody));
    }

    /// <inheritdoc />
    public async Task<bool> TryHandleAsync(EditorRequest request)
    {
        if (request.Path == ListPath && !request.IsPost)
        {
            await request.RenderAsync("Textes du rapport", List(request.Store)).ConfigureAwait(false);
            return true;
        }

        if (request.Path != FilePath)
        {
            return false;
        }

        var file = request.IsPost ? request.Form[EditorUrls.FileParameter].ToString() : request.Query(EditorUrls.FileParameter);
        if (!IsText(file) || !request.Store.IsAllowed(file))
        {
            await request.RenderAsync("Texte introuvable", $"<p>«\u00A0{HtmlEncode(file)}\u00A0» n'est pas un texte du rapport. {EditorHtml.Link(ListPath, "Revenir à la liste des textes")}</p>", status: StatusCodes.Status404NotFound).ConfigureAwait(false);
            return true;
        }

        if (!request.IsPost)
        {
            await PageAsync(request, file, null, null, null).ConfigureAwait(false);
            return true;
        }

        var stored = request.Store.Read(file);
        var title = request.Form[TitleField].ToString();
        var body = request.Form[BodyField].ToString();
        if (ImageChooser.IsRequested(request.Form))
        {
            var (withImage, error) = ImageChooser.Insert(request.Store, file, body, request.Form);
            await PageAsync(request, file, null, (title, []), withImage, error is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity, error).ConfigureAwait(false);
            return true;
        }

        if ((stored?.Version ?? string.Empty) != request.Form[VersionField].ToString())
        {
            await PageAsync(request, file, "Le fichier a été modifié sur le disque depuis l'ouverture de ce formulaire (dans un autre éditeur, ou par une mise à jour)\u00A0: votre modification n'a pas été enregistrée, pour ne pas effacer l'autre. Le formulaire montre maintenant sa version actuelle\u00A0; votre texte est ci-dessous, à recopier.", null, body, StatusCodes.Status409Conflict).ConfigureAwait(false);
            return true;
        }

        var text = stored?.Text ?? string.Empty;
        var edited = Apply(text, title, body);
        if (edited == text)
        {
            request.Redirect(FileUrl(file));
            return true;
        }

        var result = await request.SaveAsync(file, edited, stored?.Version).ConfigureAwait(false);
        if (result.Saved)
        {
            request.Redirect(EditorNotices.After(FileUrl(file), EditorNotices.Saved));
            return true;
        }

        await PageAsync(request, file, result.Message, (title, result.Diagnostics.Select(EditorHtml.Message).ToList()), body, result.Status == SaveStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
        return true;
    }

    private static async Task PageAsync(EditorRequest request, string file, string? problem, (string Title, List<string> Errors)? refused, string? typedBody, int status = StatusCodes.Status200OK, FieldError? imageError = null)
    {
        var stored = request.Store.Read(file);
        var (head, title, body) = Split(stored?.Text ?? string.Empty);
        var headLines = head.Count(c => c == '\n');
        var diagnostics = request.DiagnosticsOf(file);
        var titleErrors = diagnostics.Where(d => (d.Location?.Line ?? 0) <= headLines).Select(EditorHtml.Message).ToList();
        var bodyErrors = diagnostics.Where(d => (d.Location?.Line ?? 0) > headLines).Select(EditorHtml.Message).Concat(refused?.Errors ?? []).ToList();
        var titleField = new FormField(TitleField, "Titre", FormFieldKind.Text, file.EndsWith("partie.md", StringComparison.Ordinal), "Le titre de la page et de son entrée dans le menu.", null, null);
        var bodyField = new FormField(BodyField, "Texte", FormFieldKind.Markdown, false, "Paragraphes séparés par une ligne vide\u00A0; **gras**, listes à tirets, liens [texte](adresse), images ![description](images/nom.png).", null, null);

        var html = new StringBuilder();
        if (problem is not null)
        {
            html.Append("<p class=\"editor-field-error\" role=\"alert\">").Append(HtmlEncode(problem)).Append("</p>\n");
        }

        html.Append("<p>Fichier\u00A0: <code>").Append(HtmlEncode(file)).Append("</code>").Append(stored is null ? " (il sera créé à l'enregistrement)" : string.Empty)
            .Append(". ").Append(EditorHtml.Link(ListPath, "Tous les textes")).Append("</p>\n")
            .Append("<form method=\"post\" action=\"").Append(FilePath).Append("\" id=\"formulaire\">\n").Append(request.TokenField())
            .Append("<input type=\"hidden\" name=\"").Append(EditorUrls.FileParameter).Append("\" value=\"").Append(HtmlEncode(file)).Append("\">\n")
            .Append("<input type=\"hidden\" name=\"").Append(VersionField).Append("\" value=\"").Append(stored?.Version ?? string.Empty).Append("\">\n");
        DataFormHtml.Field(html, titleField, TitleField, refused?.Title ?? title ?? string.Empty, titleErrors);
        DataFormHtml.Field(html, bodyField, BodyField, typedBody ?? body.Trim('\r', '\n'), bodyErrors, markdownTools: true);
        var errors = titleErrors.Select(e => new FieldError(DataFormHtml.Id(TitleField), e)).Concat(bodyErrors.Select(e => new FieldError(DataFormHtml.Id(BodyField), e))).ToList();
        IReadOnlyList<FieldError> imageErrors = imageError is null ? [] : [imageError];
        var inserted = request.IsPost && ImageChooser.IsRequested(request.Form) && imageError is null;
        html.Append("<div class=\"editor-actions\"><button type=\"submit\">Enregistrer</button></div>\n")
            .Append(ImageChooser.Html(request, file, BodyField, FileUrl(file), imageErrors, inserted)).Append("</form>\n");
        errors.AddRange(imageErrors);
        await request.RenderAsync(Title(file), html.ToString(), errors, status).ConfigureAwait(false);
    }

    /// <summary>The front matter with its « --- » lines, the title in it, and the body after it.</summary>
    private static (string Head, string? Title, string Body) Split(string text)
    {
        var lines = new TextLines(text);
        var close = lines.Count > 0 && lines.Content(0).TrimStart('\uFEFF') == "---"
            ? Enumerable.Range(1, Math.Max(0, lines.Count - 1)).FirstOrDefault(i => lines.Content(i).TrimEnd() is "---" or "...", -1)
            : -1;
        if (close < 0)
        {
            return (string.Empty, null, text);
        }

        var title = YamlEditor.Parse(lines.Get(1, close))?.Scalar(["titre"]);
        return (lines.Get(0, close + 1), title, lines.Get(close + 1, lines.Count));
    }

    private static string Normalized(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n');

    private static string Title(string file) => file.Split('/') switch
    {
        [var y, var name] => YearTexts.First(t => t.Name == name).Title + " (" + y + ")",
        [var y, var part, _] => "Introduction de la partie " + part[^1] + " (" + y + ")",
        _ => file,
    };

    private static string List(ContentStore store)
    {
        var html = new StringBuilder("<p>Les textes du rapport\u00A0: chacun a un titre et un texte en Markdown.</p>\n");
        foreach (var year in DataModule.Years(store))
        {
            html.Append("<h2>Rapport ").Append(HtmlEncode(year)).Append("</h2>\n<ul class=\"editor-list\">\n");
            foreach (var (name, _) in YearTexts)
            {
                Item(html, store, year + "/" + name);
            }

            foreach (var part in new[] { "partie-1", "partie-2", "partie-3" }.Where(p => Directory.Exists(Path.Combine(store.Root, year, p))))
            {
                Item(html, store, year + "/" + part + "/partie.md");
            }

            html.Append("</ul>\n");
        }

        return html.ToString();
    }

    private static void Item(StringBuilder html, ContentStore store, string file) =>
        html.Append("<li>").Append(EditorHtml.Link(FileUrl(file), Title(file))).Append(store.Exists(file) ? string.Empty : " (à écrire)").Append("</li>\n");
}
