using System.Globalization;
using Rdd.Domain;
using Rdd.Domain.Reports;
using Rdd.Site.Text;

namespace Rdd.Site.Pages;

/// <summary>
/// The page of the statement « Impact du budget pour la transition écologique »: the share of each class per axis as
/// a chart, the same shares as a table, and every expenditure with its classes.
/// </summary>
public sealed record GreenBudgetPage : PageModel
{
    public BarChartView? Chart { get; init; }

    /// <summary>Per axis, the amount and share of each class.</summary>
    public required TableView Shares { get; init; }

    /// <summary>Every expenditure, its amount and its class on each rated axis.</summary>
    public required TableView Lines { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The link back to the budget by public policy, when the report has one.</summary>
    public Link? BudgetLink { get; init; }
}

/// <summary>Builds the green budget page from the report's statement.</summary>
internal static class GreenBudgetPages
{
    public const string LinkText = "L'impact du budget pour la transition écologique (budget vert)";

    private const string NotRatedOnAxis = "non renseigné";

    /// <summary>The page of the green budget statement: the shares of each axis by rating, then the table of its lines.</summary>
    public static GreenBudgetPage Build(BuildContext context, GreenBudget statement)
    {
        var year = statement.FinancialYear.ToString(CultureInfo.InvariantCulture);
        var title = statement.Title.Length > 0 ? statement.Title : $"Impact du budget {year} pour la transition écologique";
        var axes = statement.RatedAxes();
        var lines = statement.Lines.Where(l => l is not null).ToList();

        var (shareRows, notes) = Shares(statement, axes, lines);

        // The account and function columns only when the statement gives them, so that no column stays empty.
        var accounts = lines.Any(l => l.Account is not null);
        var functions = lines.Any(l => l.Function is not null);
        var lineRows = lines.Select(line => new TableRow(
            new TableCell(line.Label),
            [
                .. accounts ? [new TableCell(line.Account ?? string.Empty)] : Array.Empty<TableCell>(),
                .. functions ? [new TableCell(line.Function ?? string.Empty)] : Array.Empty<TableCell>(),
                new TableCell(French.Euros(line.Amount), null, "num"),
                .. axes.Select(axis => line.RatingOn(axis) is { } rating
                    ? new TableCell(French.UpperFirst(rating.FrenchLabel()), null, rating == GreenRating.NotRated ? "not-given" : null)
                    : new TableCell(NotRatedOnAxis, null, "not-given")),
            ])).ToList();
        var linesTotal = Sum(lines.Select(l => l.Amount));
        var linesFooter = new TableRow(new TableCell("Total"),
            [
                .. accounts ? [new TableCell(string.Empty)] : Array.Empty<TableCell>(),
                .. functions ? [new TableCell(string.Empty)] : Array.Empty<TableCell>(),
                new TableCell(linesTotal is { } lt ? French.Euros(lt) : "incalculable", null, "num"),
                .. axes.Select(_ => new TableCell(string.Empty)),
            ]);

        return new GreenBudgetPage
        {
            Path = SiteUrls.GreenBudget,
            Title = title,
            // Under « Budget » in the menu when the report has a budget page, and then in the breadcrumb too, so that both agree.
            MenuKey = context.Report.Budget is null ? null : "budget",
            Breadcrumb = [context.Home, .. context.Report.Budget is null ? Array.Empty<Link>() : [context.LinkTo(SiteUrls.Budget, "Budget")], new Link(string.Empty, "Budget vert")],
            Lead = $"L'état «\u00a0Impact du budget pour la transition écologique\u00a0» annexé aux comptes de l'exercice {year} (loi n° 2023-1322, art. 191\u00a0; décret du 16 juillet 2024)\u00a0: chaque dépense d'investissement est classée, sur chaque axe environnemental, de très favorable à défavorable. Une dépense «\u00a0non cotée\u00a0» est comptée à part, jamais comme neutre.",
            Chart = Chart(statement, axes, title),
            Shares = new TableView("tableau-budget-vert-parts", $"{title}\u00a0: part de chaque classe par axe (montants en euros)", ["Axe", .. GreenBudgetWording.Ratings.Select(r => French.UpperFirst(r.FrenchLabel())), "Total de l'axe"], shareRows),
            Lines = new TableView("tableau-budget-vert-depenses", $"{title}\u00a0: les dépenses et leur classe sur chaque axe", ["Dépense", .. accounts ? ["Compte"] : Array.Empty<string>(), .. functions ? ["Fonction"] : Array.Empty<string>(), "Montant", .. axes.Select(a => $"Axe {a.Number().ToString(CultureInfo.InvariantCulture)}")], lineRows, linesFooter),
            Notes = notes,
            BudgetLink = context.Report.Budget is null ? null : context.LinkTo(SiteUrls.Budget, "Le budget par politique publique"),
        };
    }

