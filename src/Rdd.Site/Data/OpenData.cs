using Rdd.Domain.Json;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;

namespace Rdd.Site.Data;

/// <summary>A published data file: its name, format, description, columns and content.</summary>
/// <param name="Name">The file name, under <c>donnees/</c>.</param>
/// <param name="Format">« JSON », « CSV », « JSON Schema ».</param>
/// <param name="Title">What it holds.</param>
/// <param name="Description">A sentence for the data page.</param>
/// <param name="Columns">For CSV, each column and its meaning.</param>
/// <param name="Bytes">The content.</param>
public sealed record DataFile(string Name, string Format, string Title, string Description, IReadOnlyList<DataColumn> Columns, byte[] Bytes);

/// <summary>A column of a CSV file and its meaning.</summary>
/// <param name="Name">The header.</param>
/// <param name="Description">What it holds.</param>
public sealed record DataColumn(string Name, string Description);

/// <summary>
/// The report as open data (loi pour une République numérique, CRPA art. L312-1-1: public data is published by
/// default): the canonical JSON with its schema, and CSV files of actions, key figures, budget, green budget and indicators.
/// </summary>
public static class OpenData
{
    /// <summary>The folder of the data files in the site.</summary>
    public const string Folder = "donnees";

    /// <summary>The file name of the JSON Schema, referenced by the JSON's <c>$schema</c>.</summary>
    public const string SchemaFile = "rapport.schema.json";

    /// <summary>Builds every data file of a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="actionUrl">The public address of an action, for the actions file; null to leave the column out.</param>
    /// <returns>The files, in the order the data page lists them.</returns>
    public static IReadOnlyList<DataFile> Build(Report report, Func<PlacedAction, string>? actionUrl = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var files = new List<DataFile>
        {
            new("rapport.json", "JSON", "Le rapport complet",
                "Le rapport dans sa forme JSON canonique (bibliothèque Rdd.Domain) : collectivité, parties, sections, actions, chiffres clés, budget, indicateurs, glossaire et stratégie.",
                [], ReportJson.SerializeToUtf8Bytes(report, SchemaFile)),
            new(SchemaFile, "JSON Schema", "Le schéma du rapport",
                "Le schéma JSON (norme JSON Schema, version 2020-12) qui décrit et valide rapport.json.",
                [], System.Text.Encoding.UTF8.GetBytes(ReportJson.Schema)),
            Actions(report, actionUrl),
            KeyFigures(report),
        };
        if (report.Budget is { } budget)
        {
            files.Add(Budget(budget));
        }

        if (report.GreenBudget is { } greenBudget)
        {
            files.Add(GreenBudgetData.Build(greenBudget));
        }

        if (report.Indicators.Count > 0)
        {
            files.Add(Indicators(report));
        }

        return files;
    }

    private static DataFile Actions(Report report, Func<PlacedAction, string>? actionUrl)
    {
        var taxonomies = TaxonomySet.For(report);
        List<DataColumn> columns =
        [
            new("partie", "Numéro de la partie : 1 politiques publiques, 2 fonctionnement interne, 3 modalités d'élaboration, de mise en œuvre et d'évaluation."),
            new("section", "Titre de la section."),
            new("id", "Identifiant stable de l'action."),
            new("titre", "Titre de l'action."),
            new("avancement", "Lancement, Poursuite, Renforcement, Renouvellement, Achèvement, En projet ; vide si le rapport ne le précise pas."),
            .. Finalities.All.Select(f => new DataColumn(f.Code, $"1 si l'action sert la finalité « {f.Label} », sinon 0.")),
            new("elements", "Éléments déterminants de la démarche illustrés, séparés par « | »."),
            new("termes", "Termes de la stratégie et ODD (référentiel:code), séparés par « | »."),
            new("termes_libelles", "Libellés de ces termes, séparés par « | »."),
            .. StrategyTaxonomies(taxonomies).Select(t => new DataColumn(t.Id, $"Codes des termes du référentiel « {t.Name} » auxquels l'action est rattachée, séparés par « | »."))
        ];
        if (actionUrl is not null)
        {
            columns.Add(new DataColumn("adresse", "Adresse de l'action sur le site."));
        }

        var csv = new Csv(columns.Select(c => c.Name));
        // The taxonomies with a column, by normalised id, found once rather than for every action.
        var strategyIds = StrategyTaxonomies(taxonomies).Select(t => Rdd.Domain.Codes.Normalize(t.Id)).ToList();
        foreach (var placed in report.AllActions())
        {
            var termTaxonomies = placed.Terms.Select(t => Rdd.Domain.Codes.Normalize(t.Taxonomy)).ToList();
            csv.Row(
            [
                ((int)placed.Part.Kind).ToString(System.Globalization.CultureInfo.InvariantCulture),
                placed.Section.Title,
                placed.Action.Id,
                placed.Action.Title,
                placed.Action.Progress?.FrenchLabel() ?? string.Empty,
                .. Finalities.All.Select(f => placed.Finalities.Contains(f.Code) ? "1" : "0"),
                string.Join('|', placed.GovernanceElements),
                string.Join('|', placed.Terms.Select(t => t.ToString())),
                string.Join('|', placed.Terms.Select(t => taxonomies.Resolve(t)?.Label ?? string.Empty)),
                .. strategyIds.Select(id => string.Join('|', placed.Terms.Where((_, i) => termTaxonomies[i] == id).Select(t => t.Code))),
                .. actionUrl is null ? Array.Empty<string>() : [actionUrl(placed)],
            ]);
        }

        return new DataFile("actions.csv", "CSV", "Les actions",
            "Une ligne par action, dans l'ordre du rapport, avec sa partie, sa section, son avancement et une colonne par finalité.",
            columns, csv.ToBytes());
    }

