using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;
using Rdd.Domain;
using Rdd.Domain.Reports;

namespace Rdd.Site.Pages;

/// <summary>
/// An indicator's trend as an accessible SVG line chart: an image role with a title and a description that states
/// every value, points marked by shapes and labelled with their value, so that nothing relies on colour.
/// </summary>
internal static class TrendChart
{
    private const double Width = 640;
    private const double Height = 260;
    private const double Left = 56;
    private const double Right = 24;
    private const double Top = 28;
    private const double Bottom = 40;

    public static MarkupString Build(string id, Indicator indicator, IReadOnlyList<IndicatorPoint> points)
    {
        var values = points.Select(p => p.Value).Append(indicator.Target ?? points[0].Value).ToList();
        var min = Math.Min(0, values.Min());
        var max = values.Max();
        var span = max == min ? 1 : max - min;
        var firstYear = points[0].Year;
        var lastYear = Math.Max(points[^1].Year, indicator.TargetYear ?? points[^1].Year);
        var years = Math.Max(1, lastYear - firstYear);
        double X(int year) => Left + ((year - firstYear) * (Width - Left - Right) / years);
        double Y(decimal value) => Top + ((double)((max - value) / span) * (Height - Top - Bottom));
        string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        var unit = indicator.Unit.Length == 0 ? string.Empty : "\u00a0" + indicator.Unit;
        var description = string.Join(" ; ", points.Select(p => $"{p.Year.ToString(CultureInfo.InvariantCulture)} : {French.Number(p.Value)}{unit}"))
            + (indicator.Target is { } t ? $" ; cible{(indicator.TargetYear is { } ty ? " " + ty.ToString(CultureInfo.InvariantCulture) : string.Empty)} : {French.Number(t)}{unit}" : string.Empty) + ".";
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart-svg trend-svg\" role=\"img\" aria-labelledby=\"{id}-titre {id}-desc\" viewBox=\"0 0 {N(Width)} {N(Height)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-titre\">{E(indicator.Label)}</title><desc id=\"{id}-desc\">{E(description)}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"trend-axis\" x1=\"{N(Left)}\" y1=\"{N(Height - Bottom)}\" x2=\"{N(Width - Right)}\" y2=\"{N(Height - Bottom)}\"></line>");
        if (indicator.Target is { } target)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"trend-target\" x1=\"{N(Left)}\" y1=\"{N(Y(target))}\" x2=\"{N(Width - Right)}\" y2=\"{N(Y(target))}\"></line>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-label\" x=\"{N(Width - Right)}\" y=\"{N(Y(target) - 6)}\" text-anchor=\"end\">Cible : {E(French.Number(target) + unit)}</text>");
        }

        svg.Append("<polyline class=\"trend-line\" points=\"").AppendJoin(' ', points.Select(p => $"{N(X(p.Year))},{N(Y(p.Value))}")).Append("\"></polyline>");
        foreach (var point in points)
        {
            var x = X(point.Year);
            var y = Y(point.Value);
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"trend-point\" x=\"{N(x - 4)}\" y=\"{N(y - 4)}\" width=\"8\" height=\"8\"></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-label\" x=\"{N(x)}\" y=\"{N(y - 10)}\" text-anchor=\"middle\">{E(French.Number(point.Value))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-label\" x=\"{N(x)}\" y=\"{N(Height - Bottom + 20)}\" text-anchor=\"middle\">{point.Year.ToString(CultureInfo.InvariantCulture)}</text>");
        }

        return new MarkupString(svg.Append("</svg>").ToString());
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
