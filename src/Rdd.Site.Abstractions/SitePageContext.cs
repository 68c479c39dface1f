using Rdd.Domain.Reports;

namespace Rdd.Site.Abstractions;

/// <summary>What a <see cref="ISitePageProvider"/> knows of the site it adds pages to.</summary>
public sealed class SitePageContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="report">The report of the year being built.</param>
    /// <param name="basePath">The prefix of every address of this year's pages (« / », « /rdd/2023/ »).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SitePageContext(Report report, string basePath)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(basePath);
        Report = report;
        BasePath = basePath.EndsWith('/') ? basePath : basePath + "/";
    }

    /// <summary>The report, checked without errors.</summary>
    public Report Report { get; }

    /// <summary>The prefix of every address of this year's pages, ending with a slash.</summary>
    public string BasePath { get; }

    /// <summary>The address of a page of the site: <c>Href("/partie-1/eau-et-assainissement/")</c>.</summary>
    /// <param name="path">The page's path in the site, starting with a slash.</param>
    /// <returns>The address, with the base path.</returns>
    public string Href(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return BasePath + path.TrimStart('/');
    }
}
