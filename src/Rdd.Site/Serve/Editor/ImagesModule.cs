using System.Text;
using Microsoft.AspNetCore.Http;
using Rdd.Site.Content;
using Rdd.Site.Policy;
using Rdd.Site.Text;
using static System.Net.WebUtility;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// Images: sent into a year's <c>images/</c> folder, with a required alternative text. The format keeps that text in
/// the Markdown that inserts the image (content/README.md, « Images »), so the page gives the line to paste into a
/// text or a section. The formats are those the site publishes (<see cref="MediaPolicy"/>), the size at most
/// <see cref="MaxBytes"/>, the name made of lower-case letters, digits and hyphens.
/// </summary>
internal sealed class ImagesModule : IEditorModule
{
    /// <summary>The page of the images, with the form that sends one.</summary>
    public const string PagePath = "/edition/images";

    /// <summary>The largest image accepted: 5 Mo, already heavy for a page read on a telephone.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    private const string YearField = "annee";
    private const string FileField = "image";
    private const string AltField = "alternative";
    private const string SentParameter = "envoyee";

    /// <summary>The parameter of the form an author came from (« Envoyer une nouvelle image » under a text), where the page sends them back.</summary>
    public const string ReturnParameter = "retour";

    /// <inheritdoc />
    public IReadOnlyList<EditorLink> Navigation { get; } = [new("Images", PagePath)];

    /// <summary>The name an image is saved under: its name as a slug (« Photo vélo.JPG » → « photo-velo.jpg »); null when its type is not one the site publishes.</summary>
    /// <param name="fileName">The name of the file sent.</param>
    /// <returns>The file name, or null.</returns>
    internal static string? SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        if (!MediaPolicy.IsImage(name))
        {
            return null;
        }

