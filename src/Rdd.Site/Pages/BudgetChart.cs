using System.Globalization;
using Rdd.Domain;
using Rdd.Domain.Reports;

namespace Rdd.Site.Pages;

/// <summary>
/// The budget chart's data: two bars per policy (operating in the accent colour, investment hatched), each under its
/// amount written out, so that neither colour nor pattern alone carries the data. A missing amount is drawn as no
/// bar, written « non communiqué ».
/// </summary>
internal static class BudgetChart
{
    public static BarChartView? Build(Budget budget, string title)
    {
        if (budget.Lines.Count == 0)
        {
            return null;
        }

        var max = budget.Lines.SelectMany(l => new[] { l.Operating?.Euros, l.Investment?.Euros }).Max() ?? 0;
        var groups = budget.Lines.Select(line => new BarGroup(line.Policy,
        [
            new BarView("operating", "Fonctionnement : " + Describe(line.Operating), Length(line.Operating, max), Hatched: false),
            new BarView("investment", "Investissement : " + Describe(line.Investment), Length(line.Investment, max), Hatched: true),
        ])).ToList();
        var description = string.Join(" ", budget.Lines.Select(l =>
            $"{l.Policy} : fonctionnement {Describe(l.Operating)}, investissement {Describe(l.Investment)}."));
        return new BarChartView("graphique-budget", title, description, groups,
            [new Link("operating", "Fonctionnement (barre pleine)"), new Link("investment", "Investissement (barre hachurée)")]);
    }

    /// <summary>The bar's length as a share of the largest amount; none when the amount is not given.</summary>
    internal static string? Length(BudgetAmount? amount, decimal max) =>
        amount?.Euros is not { } euros ? null : max <= 0 ? "0%" : BarLength((double)(euros / max) * 100);

    /// <summary>
    /// A bar's length for <see cref="BarView.Length"/>, from its share in percent: « 45.2% », rounded to a tenth, and at
    /// least a sliver (0.5 %) so that the bar is seen.
    /// </summary>
    internal static string BarLength(double percent) =>
        Math.Max(0.5, Math.Round(percent, 1)).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Describe(BudgetAmount? amount) => amount?.Euros is { } e ? French.Euros(e) : "non communiqué";
}
