using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Rdd.Site.Content;
using Rdd.Site.Import;
using Rdd.Site.Serve.Editor;
using Rdd.Site.Text;

namespace Rdd.Site.Serve.Welcome;

/// <summary>
/// The HTML of the welcome page « Créer le rapport »: the fields of <c>rdd new</c>, the obligation once known, the
/// errors summed up at the top (each a link to its field) and repeated at the field; below, « Importer un document
/// Word », which makes the report from last year's document with the same fields. No script, no inline style:
/// everything works with the form's three buttons, « Vérifier l'obligation », « Créer » and « Importer le document Word ».
/// </summary>
internal static class WelcomePage
{
    /// <summary>Encodes text and attribute values, leaving letters such as « é » as they are (as the site's pages do).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The articles of the « Article » list: the code posted, and what the author reads.</summary>
    private static readonly (string Code, string Label)[] Articles =
    [
        (string.Empty, "d'après le nom (« Ville de … » : « la »)"),
        ("la", "la (« la Ville de Belval »)"),
        ("le", "le (« le Département du Gard »)"),
        ("l'", "l' (« l'Eurométropole de Strasbourg »)"),
        ("les", "les (« les Hauts-de-Seine »)"),
        ("aucun", "aucun (« Carcassonne Agglo »)"),
    ];

