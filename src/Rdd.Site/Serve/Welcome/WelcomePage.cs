using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Rdd.Site.Serve.Welcome;

/// <summary>
/// The HTML of the welcome page « Créer le rapport »: the fields of <c>rdd new</c>, the obligation once known, the
/// errors summed up at the top (each a link to its field) and repeated at the field. No script, no inline style:
/// everything works with the form's two buttons, « Vérifier l'obligation » and « Créer ».
/// </summary>
internal static class WelcomePage
{
    /// <summary>The path of the page's style sheet.</summary>
    public const string StylePath = "/__rdd/bienvenue.css";

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
        var title = errors.Count > 0 || problem is not null ? "Erreur — Créer le rapport — Rdd" : "Créer le rapport — Rdd";
        html.Append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encoder.Encode(title)).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"").Append(StylePath).Append("\"></head><body>")
            .Append("<header class=\"rdd-welcome__header\"><p>Rdd — le rapport développement durable</p></header>")
            .Append("<main id=\"contenu\"><h1>Créer le rapport</h1>");
        Summary(html, errors, problem);
        html.Append("<p>Aucun rapport n'est encore ouvert. Indiquez la collectivité : Rdd crée le dossier du rapport, avec ses trois parties et un exemple de chaque élément à remplacer, puis ouvre l'éditeur.</p>")
            .Append("<p>Le dossier du rapport sera créé dans <code>").Append(Encoder.Encode(folder)).Append("</code>.</p>")
            .Append("<form method=\"post\" action=\"/\" novalidate>")
            .Append("<input type=\"hidden\" name=\"jeton\" value=\"").Append(Encoder.Encode(token)).Append("\">");
        Text(html, "nom", "Nom de la collectivité", "Tel qu'il s'écrit seul, par exemple « Ville de Belval » ou « Carcassonne Agglo ».", form.Name, errors, "organization");
        Select(html, "nature", "Nature", WelcomeForm.Kinds, form.Kind, errors);
        Text(html, "population", "Population", "Le nombre d'habitants, en chiffres (population municipale).", form.Population, errors, "off", numeric: true);
        Text(html, "annee", "Année du rapport", "L'année dont le rapport rend compte ; il précède le débat sur le budget de l'année suivante.", form.Year, errors, "off", numeric: true);
        Select(html, "article", "Article du nom dans une phrase", Articles, form.Article, errors);
        html.Append("<div class=\"rdd-welcome__obligation\"><h2>Le rapport est-il obligatoire ?</h2>");
        html.Append(form.Obligation is { } obligation
            ? $"<p id=\"obligation\">{Encoder.Encode(obligation)}</p>"
            : "<p id=\"obligation\">Indiquez la nature, la population et l'année, puis « Vérifier l'obligation » : Rdd dit si la loi impose le rapport à la collectivité, et sur quels articles.</p>");
        html.Append("<button type=\"submit\" name=\"action\" value=\"verifier\" class=\"rdd-welcome__secondary\">Vérifier l'obligation</button></div>")
            .Append("<button type=\"submit\" name=\"action\" value=\"creer\">Créer</button>")
            .Append("</form></main></body></html>");
        return html.ToString();
    }

    private static void Summary(StringBuilder html, IReadOnlyList<(string Field, string Message)> errors, string? problem)
    {
        if (errors.Count == 0 && problem is null)
        {
            return;
        }

        html.Append("<div class=\"rdd-welcome__errors\" role=\"alert\" aria-labelledby=\"erreurs\"><h2 id=\"erreurs\">")
            .Append(errors.Count + (problem is null ? 0 : 1) == 1 ? "Le rapport n'est pas créé : une chose est à corriger" : "Le rapport n'est pas créé : des choses sont à corriger")
            .Append("</h2><ul>");
        if (problem is not null)
        {
            html.Append("<li>").Append(Encoder.Encode(problem)).Append("</li>");
        }

        foreach (var (field, message) in errors)
        {
            html.Append("<li><a href=\"#").Append(field).Append("\">").Append(Encoder.Encode(message)).Append("</a></li>");
        }

        html.Append("</ul></div>");
    }

    private static void Text(StringBuilder html, string name, string label, string hint, string value, IReadOnlyList<(string Field, string Message)> errors, string autocomplete, bool numeric = false)
    {
        var error = Error(errors, name);
        Open(html, name, label, hint, error);
        html.Append("<input type=\"text\" id=\"").Append(name).Append("\" name=\"").Append(name).Append("\" value=\"").Append(Encoder.Encode(value)).Append('"')
            .Append(" autocomplete=\"").Append(autocomplete).Append('"')
            .Append(numeric ? " inputmode=\"numeric\"" : string.Empty);
        Described(html, name, error);
        html.Append("></div>");
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

        html.Append("</select></div>");
    }

    private static void Open(StringBuilder html, string name, string label, string? hint, string? error)
    {
        html.Append("<div class=\"rdd-welcome__field").Append(error is null ? string.Empty : " rdd-welcome__field--error").Append("\">")
            .Append("<label for=\"").Append(name).Append("\">").Append(Encoder.Encode(label)).Append("</label>");
        if (hint is not null)
        {
            html.Append("<p class=\"rdd-welcome__hint\" id=\"").Append(name).Append("-aide\">").Append(Encoder.Encode(hint)).Append("</p>");
        }

        if (error is not null)
        {
            html.Append("<p class=\"rdd-welcome__error\" id=\"").Append(name).Append("-erreur\"><span class=\"rdd-welcome__visually-hidden\">Erreur : </span>").Append(Encoder.Encode(error)).Append("</p>");
        }
    }

    private static void Described(StringBuilder html, string name, string? error)
    {
        var ids = new List<string>();
        if (name is "nom" or "population" or "annee")
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
