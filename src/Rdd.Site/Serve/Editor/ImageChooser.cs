using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Rdd.Site.Content;
using Rdd.Site.Policy;
using static System.Net.WebUtility;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// « Insérer une image » under a Markdown text: a list of the images of the year's <c>images/</c> folder and a button
/// in the text's own form, so that inserting keeps everything typed (the page comes back with the Markdown at the end of
/// the text, not saved). The editor's script turns it into the toolbar's « Image », which inserts at the cursor.
/// The alternative text lives in the Markdown that inserts an image (<see cref="ImagesModule"/>): an image is listed with
/// the one the year's texts already give it; one they do not yet show asks for it.
/// </summary>
internal static partial class ImageChooser
{
    /// <summary>The name of the « Insérer l'image » button; its value is the name of the text field.</summary>
    public const string InsertField = "inserer-image";

    /// <summary>The list of the images (the file's name); also a parameter of the form's address, after a sending.</summary>
    public const string ImageField = "image-choisie";

    /// <summary>The alternative text typed; also a parameter of the form's address, after a sending.</summary>
    public const string AltField = "image-alternative";

    /// <summary>An image of the year: its file's name, and the alternative text the year's texts give it (null: none yet).</summary>
    /// <param name="FileName">Its name in <c>images/</c>.</param>
    /// <param name="Alt">Its alternative text, or null.</param>
    internal sealed record YearImage(string FileName, string? Alt);

    /// <summary>Whether the form was sent by « Insérer l'image » (and not by « Enregistrer »).</summary>
    /// <param name="form">The posted form.</param>
    /// <returns>True to insert and show the form again, without saving.</returns>
    public static bool IsRequested(IFormCollection form) => form.ContainsKey(InsertField);

    /// <summary>The images of <paramref name="file"/>'s year, by name, each with the alternative text a Markdown file of the year gives it.</summary>
    /// <param name="store">The content.</param>
    /// <param name="file">The file the text is in, relative to the content folder (« 2025/partie-1/01-mobilites.md »).</param>
    /// <returns>The images.</returns>
    internal static IReadOnlyList<YearImage> Images(ContentStore store, string file)
    {
        var year = Path.Combine(store.Root, file.Split('/')[0]);
        var folder = Path.Combine(year, "images");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var alts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var markdown in Directory.EnumerateFiles(year, "*.md", SearchOption.AllDirectories))
        {
            foreach (Match match in InsertedImage().Matches(File.ReadAllText(markdown)))
            {
                var alt = Regex.Replace(match.Groups["alt"].Value, @"\\(.)", "$1").Trim();
                if (alt.Length > 0)
                {
                    alts.TryAdd(match.Groups["name"].Value, alt);
                }
            }
        }

