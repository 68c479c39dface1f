using Rdd.Domain.Reports;
using Rdd.Site.Content;

namespace Rdd.Site.Pages;

/// <summary>
/// The years of a content folder side by side: where each year's site lives (the latest at the root, older ones
/// under their year), which action continues which, and the values of each indicator across years.
/// </summary>
public sealed class ReportHistory
{
    private readonly Dictionary<(int Year, string Id), (Report Report, PlacedAction Action)> _actions = [];
    private readonly Dictionary<(int Year, string Id), (int Year, PlacedAction Action)> _continuations = [];

    /// <summary>Creates the history of the content's years.</summary>
    /// <param name="years">The years, oldest first.</param>
    /// <param name="basePath">The base path of the whole site.</param>
    public ReportHistory(IReadOnlyList<ContentYear> years, string basePath)
    {
        ArgumentNullException.ThrowIfNull(years);
        Years = years.Select(y => y.Report).OrderBy(r => r.Year).ToList();
        Root = new SiteUrls(basePath);
        var latest = Years.Count == 0 ? 0 : Years[^1].Year;
        Urls = Years.ToDictionary(r => r.Year, r => r.Year == latest ? Root : new SiteUrls(Root.BasePath + r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/"));
        foreach (var report in Years)
        {
            foreach (var placed in report.AllActions())
            {
                _actions.TryAdd((report.Year, placed.Action.Id), (report, placed));
                if (placed.Action.ContinuesFrom is { } previous && Previous(report.Year) is { } before)
                {
                    _continuations.TryAdd((before.Year, previous), (report.Year, placed));
                }
            }
        }
    }

    /// <summary>The reports, oldest first.</summary>
    public IReadOnlyList<Report> Years { get; }

    /// <summary>The URL scheme of the whole site (assets, the latest year).</summary>
    public SiteUrls Root { get; }

    /// <summary>The URL scheme of each year's site.</summary>
    public IReadOnlyDictionary<int, SiteUrls> Urls { get; }

    /// <summary>Whether there is more than one year.</summary>
    public bool IsMultiYear => Years.Count > 1;

    /// <summary>The report of the year before <paramref name="year"/> in the folder, or null.</summary>
    /// <param name="year">A report year.</param>
    /// <returns>The previous report.</returns>
    public Report? Previous(int year) => Years.LastOrDefault(r => r.Year < year);

    /// <summary>The link to the previous version of an action continued from the year before.</summary>
    /// <param name="year">The action's year.</param>
    /// <param name="action">The action.</param>
    /// <returns>The link, or null when the action continues nothing known.</returns>
    public Link? PreviousVersion(int year, Rdd.Domain.Reports.ReportAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.ContinuesFrom is not { } id || Previous(year) is not { } before || !_actions.TryGetValue((before.Year, id), out var found))
        {
            return null;
        }

        return new Link(Href(before.Year, found.Action), $"{found.Action.Action.Title} ({before.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
    }

    /// <summary>The link to the next year's action that continues this one.</summary>
    /// <param name="year">The action's year.</param>
    /// <param name="action">The action.</param>
    /// <returns>The link, or null when no later action continues it.</returns>
    public Link? NextVersion(int year, Rdd.Domain.Reports.ReportAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!_continuations.TryGetValue((year, action.Id), out var next))
        {
            return null;
        }

        return new Link(Href(next.Year, next.Action), $"{next.Action.Action.Title} ({next.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
    }

    /// <summary>The values of an indicator by year: each year's own value, completed by the series the reports give.</summary>
    /// <param name="id">The indicator's id.</param>
    /// <param name="upTo">The last year to include.</param>
    /// <returns>The points, by year.</returns>
    public IReadOnlyList<IndicatorPoint> Trend(string id, int upTo)
    {
        var points = new SortedDictionary<int, decimal>();
        foreach (var report in Years.Where(r => r.Year <= upTo))
        {
            foreach (var indicator in report.Indicators.Where(i => i.Id == id))
            {
                foreach (var point in indicator.Series)
                {
                    points.TryAdd(point.Year, point.Value);
                }

                if (indicator.Value is { } value)
                {
                    points[indicator.Year] = value;
                }
            }
        }

        return points.Select(p => new IndicatorPoint(p.Key, p.Value)).ToList();
    }

    private string Href(int year, PlacedAction placed) =>
        Urls[year].Href(SiteUrls.Section((int)placed.Part.Kind, placed.Section.Id)) + "#" + placed.Action.Id;
}
