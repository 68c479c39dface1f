using Rdd.Domain.Reports;

namespace Rdd.Domain.Extensions;

/// <summary>
/// Adds pages to the site the <c>rdd</c> command builds: each page is a path, a title and a fragment of HTML that the
/// site wraps in its layout (header, menu, breadcrumb, footer), for every year of the report.
/// </summary>
/// <remarks>
/// The fragment is published as given, under the site's Content-Security-Policy: no inline script or style, no
/// resource from another site. Write accessible HTML (headings from <c>h2</c>, tables with <c>th</c> and
/// <c>caption</c>); encode every text taken from the report (<see cref="System.Net.WebUtility.HtmlEncode(string)"/>).
/// Links to pages of the site go through <see cref="SitePageContext.Href"/>, so that they keep working under any base
/// path; the site checks every link it publishes.
/// </remarks>
public interface ISitePageProvider
{
    /// <summary>The pages to add for one year's report.</summary>
    /// <param name="context">The report, checked without errors, and how to link to the site's pages.</param>
    /// <returns>The pages; none when the report has nothing to show.</returns>
    IEnumerable<ExtensionPage> Pages(SitePageContext context);
}

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

/// <summary>A page an extension adds to the site.</summary>
public sealed record ExtensionPage
{
    /// <summary>Creates a page.</summary>
    /// <param name="path">Its path in the site: lower-case words separated by hyphens, between slashes (<c>/eau/</c>, <c>/eau/chiffres/</c>).</param>
    /// <param name="title">Its title (the <c>h1</c>), plain text.</param>
    /// <param name="html">Its body, an HTML fragment.</param>
    /// <exception cref="ArgumentException">The path is not of that form, or the title is empty.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ExtensionPage(string path, string title, string html)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(html);
        if (!IsValidPath(path))
        {
            throw new ArgumentException($"The path « {path} » must be lower-case words separated by hyphens, between slashes (« /eau/ »).", nameof(path));
        }

        Path = path;
        Title = title;
        Html = html;
    }

    /// <summary>The path in the site, without the base path (<c>/eau/</c>).</summary>
    public string Path { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The body, an HTML fragment.</summary>
    public string Html { get; }

    /// <summary>A short introduction shown under the title, plain text; none by default.</summary>
    public string? Lead { get; init; }

    private static bool IsValidPath(string path)
    {
        if (path.Length < 3 || path[0] != '/' || path[^1] != '/')
        {
            return false;
        }

        return path[1..^1].Split('/').All(segment => segment.Length > 0 && segment == Codes.Slugify(segment));
    }
}
