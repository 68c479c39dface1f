namespace Rdd.Site.Abstractions;

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
