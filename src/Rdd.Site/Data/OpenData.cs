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

/// <summary>A column of a CSV file, its meaning and its Table Schema type (see <see cref="DataPackage"/>).</summary>
/// <param name="Name">The header.</param>
/// <param name="Description">What it holds.</param>
/// <param name="Type">Its Table Schema type: <see cref="DataTypes"/>.</param>
public sealed record DataColumn(string Name, string Description, string Type = DataTypes.Text)
{
    /// <summary>Whether every row has a value (Table Schema constraint <c>required</c>).</summary>
    public bool Required { get; init; }

    /// <summary>The only values a cell may hold, when they are a closed list (constraint <c>enum</c>).</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>A regular expression every value matches (constraint <c>pattern</c>).</summary>
    public string? Pattern { get; init; }
}

/// <summary>The Table Schema types of the CSV columns, as <see cref="Csv"/> writes their cells.</summary>
public static class DataTypes
{
    /// <summary>Any text.</summary>
    public const string Text = "string";

    /// <summary>A whole number, digits only.</summary>
    public const string Integer = "integer";

    /// <summary>A number with a decimal comma and no thousands separator (<see cref="Csv.Number"/>).</summary>
    public const string Number = "number";

    /// <summary>A year, four digits.</summary>
    public const string Year = "year";

    /// <summary>« oui » or « non ».</summary>
    public const string YesNo = "boolean";
}

/// <summary>
/// The report as open data (loi pour une République numérique, CRPA art. L312-1-1: public data is published by
/// default): the canonical JSON with its schema, CSV files of actions, key figures, budget, green budget and
/// indicators, and the Data Package that describes them all (<see cref="DataPackage"/>).
/// </summary>
public static class OpenData
{
    /// <summary>The folder of the data files in the site.</summary>
    public const string Folder = "donnees";

    /// <summary>The file name of the JSON Schema, referenced by the JSON's <c>$schema</c>.</summary>
    public const string SchemaFile = "rapport.schema.json";

    /// <summary>The licence of the data when site.yml names none.</summary>
    public const string DefaultLicence = Content.SiteSettings.DefaultLicence;

    /// <summary>Builds every data file of a report, the Data Package that describes the others last.</summary>
    /// <param name="report">The report.</param>
    /// <param name="licence">The licence of the data, as site.yml names it.</param>
    /// <param name="actionUrl">The public address of an action, for the actions file; null to leave the column out.</param>
    /// <param name="homepage">The public address of the data page, when the site's address is known.</param>
    /// <returns>The files, in the order the data page lists them.</returns>
    public static IReadOnlyList<DataFile> Build(Report report, string licence = DefaultLicence, Func<PlacedAction, string>? actionUrl = null, string? homepage = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(licence);
        var files = Files(report, actionUrl);
        files.Add(DataPackage.Build(report, licence, files, homepage));
        return files;
    }

