using System.Net;
using System.Text.RegularExpressions;
using Rdd.Domain.Validation;

namespace Rdd.Site.Output;

/// <summary>
/// Checks, after rendering, that every internal link and image of every page points at a file of the site and,
/// when it names an anchor, at an element of that page with that id. A broken link is a build error naming the page.
/// </summary>
public static partial class LinkChecker
{
    /// <summary>RDD3001: a page links to a page or anchor that does not exist.</summary>
    public static DiagnosticDescriptor BrokenLink { get; } = new("RDD3001", Severity.Error,
        "Lien interne cassé",
        "Un lien qui mène nulle part est une impasse pour les lecteurs, en particulier ceux qui naviguent au clavier ou avec un lecteur d'écran.",
        "Corrigez l'identifiant ou l'adresse visés dans le contenu ; si le lien vient du gabarit, signalez-le aux développeurs.");

    private static (HashSet<string> Ids, List<string> Links) Scan(string html)
    {
        var pageIds = new HashSet<string>(StringComparer.Ordinal);
        var pageLinks = new List<string>();
        foreach (Match match in Attributes().Matches(html))
        {
            if (match.Groups[1].Success)
            {
                pageLinks.Add(WebUtility.HtmlDecode(match.Groups[1].Value));
            }
            else
            {
                pageIds.Add(WebUtility.HtmlDecode(match.Groups[2].Value));
            }
        }

        return (pageIds, pageLinks);
    }

    [GeneratedRegex(@"\s(?:href|src)=""([^""]*)""|\sid=""([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex Attributes();

    /// <summary>Checks the HTML files of <paramref name="files"/>.</summary>
    /// <param name="files">The site's files.</param>
    /// <param name="basePath">The base path links start with.</param>
    /// <param name="served">Paths served by something other than the files (the preview server's script), not checked.</param>
    /// <returns>One diagnostic per broken link.</returns>
    public static IReadOnlyList<Diagnostic> Check(SiteFiles files, string basePath, IReadOnlyCollection<string>? served = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var pages = files.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var links = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        // Scanning the HTML is most of the work and each page is scanned alone: pages are scanned in parallel.
        var scans = pages.AsParallel().AsOrdered().Select(page => Scan(files.Text(page))).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            ids[pages[i]] = scans[i].Ids;
            links[pages[i]] = scans[i].Links;
        }

        var diagnostics = new List<Diagnostic>();
        foreach (var page in pages)
        {
            foreach (var link in links[page].Distinct(StringComparer.Ordinal))
            {
                if (IsExternal(link) || served?.Contains(link) == true)
                {
                    continue;
                }

                var hash = link.IndexOf('#', StringComparison.Ordinal);
                var target = hash < 0 ? link : link[..hash];
                var anchor = hash < 0 ? null : link[(hash + 1)..];
                string? file;
                if (target.Length == 0)
                {
                    file = page;
                }
                else if (!target.StartsWith(basePath, StringComparison.Ordinal))
                {
                    diagnostics.Add(Broken(page, link, $"l'adresse ne commence pas par le chemin de base « {basePath} »"));
                    continue;
                }
                else
                {
                    var relative = Uri.UnescapeDataString(target[basePath.Length..]);
                    file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
                }

                if (!files.Contains(file))
                {
                    diagnostics.Add(Broken(page, link, "la page visée n'existe pas"));
                }
                else if (anchor is { Length: > 0 } && (!ids.TryGetValue(file, out var targetIds) || !targetIds.Contains(Uri.UnescapeDataString(anchor))))
                {
                    diagnostics.Add(Broken(page, link, $"l'ancre « {anchor} » n'existe pas dans la page visée"));
                }
            }
        }

        return diagnostics;
    }

    private static bool IsExternal(string link) =>
        link.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || link.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || link.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || link.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
        || link.StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    private static Diagnostic Broken(string page, string link, string why) =>
        BrokenLink.Create($"La page « {page} » contient un lien cassé vers « {link} » : {why}.", null, new SourceLocation("_site/" + page));
}
