using Rdd.Domain.Validation;
using Rdd.Site.Abstractions;
using Rdd.Site.Content;
using Rdd.Site.Pages;

namespace Rdd.Site.Extensions;

/// <summary>
/// The pages of extensions (<see cref="ISitePageProvider"/>), given to the page builder as <see cref="AddedPages"/>:
/// <see cref="TextPage"/>s in the site's layout, listed in the site map and the search index, each linked from the
/// footer of every page of its year.
/// </summary>
public static class ExtensionPages
{
    /// <summary>The pages the providers add to each year; null when there is no provider.</summary>
    /// <param name="providers">The page providers.</param>
    /// <param name="diagnostics">Receives an RDD2052 for each page that cannot be published.</param>
    /// <returns>What the page builder asks for each year's pages.</returns>
    public static AddedPages? Of(IReadOnlyList<NamedPageProvider> providers, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(providers);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return providers.Count == 0 ? null : (year, urls, taken) => Pages(year, urls, taken, providers, diagnostics);
    }

    private static List<TextPage> Pages(ContentYear year, SiteUrls urls, IReadOnlySet<string> taken, IReadOnlyList<NamedPageProvider> providers, ICollection<Diagnostic> diagnostics)
    {
        var paths = new HashSet<string>(taken, StringComparer.Ordinal);
        var home = new Link(urls.Href(SiteUrls.Home), "Accueil");
        var added = new List<TextPage>();
        foreach (var (name, provider) in providers)
        {
            List<ExtensionPage> pages;
            try
            {
                pages = provider.Pages(new SitePageContext(year.Report, urls.BasePath)).ToList();
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
                if (!paths.Add(page.Path))
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

        return added;
    }
}