    /// <summary>The share of each class on each rated axis, and a note for each axis on which some expenses have no class.</summary>
    private static (List<TableRow> Rows, List<string> Notes) Shares(GreenBudget statement, IReadOnlyList<EnvironmentalAxis> axes, List<GreenBudgetLine> lines)
    {
        var shareRows = new List<TableRow>();
        var notes = new List<string>();
        foreach (var axis in axes)
        {
            var rated = lines.Where(l => l.RatingOn(axis) is not null).ToList();
            var total = Sum(rated.Select(l => l.Amount));
            shareRows.Add(new TableRow(
                new TableCell($"Axe {axis.Number().ToString(CultureInfo.InvariantCulture)} — {axis.ShortLabel()}"),
                [
                    .. GreenBudgetWording.Ratings.Select(rating => ShareCell(statement.Sum(axis, rating), total, rating)),
                    new TableCell(total is { } t ? French.Euros(t) : "incalculable", null, "num"),
                ]));
            var unrated = lines.Count - rated.Count;
            if (unrated > 0)
            {
                notes.Add($"Axe {axis.Number().ToString(CultureInfo.InvariantCulture)} ({axis.FrenchLabel()})\u00a0: {FrenchCount.Of(unrated, "dépense n'a", "dépenses n'ont")} pas de classe sur cet axe\u00a0; les parts portent sur les dépenses qui en ont une.");
            }
        }

        return (shareRows, notes);
    }

    /// <summary>The share of a class in a total, in percent, or null when the total is zero or unknown.</summary>
    internal static decimal? Share(decimal? part, decimal? total) =>
        part is { } p && total is { } t && t > 0 ? Math.Round(p * 100 / t, 1) : null;

    internal static string Percent(decimal share) => French.Number(share) + "\u00a0%";

    private static TableCell ShareCell(decimal? amount, decimal? total, GreenRating rating) => amount is not { } euros
        ? new TableCell("incalculable", null, "num not-given")
        : new TableCell(Share(euros, total) is { } share ? $"{French.Euros(euros)} ({Percent(share)})" : French.Euros(euros), null, euros == 0 ? "num zero" : rating == GreenRating.NotRated ? "num not-given" : "num");

    private static BarChartView? Chart(GreenBudget statement, IReadOnlyList<EnvironmentalAxis> axes, string title)
    {
        var groups = new List<BarGroup>();
        var descriptions = new List<string>();
        foreach (var axis in axes)
        {
            var total = Sum(statement.Lines.Where(l => l?.RatingOn(axis) is not null).Select(l => l.Amount));
            var bars = new List<BarView>();
            var parts = new List<string>();
            foreach (var rating in GreenBudgetWording.Ratings)
            {
                var share = Share(statement.Sum(axis, rating), total);
                var text = $"{French.UpperFirst(rating.FrenchLabel())}\u00a0: {(share is { } v ? Percent(v) : "part incalculable")}";
                var length = share is { } s && s > 0 ? BudgetChart.BarLength((double)s) : null;
                var notRated = rating == GreenRating.NotRated;
                bars.Add(new BarView(notRated ? "investment" : "operating", text, length, Hatched: notRated));
                parts.Add($"{rating.FrenchLabel()} {(share is { } p ? Percent(p) : "part incalculable")}");
            }

            groups.Add(new BarGroup($"Axe {axis.Number().ToString(CultureInfo.InvariantCulture)} — {axis.ShortLabel()}", bars));
            descriptions.Add($"Axe {axis.Number().ToString(CultureInfo.InvariantCulture)}, {axis.FrenchLabel()}\u00a0: {string.Join(", ", parts)}.");
        }

        return groups.Count == 0 ? null : new BarChartView("graphique-budget-vert", title, string.Join(" ", descriptions), groups,
            [new Link("operating", "Dépenses cotées (barre pleine)"), new Link("investment", "Dépenses non cotées (barre hachurée)")]);
    }

    private static decimal? Sum(IEnumerable<decimal> amounts)
    {
        var sum = 0m;
        try
        {
            foreach (var amount in amounts)
            {
                sum += amount;
            }
        }
        catch (OverflowException)
        {
            return null;
        }

        return sum;
    }

}
