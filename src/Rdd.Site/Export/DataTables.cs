using Rdd.Domain;
using Rdd.Domain.Reports;
using Rdd.Site.Pages;

namespace Rdd.Site.Export;

/// <summary>The report's data as tables of the document, each under its Titre 1 and with a header row: key figures, budget, indicators, glossary.</summary>
internal static class DataTables
{
    public static void Write(WordWriter writer, Report report)
    {
        if (report.KeyFigures.Count > 0)
        {
            writer.Heading(1, "Les chiffres clés");
            writer.Table("Les chiffres clés", ["Thème", "Chiffre", "Ce qu'il mesure"],
                report.KeyFigures.Select(f => (IReadOnlyList<string>)[f.Theme, KeyFigureViews.Value(f), KeyFigureViews.Label(f)]));
        }

        if (report.Budget is { Lines.Count: > 0 } budget)
        {
            var title = budget.Title.Length > 0 ? budget.Title : $"Le budget {budget.Year} par politique publique";
            writer.Heading(1, title);
            writer.Table(title, ["Politique publique", "Fonctionnement", "Investissement", "Total"],
                budget.Lines.Select(l => (IReadOnlyList<string>)[l.Policy, Amount(l.Operating), Amount(l.Investment), Total(l)]));
        }

        if (report.Indicators.Count > 0)
        {
            writer.Heading(1, "Les indicateurs");
            writer.Table("Les indicateurs", ["Indicateur", $"Valeur", "Années précédentes", "Source"],
                report.Indicators.Select(i => (IReadOnlyList<string>)[
                    i.Label,
                    i.Value is { } value ? $"{French.Number(value)}{Unit(i)} ({i.Year})" : $"non communiquée ({i.Year})",
                    string.Join(" ; ", i.Series.OrderBy(p => p.Year).Select(p => $"{p.Year} : {French.Number(p.Value)}{Unit(i)}")),
                    i.Source ?? string.Empty]));
        }

        if (report.Glossary.Count > 0)
        {
            writer.Heading(1, "Glossaire");
            writer.Table("Glossaire des sigles", ["Sigle", "Signification"], report.Glossary.Select(g => (IReadOnlyList<string>)[g.Term, g.Expansion]));
        }
    }

    private static string Unit(Indicator indicator) => indicator.Unit.Length > 0 ? "\u00a0" + indicator.Unit : string.Empty;

    private static string Amount(BudgetAmount? amount) => amount?.Euros is { } euros ? French.Euros(euros) : "non communiqué";

    private static string Total(BudgetLine line) =>
        line.StatedTotal is { } stated ? French.Euros(stated)
        : line.Operating?.Euros is { } operating && line.Investment?.Euros is { } investment ? French.Euros(operating + investment)
        : "non communiqué";
}
