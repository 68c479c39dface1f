using System.Globalization;
using Rdd.Domain.Reports;

namespace Rdd.Site.Data;

/// <summary>The statement « Impact du budget pour la transition écologique » as a CSV file: one row per expenditure and per axis.</summary>
internal static class GreenBudgetData
{
    public const string FileName = "budget-vert.csv";

    public static IReadOnlyList<DataColumn> Columns { get; } =
    [
        new("exercice", "Exercice dont le compte administratif ou le compte financier unique porte l'état annexé."),
        new("id", "Identifiant stable de la dépense."),
        new("libelle", "Ce qu'est la dépense."),
        new("compte", "Compte de la nomenclature M57\u00a0; vide s'il n'est pas indiqué."),
        new("fonction", "Fonction de la présentation fonctionnelle\u00a0; vide si elle n'est pas indiquée."),
        new("montant", "Montant exécuté, en euros (virgule décimale)."),
        new("axe", "Numéro de l'axe environnemental (1 atténuation du changement climatique, 2 adaptation et risques naturels, 3 ressources en eau, 4 économie circulaire et déchets, 5 pollutions de l'air et des sols, 6 biodiversité et espaces naturels)."),
        new("axe_libelle", "Libellé de l'axe."),
        new("classe", "Classe de la dépense sur l'axe\u00a0: tres-favorable, favorable, neutre, defavorable, ou non-cote quand la collectivité déclare ne pas l'avoir cotée."),
    ];

    /// <summary>The CSV file; a line not rated on an axis has no row for it (it is not « non coté »).</summary>
    public static DataFile Build(GreenBudget statement)
    {
        var csv = new Csv(Columns.Select(c => c.Name));
        var year = statement.FinancialYear.ToString(CultureInfo.InvariantCulture);
        foreach (var line in statement.Lines.Where(l => l is not null))
        {
            foreach (var rating in line.Ratings.Where(r => r is not null).OrderBy(r => r.Axis))
            {
                csv.Row([year, line.Id, line.Label, line.Account ?? string.Empty, line.Function ?? string.Empty, Csv.Number(line.Amount),
                    rating.Axis.Number().ToString(CultureInfo.InvariantCulture), rating.Axis.FrenchLabel(), rating.Rating.Code()]);
            }
        }

        return new DataFile(FileName, "CSV", "L'impact du budget pour la transition écologique (budget vert)",
            "Une ligne par dépense d'investissement et par axe environnemental coté, avec sa classe, telle que l'état annexé aux comptes la donne.",
            Columns, csv.ToBytes());
    }
}