    private static List<DataFile> Files(Report report, Func<PlacedAction, string>? actionUrl)
    {
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
            files.Add(Budget(report, budget));
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
            new("partie", "Numéro de la partie : 1 politiques publiques, 2 fonctionnement interne, 3 modalités d'élaboration, de mise en œuvre et d'évaluation.", DataTypes.Integer) { Required = true, Choices = ["1", "2", "3"] },
            new("section", "Titre de la section.") { Required = true },
            new("id", "Identifiant stable de l'action.") { Required = true },
            new("titre", "Titre de l'action.") { Required = true },
            new("avancement", "Lancement, Poursuite, Renforcement, Renouvellement, Achèvement, En projet ; vide si le rapport ne le précise pas.")
            {
                Choices = [.. Enum.GetValues<Progress>().Select(p => p.FrenchLabel())],
            },
            .. Finalities.All.Select(f => new DataColumn(f.Code, $"1 si l'action sert la finalité « {f.Label} », sinon 0.", DataTypes.Integer) { Required = true, Choices = ["0", "1"] }),
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
            new("id", "Identifiant stable du chiffre.") { Required = true },
            new("theme", "Thème."),
            new("valeur", "Valeur (virgule décimale).", DataTypes.Number) { Required = true },
            new("unite", "Unité écrite après la valeur."),
            new("libelle", "Ce que compte la valeur."),
            new("approximation", "exact, plus de, moins de ou environ.") { Required = true, Choices = ["exact", "plus de", "moins de", "environ"] },
            new("evolution", "baisse ou hausse quand la valeur est une évolution (la valeur en est alors l'ampleur, sans signe : « −52 % » s'écrit 52 et baisse) ; vide sinon.") { Choices = ["baisse", "hausse"] },
            .. PublisherColumns,
        ];
        var csv = new Csv(columns.Select(c => c.Name));
        var publisher = Publisher(report);
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
            }, .. publisher]);
        }

        return new DataFile("chiffres-cles.csv", "CSV", "Les chiffres clés", "Une ligne par chiffre clé du rapport.", columns, csv.ToBytes());
    }

    private static DataFile Budget(Report report, Budget budget)
    {
        DataColumn[] columns =
        [
            new("annee", "Année du budget.", DataTypes.Year) { Required = true },
            new("id", "Identifiant stable de la politique publique.") { Required = true },
            new("politique", "Politique publique.") { Required = true },
            new("fonctionnement", "Montant de fonctionnement en euros ; vide s'il n'est pas communiqué (jamais 0 pour un montant inconnu).", DataTypes.Number),
            new("fonctionnement_communique", "oui si le montant de fonctionnement est communiqué, non sinon.", DataTypes.YesNo) { Required = true },
            new("investissement", "Montant d'investissement en euros ; vide s'il n'est pas communiqué.", DataTypes.Number),
            new("investissement_communique", "oui si le montant d'investissement est communiqué, non sinon.", DataTypes.YesNo) { Required = true },
            new("note", "Remarque du rapport sur la ligne."),
            .. PublisherColumns,
        ];
        var csv = new Csv(columns.Select(c => c.Name));
        var year = budget.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var publisher = Publisher(report);
        foreach (var line in budget.Lines)
        {
            csv.Row([year, line.Id, line.Policy, Csv.Number(line.Operating?.Euros), Given(line.Operating), Csv.Number(line.Investment?.Euros), Given(line.Investment),
                line.Operating?.Note ?? line.Investment?.Note ?? string.Empty, .. publisher]);
        }

        return new DataFile("budget.csv", "CSV", "Le budget par politique publique", "Une ligne par politique publique, montants en euros.", columns, csv.ToBytes());
    }

    private static string Given(BudgetAmount? amount) => amount?.IsGiven == true ? "oui" : "non";

    private static DataFile Indicators(Report report)
    {
        DataColumn[] columns =
        [
            new("id", "Identifiant stable de l'indicateur, le même d'une année à l'autre.") { Required = true },
            new("libelle", "Ce qui est mesuré.") { Required = true },
            new("unite", "Unité."),
            new("annee", "Année de la valeur.", DataTypes.Year) { Required = true },
            new("valeur", "Valeur (virgule décimale) ; vide si elle n'est pas mesurée.", DataTypes.Number),
            new("cible", "Valeur cible.", DataTypes.Number),
            new("annee_cible", "Année de la cible.", DataTypes.Year),
            new("source", "Source des données."),
            .. PublisherColumns,
        ];
        var csv = new Csv(columns.Select(c => c.Name));
        var publisher = Publisher(report);
        foreach (var indicator in report.Indicators)
        {
            foreach (var point in indicator.Series.Where(p => p.Year != indicator.Year))
            {
                csv.Row([indicator.Id, indicator.Label, indicator.Unit, Year(point.Year), Csv.Number(point.Value), string.Empty, string.Empty, indicator.Source, .. publisher]);
            }

            csv.Row([indicator.Id, indicator.Label, indicator.Unit, Year(indicator.Year), Csv.Number(indicator.Value), Csv.Number(indicator.Target),
                indicator.TargetYear is { } y ? Year(y) : string.Empty, indicator.Source, .. publisher]);
        }

        return new DataFile("indicateurs.csv", "CSV", "Les indicateurs", "Une ligne par indicateur et par année (la série des années passées, puis l'année du rapport).", columns, csv.ToBytes());
    }

    /// <summary>
    /// The last two columns of the key figures, budget and indicators files: the report's year and the publisher's
    /// SIRET on every row, so that the files of several years or authorities concatenate into one table. They come
    /// last, so that the columns of earlier files keep their positions.
    /// </summary>
    private static readonly DataColumn[] PublisherColumns =
    [
        new("annee_rapport", "Année dont rend compte le rapport qui publie la ligne, la même sur toutes les lignes : les fichiers de plusieurs années ou de plusieurs collectivités se mettent ainsi bout à bout.", DataTypes.Year) { Required = true },
        new("siret", "SIRET (14 chiffres) de la collectivité qui publie la ligne ; vide s'il n'est pas indiqué.") { Pattern = "^[0-9]{14}$" },
    ];

    private static string[] Publisher(Report report) => [Year(report.Year), report.Authority.Siret ?? string.Empty];

    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