        return Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().Where(MediaPolicy.IsImage).Order(StringComparer.Ordinal)
            .Select(name => new YearImage(name, alts.GetValueOrDefault(name))).ToList();
    }

    /// <summary>An image's path from <paramref name="file"/>: « images/… » from a year's text, « ../images/… » from a part's folder.</summary>
    /// <param name="file">The file the text is in.</param>
    /// <param name="name">The image's name.</param>
    /// <returns>The relative path.</returns>
    internal static string ImagePath(string file, string name) => (file.Count(c => c == '/') > 1 ? "../images/" : "images/") + name;

    /// <summary>The text with the chosen image's Markdown added at its end; or, at its field, why it was not.</summary>
    /// <param name="store">The content.</param>
    /// <param name="file">The file the text is in.</param>
    /// <param name="body">The text typed.</param>
    /// <param name="form">The posted form.</param>
    /// <returns>The new text, or the text as typed and the error.</returns>
    public static (string Body, FieldError? Error) Insert(ContentStore store, string file, string body, IFormCollection form)
    {
        var name = form[ImageField].ToString();
        if (Images(store, file).FirstOrDefault(i => i.FileName == name) is not { } image)
        {
            return (body, new FieldError(ImageField, "Choisissez une image du dossier images."));
        }

        var alt = ActionForm.OneLine(form[AltField].ToString()) is { Length: > 0 } typed ? typed : image.Alt ?? string.Empty;
        if (alt.Length == 0)
        {
            return (body, new FieldError(AltField, "Écrivez le texte de remplacement de cette image\u00A0: ce qu'elle montre, pour qui ne la voit pas."));
        }

        var kept = body.TrimEnd();
        return ((kept.Length == 0 ? string.Empty : kept + "\n\n") + ImagesModule.Markdown(alt, ImagePath(file, name)), null);
    }

    /// <summary>
    /// The chooser of the text field <paramref name="textField"/>, in its form after the form's buttons (so that the
    /// Enter key still saves): the images, the alternative text, « Insérer l'image », and the link that sends a new one.
    /// </summary>
    /// <param name="request">The request: its store, and the image and text chosen (posted, or in the address after a sending).</param>
    /// <param name="file">The file the text is in.</param>
    /// <param name="textField">The name of the text field.</param>
    /// <param name="returnUrl">The address of this form, where the images page sends the author back.</param>
    /// <param name="errors">The page's errors; those of the chooser's fields are shown at them.</param>
    /// <param name="inserted">Whether an image was just inserted (its fields are then emptied).</param>
    /// <returns>The HTML.</returns>
    public static string Html(EditorRequest request, string file, string textField, string returnUrl, IReadOnlyList<FieldError> errors, bool inserted = false)
    {
        var images = Images(request.Store, file);
        var chosen = request.IsPost ? request.Form[ImageField].ToString() : request.Query(ImageField);
        var typed = inserted ? string.Empty : request.IsPost ? request.Form[AltField].ToString() : request.Query(AltField);
        var folder = file.Split('/')[0] + "/images";
        var html = new StringBuilder("<fieldset class=\"editor-field\" id=\"images-").Append(HtmlEncode(textField)).Append("\" data-image-chooser=\"").Append(HtmlEncode(textField)).Append("\">\n<legend>Insérer une image dans le texte</legend>\n");
        if (inserted)
        {
            html.Append("<p class=\"editor-notice\" role=\"status\">Image ajoutée à la fin du texte. Elle sera gardée à l'enregistrement.</p>\n");
        }

        if (images.Count == 0)
        {
            html.Append("<p>Le dossier <code>").Append(HtmlEncode(folder)).Append("</code> n'a pas encore d'image.</p>\n");
        }
        else
        {
            var form = new EditorForm(errors).Select(
                ImageField,
                "Image du dossier " + folder,
                [(string.Empty, "Choisir une image"), .. images.Select(i => (i.FileName, i.Alt is null ? i.FileName + " (sans texte de remplacement)" : i.Alt + " — " + i.FileName))],
                inserted ? null : chosen)
                .Text(AltField, "Texte de remplacement", typed, "Ce que montre l'image, pour qui ne la voit pas\u00A0; laissez vide pour reprendre celui de l'image, obligatoire pour une image qui n'en a pas.");
            html.Append(ImageData(form.Html, images, file))
                .Append("<div class=\"editor-actions\"><button type=\"submit\" class=\"editor-secondary\" name=\"").Append(InsertField).Append("\" value=\"").Append(HtmlEncode(textField)).Append("\">Insérer l'image</button></div>\n");
        }

        html.Append("<p>").Append(EditorHtml.Link(ImagesModule.PagePath + "?" + ImagesModule.ReturnParameter + "=" + Uri.EscapeDataString(returnUrl), "Envoyer une nouvelle image"))
            .Append(" (enregistrez d'abord le texte\u00A0: la page des images vous ramène ici).</p>\n</fieldset>\n");
        return html.ToString();
    }

    /// <summary>Gives each option of the list the image's path and alternative text, which the script inserts at the cursor.</summary>
    private static string ImageData(string html, IReadOnlyList<YearImage> images, string file)
    {
        foreach (var image in images)
        {
            var option = "<option value=\"" + HtmlEncode(image.FileName) + "\"";
            html = html.Replace(option, option + " data-path=\"" + HtmlEncode(ImagePath(file, image.FileName)) + "\" data-alt=\"" + HtmlEncode(image.Alt ?? string.Empty) + "\"", StringComparison.Ordinal);
        }

        return html;
    }

    [GeneratedRegex(@"!\[(?<alt>(?:\\.|[^\]\\])*)\]\(\s*(?:\.\./)?images/(?<name>[^)\s/]+)\s*\)")]
    private static partial Regex InsertedImage();
}
