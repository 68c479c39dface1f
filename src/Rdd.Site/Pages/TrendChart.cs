using System.Globalization;
using Rdd.Domain;
using Rdd.Domain.Reports;

namespace Rdd.Site.Pages;

/// <summary>
/// An indicator's trend as a line chart: the drawing holds shapes only (line, square points, dashed target line), and
/// every text — values, years, target, what the axes show — is given apart, to be written as HTML that grows with
/// the reader's text size; the description states every value for assistive technologies.
/// </summary>
internal static class TrendChart
{
    private const double Width = 640;
    private const double Height = 220;
    private const double Left = 16;
    private const double Right = 16;
    private const double Top = 16;
    private const double Bottom = 16;

    public static TrendChartView Build(string id, Indicator indicator, IReadOnlyList<IndicatorPoint> points)
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
        var unit = indicator.Unit.Length == 0 ? string.Empty : "\u00a0" + indicator.Unit;
        var written = points.Select(p => $"{Year(p.Year)}\u00a0: {French.Number(p.Value)}{unit}").ToList();
        if (indicator.Target is { } target)
        {
            written.Add($"cible{(indicator.TargetYear is { } ty ? " " + Year(ty) : string.Empty)}\u00a0: {French.Number(target)}{unit}");
        }

        var axes = $"En abscisse, les années, de {Year(firstYear)} à {Year(lastYear)}\u00a0; en ordonnée, "
            + (indicator.Unit.Length == 0 ? "la valeur de l'indicateur" : $"la valeur en {indicator.Unit}")
            + (min == 0 ? ", à partir de zéro" : string.Empty)
            + (indicator.Target is null ? "." : "\u00a0; la ligne en tirets marque la cible.");
        return new TrendChartView(
            id,
            indicator.Label,
            string.Join("\u00a0; ", written) + ".",
            N(Width),
            N(Height),
            $"M{N(Left)} {N(Height - Bottom)}H{N(Width - Right)}",
            string.Join(' ', points.Select(p => $"{N(X(p.Year))},{N(Y(p.Value))}")),
            points.Select(p => new TrendPoint(N(X(p.Year) - 4), N(Y(p.Value) - 4))).ToList(),
            indicator.Target is { } t ? N(Y(t)) : null,
            written,
            axes);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
