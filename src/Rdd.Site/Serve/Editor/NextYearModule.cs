using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Rdd.Site.Content;
using Rdd.Site.Content.Editing;
using static System.Net.WebUtility;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// « Commencer le rapport 2026 »: the page that says what the next year's report takes from the latest one and what
/// starts anew (<see cref="NextYear"/>), and its button, which writes the new year's folder in one save (undone as one).
/// </summary>
internal sealed class NextYearModule : IEditorModule
{
    /// <summary>The page and the address its form posts to.</summary>
    public const string Path = "/edition/annee";

    /// <inheritdoc />
    public IReadOnlyList<EditorLink> Navigation => [];

    /// <inheritdoc />
    public async Task<bool> TryHandleAsync(EditorRequest request)
    {
        if (request.Path != Path)
        {
            return false;
        }

        if (request.Content?.Latest is not { } latest)
        {
            request.Redirect(EditorUrls.Structure);
            return true;
        }

        var year = (latest.Report.Year + 1).ToString(CultureInfo.InvariantCulture);
        var exists = request.Store.Exists(year);
        var files = exists ? [] : NextYear.Files(request.Store.Root, latest, latest.Report.Authority);
        if (request.IsPost && !exists)
        {
            var edits = files
                .Select(f => new FileEdit(f.Path, f.Text, null) { NewBytes = f.Bytes })
                .ToList();
            var result = await request.SaveAsync(edits).ConfigureAwait(false);
            if (result.Saved)
            {
                request.Redirect(EditorNotices.After(EditorUrls.Structure, EditorNotices.Saved) + "#annee-" + year);
                return true;
            }

            await RenderAsync(request, latest, year, files, string.Join(" ", result.Diagnostics.Select(EditorHtml.Message).Prepend(result.Message)), StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
            return true;
        }

        await RenderAsync(request, latest, year, exists ? null : files, null, request.IsPost ? StatusCodes.Status409Conflict : StatusCodes.Status200OK).ConfigureAwait(false);
        return true;
    }

    private static Task RenderAsync(EditorRequest request, ContentYear latest, string year, IReadOnlyList<NextYearFile>? files, string? problem, int status)
    {
        var last = latest.Report.Year.ToString(CultureInfo.InvariantCulture);
        var html = new StringBuilder();
        html.Append("<p>").Append(EditorHtml.Link(EditorUrls.Structure, "Revenir à la structure du rapport")).Append("</p>\n");
        if (problem is not null)
        {
            html.Append("<p class=\"editor-field-error\" role=\"alert\">").Append(HtmlEncode(problem)).Append("</p>\n");
        }

        if (files is null)
        {
            html.Append("<p>Le rapport ").Append(year).Append(" est déjà commencé\u00A0: ouvrez-le depuis la ")
                .Append(EditorHtml.Link(EditorUrls.Structure + "#annee-" + year, "structure du rapport")).Append(". Rien n'a été modifié.</p>\n");
            return request.RenderAsync("Le rapport " + year + " existe déjà", html.ToString(), status: status);
        }

        html.Append("<p>Le rapport ").Append(year).Append(" se prépare à côté du rapport ").Append(last)
            .Append(", qui n'est pas modifié\u00A0: le site publiera le rapport ").Append(year).Append(" à son adresse principale, et le rapport ")
            .Append(last).Append(" restera en ligne sous «\u00A0/").Append(HtmlEncode(latest.Folder)).Append("/\u00A0».</p>\n")
            .Append("<h2>Repris du rapport ").Append(last).Append("</h2>\n<ul>\n")
            .Append("<li>le guide de lecture, le glossaire, et les documents de stratégie avec leurs termes\u00A0;</li>\n")
            .Append("<li>les indicateurs, avec les valeurs des années passées\u00A0: il reste à y ajouter celle de ").Append(year).Append("\u00A0;</li>\n")
            .Append("<li>le titre et l'introduction de chaque partie, et l'en-tête de chaque section\u00A0: son titre, son groupe, et les finalités, éléments de la démarche, termes et ODD que ses actions reçoivent\u00A0;</li>\n")
            .Append("<li>les images que montrent ces textes.</li>\n</ul>\n")
            .Append("<h2>À écrire pour ").Append(year).Append("</h2>\n<ul>\n")
            .Append("<li>les actions de chaque section, qui commencent vides, sauf une action d'exemple à remplacer dans la première section de chaque partie (une partie ne reste jamais sans action)\u00A0; une action qui poursuit une action de ").Append(last)
            .Append(" s'y relie par le champ «\u00A0Suite de\u00A0»\u00A0;</li>\n")
            .Append("<li>l'introduction de chaque section, l'introduction du rapport, les chiffres clés, le budget, le budget vert")
            .Append(files.Any(f => f.Path == year + "/numerique-responsable.md") ? " et le bilan de la stratégie numérique responsable" : string.Empty)
            .Append(", qui commencent avec les exemples d'un nouveau rapport\u00A0: la vérification signale chacun tant qu'il reste à remplacer.</li>\n</ul>\n")
            .Append("<form method=\"post\" action=\"").Append(Path).Append("\">\n").Append(request.TokenField())
            .Append("<div class=\"editor-actions\"><button type=\"submit\">Commencer le rapport ").Append(year).Append("</button></div>\n</form>\n")
            .Append("<p>«\u00A0Annuler la dernière modification\u00A0» retire ensuite le dossier ").Append(year).Append(" tout entier.</p>\n");
        return request.RenderAsync("Commencer le rapport " + year, html.ToString(), status: status);
    }
}
