using Rdd.Domain.Extensions;
using Rdd.Domain.Validation;
using Rdd.Site.Abstractions;
using Rdd.Site.Content;
using Rdd.Site.Pages;

namespace Rdd.Site.Extensions;

/// <summary>
/// Adds the pages of extensions (<see cref="ISitePageProvider"/>) to each year's site, as <see cref="TextPage"/>s in
/// the site's layout, each linked from the footer of every page of its year.
/// </summary>
public static class ExtensionPages
{
    /// <summary>Adds the extensions' pages to every year.</summary>
    /// <param name="years">The sites of every year, in the order of <paramref name="content"/>'s years.</param>
    /// <param name="content">The content they were built from.</param>
    /// <param name="providers">The page providers.</param>
    /// <param name="diagnostics">Receives an RDD2052 for each page that cannot be published.</param>
    /// <returns>The sites, with the pages added.</returns>
    public static IReadOnlyList<YearSite> Add(IReadOnlyList<YearSite> years, LoadedContent content, IReadOnlyList<NamedPageProvider> providers, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(providers);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (providers.Count == 0)
        {
            return years;
        }

        return years.Select((year, i) => year with { Site = Add(year.Site, content.Years[i], providers, diagnostics) }).ToList();
    }

    private static SiteModel Add(SiteModel site, ContentYear year, IReadOnlyList<NamedPageProvider> providers, ICollection<Diagnostic> diagnostics)
    {
        var taken = site.Pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var home = new Link(site.Urls.Href(SiteUrls.Home), "Accueil");
        var added = new List<PageModel>();
        foreach (var (name, provider) in providers)
        {
            List<ExtensionPage> pages;
            try
            {
                pages = provider.Pages(new SitePageContext(year.Report, site.Urls.BasePath)).ToList();
            }
#pragma warning disable CA1031 // A third-party provider's failure must not stop the build: it becomes a diagnostic.
            catch (Exception e)
#pragma warning restore CA1031
            {
                diagnostics.Add(ExtensionDiagnostics.PageRejected.Create($"L'extension « {name} » a échoué en préparant ses pages pour {year.Folder} : {e.Message}"));
                continue;
            }

            foreach (var page in pages)
            {
                if (!taken.Add(page.Path))
                {
                    diagnostics.Add(ExtensionDiagnostics.PageRejected.Create($"L'extension « {name} » propose la page « {page.Path} », qui existe déjà : elle n'est pas publiée."));
                    continue;
                }

                added.Add(new TextPage
                {
                    Path = page.Path,
                    Title = page.Title,
                    Lead = page.Lead,
                    Breadcrumb = [home, new Link(string.Empty, page.Title)],
                    Body = Html.Raw(page.Html),
                });
            }
        }

        if (added.Count == 0)
        {
            return site;
        }

        var chrome = site.Chrome with { FooterLinks = [.. site.Chrome.FooterLinks, .. added.Select(p => new Link(site.Urls.Href(p.Path), p.Title))] };
        return site with { Chrome = chrome, Pages = [.. site.Pages, .. added] };
    }
}
