using System.Globalization;
using Rdd.Domain.Reports;

namespace Rdd.Domain.Law;

public static partial class Obligations
{
    /// <summary>
    /// The axes every line of the statement « Impact du budget pour la transition écologique » must be rated on for a
    /// financial year: none before 2024, axis 1 in 2024, axes 1 and 6 from 2025 (décret du 16 juillet 2024).
    /// </summary>
    /// <param name="financialYear">The financial year of the accounts the statement is annexed to.</param>
    /// <returns>The required axes, in the decree's order.</returns>
    /// <remarks>
    /// The decree plans all six axes from 2027 only once the method is published; the library does not require them
    /// (<see cref="GreenBudgetObligation.PlannedAxes"/>) and accepts a statement that rates more axes than required.
    /// </remarks>
    public static IReadOnlyList<EnvironmentalAxis> GreenBudgetAxesRequired(int financialYear) => financialYear switch
    {
        < GreenBudgetTexts.FirstFinancialYear => ValueList<EnvironmentalAxis>.Empty,
        < GreenBudgetTexts.BiodiversityFinancialYear => ValueList.Of(EnvironmentalAxis.ClimateMitigation),
        _ => ValueList.Of(EnvironmentalAxis.ClimateMitigation, EnvironmentalAxis.Biodiversity),
    };

    /// <summary>
    /// Answers whether an authority must annex the statement « Impact du budget pour la transition écologique » to its
    /// compte administratif or compte financier unique of <paramref name="financialYear"/> (loi n° 2023-1322, art. 191;
    /// décret du 16 juillet 2024).
    /// </summary>
    /// <param name="kind">The kind of authority.</param>
    /// <param name="population">Its population.</param>
    /// <param name="financialYear">The financial year of the accounts.</param>
    /// <returns>The assessment: the answer, the axes required and the explanation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="population"/> is negative.</exception>
    /// <remarks>
    /// This obligation is distinct from the report's: a commune of 30 000 inhabitants presents no sustainable-development
    /// report but annexes the statement. The law concerns authorities « qui appliquent » the M57 framework; the library
    /// does not know an authority's framework, so its answer for communes, EPCI, départements and régions holds on that
    /// condition, which the explanation states. The métropole de Lyon, the collectivité de Corse and the collectivités of
    /// Martinique and Guyane are named by the law whatever their population; the ville de Paris is a commune of more
    /// than 3 500 inhabitants. Other public bodies (syndicats, CCAS, SDIS…) may be concerned but are not modelled.
    /// </remarks>
    public static GreenBudgetObligation AssessGreenBudget(AuthorityKind kind, int population, int financialYear)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        var texts = $"{GreenBudgetTexts.FinanceLaw2024Article191.Reference}\u00a0; {GreenBudgetTexts.Decree2024.Reference}";
        var year = financialYear.ToString(CultureInfo.InvariantCulture);
        var statement = "l'état «\u00a0Impact du budget pour la transition écologique\u00a0»";
        if (kind == AuthorityKind.Other)
        {
            return new GreenBudgetObligation(false, financialYear,
                $"La bibliothèque ne sait pas dire si cet organisme doit annexer à ses comptes {statement}\u00a0: la loi vise aussi des établissements publics locaux de plus de 3\u202f500 habitants appliquant la M57, que Rdd ne distingue pas ({texts}).",
                ValueList<EnvironmentalAxis>.Empty, ValueList<EnvironmentalAxis>.Empty);
        }

        if (financialYear < GreenBudgetTexts.FirstFinancialYear)
        {
            return new GreenBudgetObligation(false, financialYear,
                $"{CapitalizeFirst(statement)} n'est dû qu'à compter des comptes de l'exercice {GreenBudgetTexts.FirstFinancialYear.ToString(CultureInfo.InvariantCulture)} ({texts}).",
                ValueList<EnvironmentalAxis>.Empty, ValueList<EnvironmentalAxis>.Empty);
        }

        // The threshold concerns the kinds of ordinary law; every authority with a statute of its own (métropole de Lyon,
        // Corse, and Martinique and Guyane where the library knows them) is named by the law.
        var named = kind is not (AuthorityKind.Commune or AuthorityKind.Intercommunality or AuthorityKind.Department or AuthorityKind.Region);
        var threshold = GreenBudgetTexts.PopulationAbove.ToString("N0", French.Culture);
        if (!named && population <= GreenBudgetTexts.PopulationAbove)
        {
            return new GreenBudgetObligation(false, financialYear,
                $"{CapitalizeFirst(kind.FrenchLabelWithArticle())} de {population.ToString("N0", French.Culture)} habitants n'atteint pas le seuil de plus de {threshold} habitants\u00a0: {statement} n'est pas obligatoire pour ses comptes de l'exercice {year}, mais il reste possible ({texts}).",
                ValueList<EnvironmentalAxis>.Empty, ValueList<EnvironmentalAxis>.Empty);
        }

        var required = GreenBudgetAxesRequired(financialYear);
        var planned = financialYear >= GreenBudgetTexts.AllAxesFinancialYear
            ? ValueList.From(GreenBudgetWording.Axes.Except(required))
            : ValueList<EnvironmentalAxis>.Empty;
        var who = named
            ? $"{CapitalizeFirst(kind.FrenchLabelWithArticle())}, nommée par la loi,"
            : $"{CapitalizeFirst(kind.FrenchLabelWithArticle())} de plus de {threshold} habitants, {(IsFeminine(kind) ? "si elle" : "s'il")} applique le référentiel budgétaire et comptable M57,";
        var scope = financialYear < GreenBudgetTexts.BiodiversityFinancialYear
            ? "les dépenses d'investissement exécutées sur les comptes de la M57 que liste le décret, cotées sur l'axe 1 (atténuation du changement climatique)"
            : "l'ensemble de ses dépenses réelles d'investissement, cotées sur les axes 1 (atténuation du changement climatique) et 6 (biodiversité)";
        var later = planned.Count > 0 ? " Les quatre autres axes sont prévus à partir de l'exercice 2027, sous réserve de la publication de leur méthode." : string.Empty;
        return new GreenBudgetObligation(true, financialYear,
            $"{who} annexe à son compte administratif ou à son compte financier unique de l'exercice {year} {statement}\u00a0: {scope} ({texts}).{later}",
            required, planned);
    }

    private static string CapitalizeFirst(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static bool IsFeminine(AuthorityKind kind) =>
        kind.FrenchLabelWithArticle().StartsWith("une ", StringComparison.Ordinal) || kind.FrenchLabelWithArticle().StartsWith("la ", StringComparison.Ordinal);
}
