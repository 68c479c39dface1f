using Rdd.Site.Content;

namespace Rdd.Site.Pages;

/// <summary>
/// The pages that others than the report add to a year's site (the extensions', <c>Rdd.Site.Extensions.ExtensionPages</c>):
/// asked for once the report's pages are built, they are listed with them in the site map, the search index and the
/// footer of every page.
/// </summary>
/// <param name="year">The year being built.</param>
/// <param name="urls">The addresses of its pages.</param>
/// <param name="taken">The paths of the pages already built: an added page cannot take one.</param>
/// <returns>The pages to add, each at a path not taken.</returns>
public delegate IReadOnlyList<TextPage> AddedPages(ContentYear year, SiteUrls urls, IReadOnlySet<string> taken);
