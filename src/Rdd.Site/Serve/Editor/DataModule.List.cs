using System.Text;
using Microsoft.AspNetCore.Http;
using Rdd.Domain;
using Rdd.Site.Content;
using Rdd.Site.Content.Editing;
using static System.Net.WebUtility;

namespace Rdd.Site.Serve.Editor;

/// <summary>The list of the data files, year by year, and the creation of a year's strategy document from its name.</summary>
internal sealed partial class DataModule
{
    /// <summary>The text of a new strategy document: its schema comment and its name; its terms are added in its form.</summary>
    /// <param name="name">The document's name (« Plan climat-air-énergie territorial »).</param>
    /// <returns>The file's text.</returns>
    private static string NewStrategy(string name) =>
        "# yaml-language-server: $schema=../../schemas/taxonomie.schema.json\nnom: " + YamlScalars.Text(name) + "\ntermes: []\n";

    private static async Task NewStrategyAsync(EditorRequest request)
    {
        var year = request.Form["annee"].ToString();
        if (!Years(request.Store).Contains(year, StringComparer.Ordinal))
        {
            await request.RenderAsync("Année introuvable", $"<p>Le contenu n'a pas de rapport «\u00A0{HtmlEncode(year)}\u00A0». {EditorHtml.Link(ListPath, "Revenir à la liste des données")}</p>", status: StatusCodes.Status404NotFound).ConfigureAwait(false);
            return;
        }

        var field = NewStrategyField(year);
        var name = ActionForm.OneLine(request.Form[field].ToString());
        var fileName = Codes.Slugify(name) + ".yml";
        var file = year + "/strategie/" + fileName;
        var problem = name.Length == 0 ? "Donnez un nom au nouveau document de stratégie."
            : fileName == ".yml" ? "Le nom du document doit contenir au moins une lettre ou un chiffre."
            : request.Store.Exists(file) ? $"Le rapport {year} a déjà un document de stratégie enregistré sous le nom «\u00A0{fileName}\u00A0»\u00A0: ouvrez-le dans la liste, ou choisissez un autre nom."
            : null;
        if (problem is null)
        {
            var result = await request.SaveAsync([new FileEdit(file, NewStrategy(name), null)]).ConfigureAwait(false);
            if (result.Saved)
            {
                request.Redirect(EditorNotices.After(FileUrl(file), EditorNotices.Saved));
                return;
            }

            problem = result.Message;
        }

        IReadOnlyList<FieldError> errors = [new FieldError(field, problem!)];
        await request.RenderAsync("Données du rapport", List(request, errors, name), errors, StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
    }

    private static string NewStrategyField(string year) => "strategie-" + year;

    private static string Title(string file, LoadedContent? content) => file.Split('/') switch
    {
        ["site.yml"] => "Réglages du site",
        [var y, "rapport.yml"] => "Le rapport " + y,
        [var y, "chiffres-cles.yml"] => "Chiffres clés " + y,
        [var y, "budget.yml"] => "Budget " + y,
        [var y, "budget-vert.yml"] => "Budget vert " + y,
        [var y, "indicateurs.yml"] => "Indicateurs " + y,
        [var y, "glossaire.yml"] => "Glossaire " + y,
        [var y, _, var name] => "Stratégie " + y + "\u00A0: " + (content?.Years.FirstOrDefault(c => c.Folder == y)?.Report.Taxonomies.FirstOrDefault(t => t.Id == name[..^4])?.Name ?? name[..^4]),
        _ => file,
    };

    private static string List(EditorRequest request, IReadOnlyList<FieldError> errors, string? typed = null)
    {
        var store = request.Store;
        var html = new StringBuilder("<p>Les données du rapport, fichier par fichier\u00A0: chaque formulaire écrit le même fichier YAML qu'un éditeur de texte, en ne changeant que les lignes modifiées.</p>\n");
        html.Append("<ul class=\"editor-list\">\n<li>").Append(EditorHtml.Link(FileUrl("site.yml"), "Réglages du site\u00A0: collectivité, site, déclaration d'accessibilité, mentions légales")).Append("</li>\n</ul>\n");
        foreach (var year in Years(store))
        {
            html.Append("<h2>Rapport ").Append(HtmlEncode(year)).Append("</h2>\n<ul class=\"editor-list\">\n");
            foreach (var name in new[] { "rapport.yml", "chiffres-cles.yml", "budget.yml", "budget-vert.yml", "indicateurs.yml", "glossaire.yml" })
            {
                var file = year + "/" + name;
                if (store.Exists(file) || name is "chiffres-cles.yml" or "indicateurs.yml" or "glossaire.yml")
                {
                    html.Append("<li>").Append(EditorHtml.Link(FileUrl(file), Title(file, request.Content))).Append(store.Exists(file) ? string.Empty : " (à créer)").Append("</li>\n");
                }
            }

            var strategy = System.IO.Path.Combine(store.Root, year, "strategie");
            foreach (var path in Directory.Exists(strategy) ? Directory.GetFiles(strategy, "*.yml").Order(StringComparer.Ordinal).ToArray() : [])
            {
                var file = year + "/strategie/" + System.IO.Path.GetFileName(path);
                html.Append("<li>").Append(EditorHtml.Link(FileUrl(file), Title(file, request.Content))).Append("</li>\n");
            }

            html.Append("</ul>\n<form method=\"post\" action=\"").Append(NewStrategyPath).Append("\" novalidate>\n").Append(request.TokenField())
                .Append(new EditorForm(errors).Hidden("annee", year)
                    .Text(NewStrategyField(year), "Nom d'un nouveau document de stratégie " + year, errors.Any(e => e.FieldId == NewStrategyField(year)) ? typed : null, "Le projet de territoire, le plan climat-air-énergie territorial, un agenda 2030…\u00A0: ses axes ou ses objectifs deviennent des termes que les actions citent. Vous les ajoutez dans le formulaire du document, qui s'ouvre une fois le document créé.")
                    .Buttons("Ajouter le document de stratégie", null).Html)
                .Append("</form>\n");
        }

        return html.ToString();
    }

    /// <summary>The years' folders of the content folder, the latest first.</summary>
    /// <param name="store">The content folder.</param>
    /// <returns>The folders' names (« 2024 »).</returns>
    internal static List<string> Years(ContentStore store) =>
        [.. Directory.GetDirectories(store.Root).Select(System.IO.Path.GetFileName).OfType<string>().Where(YamlForm.IsYear).Order(StringComparer.Ordinal).Reverse()];
}
