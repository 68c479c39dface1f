using Rdd.Domain.Reports;

namespace Rdd.Site.Content;

/// <summary>The shapes of <c>budget-vert.yml</c>, the statement « Impact du budget pour la transition écologique » (see content/README.md).</summary>
internal static class GreenBudgetShapes
{
    /// <summary>The class codes an author writes, from the most to the least favourable, « non-cote » last.</summary>
    public static readonly IReadOnlyList<string> RatingCodes = [.. GreenBudgetWording.Ratings.Select(r => r.Code())];

    public static readonly IReadOnlyList<string> AxisCodes = [.. GreenBudgetWording.Axes.Select(a => a.Code())];

    public static readonly Shape Ratings = new("axes", "La classe de la dépense sur chaque axe coté.",
        [.. GreenBudgetWording.Axes.Select(axis => new Field(Key(axis), ValueKind.Text,
            $"Axe {axis.Number()} ({axis.FrenchLabel()})\u00a0: tres-favorable, favorable, neutre, defavorable ou non-cote.") { Choices = RatingCodes })]);

    public static readonly Shape Line = new("depense", "Une dépense d'investissement de l'état annexé.",
    [
        new("id", ValueKind.Text, "Identifiant stable, unique dans le fichier.", Required: true) { Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$" },
        new("libelle", ValueKind.Text, "Ce qu'est la dépense («\u00a0Rénovation énergétique des écoles\u00a0»).", Required: true),
        new("montant", ValueKind.Number, "Montant exécuté, en euros (point décimal, sans espace).", Required: true),
        new("compte", ValueKind.Text, "Compte de la nomenclature M57 («\u00a021312\u00a0»), entre guillemets."),
        new("fonction", ValueKind.Text, "Fonction de la présentation fonctionnelle, entre guillemets."),
        new("axes", ValueKind.Object, "La classe de la dépense sur chaque axe\u00a0: l'axe 1 (attenuation) pour l'exercice 2024, les axes 1 et 6 (biodiversite) à partir de 2025.", Required: true) { Item = Ratings },
    ]);

    public static readonly Shape Total = new("total", "Un total de l'état\u00a0: les dépenses d'une classe sur un axe.",
    [
        new("axe", ValueKind.Text, "L'axe\u00a0: attenuation, adaptation, eau, economie-circulaire, pollutions ou biodiversite.", Required: true) { Choices = AxisCodes },
        new("classe", ValueKind.Text, "La classe\u00a0: tres-favorable, favorable, neutre, defavorable ou non-cote.", Required: true) { Choices = RatingCodes },
        new("montant", ValueKind.Number, "Le total en euros, tel que l'état l'écrit.", Required: true),
    ]);

    public static readonly Shape GreenBudget = new("budget-vert.yml", "L'état «\u00a0Impact du budget pour la transition écologique\u00a0» annexé aux comptes d'un exercice.",
    [
        new("exercice", ValueKind.Integer, "Exercice dont le compte administratif ou le compte financier unique porte l'état (le dernier clos\u00a0: d'ordinaire l'année du rapport moins un).", Required: true),
        new("titre", ValueKind.Text, "Titre de l'état."),
        new("lignes", ValueKind.ObjectList, "Une ligne par dépense, avec sa classe sur chaque axe.", Required: true) { Item = Line },
        new("totaux", ValueKind.ObjectList, "Les totaux par axe et par classe, s'ils sont indiqués dans l'état.") { Item = Total },
    ]);

    /// <summary>The key an author writes for an axis (« attenuation », « economie_circulaire »).</summary>
    public static string Key(EnvironmentalAxis axis) => axis.Code().Replace('-', '_');
}
