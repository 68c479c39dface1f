using System.Globalization;
using Rdd.Domain;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Site.Markup;
using Rdd.Site.Text;

namespace Rdd.Site.Pages;

/// <summary>The coverage matrix, the budget and the glossary.</summary>
internal static class DataPages
{
    public static IEnumerable<PageModel> Build(BuildContext context)
    {
        yield return Coverage(context);
        if (context.Report.Budget is { } budget)
        {
            yield return context.Report.GreenBudget is null
                ? Budget(context, budget)
                : Budget(context, budget) with { GreenBudgetLink = context.LinkTo(SiteUrls.GreenBudget, GreenBudgetPages.LinkText) };
        }

        if (context.Report.GreenBudget is { } greenBudget)
        {
            yield return GreenBudgetPages.Build(context, greenBudget);
        }

        yield return Glossary(context);
    }

    public static OpenDataPage OpenData(BuildContext context, IReadOnlyList<Data.DataFile> files) => new()
    {
        Path = SiteUrls.OpenData,
        Title = "Données ouvertes",
        Breadcrumb = [context.Home, new Link(string.Empty, "Données ouvertes")],
        Lead = $"Les données de ce rapport sont publiées dans des formats ouverts, sous {context.Site.Licence} : réutilisez-les librement en citant {context.Report.Authority.NameInSentence}.",
        Files = files.Select(f => new DataFileView(
            context.LinkTo(SiteUrls.DataFile(f.Name), f.Title),
            f.Name,
            f.Format,
            Size(f.Bytes.Length),
            f.Description,
            f.Columns.Select(c => new Fact(c.Name, c.Description)).ToList())).ToList(),
        Facts =
        [
            new Fact("Licence", context.Site.Licence),
            new Fact("Mise à jour", context.Report.PresentationDate is { } date ? date.ToString("d MMMM yyyy", French.Culture) : $"avec le rapport {context.Report.Year.ToString(CultureInfo.InvariantCulture)}"),
            .. Publisher(context.Report.Authority),
            new Fact("Description des fichiers", "datapackage.json, au format Data Package de Frictionless Data", context.Urls.Href(SiteUrls.DataFile(Data.DataPackage.FileName))),
            new Fact("Fichiers CSV", "encodés en UTF-8 (avec BOM), séparateur « ; », virgule décimale : ils s'ouvrent directement dans un tableur."),
            new Fact("Fichiers CSV", "les chiffres clés, le budget et les indicateurs se terminent par deux colonnes, l'année du rapport et le SIRET de la collectivité, répétées sur chaque ligne\u00a0: les fichiers de plusieurs années ou de plusieurs collectivités se mettent ainsi bout à bout."),
        ],
    };

    /// <summary>The SIRET that identifies the publisher, grouped as INSEE prints it (« 210 000 006 00010 »), when site.yml gives it.</summary>
    private static IEnumerable<Fact> Publisher(Authority authority) => authority.Siret is { } siret
        ? [new Fact("SIRET de la collectivité", $"{siret[..3]}\u00a0{siret[3..6]}\u00a0{siret[6..9]}\u00a0{siret[9..]}")]
        : [];

    private static string Size(long bytes) => bytes < 1024
        ? $"{bytes.ToString(CultureInfo.InvariantCulture)} octets"
        : $"{(bytes / 1024.0).ToString("0.#", French.Culture)} ko";

    private static CoveragePage Coverage(BuildContext context)
    {
        var tables = new List<TableView>();
        foreach (var part in context.Report.Parts.Where(p => p.Kind != PartKind.Modalities))
        {
            var rows = part.Sections.Select(section =>
            {
                var actions = context.ActionsOf(section);
                return new TableRow(
                    new TableCell(section.Title, context.Urls.Href(SiteUrls.Section((int)part.Kind, section.Id))),
                    [
                        .. Finalities.All.Select(f => CountCell(actions.Count(a => a.Finalities.Contains(f.Code)))),
                        new TableCell(French.Number(actions.Count), null, "num"),
                    ]);
            }).ToList();
            var all = context.Actions.Where(a => ReferenceEquals(a.Part, part)).ToList();
            var footer = new TableRow(new TableCell("Total de la partie"), [.. Finalities.All.Select(f => CountCell(all.Count(a => a.Finalities.Contains(f.Code)))), new TableCell(French.Number(all.Count), null, "num")]);
            tables.Add(new TableView(
                $"couverture-partie-{(int)part.Kind}",
                $"{BuildContext.PartLabel(part)} — nombre d'actions par section et par finalité",
                ["Section", .. Finalities.All.Select(f => f.ShortLabel), "Actions"],
                rows,
                footer));
        }

        if (context.Report.PartOf(PartKind.Modalities) is { } modalities)
        {
            var rows = modalities.Sections.Select(section =>
            {
                var actions = context.ActionsOf(section);
                return new TableRow(
                    new TableCell(section.Title, context.Urls.Href(SiteUrls.Section((int)modalities.Kind, section.Id))),
                    [.. GovernanceElements.All.Select(e => CountCell(actions.Count(a => a.GovernanceElements.Contains(e.Code)))), new TableCell(French.Number(actions.Count), null, "num")]);
            }).ToList();
            tables.Add(new TableView(
                "couverture-partie-3",
                $"{BuildContext.PartLabel(modalities)} — nombre de pratiques par section et par élément déterminant de la démarche",
                ["Section", .. GovernanceElements.All.Select(e => e.ShortLabel), "Pratiques"],
                rows));
        }

        return new CoveragePage
        {
            Scripts = [context.Root.Href(SiteUrls.TablesScript)],
            Path = SiteUrls.Coverage,
            Title = "La couverture des finalités",
            MenuKey = "couverture",
            Breadcrumb = [context.Home, new Link(string.Empty, "Couverture")],
            Lead = "Chaque case indique combien d'actions d'une section servent une finalité ; une action peut en servir plusieurs. Une case à 0 signale une finalité que la section ne sert pas.",
            Tables = tables,
        };
    }

