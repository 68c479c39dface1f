using System.Net;
using Rdd.Domain.Validation;

namespace Rdd.Site.Output;

/// <summary>
/// Checks, after rendering, that every internal link and image of every page points at a file of the site and,
/// when it names an anchor, at an element of that page with that id. A broken link is a build error naming the page.
/// </summary>
public static class LinkChecker
{
    /// <summary>RDD3001: a page links to a page or anchor that does not exist.</summary>
    public static DiagnosticDescriptor BrokenLink { get; } = new("RDD3001", Severity.Error,
        "Lien interne cassé",
        "Un lien qui mène nulle part est une impasse pour les lecteurs, en particulier ceux qui naviguent au clavier ou avec un lecteur d'écran.",
        "Corrigez l'identifiant ou l'adresse visés dans le contenu ; si le lien vient du gabarit, signalez-le aux développeurs.");

    /// <summary>
    /// The ids and the link targets (<c>href</c>, <c>src</c>) of a page, read from its UTF-8 bytes without decoding
    /// them: only the attribute values become strings. Every attribute value of the pages is written by the templates
    /// between double quotes, and a text that contains <c>href="</c> is written <c>href=&amp;quot;</c>.
    /// Measured: docs/performance.md#liens-sur-les-octets.
    /// </summary>
    /// <param name="html">The page, in UTF-8.</param>
    /// <returns>Its ids and its links (each once, in the order they first appear), HTML-decoded.</returns>
    // Long: one pass over the page's bytes that finds ids and links together (a hot loop: every page of a
    // 4 000-action site; see docs/performance.md); split, the state of the scan would be passed around.
    public static (HashSet<string> Ids, List<string> Links) Scan(ReadOnlySpan<byte> html)
    {
        var pageIds = new HashSet<string>(StringComparer.Ordinal);
        var pageLinks = new List<string>();
        // A page links to the same targets again and again (its menu, the finalités of each action): each link is kept
        // once, looked up by its characters before a string is made of it.
        var seenLinks = new HashSet<string>(StringComparer.Ordinal);
        var seen = seenLinks.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> chars = stackalloc char[256];
        var position = 0;
        while (true)
        {
            var found = html[position..].IndexOf("=\""u8);
            if (found < 0)
            {
                break;
            }

            var equals = position + found;
            var valueStart = equals + 2;
            var length = html[valueStart..].IndexOf((byte)'"');
            if (length < 0)
            {
                break;
            }

            position = valueStart + length + 1;
            var name = html[..equals];
            bool isLink;
            if (EndsWithAttribute(name, "href"u8) || EndsWithAttribute(name, "src"u8))
            {
                isLink = true;
            }
            else if (EndsWithAttribute(name, "id"u8))
            {
                isLink = false;
            }
            else
            {
                continue;
            }

            var raw = html.Slice(valueStart, length);
            var encoded = raw.Contains((byte)'&');
            if (isLink && raw.Length <= chars.Length && !encoded
                && System.Text.Unicode.Utf8.ToUtf16(raw, chars, out _, out var written) == System.Buffers.OperationStatus.Done
                && seen.Contains(chars[..written]))
            {
                continue;
            }

            var value = System.Text.Encoding.UTF8.GetString(raw);
            if (encoded)
            {
                value = WebUtility.HtmlDecode(value);
            }

            if (!isLink)
            {
                pageIds.Add(value);
            }
            else if (seenLinks.Add(value))
            {
                pageLinks.Add(value);
            }
        }

        return (pageIds, pageLinks);
    }

    /// <summary>Whether <paramref name="before"/> ends with the attribute <paramref name="name"/> preceded by white space.</summary>
    private static bool EndsWithAttribute(ReadOnlySpan<byte> before, ReadOnlySpan<byte> name) =>
        before.Length > name.Length && before.EndsWith(name) && before[^(name.Length + 1)] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';

    /// <summary>Checks the HTML files of <paramref name="files"/>.</summary>
    /// <param name="files">The site's files.</param>
    /// <param name="basePath">The base path links start with.</param>
    /// <param name="served">Paths served by something other than the files (the preview server's script), not checked.</param>
    /// <returns>One diagnostic per broken link.</returns>
    public static IReadOnlyList<Diagnostic> Check(SiteFiles files, string basePath, IReadOnlyCollection<string>? served = null) =>
        Check(files, basePath, served, null);

