using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Site.Content;
using Rdd.Site.Data;
using Rdd.Site.Markup;
using Rdd.Site.Text;

namespace Rdd.Site.Pages;

/// <summary>
/// The third stage: turns a checked report into page view models (what each page shows, its links and breadcrumbs),
/// so that templates only lay out ready data.
/// </summary>
public static class PageBuilder
{
    /// <summary>The Content-Security-Policy of every page, as its « meta » element states it: nothing from another origin, no inline script or style.</summary>
    public const string ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>
    /// The same policy as an HTTP header (the site's _headers file), with « frame-ancestors », which browsers honour
    /// only in a header (in a « meta » element they ignore it and log an error on every page).
    /// </summary>
    public const string ContentSecurityPolicyHeader = ContentSecurityPolicy + "; frame-ancestors 'self'";

    /// <summary>Builds the pages of the latest year of <paramref name="content"/>.</summary>
    /// <param name="content">The content, read without errors.</param>
    /// <param name="basePath">The prefix the site is served under.</param>
    /// <returns>The site model.</returns>
    /// <exception cref="ArgumentException">The content has no report.</exception>
    public static SiteModel Build(LoadedContent content, string basePath = "/") => BuildAll(content, basePath, null, null, null)[^1].Site;

    /// <summary>
    /// Builds the site of every year, telling <paramref name="ready"/> of each group of pages as soon as it is built,
    /// so that pages are rendered while the others are still being built.
    /// </summary>
    /// <param name="content">The content, read without errors.</param>
    /// <param name="basePath">The prefix the site is served under.</param>
    /// <param name="previewScript">The path of the preview server's reload script, added to every page; null for a published site.</param>
    /// <param name="ready">Told of each page with its year's folder and layout; called from several threads at once. Null when there are <paramref name="added"/> pages, which change the layout (its footer links to them).</param>
    /// <param name="added">The pages extensions add to each year; null when none do.</param>
    /// <returns>One site per year, oldest first, pages in their usual order.</returns>
    /// <exception cref="ArgumentException">The content has no report.</exception>
    internal static IReadOnlyList<YearSite> BuildAll(LoadedContent content, string basePath, string? previewScript, Action<string, SiteChrome, PageModel>? ready, AddedPages? added)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Years.Count == 0)
        {
            throw new ArgumentException("The content has no report to build.", nameof(content));
        }

        var history = new ReportHistory(content.Years, basePath);
        return content.Years.Select(year =>
        {
            var urls = history.Urls[year.Report.Year];
            var folder = urls.BasePath[history.Root.BasePath.Length..];
            var context = new BuildContext(year.Report, content.Site, urls, history);
            var chrome = Chrome(context, content.Site) with { PreviewScriptHref = previewScript is null ? null : urls.Href(previewScript) };
            return new YearSite(folder, Build(content, year, context, chrome, page => ready?.Invoke(folder, chrome, page), added));
        }).ToList();
    }

    // Long: which groups of pages are built at the same time, and in which order each is handed to the renderers, reads in one place.
    private static SiteModel Build(LoadedContent content, ContentYear year, BuildContext context, SiteChrome chrome, Action<PageModel> ready, AddedPages? added)
    {
        var publicRoot = content.Site.Url is { } url ? url.TrimEnd('/') + "/" : null;
        // The groups of pages that only read the report, and the two files made from it (the open data and the search
        // index), are built at the same time; each group is handed to the renderers as soon as it is complete.
        // The printable report, the heaviest page by far, reads the section and data pages: it is built right after
        // them and handed to the renderers first, so that its rendering overlaps the building of the other groups
        // (posted after them, it left one core idle at the end: +0.3 s on 4 000 actions, docs/performance.md).
        HomePage home = null!;
        FullReportPage fullReport = null!;
        List<PageModel> report = null!, dataPages = null!, listingPages = null!, yearPages = null!;
        IReadOnlyList<DataFile> dataFiles = null!;
        byte[] searchIndex = null!;
        Parallel.Invoke(
            () =>
            {
                Parallel.Invoke(() => report = ReportPages.Build(context).ToList(), () => dataPages = DataPages.Build(context).ToList());
                fullReport = FullReportPages.Build(context, report.OfType<SectionPage>().ToList(), dataPages.OfType<BudgetPage>().FirstOrDefault(), dataPages.OfType<GreenBudgetPage>().FirstOrDefault(), dataPages.OfType<GlossaryPage>().FirstOrDefault());
                ready(fullReport);
                report.ForEach(ready);
                home = Home(context);
                ready(home);
                dataPages.ForEach(ready);
            },
            () => listingPages = Ready(ListingPages.Build(context), ready),
            () => yearPages = Ready(YearPages.Build(context), ready),
            () => dataFiles = OpenData.Build(
                year.Report,
                content.Site.Licence,
                a => publicRoot is null ? context.ActionHref(a) : publicRoot + context.ActionHref(a)[context.Urls.BasePath.Length..],
                publicRoot is null ? null : publicRoot + context.Urls.Href(SiteUrls.OpenData)[context.Urls.BasePath.Length..]),
            () => searchIndex = added is null ? Search.SearchIndex.Build(SearchPages.IndexSource(context, [])) : []);
        // The other pages that read pages or files come last.
        var openDataPage = DataPages.OpenData(context, dataFiles);
        var search = SearchPages.Search(context);
        var pages = new List<PageModel> { home };
        pages.AddRange(report);
        pages.AddRange(listingPages);
        pages.AddRange(dataPages);
        pages.AddRange(yearPages);
        pages.Add(openDataPage);
        pages.Add(search);
        pages.Add(fullReport);
        ready(openDataPage);
        ready(search);
        // Pages added by extensions come before the information pages, whose site map lists them.
        var extra = added?.Invoke(year, context.Urls, pages.Select(p => p.Path).Concat(InfoPages.Paths).ToHashSet(StringComparer.Ordinal)) ?? [];
        if (added is not null)
        {
            pages.AddRange(Ready(extra, ready));
            searchIndex = Search.SearchIndex.Build(SearchPages.IndexSource(context, extra));
            chrome = chrome with { FooterLinks = [.. chrome.FooterLinks, .. extra.Select(p => context.LinkTo(p.Path, p.Title))] };
        }

        var info = Ready(InfoPages.Build(context, pages), ready);
        pages.AddRange(info);
        return new SiteModel(chrome, pages, context.Urls, dataFiles)
        {
            ExtraFiles = new Dictionary<string, byte[]>(StringComparer.Ordinal) { [SiteUrls.FileOf(SiteUrls.SearchIndex)] = searchIndex },
        };
    }

    private static List<PageModel> Ready(IEnumerable<PageModel> pages, Action<PageModel> ready)
    {
        var built = pages.ToList();
        built.ForEach(ready);
        return built;
    }

    private static SiteChrome Chrome(BuildContext context, SiteSettings site) => new()
    {
        AuthorityName = context.AuthorityName,
        ReportTitle = context.Report.Title,
        SiteTitle = context.SiteTitle,
        CanonicalRoot = site.Url is { } url ? url.TrimEnd('/') + "/" + context.Urls.BasePath[context.Root.BasePath.Length..] : null,
        HomeHref = context.Urls.Href(SiteUrls.Home),
        StylesheetHref = context.Root.Href(SiteUrls.Stylesheet),
        FaviconHref = context.Root.Href(SiteUrls.Favicon),
        LogoHref = site.Logo is null ? null : context.Root.Href("/assets/" + Path.GetFileName(site.Logo)),
        Years = context.History.IsMultiYear
            ? context.History.Years.Select(r => new MenuEntry(r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), new Link(context.History.Urls[r.Year].Href(SiteUrls.Home), r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), SiteUrls.Home)).ToList()
            : [],
        CurrentYear = context.Report.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Menu =
        [
            Menu(context, "home", SiteUrls.Home, "Accueil"),
            .. context.Report.Parts.Select(p => Menu(context, Anchors.Part((int)p.Kind), SiteUrls.Part((int)p.Kind), MenuLabel(p.Kind))),
            .. HasDigitalStrategy(context) ? [Menu(context, "numerique-responsable", SiteUrls.DigitalStrategy, "Numérique responsable")] : Array.Empty<MenuEntry>(),
            Menu(context, "finalites", SiteUrls.Finalities, "Finalités"),
            Menu(context, "couverture", SiteUrls.Coverage, "Couverture"),
            .. context.Report.Budget is null ? Array.Empty<MenuEntry>() : [Menu(context, "budget", SiteUrls.Budget, "Budget")],
            .. context.Report.Indicators.Count == 0 ? Array.Empty<MenuEntry>() : [Menu(context, "indicateurs", SiteUrls.Indicators, "Indicateurs")],
            Menu(context, "referentiels", SiteUrls.Taxonomies, "Stratégie et ODD"),
        ],
        FooterLinks =
        [
            context.LinkTo(SiteUrls.Accessibility, context.AccessibilityStatus),
            context.LinkTo(SiteUrls.LegalNotice, "Mentions légales"),
            context.LinkTo(SiteUrls.SiteMap, "Plan du site"),
            context.LinkTo(SiteUrls.Glossary, "Glossaire"),
            context.LinkTo(SiteUrls.LegalFramework, "Cadre légal"),
            context.LinkTo(SiteUrls.OpenData, "Données ouvertes"),
            context.LinkTo(SiteUrls.FullReport, FullReportPage.LinkText),
        ],
        SearchLink = context.LinkTo(SiteUrls.Search, "Rechercher"),
        AccessibilityStatus = context.AccessibilityStatus,
        ContentSecurityPolicy = ContentSecurityPolicy,
    };

    private static MenuEntry Menu(BuildContext context, string key, string path, string text) => new(key, context.LinkTo(path, text), path);

    private static string MenuLabel(PartKind kind) => kind switch
    {
        PartKind.PublicPolicies => "Politiques publiques",
        PartKind.InternalFunctioning => "Fonctionnement interne",
        _ => "Gouvernance",
    };

    private static HomePage Home(BuildContext context)
    {
        var report = context.Report;
        var abbreviations = new AbbreviationScope();
        var obligation = Obligations.Assess(report.Authority.Kind, report.Authority.Population, report.BudgetYear, report.PresentationDate);
        return new HomePage
        {
            Path = SiteUrls.Home,
            Title = report.Title,
            MenuKey = "home",
            Lead = $"{report.Authority.NameAtSentenceStart} rend compte de sa situation en matière de développement durable pour l'année {report.Year}, avant le débat sur le budget {report.BudgetYear}.",
            Introduction = Html.Raw(context.Markdown.Render(report.Introduction, 3, abbreviations)),
            KeyFigures = report.KeyFigures.Select(KeyFigureViews.View).ToList(),
            Finalities = Finalities.All.Select(f => new Card(
                context.LinkTo(SiteUrls.Finality(f.Code), f.Label),
                null,
                FrenchCount.Of(context.Actions.Count(a => a.Finalities.Contains(f.Code)), "action", "actions"),
                f.Code)).ToList(),
            Parts = report.Parts.Select(p => new Card(
                context.LinkTo(SiteUrls.Part((int)p.Kind), $"{BuildContext.PartLabel(p)} — {p.Title}"),
                PartSummary(p.Kind),
                $"{FrenchCount.Of(p.Sections.Count, "section", "sections")}, {BuildContext.CountActions(p.Kind, p.Sections.Sum(s => s.Actions.Count))}")).ToList(),
            Explore =
            [
                .. HasDigitalStrategy(context) ? [new Card(context.LinkTo(SiteUrls.DigitalStrategy, ReportPages.DigitalStrategyTitle), "Le bilan annuel de la stratégie de la collectivité pour un numérique sobre et responsable.", null)] : Array.Empty<Card>(),
                new Card(context.LinkTo(SiteUrls.Coverage, "La couverture des finalités"), "Combien d'actions de chaque section servent chaque finalité.", null),
                new Card(context.LinkTo(SiteUrls.Progress, "L'avancement des actions"), "Ce qui a été lancé, poursuivi et achevé dans l'année.", null),
                .. report.Indicators.Count == 0 ? Array.Empty<Card>() : [new Card(context.LinkTo(SiteUrls.Indicators, "Les indicateurs"), "Leur évolution au fil des années, en graphique et en tableau.", null)],
                .. report.Budget is null ? Array.Empty<Card>() : [new Card(context.LinkTo(SiteUrls.Budget, report.Budget.Title.Length > 0 ? report.Budget.Title : "Le budget"), "Le budget par politique publique, en graphique et en tableau.", null)],
                .. report.GreenBudget is null ? Array.Empty<Card>() : [new Card(context.LinkTo(SiteUrls.GreenBudget, GreenBudgetPages.LinkText), "La part des dépenses d'investissement favorables, neutres ou défavorables à chaque axe environnemental, en graphique et en tableau.", null)],
                new Card(context.LinkTo(SiteUrls.Taxonomies, "La stratégie du territoire et les ODD"), "Les actions rattachées au projet de territoire, aux plans et aux objectifs de développement durable.", null),
                new Card(context.LinkTo(SiteUrls.LegalFramework, "Le cadre légal du rapport"), "Pourquoi ce rapport, et ce que la loi lui demande.", null),
                new Card(context.LinkTo(SiteUrls.Search, "Rechercher dans le rapport"), "Toutes les actions de A à Z, et une recherche par mot dans les actions, les sections, le glossaire, les chiffres clés et les référentiels.", null),
                new Card(context.LinkTo(SiteUrls.FullReport, FullReportPage.LinkText), "Tout le rapport sur une seule page, à imprimer ou à enregistrer en PDF.", null),
            ],
            AccessibilityLink = context.LinkTo(SiteUrls.Accessibility, context.AccessibilityStatus),
            ObligationText = obligation.Verdict,
        };
    }

    private static bool HasDigitalStrategy(BuildContext context) => !string.IsNullOrWhiteSpace(context.Report.DigitalStrategyReview);

    internal static string PartSummary(PartKind kind) => kind switch
    {
        PartKind.PublicPolicies => "Le bilan des politiques publiques, des orientations et des programmes mis en œuvre sur le territoire.",
        PartKind.InternalFunctioning => "Le bilan des actions conduites au titre de la gestion du patrimoine, du fonctionnement et des activités internes.",
        _ => "Les modalités d'élaboration, de mise en œuvre et d'évaluation des actions, politiques et programmes.",
    };
}
