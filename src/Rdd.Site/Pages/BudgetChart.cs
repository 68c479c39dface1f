using Rdd.Domain;
using Rdd.Domain.Reports;

namespace Rdd.Site.Pages;

/// <summary>
/// Computes the geometry of the budget chart: horizontal bars, two per policy (operating in the accent colour,
/// investment hatched), each labelled with its amount, so that neither colour nor pattern alone carries the data.
/// A missing amount is drawn as no bar, labelled « non communiqué ».
/// </summary>
internal static class BudgetChart
{
    private const double Width = 720;
    private const double LabelHeight = 22;
    private const double BarHeight = 22;
    private const double Gap = 4;
    private const double GroupGap = 18;
    private const double Left = 8;
    private const double ValueRoom = 290;

    public static ChartView? Build(Budget budget, string title)
    {
        if (budget.Lines.Count == 0)
        {
            return null;
        }

        var max = budget.Lines.SelectMany(l => new[] { l.Operating?.Euros, l.Investment?.Euros }).Max() ?? 0;
        var scale = max <= 0 ? 0 : (Width - Left - ValueRoom) / (double)max;
        var bars = new List<ChartBar>();
        var y = 0.0;
        foreach (var line in budget.Lines)
        {
            var labelY = y + LabelHeight - 6;
            y += LabelHeight;
            var segments = new List<ChartSegment>();
            foreach (var (series, amount) in new[] { ("operating", line.Operating), ("investment", line.Investment) })
            {
                var width = amount?.Euros is { } euros ? Math.Max(1, (double)euros * scale) : 0;
                var text = (series == "operating" ? "Fonctionnement : " : "Investissement : ") + (amount?.Euros is { } e ? French.Euros(e) : "non communiqué");
                segments.Add(new ChartSegment(series, Left, Math.Round(y, 1), Math.Round(width, 1), BarHeight, text, Math.Round(Left + width + 6, 1)));
                y += BarHeight + Gap;
            }

            bars.Add(new ChartBar(line.Policy, segments, Math.Round(labelY, 1)));
            y += GroupGap;
        }

        var description = string.Join(" ", budget.Lines.Select(l =>
            $"{l.Policy} : fonctionnement {Describe(l.Operating)}, investissement {Describe(l.Investment)}."));
        return new ChartView("graphique-budget", title, description, Width, Math.Round(y, 1), bars,
            [new Link("operating", "Fonctionnement (barre pleine)"), new Link("investment", "Investissement (barre hachurée)")]);
    }

    private static string Describe(BudgetAmount? amount) => amount?.Euros is { } e ? French.Euros(e) : "non communiqué";
}