    /// <summary>The page.</summary>
    /// <param name="form">The fields as typed.</param>
    /// <param name="errors">The errors to show, by field; empty before the first « Créer ».</param>
    /// <param name="problem">An error that belongs to no field (the folder cannot be written), or null.</param>
    /// <param name="folder">Where the content folder will be created.</param>
    /// <param name="token">The form token.</param>
    /// <returns>The HTML.</returns>
    public static string Html(WelcomeForm form, IReadOnlyList<(string Field, string Message)> errors, string? problem, string folder, string token)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);
        var html = new StringBuilder();
        var title = errors.Count > 0 || problem is not null ? "Erreur : Créer le rapport — Rdd" : "Créer le rapport — Rdd";
        html.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encoder.Encode(title)).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(EditorSession.StylePath).Append("\">\n</head>\n<body>\n")
            .Append("<a class=\"skip-link\" href=\"#contenu\">Aller au contenu</a>\n")
            .Append("<header class=\"editor-header\">\n<p class=\"editor-brand\">Éditeur du rapport</p>\n</header>\n")
            .Append("<main id=\"contenu\" tabindex=\"-1\">\n<h1>Créer le rapport</h1>\n");
        Summary(html, errors, problem);
        html.Append("<p>Aucun rapport n'est encore ouvert. Indiquez la collectivité : Rdd crée le dossier du rapport, avec ses trois parties et un exemple de chaque élément à remplacer, puis ouvre l'éditeur.</p>\n")
            .Append("<p>Le dossier du rapport sera créé dans <code>").Append(Encoder.Encode(folder)).Append("</code>.</p>\n")
            .Append("<form method=\"post\" action=\"/\" enctype=\"multipart/form-data\" novalidate>\n")
            .Append("<input type=\"hidden\" name=\"").Append(EditorSecurity.TokenField).Append("\" value=\"").Append(Encoder.Encode(token)).Append("\">\n");
        Text(html, "nom", "Nom de la collectivité", "Tel qu'il s'écrit seul, par exemple « Ville de Belval » ou « Carcassonne Agglo ».", form.Name, errors, "organization");
        Select(html, "nature", "Nature", WelcomeForm.Kinds, form.Kind, errors);
        Text(html, "population", "Population", "Le nombre d'habitants, en chiffres (population municipale).", form.Population, errors, "off", numeric: true);
        Text(html, "annee", "Année du rapport", "L'année dont le rapport rend compte ; il précède le débat sur le budget de l'année suivante.", form.Year, errors, "off", numeric: true);
        Select(html, "article", "Article du nom dans une phrase", Articles, form.Article, errors);
        Select(html, "ci", "Publication automatique", CiPipelines.Choices, form.Ci, errors);
        html.Append("<section aria-labelledby=\"obligation-titre\">\n<h2 id=\"obligation-titre\">Le rapport est-il obligatoire ?</h2>\n");
        html.Append(form.Obligation is { } obligation
            ? $"<p id=\"obligation\" role=\"status\">{Encoder.Encode(obligation)}</p>\n"
            : "<p id=\"obligation\" role=\"status\">Indiquez la nature, la population et l'année, puis « Vérifier l'obligation » : Rdd dit si la loi impose le rapport à la collectivité, et sur quels articles.</p>\n");
        html.Append("<button type=\"submit\" name=\"action\" value=\"verifier\" class=\"editor-secondary\">Vérifier l'obligation</button>\n</section>\n")
            .Append("<div class=\"editor-actions\"><button type=\"submit\" name=\"action\" value=\"creer\">Créer</button></div>\n");
        Import(html, form, errors);
        html.Append("</form>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>« Importer un document Word »: the report of last year, as <c>rdd import</c> reads it, with the collectivité's fields above.</summary>
    private static void Import(StringBuilder html, WelcomeForm form, IReadOnlyList<(string Field, string Message)> errors)
    {
        html.Append("<section aria-labelledby=\"import-titre\">\n<h2 id=\"import-titre\">Ou reprendre un rapport écrit dans Word</h2>\n")
            .Append("<p>Rdd peut créer le dossier du rapport à partir du document Word de l'an dernier, avec les champs ci-dessus pour la collectivité : ses parties, sections et actions d'après les styles de titre, ses listes, tableaux, notes et images. Ce qu'il ne peut pas placer est listé dans le rapport d'import, que l'éditeur montre ensuite. Les finalités ne sont pas devinées : vous les cocherez dans l'éditeur.</p>\n");
        var error = Error(errors, "document");
        Open(html, "document", "Document Word", $"Un fichier .docx de {FileSize.Of(DocumentInput.MaxFileBytes)} au plus. Un document .odt ou .doc s'enregistre au format .docx depuis LibreOffice ou Word (« Enregistrer sous »).", error);
        html.Append("<input type=\"file\" id=\"document\" name=\"document\" accept=\".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document\"");
        Described(html, "document", error);
        html.Append(">\n</div>\n");
        Select(html, "niveaux", "Structure du document", WelcomeForm.LevelChoices, form.Levels, errors);
        html.Append("<div class=\"editor-actions\"><button type=\"submit\" name=\"action\" value=\"importer\">Importer le document Word</button></div>\n</section>\n");
    }

    private static void Summary(StringBuilder html, IReadOnlyList<(string Field, string Message)> errors, string? problem)
    {
        if (errors.Count == 0 && problem is null)
        {
            return;
        }

        // Focused on load and announced, as the editor's summary: the author hears what to correct.
        html.Append("<div class=\"editor-errors\" id=\"erreurs\" role=\"alert\" tabindex=\"-1\" autofocus aria-labelledby=\"erreurs-titre\">\n<h2 id=\"erreurs-titre\">")
            .Append(errors.Count + (problem is null ? 0 : 1) == 1 ? "Le rapport n'est pas créé : une chose est à corriger" : "Le rapport n'est pas créé : des choses sont à corriger")
            .Append("</h2>\n<ul>\n");
        if (problem is not null)
        {
            html.Append("<li>").Append(Encoder.Encode(problem)).Append("</li>\n");
        }

        foreach (var (field, message) in errors)
        {
            html.Append("<li><a href=\"#").Append(field).Append("\">").Append(Encoder.Encode(message)).Append("</a></li>\n");
        }

        html.Append("</ul>\n</div>\n");
    }

    private static void Text(StringBuilder html, string name, string label, string hint, string value, IReadOnlyList<(string Field, string Message)> errors, string autocomplete, bool numeric = false)
    {
        var error = Error(errors, name);
        Open(html, name, label, hint, error);
        html.Append("<input type=\"text\" id=\"").Append(name).Append("\" name=\"").Append(name).Append("\" value=\"").Append(Encoder.Encode(value)).Append('"')
            .Append(" autocomplete=\"").Append(autocomplete).Append('"')
            .Append(numeric ? " inputmode=\"numeric\"" : string.Empty);
        Described(html, name, error);
        html.Append(">\n</div>\n");
    }

    private static void Select(StringBuilder html, string name, string label, IEnumerable<(string Code, string Label)> options, string selected, IReadOnlyList<(string Field, string Message)> errors)
    {
        var error = Error(errors, name);
        Open(html, name, label, hint: null, error);
        html.Append("<select id=\"").Append(name).Append("\" name=\"").Append(name).Append('"');
        Described(html, name, error);
        html.Append('>');
        foreach (var (code, text) in options)
        {
            html.Append("<option value=\"").Append(Encoder.Encode(code)).Append('"').Append(code == selected ? " selected" : string.Empty).Append('>')
                .Append(Encoder.Encode(text)).Append("</option>");
        }

        html.Append("</select>\n</div>\n");
    }

    private static void Open(StringBuilder html, string name, string label, string? hint, string? error)
    {
        html.Append("<div class=\"editor-field\">")
            .Append("<label for=\"").Append(name).Append("\">").Append(Encoder.Encode(label)).Append("</label>");
        if (hint is not null)
        {
            html.Append("<span class=\"editor-field-help\" id=\"").Append(name).Append("-aide\">").Append(Encoder.Encode(hint)).Append("</span>");
        }

        if (error is not null)
        {
            html.Append("<span class=\"editor-field-error\" id=\"").Append(name).Append("-erreur\">Erreur : ").Append(Encoder.Encode(error)).Append("</span>");
        }
    }

    private static void Described(StringBuilder html, string name, string? error)
    {
        var ids = new List<string>();
        if (name is "nom" or "population" or "annee" or "document")
        {
            ids.Add(name + "-aide");
        }

        if (error is not null)
        {
            ids.Add(name + "-erreur");
            html.Append(" aria-invalid=\"true\"");
        }

        if (ids.Count > 0)
        {
            html.Append(" aria-describedby=\"").Append(string.Join(' ', ids)).Append('"');
        }
    }

    private static string? Error(IReadOnlyList<(string Field, string Message)> errors, string name) =>
        errors.Where(e => e.Field == name).Select(e => e.Message).FirstOrDefault();
}
