using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;
using Rdd.Site.Pages;

namespace Rdd.Site.Rendering;

/// <summary>
/// Writes the budget chart as inline SVG (Razor reserves the &lt;text&gt; tag, so the chart is written here): an image
/// role with a title and a description that states every amount, bars styled by CSS classes, hatching for the
/// second series so that it is not told by colour alone.
/// </summary>
public static class ChartSvg
{
    /// <summary>Renders a chart.</summary>
    /// <param name="chart">The chart's geometry.</param>
    /// <returns>The SVG markup.</returns>
    public static MarkupString Render(ChartView chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart-svg\" role=\"img\" aria-labelledby=\"{chart.Id}-titre {chart.Id}-desc\" viewBox=\"0 0 {Num(chart.Width)} {Num(chart.Height)}\">");
        svg.Append($"<title id=\"{chart.Id}-titre\">{E(chart.Title)}</title><desc id=\"{chart.Id}-desc\">{E(chart.Description)}</desc>");
        svg.Append("<defs><pattern id=\"hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect class=\"hatch-bg\" width=\"8\" height=\"8\"></rect><line class=\"hatch-line\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\"></line></pattern></defs>");
        foreach (var bar in chart.Bars)
        {
            svg.Append($"<text class=\"chart-label chart-policy\" x=\"8\" y=\"{Num(bar.LabelY)}\">{E(bar.Label)}</text>");
            foreach (var segment in bar.Segments)
            {
                svg.Append($"<g class=\"bar bar--{segment.Series}\">");
                if (segment.Width > 0)
                {
                    svg.Append($"<rect x=\"{Num(segment.X)}\" y=\"{Num(segment.Y)}\" width=\"{Num(segment.Width)}\" height=\"{Num(segment.Height)}\"></rect>");
                }

                svg.Append($"<text class=\"chart-label\" x=\"{Num(segment.TextX)}\" y=\"{Num(segment.Y + segment.Height - 6)}\">{E(segment.ValueText)}</text></g>");
            }
        }

        return new MarkupString(svg.Append("</svg>").ToString());
    }

    private static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