        var stem = SectionReader.ShortSlug(Path.GetFileNameWithoutExtension(name));
        return (stem.Length == 0 ? "image" : stem) + Path.GetExtension(name).ToLowerInvariant();
    }

    /// <summary>The Markdown that inserts an image, its alternative text escaped where Markdown would read it otherwise.</summary>
    /// <param name="alt">The alternative text.</param>
    /// <param name="path">The image's path, relative to the file it is inserted in.</param>
    /// <returns>« ![alt](path) ».</returns>
    internal static string Markdown(string alt, string path)
    {
        var escaped = new StringBuilder();
        foreach (var c in alt.ReplaceLineEndings(" ").Trim())
        {
            escaped.Append(c is '[' or ']' or '\\' or '*' or '_' or '`' ? "\\" + c : c.ToString());
        }

        return "![" + escaped + "](" + path + ")";
    }

    /// <inheritdoc />
    public async Task<bool> TryHandleAsync(EditorRequest request)
    {
        if (request.Path != PagePath)
        {
            return false;
        }

        if (!request.IsPost)
        {
            await PageAsync(request, [], StatusCodes.Status200OK).ConfigureAwait(false);
            return true;
        }

        var year = request.Form[YearField].ToString();
        var file = request.Form.Files.GetFile(FileField);
        var alt = request.Form[AltField].ToString().Trim();
        var name = file is null ? null : SafeName(file.FileName);
        var path = year + "/images/" + name;
        var errors = Errors(request.Store, year, file, name, alt, path);
        if (errors.Count > 0)
        {
            await PageAsync(request, errors, StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
            return true;
        }

        using var stream = new MemoryStream();
        await file!.CopyToAsync(stream).ConfigureAwait(false);
        var result = await request.SaveAsync([new FileEdit(path, null, null) { NewBytes = stream.ToArray() }]).ConfigureAwait(false);
        if (!result.Saved)
        {
            await PageAsync(request, [new FieldError(Id(FileField), result.Message ?? "L'image n'a pas été enregistrée.")], StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
            return true;
        }

        var back = ReturnUrl(request.Form[ReturnParameter].ToString());
        request.Redirect(PagePath + "?" + SentParameter + "=" + Uri.EscapeDataString(path) + "&" + AltField + "=" + Uri.EscapeDataString(alt)
            + (back is null ? string.Empty : "&" + ReturnParameter + "=" + Uri.EscapeDataString(back)));
        return true;
    }

    /// <summary>What is wrong with the image sent: its year, its file (missing, of a type not published, too large, or of a name taken) or its text.</summary>
    private static List<FieldError> Errors(ContentStore store, string year, IFormFile? file, string? name, string alt, string path)
    {
        var errors = new List<FieldError>();
        if (!DataModule.Years(store).Contains(year))
        {
            errors.Add(new FieldError(Id(YearField), "Choisissez l'année du rapport où ranger l'image."));
        }

        if (file is null || file.Length == 0)
        {
            errors.Add(new FieldError(Id(FileField), "Choisissez le fichier de l'image."));
        }
        else if (name is null)
        {
            errors.Add(new FieldError(Id(FileField), "Ce type de fichier n'est pas publié\u00A0: envoyez une image PNG, JPEG, SVG ou WebP (une image GIF, souvent animée, est à enregistrer en PNG)."));
        }
        else if (file.Length > MaxBytes)
        {
            errors.Add(TooLarge(file.Length));
        }

        if (alt.Length == 0)
        {
            errors.Add(new FieldError(Id(AltField), "Écrivez le texte de remplacement\u00A0: ce que montre l'image, pour qui ne la voit pas."));
        }

        if (errors.Count == 0 && store.Exists(path))
        {
            errors.Add(new FieldError(Id(FileField), $"Une image porte déjà le nom «\u00A0{name}\u00A0» dans {year}/images\u00A0: renommez le fichier avant de l'envoyer."));
        }

        return errors;
    }

    /// <summary>
    /// Answers a form refused before it was read, its body larger than the page accepts (<see cref="EditorSession.MaxBodyBytes"/>):
    /// the page again, with the error at the file's field and the status 413.
    /// </summary>
    /// <param name="request">The request, its form not read.</param>
    /// <returns>When the page is written.</returns>
    internal static Task TooLargeAsync(EditorRequest request) =>
        PageAsync(request, [TooLarge(null)], StatusCodes.Status413PayloadTooLarge);

    /// <summary>The error of an image over <see cref="MaxBytes"/>: its size when known (the form was read), else that it is over.</summary>
    private static FieldError TooLarge(long? bytes) =>
        new(Id(FileField), (bytes is { } size ? $"L'image pèse {FileSize.Of(size)}\u00A0: {FileSize.Of(MaxBytes)} au plus." : $"L'image pèse plus de {FileSize.Of(MaxBytes)}, le maximum.") + " Réduisez-la (dimensions ou compression) avant de l'envoyer.");

    /// <summary>The address to go back to: a page of the editor only (never another site), else null.</summary>
    internal static string? ReturnUrl(string url) =>
        url.StartsWith("/edition/", StringComparison.Ordinal) && !url.Contains("//", StringComparison.Ordinal) && !url.Contains('\\') ? url : null;

    private static async Task PageAsync(EditorRequest request, IReadOnlyList<FieldError> errors, int status)
    {
        var html = new StringBuilder();
        var back = ReturnUrl(request.IsPost ? request.Form[ReturnParameter].ToString() : request.Query(ReturnParameter));
        var sent = request.Query(SentParameter);
        if (sent.Length > 0 && !request.IsPost)
        {
            var alt = request.Query(AltField);
            var fileName = Path.GetFileName(sent);
            html.Append("<div class=\"editor-notice\" role=\"status\">\n<p>Image enregistrée dans <code>").Append(HtmlEncode(sent)).Append("</code>. Le texte de remplacement s'écrit dans le Markdown qui insère l'image\u00A0: copiez la ligne qui convient dans le texte ou la section où elle doit paraître.</p>\n<ul>\n")
                .Append("<li>Dans une section ou l'introduction d'une partie\u00A0: <code>").Append(HtmlEncode(Markdown(alt, "../images/" + fileName))).Append("</code></li>\n")
                .Append("<li>Dans l'introduction, le guide de lecture ou le bilan numérique\u00A0: <code>").Append(HtmlEncode(Markdown(alt, "images/" + fileName))).Append("</code></li>\n</ul>\n");
            if (back is not null)
            {
                var withImage = back + (back.Contains('?', StringComparison.Ordinal) ? "&" : "?") + ImageChooser.ImageField + "=" + Uri.EscapeDataString(fileName) + "&" + ImageChooser.AltField + "=" + Uri.EscapeDataString(alt);
                html.Append("<p>").Append(EditorHtml.Link(withImage, "Revenir au texte pour y insérer l'image")).Append("</p>\n");
            }

            html.Append("</div>\n");
        }
        else if (back is not null)
        {
            html.Append("<p>").Append(EditorHtml.Link(back, "Revenir au texte sans envoyer d'image")).Append("</p>\n");
        }

        var years = DataModule.Years(request.Store);
        html.Append("<h2>Envoyer une image</h2>\n<form method=\"post\" action=\"").Append(PagePath).Append("\" enctype=\"multipart/form-data\">\n").Append(request.TokenField())
            .Append(back is null ? string.Empty : new EditorForm([]).Hidden(ReturnParameter, back).Html);
        var chosen = request.IsPost ? request.Form[YearField].ToString() : years.FirstOrDefault() ?? string.Empty;
        Label(html, YearField, "Année du rapport", "L'image est rangée dans le dossier images de cette année.", errors);
        html.Append("<select").Append(Attributes(YearField, errors)).Append(">\n");
        foreach (var year in years)
        {
            html.Append("<option").Append(year == chosen ? " selected" : string.Empty).Append('>').Append(HtmlEncode(year)).Append("</option>\n");
        }

        html.Append("</select>\n</div>\n");
        Label(html, FileField, "Fichier de l'image", $"PNG, JPEG, SVG ou WebP, {FileSize.Of(MaxBytes)} au plus\u00A0; le nom est écrit en minuscules, sans accent ni espace.", errors);
        html.Append("<input type=\"file\" accept=\"").Append(string.Join(',', MediaPolicy.ImageExtensions)).Append('"').Append(Attributes(FileField, errors)).Append(">\n</div>\n");
        Label(html, AltField, "Texte de remplacement (obligatoire)", "Ce que montre l'image, pour qui ne la voit pas («\u00A0Carte des pistes cyclables livrées en 2024\u00A0»).", errors);
        html.Append("<input type=\"text\"").Append(Attributes(AltField, errors)).Append(" value=\"").Append(HtmlEncode(request.IsPost ? request.Form[AltField].ToString() : string.Empty)).Append("\">\n</div>\n")
            .Append("<div class=\"editor-actions\"><button type=\"submit\">Envoyer l'image</button></div>\n</form>\n");

        AppendImages(html, request.Store, years);
        await request.RenderAsync("Images", html.ToString(), errors, status).ConfigureAwait(false);
    }

    /// <summary>The images already in each year's folder, by name.</summary>
    private static void AppendImages(StringBuilder html, ContentStore store, List<string> years)
    {
        foreach (var year in years)
        {
            var folder = Path.Combine(store.Root, year, "images");
            var images = Directory.Exists(folder) ? Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().Where(MediaPolicy.IsImage).Order(StringComparer.Ordinal).ToList() : [];
            html.Append("<h2>Images de ").Append(HtmlEncode(year)).Append("</h2>\n");
            if (images.Count == 0)
            {
                html.Append("<p>Aucune image pour l'instant.</p>\n");
                continue;
            }

            html.Append("<ul class=\"editor-list\">\n");
            foreach (var image in images)
            {
                html.Append("<li><code>").Append(HtmlEncode(year + "/images/" + image)).Append("</code></li>\n");
            }

            html.Append("</ul>\n");
        }
    }

    private static void Label(StringBuilder html, string field, string label, string help, IReadOnlyList<FieldError> errors)
    {
        var id = Id(field);
        html.Append("<div class=\"editor-field\">\n<label for=\"").Append(id).Append("\">").Append(HtmlEncode(label)).Append("</label>\n")
            .Append("<span class=\"editor-field-help\" id=\"").Append(id).Append("-aide\">").Append(HtmlEncode(help)).Append("</span>\n");
        foreach (var error in errors.Where(e => e.FieldId == id))
        {
            html.Append("<span class=\"editor-field-error\" id=\"").Append(id).Append("-erreur\">").Append(HtmlEncode(error.Message)).Append("</span>\n");
        }
    }

    private static string Attributes(string field, IReadOnlyList<FieldError> errors)
    {
        var id = Id(field);
        var invalid = errors.Any(e => e.FieldId == id);
        return $" id=\"{id}\" name=\"{field}\" aria-describedby=\"{id}-aide{(invalid ? " " + id + "-erreur" : string.Empty)}\"{(invalid ? " aria-invalid=\"true\"" : string.Empty)}";
    }

    private static string Id(string field) => "champ-" + field;
}