    private static TableCell CountCell(int count) => new(French.Number(count), null, count == 0 ? "num zero" : "num");

    private static BudgetPage Budget(BuildContext context, Budget budget)
    {
        var notGiven = "non communiqué";
        // A total column only when the report states line totals: the sum of two given amounts says nothing more.
        var lineTotals = budget.Lines.Any(l => l.StatedTotal is not null);
        var rows = budget.Lines.Select(line => new TableRow(
            new TableCell(line.Policy),
            [
                AmountCell(line.Operating, notGiven),
                AmountCell(line.Investment, notGiven),
                .. lineTotals ? [TotalCell(line.StatedTotal ?? Sum([line.Operating, line.Investment]), null)] : Array.Empty<TableCell>(),
            ])).ToList();
        var operatingTotal = Sum(budget.Lines.Select(l => l.Operating));
        var investmentTotal = Sum(budget.Lines.Select(l => l.Investment));
        var grandTotal = (operatingTotal ?? budget.StatedOperatingTotal) + (investmentTotal ?? budget.StatedInvestmentTotal);
        var footer = new TableRow(new TableCell("Total"),
        [
            TotalCell(operatingTotal, budget.StatedOperatingTotal),
            TotalCell(investmentTotal, budget.StatedInvestmentTotal),
            .. lineTotals ? [TotalCell(grandTotal, null)] : Array.Empty<TableCell>(),
        ]);
        var year = budget.Year.ToString(CultureInfo.InvariantCulture);
        var title = budget.Title.Length > 0 ? budget.Title : $"Le budget {year} par politique publique";
        var notes = budget.Lines
            .Where(l => l.Operating?.IsGiven != true || l.Investment?.IsGiven != true)
            .Select(l => $"{l.Policy} : " + string.Join(" ; ",
                new[] { ("de fonctionnement", l.Operating), ("d'investissement", l.Investment) }
                    .Where(c => c.Item2?.IsGiven != true)
                    .Select(c => $"le montant {c.Item1} n'est pas communiqué{(c.Item2?.Note is { } note ? $" ({note.TrimEnd('.')})" : string.Empty)}")) + ".")
            .ToList();
        const string lead = "Les montants de fonctionnement et d'investissement de chaque politique publique, en euros. Un montant que la collectivité n'a pas communiqué est signalé comme tel\u00a0: il n'est pas compté comme zéro.";
        return new BudgetPage
        {
            Scripts = [context.Root.Href(SiteUrls.TablesScript)],
            Path = SiteUrls.Budget,
            Title = title,
            MenuKey = "budget",
            Breadcrumb = [context.Home, new Link(string.Empty, "Budget")],
            Lead = title.Contains(year, StringComparison.Ordinal) ? lead : $"Exercice {year}. {lead}",
            Chart = BudgetChart.Build(budget, title),
            Table = new TableView("tableau-budget", title + " (en euros)", ["Politique publique", "Fonctionnement", "Investissement", .. lineTotals ? ["Total"] : Array.Empty<string>()], rows, footer),
            Notes = notes,
        };
    }

    /// <summary>A total: the sum when every amount is given, else the total the report states, else « incomplet ».</summary>
    private static TableCell TotalCell(decimal? sum, decimal? stated) => (sum, stated) switch
    {
        ({ } known, _) => new TableCell(French.Euros(known), null, "num"),
        (null, { } given) => new TableCell(French.Euros(given) + " (total indiqué dans le rapport ; un montant n'est pas communiqué)", null, "num"),
        _ => new TableCell("incomplet (un montant n'est pas communiqué)", null, "num not-given"),
    };

    private static TableCell AmountCell(BudgetAmount? amount, string notGiven) =>
        amount?.Euros is { } euros ? new TableCell(French.Euros(euros), null, "num") : new TableCell(notGiven, null, "num not-given");

    private static decimal? Sum(IEnumerable<BudgetAmount?> amounts)
    {
        decimal total = 0;
        foreach (var amount in amounts)
        {
            if (amount?.Euros is not { } euros)
            {
                return null;
            }

            total += euros;
        }

        return total;
    }

    private static GlossaryPage Glossary(BuildContext context)
    {
        var entries = context.Report.Glossary
            .OrderBy(e => Codes.Normalize(e.Term), StringComparer.Ordinal)
            .Select(e => new GlossaryView(Anchors.GlossaryEntry(e.Term), e.Term, e.Expansion, e.Definition is null ? null : Html.Raw(context.Markdown.Render(e.Definition, 2, new AbbreviationScope()))))
            .ToList();
        var letters = entries.GroupBy(e => char.ToUpperInvariant(Codes.Normalize(e.Term).FirstOrDefault(char.IsLetterOrDigit)))
            .Select(g => new Link("#" + g.First().Anchor, g.Key.ToString()))
            .ToList();
        return new GlossaryPage
        {
            Path = SiteUrls.Glossary,
            Title = "Glossaire des sigles",
            Breadcrumb = [context.Home, new Link(string.Empty, "Glossaire")],
            Lead = FrenchCount.Of(entries.Count, "sigle est employé dans ce rapport.", "sigles sont employés dans ce rapport."),
            Letters = letters,
            Entries = entries,
        };
    }
}
