using System.Text;

namespace Rdd.Site.Serve.Publishing;

/// <summary>
/// The short note for the webmaster at the root of the site's ZIP: how to put the site online, the base path it was
/// built with, and the HTTP headers to serve — read by Netlify and Cloudflare Pages from the site's <c>_headers</c>
/// file, written for nginx and Apache from the same values (those of docs/deploiement.md).
/// </summary>
internal static class WebmasterNotes
{
    /// <summary>The note's file name, at the root of the ZIP.</summary>
    public const string FileName = "LISEZMOI.txt";

    /// <summary>The note, with Windows line ends (it is opened with Notepad as often as with anything else).</summary>
    /// <param name="basePath">The base path the site was built with, normalised (« / », « /rdd/ »).</param>
    /// <param name="headers">The headers of the site's <c>_headers</c> file for every path.</param>
    /// <returns>The text.</returns>
    // Long: a generated-document template, the note's text as one raw string in the order the webmaster reads it.
    public static string Text(string basePath, IReadOnlyList<(string Name, string Value)> headers)
    {
        ArgumentNullException.ThrowIfNull(basePath);
        ArgumentNullException.ThrowIfNull(headers);
        var where = basePath == "/"
            ? """
              Ce site a été construit pour être servi à la racine d'un domaine (chemin de base « / », par exemple
              https://rdd.exemple.fr/) : tous ses liens commencent par « / ». Servi sous un sous-dossier, ses liens
              seraient cassés.
              """
            : $"""
              Ce site a été construit pour être servi sous le chemin « {basePath} » (par exemple
              https://exemple.fr{basePath}) : tous ses liens commencent par « {basePath} ». Servi ailleurs, ses liens
              seraient cassés. La page d'erreur est alors « {basePath}404.html ».
              """;
        var nginx = string.Join("\n", headers.Select(h => $"    add_header {h.Name} \"{h.Value}\" always;"));
        var apache = string.Join("\n", headers.Select(h => $"    Header always set {h.Name} \"{h.Value}\""));
        var text = $$"""
            Site du rapport sur la situation en matière de développement durable
            =====================================================================

            Cette archive contient un site entièrement statique : des fichiers HTML, CSS et SVG, un petit script de
            recherche et les données ouvertes (dossier « donnees »). Il n'y a ni base de données ni programme à
            installer sur le serveur.

            1. Mettre le site en ligne
            --------------------------

            Copiez tous les fichiers de l'archive, sauf ce fichier {{FileName}}, dans le dossier que le serveur web sert,
            en gardant les sous-dossiers. La page d'accueil est « index.html » ; la page « 404.html » est à servir pour
            les adresses inconnues. Remplacez entièrement le site précédent s'il y en a un (par exemple avec
            « rsync -a --delete »), pour qu'aucune page retirée ne reste en ligne.

            2. Chemin de base
            -----------------

            {{where}}
            Pour un autre chemin, l'autrice ou l'auteur du rapport publie de nouveau en indiquant le bon chemin de base
            (page « Publier » de l'éditeur de Rdd), ou construit le site avec « rdd build --base-path /chemin/ ».

            3. En-têtes HTTP
            ----------------

            Chaque page déclare sa politique de sécurité du contenu dans une balise <meta> ; la servir aussi en en-tête
            HTTP, avec les autres en-têtes de sécurité, est préférable.

            - Netlify et Cloudflare Pages lisent le fichier « _headers » de l'archive : il n'y a rien à faire.
            - GitHub Pages et GitLab Pages ne permettent pas d'en-têtes : la balise <meta> s'applique.
            - nginx, dans le bloc « server » du site :

            {{nginx}}
                error_page 404 {{basePath}}404.html;
                location ~ /_headers$ { return 404; }

            - Apache (modules headers activés : a2enmod headers), dans le « VirtualHost » du site :

            {{apache}}
                ErrorDocument 404 {{basePath}}404.html
                <Files "_headers">
                    Require all denied
                </Files>

            Le guide complet du déploiement (GitHub Pages, GitLab Pages, Netlify, nginx, Apache) est le fichier
            docs/deploiement.md du dépôt Rdd.
            """;
        return French(text).Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n";
    }

    /// <summary>
    /// The non-breaking spaces of French typography in the prose of the note: before « : ; ! ? » and inside « ».
    /// The configuration lines have no space before those signs, and keep theirs.
    /// </summary>
    private static string French(string text) => new StringBuilder(text)
        .Replace(" :", "\u00a0:").Replace(" ;", "\u00a0;").Replace(" !", "\u00a0!").Replace(" ?", "\u00a0?")
        .Replace("« ", "«\u00a0").Replace(" »", "\u00a0»")
        .ToString();
}