    /// <summary>The taxonomies that get a column of their own: the report's strategy and the ODD (finalités and elements have theirs).</summary>
    private static IEnumerable<ITaxonomy> StrategyTaxonomies(TaxonomySet taxonomies) =>
        taxonomies.All.Where(t => t.Id is not BuiltInTaxonomies.FinalitiesId and not BuiltInTaxonomies.GovernanceElementsId);

    private static DataFile KeyFigures(Report report)
    {
        DataColumn[] columns =
        [
            new("id", "Identifiant stable du chiffre."),
            new("theme", "Thème."),
            new("valeur", "Valeur (virgule décimale)."),
            new("unite", "Unité écrite après la valeur."),
            new("libelle", "Ce que compte la valeur."),
            new("approximation", "exact, plus de, moins de ou environ."),
            new("evolution", "baisse ou hausse quand la valeur est une évolution (la valeur en est alors l'ampleur, sans signe : « −52 % » s'écrit 52 et baisse) ; vide sinon."),
        ];
        var csv = new Csv(columns.Select(c => c.Name));
        foreach (var figure in report.KeyFigures)
        {
            csv.Row([figure.Id, figure.Theme, Csv.Number(figure.Value), figure.Unit, figure.Label, figure.Approximation switch
            {
                Approximation.AtLeast => "plus de",
                Approximation.AtMost => "moins de",
                Approximation.About => "environ",
                _ => "exact",
            }, figure.Change switch
            {
                Change.Decrease => "baisse",
                Change.Increase => "hausse",
                _ => string.Empty,
            }]);
        }

        return new DataFile("chiffres-cles.csv", "CSV", "Les chiffres clés", "Une ligne par chiffre clé du rapport.", columns, csv.ToBytes());
    }

    private static DataFile Budget(Budget budget)
    {
        DataColumn[] columns =
        [
            new("annee", "Année du budget."),
            new("id", "Identifiant stable de la politique publique."),
            new("politique", "Politique publique."),
            new("fonctionnement", "Montant de fonctionnement en euros ; vide s'il n'est pas communiqué (jamais 0 pour un montant inconnu)."),
            new("fonctionnement_communique", "oui si le montant de fonctionnement est communiqué, non sinon."),
            new("investissement", "Montant d'investissement en euros ; vide s'il n'est pas communiqué."),
            new("investissement_communique", "oui si le montant d'investissement est communiqué, non sinon."),
            new("note", "Remarque du rapport sur la ligne."),
        ];
        var csv = new Csv(columns.Select(c => c.Name));
        var year = budget.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var line in budget.Lines)
        {
            csv.Row([year, line.Id, line.Policy, Csv.Number(line.Operating?.Euros), Given(line.Operating), Csv.Number(line.Investment?.Euros), Given(line.Investment),
                line.Operating?.Note ?? line.Investment?.Note ?? string.Empty]);
        }

        return new DataFile("budget.csv", "CSV", "Le budget par politique publique", "Une ligne par politique publique, montants en euros.", columns, csv.ToBytes());
    }

    private static string Given(BudgetAmount? amount) => amount?.IsGiven == true ? "oui" : "non";

    private static DataFile Indicators(Report report)
    {
        DataColumn[] columns =
        [
            new("id", "Identifiant stable de l'indicateur, le même d'une année à l'autre."),
            new("libelle", "Ce qui est mesuré."),
            new("unite", "Unité."),
            new("annee", "Année de la valeur."),
            new("valeur", "Valeur (virgule décimale) ; vide si elle n'est pas mesurée."),
            new("cible", "Valeur cible."),
            new("annee_cible", "Année de la cible."),
            new("source", "Source des données."),
        ];
        var csv = new Csv(columns.Select(c => c.Name));
        foreach (var indicator in report.Indicators)
        {
            foreach (var point in indicator.Series.Where(p => p.Year != indicator.Year))
            {
                csv.Row([indicator.Id, indicator.Label, indicator.Unit, Year(point.Year), Csv.Number(point.Value), string.Empty, string.Empty, indicator.Source]);
            }

            csv.Row([indicator.Id, indicator.Label, indicator.Unit, Year(indicator.Year), Csv.Number(indicator.Value), Csv.Number(indicator.Target),
                indicator.TargetYear is { } y ? Year(y) : string.Empty, indicator.Source]);
        }

        return new DataFile("indicateurs.csv", "CSV", "Les indicateurs", "Une ligne par indicateur et par année (la série des années passées, puis l'année du rapport).", columns, csv.ToBytes());
    }

    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
