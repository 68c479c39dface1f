using Microsoft.AspNetCore.Components;

namespace Rdd.Site.Pages;

/// <summary>What every page has: its path in the site, its title, its breadcrumb, and which menu entry it belongs to.</summary>
public abstract record PageModel
{
    /// <summary>The page's path in the output, without base path: « / », « /partie-1/mobilites/ », « /404.html ».</summary>
    public required string Path { get; init; }

    /// <summary>The h1 and first part of the title element.</summary>
    public required string Title { get; init; }

    /// <summary>The breadcrumb, home first; the current page last, without link.</summary>
    public IReadOnlyList<Link> Breadcrumb { get; init; } = [];

    /// <summary>The menu entry to mark as current.</summary>
    public string? MenuKey { get; init; }

    /// <summary>A one-paragraph introduction under the h1.</summary>
    public string? Lead { get; init; }

    /// <summary>Whether the page appears in sitemap.xml.</summary>
    public bool InSitemap { get; init; } = true;

    /// <summary>Scripts of our own this page loads (<c>&lt;script src defer&gt;</c>), hrefs with the base path; none on most pages.</summary>
    public IReadOnlyList<string> Scripts { get; init; } = [];

    /// <summary>The title element's text when it must not be built from <see cref="Title"/> (the printable report).</summary>
    public string? DocumentTitle { get; init; }

    /// <summary>
    /// How much the page costs to render, roughly (the actions it shows in full; 1 for others): pages are rendered in
    /// parallel, the heaviest first, so that no core is left alone with a large page at the end.
    /// </summary>
    public virtual int RenderWeight => 1;

    /// <summary>
    /// What search engines show of the page: its lead when it says enough on its own, else its title with its lead,
    /// the report and the authority (« Mobilités et déplacements : 5 actions — Rapport développement durable 2024, Carcassonne Agglo. »).
    /// </summary>
    public string SearchDescription(SiteChrome chrome) => Lead is { Length: >= 60 } lead
        ? lead
        : $"{Title}{(string.IsNullOrWhiteSpace(Lead) ? string.Empty : " : " + Lead.TrimEnd('.'))} — {chrome.ReportTitle}, {chrome.AuthorityName}.";
}

/// <summary>The parts of the layout shared by every page.</summary>
public sealed record SiteChrome
{
    public required string AuthorityName { get; init; }

    public required string ReportTitle { get; init; }

    public required string SiteTitle { get; init; }

    public required string HomeHref { get; init; }

    public required string StylesheetHref { get; init; }

    public required string FaviconHref { get; init; }

    public string? LogoHref { get; init; }

    public required IReadOnlyList<MenuEntry> Menu { get; init; }

    public required IReadOnlyList<Link> FooterLinks { get; init; }

    public required string AccessibilityStatus { get; init; }

    public required string ContentSecurityPolicy { get; init; }

    /// <summary>The report years, when the site holds several; empty otherwise.</summary>
    public IReadOnlyList<MenuEntry> Years { get; init; } = [];

    /// <summary>The year of this page's report, matched against <see cref="Years"/> keys.</summary>
    public string? CurrentYear { get; init; }

    /// <summary>Extra script for the preview server's live reload; null in a published site.</summary>
    public string? PreviewScriptHref { get; init; }

    /// <summary>The search page, linked from the header; null when the site has none.</summary>
    public Link? SearchLink { get; init; }

    /// <summary>
    /// The public address of this year's site, ending with « / », when site.yml gives the site's address
    /// (« url: »); each page names its canonical address from it. Null otherwise.
    /// </summary>
    public string? CanonicalRoot { get; init; }
}

/// <summary>An entry of the main menu.</summary>
public sealed record MenuEntry(string Key, Link Link, string Path);

/// <summary>Helpers for components.</summary>
public static class Html
{
    public static MarkupString Raw(string html) => new(html);
}
