using System.Globalization;
using Rdd.Domain;
using Rdd.Domain.Reports;
using Rdd.Site.Markup;
using Rdd.Site.Text;

namespace Rdd.Site.Pages;

/// <summary>What a year brought: the actions launched, continued and completed, and the indicators' trends over the years.</summary>
internal static class YearPages
{
    private static readonly (string Title, Progress?[] Values)[] Groups =
    [
        ("Lancées cette année", [Progress.Launched]),
        ("Poursuivies, renforcées ou renouvelées", [Progress.Continued, Progress.Reinforced, Progress.Renewed]),
        ("Achevées", [Progress.Completed]),
        ("En projet", [Progress.Planned]),
        ("Sans indication d'avancement", [null]),
    ];

    public static IEnumerable<PageModel> Build(BuildContext context)
    {
        var year = context.Report.Year.ToString(CultureInfo.InvariantCulture);
        yield return new ProgressPage
        {
            Path = SiteUrls.Progress,
            Title = $"L'avancement des actions en {year}",
            Breadcrumb = [context.Home, new Link(string.Empty, "Avancement")],
            Lead = "Les actions du rapport selon leur avancement : ce qui a été lancé, poursuivi ou achevé dans l'année, et ce qui est en projet. Les pratiques de la partie 3 n'y figurent que si le rapport en indique l'avancement.",
            Groups = Groups.Select(g =>
            {
                var actions = context.Actions.Where(a => g.Values.Contains(a.Action.Progress) && (a.Action.Progress is not null || a.Part.Kind != PartKind.Modalities)).ToList();
                return new ProgressGroup(g.Title, FrenchCount.Of(actions.Count, "action", "actions"), context.Group(actions));
            }).Where(g => g.Parts.Count > 0).ToList(),
        };

        if (context.Report.Indicators.Count > 0)
        {
            yield return Indicators(context);
        }
    }

    /// <summary>« Finalités : Climat, Cohésion » for an indicator that names the finalités it sheds light on; null otherwise.</summary>
    private static string? FinalityText(Indicator indicator)
    {
        var labels = indicator.Finalities.Select(Rdd.Domain.Law.Finalities.Find).OfType<Rdd.Domain.Law.Finality>().OrderBy(f => f.Number).Select(f => f.ShortLabel).Distinct().ToList();
        return labels.Count == 0 ? null : $"{(labels.Count == 1 ? "Finalité" : "Finalités")} : {string.Join(", ", labels)}";
    }

    private static IndicatorsPage Indicators(BuildContext context) => new()
    {
        Scripts = [context.Root.Href(SiteUrls.TablesScript)],
        Path = SiteUrls.Indicators,
        Title = "Les indicateurs et leur évolution",
        MenuKey = "indicateurs",
        Breadcrumb = [context.Home, new Link(string.Empty, "Indicateurs")],
        Lead = "Chaque indicateur avec ses valeurs des années passées, en graphique et en tableau.",
        Indicators = IndicatorViews(context, string.Empty),
    };

    /// <summary>Each indicator with its values over the years, as a chart (from two values) and a table.</summary>
    /// <param name="context">The build context.</param>
    /// <param name="anchorPrefix">Put before each anchor, so that the ids stay unique on a page that holds other things (the printable report).</param>
    /// <returns>The views, in the report's order.</returns>
    internal static IReadOnlyList<IndicatorView> IndicatorViews(BuildContext context, string anchorPrefix) =>
        context.Report.Indicators.Select(indicator =>
        {
            var trend = context.History.Years.Count > 0 ? context.History.Trend(indicator.Id, context.Report.Year) : [.. indicator.Series, .. indicator.Value is { } v ? [new IndicatorPoint(indicator.Year, v)] : Array.Empty<IndicatorPoint>()];
            var unit = indicator.Unit.Length == 0 ? string.Empty : "\u00a0" + indicator.Unit;
            var anchor = anchorPrefix + Anchors.Indicator(indicator.Id);
            var rows = trend.Select(p => new TableRow(new TableCell(p.Year.ToString(CultureInfo.InvariantCulture)), [new TableCell(French.Number(p.Value) + unit, null, "num")])).ToList();
            if (indicator.Target is { } target)
            {
                rows.Add(new TableRow(new TableCell(indicator.TargetYear is { } y ? $"Cible {y.ToString(CultureInfo.InvariantCulture)}" : "Cible"), [new TableCell(French.Number(target) + unit, null, "num")]));
            }

            return new IndicatorView(
                anchor,
                indicator.Label,
                trend.Count >= 2 ? TrendChart.Build(anchor + "-graphique", indicator, trend) : null,
                new TableView(anchor + "-tableau", $"{indicator.Label} ({(indicator.Unit.Length == 0 ? "valeur" : indicator.Unit)}) par année", ["Année", "Valeur"], rows),
                indicator.Source,
                FinalityText(indicator));
        }).ToList();
}
