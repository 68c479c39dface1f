namespace Rdd.Site.Pages;

/// <summary>Every page of the site, ready to render, and the layout they share.</summary>
/// <param name="Chrome">The layout.</param>
/// <param name="Pages">The pages, in site order.</param>
/// <param name="Urls">The URL scheme.</param>
/// <param name="DataFiles">The open data files, written under <c>donnees/</c>.</param>
public sealed record SiteModel(SiteChrome Chrome, IReadOnlyList<PageModel> Pages, SiteUrls Urls, IReadOnlyList<Rdd.Site.Data.DataFile> DataFiles)
{
    /// <summary>Other generated files, by path in the output (the search index « recherche/index.json »).</summary>
    public IReadOnlyDictionary<string, byte[]> ExtraFiles { get; init; } = new Dictionary<string, byte[]>();
}

/// <summary>The site of one report year and the folder it is written to (empty for the latest year, at the root).</summary>
/// <param name="Folder">« » or « 2023/ ».</param>
/// <param name="Site">The year's site.</param>
public sealed record YearSite(string Folder, SiteModel Site);