    /// <summary>Checks the HTML files of <paramref name="files"/>, some of them already scanned.</summary>
    /// <param name="files">The site's files.</param>
    /// <param name="basePath">The base path links start with.</param>
    /// <param name="served">Paths served by something other than the files (the preview server's script), not checked.</param>
    /// <param name="scanned">The <see cref="Scan"/> of pages scanned as they were rendered, by path; the others are scanned here.</param>
    /// <returns>One diagnostic per broken link.</returns>
    public static IReadOnlyList<Diagnostic> Check(SiteFiles files, string basePath, IReadOnlyCollection<string>? served, IReadOnlyDictionary<string, (HashSet<string> Ids, List<string> Links)>? scanned)
    {
        ArgumentNullException.ThrowIfNull(files);
        var pages = files.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var links = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        // Scanning the HTML is most of the work and each page is scanned alone: pages are scanned in parallel.
        var scans = pages.AsParallel().AsOrdered().Select(page => scanned is not null && scanned.TryGetValue(page, out var scan) ? scan : Scan(files[page])).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            ids[pages[i]] = scans[i].Ids;
            links[pages[i]] = scans[i].Links;
        }

        // Each page's links are checked alone (the files and the anchors are only read): in parallel, in page order.
        // Most links lead to another page, and the same ones are on many pages (the menu, the finalités): what is
        // wrong with such a link, or that nothing is, is found once.
        var paths = files.Paths.ToHashSet(StringComparer.Ordinal);
        var verdicts = new System.Collections.Concurrent.ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
        var found = new List<Diagnostic>[pages.Count];
        Parallel.For(0, pages.Count, i => found[i] = CheckPage(pages[i], links[pages[i]], paths, ids, basePath, served, verdicts));
        return [.. found.SelectMany(d => d)];
    }

    private static List<Diagnostic> CheckPage(string page, List<string> links, HashSet<string> paths, Dictionary<string, HashSet<string>> ids, string basePath, IReadOnlyCollection<string>? served, System.Collections.Concurrent.ConcurrentDictionary<string, string?> verdicts)
    {
        var diagnostics = new List<Diagnostic>();
        // Each link is listed once (Scan keeps the first of each).
        foreach (var link in links)
        {
            if (IsExternal(link) || served?.Contains(link) == true)
            {
                continue;
            }

            // A link within the page depends on the page; any other, on itself only.
            var why = link.StartsWith('#') ? Verdict(page, link, paths, ids, basePath) : verdicts.GetOrAdd(link, l => Verdict(page, l, paths, ids, basePath));
            if (why is not null)
            {
                diagnostics.Add(Broken(page, link, why));
            }
        }

        return diagnostics;
    }

    /// <summary>What is wrong with <paramref name="link"/> on <paramref name="page"/>; null when it leads somewhere.</summary>
    private static string? Verdict(string page, string link, HashSet<string> paths, Dictionary<string, HashSet<string>> ids, string basePath)
    {
        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var target = hash < 0 ? link : link[..hash];
        var anchor = hash < 0 ? null : link[(hash + 1)..];
        string file;
        if (target.Length == 0)
        {
            file = page;
        }
        else if (!target.StartsWith(basePath, StringComparison.Ordinal))
        {
            return $"l'adresse ne commence pas par le chemin de base « {basePath} »";
        }
        else
        {
            var relative = Uri.UnescapeDataString(target[basePath.Length..]);
            file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        }

        if (!paths.Contains(file))
        {
            return "la page visée n'existe pas";
        }

        return anchor is { Length: > 0 } && (!ids.TryGetValue(file, out var targetIds) || !targetIds.Contains(Uri.UnescapeDataString(anchor)))
            ? $"l'ancre « {anchor} » n'existe pas dans la page visée"
            : null;
    }

    private static bool IsExternal(string link) =>
        link.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || link.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || link.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || link.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
        || link.StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    private static Diagnostic Broken(string page, string link, string why) =>
        BrokenLink.Create($"La page « {page} » contient un lien cassé vers « {link} » : {why}.", null, new SourceLocation("_site/" + page));
}
