using System.Diagnostics.CodeAnalysis;
using Rdd.Site.Components;
using Rdd.Site.Pages;

namespace Rdd.Site.Rendering;

/// <summary>Which Razor component lays out each kind of page: the page models know nothing of their templates.</summary>
internal static class PageComponents
{
    /// <summary>The component that renders <paramref name="page"/>.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The component's type; its members are kept whole in the native build, since the renderer reads them by reflection.</returns>
    /// <exception cref="ArgumentException">A kind of page no component lays out.</exception>
    [return: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)]
    public static Type For(PageModel page) => page switch
    {
        AccessibilityPage => typeof(AccessibilityView),
        BudgetPage => typeof(BudgetView),
        CoveragePage => typeof(CoverageView),
        FullReportPage => typeof(FullReportView),
        GlossaryPage => typeof(GlossaryPageView),
        GreenBudgetPage => typeof(GreenBudgetView),
        HomePage => typeof(HomeView),
        IndexPage => typeof(IndexView),
        IndicatorsPage => typeof(IndicatorsView),
        ListingPage => typeof(ListingView),
        NotFoundPage => typeof(NotFoundView),
        OpenDataPage => typeof(OpenDataView),
        PartPage => typeof(PartView),
        ProgressPage => typeof(ProgressView),
        SearchPage => typeof(SearchView),
        SectionPage => typeof(SectionView),
        SitemapPage => typeof(SitemapView),
        TextPage => typeof(TextView),
        _ => throw new ArgumentException($"No component lays out a page of type {page.GetType().Name}.", nameof(page)),
    };
}
