using System.Globalization;
using System.Reflection;
using System.Text;
using Rdd.Site.Pages;

namespace Rdd.Site.Output;

/// <summary>The static files every site carries: stylesheet (with the authority's accent colour), favicon, logo, sitemap.xml, robots.txt, _headers.</summary>
public static class SiteAssets
{
    /// <summary>The accent colour when the content gives none.</summary>
    public const string DefaultAccent = "#0b5a7a";

    /// <summary>Adds the assets to <paramref name="files"/>.</summary>
    /// <param name="files">The site's files.</param>
    /// <param name="sites">The site of each year, the latest last.</param>
    /// <param name="accentColour">The accent colour, « #rrggbb ».</param>
    /// <param name="contentRoot">The content folder, where the logo is read.</param>
    /// <param name="logo">The logo's path in the content folder.</param>
    /// <param name="publicUrl">The public address of the site, for sitemap.xml.</param>
    public static void Add(SiteFiles files, IReadOnlyList<SiteModel> sites, string? accentColour, string contentRoot, string? logo, string? publicUrl)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(sites);
        var site = sites[^1];
        files.Add("assets/site.css", $":root{{--accent:{accentColour ?? DefaultAccent}}}\n" + Resource("site.css"));
        files.Add("assets/favicon.svg", Resource("favicon.svg"));
        files.Add("assets/recherche.js", Resource("recherche.js"));
        files.Add("assets/tableaux.js", Resource("tableaux.js"));
        if (logo is not null && File.Exists(Path.Combine(contentRoot, logo)))
        {
            files.Add("assets/" + Path.GetFileName(logo), File.ReadAllBytes(Path.Combine(contentRoot, logo)));
        }

        var root = publicUrl is null ? null : publicUrl.TrimEnd('/') + "/";
        files.Add("robots.txt", "User-agent: *\nAllow: /\n" + (root is null ? string.Empty : $"Sitemap: {root}sitemap.xml\n"));
        files.Add("sitemap.xml", Sitemap(sites, site.Urls.BasePath, root));
        files.Add("_headers", $"/*\n  Content-Security-Policy: {PageBuilder.ContentSecurityPolicyHeader}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  Permissions-Policy: camera=(), microphone=(), geolocation=()\n");
    }

    private static string Sitemap(IReadOnlyList<SiteModel> sites, string basePath, string? root)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var (site, page) in sites.SelectMany(s => s.Pages.Where(p => p.InSitemap).Select(p => (s, p))))
        {
            var href = site.Urls.Href(page.Path);
            var location = root is null ? href : root + href[basePath.Length..];
            xml.Append(CultureInfo.InvariantCulture, $"  <url><loc>{System.Security.SecurityElement.Escape(location)}</loc></url>\n");
        }

        return xml.Append("</urlset>\n").ToString();
    }

    /// <summary>An embedded asset's text.</summary>
    /// <param name="name">Its file name under Assets/.</param>
    /// <returns>The text.</returns>
    public static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Rdd.Site.Assets." + name)
            ?? throw new InvalidOperationException($"The asset {name} is not embedded in Rdd.Site.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
