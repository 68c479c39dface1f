using NodaTime;
using Rdd.Domain.Reports;

namespace Rdd.Domain.Law;

/// <summary>
/// The legal provisions of the statement « Impact du budget pour la transition écologique » (the « budget vert »),
/// as dated data.
/// </summary>
/// <remarks>
/// The law and the decree were read through the decree's notice (a copy of the Journal officiel of 17 July 2024) and
/// commentaries that quote them; the list of accounts for 2024 and the wording of the classes were not checked
/// against the Journal officiel word for word, so those facts carry <see cref="SourceCertainty.SecondHand"/>.
/// </remarks>
public static class GreenBudgetTexts
{
    /// <summary>Loi n° 2023-1322 du 29 décembre 2023 de finances pour 2024, article 191: creates the statement.</summary>
    public static LegalBasis FinanceLaw2024Article191 { get; } = new(
        "Loi n° 2023-1322 du 29 décembre 2023, art. 191",
        "Le compte administratif ou le compte financier unique des collectivités territoriales, de leurs groupements et des établissements publics locaux de plus de 3\u202f500 habitants qui appliquent le référentiel budgétaire et comptable M57, de la ville de Paris, de la métropole de Lyon, de la collectivité de Corse et des collectivités territoriales de Martinique et de Guyane comporte un état annexé intitulé «\u00a0Impact du budget pour la transition écologique\u00a0».",
        "Loi n° 2023-1322 du 29 décembre 2023 de finances pour 2024",
        new LocalDate(2023, 12, 29),
        SourceCertainty.SecondHand);

    /// <summary>Décret du 16 juillet 2024 (NOR ECOE2416708D), JORF du 17 juillet 2024: the schedule and the axes.</summary>
    public static LegalBasis Decree2024 { get; } = new(
        "Décret du 16 juillet 2024, NOR ECOE2416708D",
        "À compter de l'exercice 2024, l'état présente les dépenses d'investissement exécutées sur une liste de comptes de la M57 au regard de l'axe 1 (atténuation du changement climatique)\u00a0; à compter de l'exercice 2025, l'ensemble des dépenses réelles d'investissement (M57 et M4) au regard des axes 1 et 6 (biodiversité)\u00a0; l'extension aux six axes à compter de l'exercice 2027 reste subordonnée au bilan prévu par la loi et à la publication de la méthode.",
        "Décret du 16 juillet 2024 pris en application de l'article 191 de la loi n° 2023-1322 du 29 décembre 2023 de finances pour 2024",
        new LocalDate(2024, 7, 16));

    /// <summary>The classes of the rating (« très favorable » … « non coté »): commentaries of the decree and the I4CE method; the decree's wording not checked.</summary>
    public static LegalBasis RatingClasses { get; } = new(
        "Décret du 16 juillet 2024, NOR ECOE2416708D\u00a0; méthode I4CE d'évaluation climat des budgets des collectivités",
        "Chaque dépense est cotée sur chaque axe\u00a0: très favorable, favorable, neutre, défavorable, ou non cotée.",
        "Commentaires du décret et méthode I4CE (liste des classes non vérifiée mot à mot dans le décret)",
        new LocalDate(2024, 7, 16),
        SourceCertainty.SecondHand);

    /// <summary>The first financial year the statement is due for.</summary>
    public const int FirstFinancialYear = 2024;

    /// <summary>The first financial year axes 1 and 6 are both due for, on all real investment expenditure.</summary>
    public const int BiodiversityFinancialYear = 2025;

    /// <summary>The first financial year the six axes are planned for, if the method is published.</summary>
    public const int AllAxesFinancialYear = 2027;

    /// <summary>The population the authorities without a statute of their own must exceed (« plus de 3 500 habitants »).</summary>
    public const int PopulationAbove = 3_500;
}

/// <summary>The answer to « must this authority annex the statement « Impact du budget pour la transition écologique » to its accounts of a financial year? ».</summary>
/// <param name="IsObliged">Whether the statement is due (provided, for the authorities the 3 500-inhabitant threshold concerns, that they apply the M57).</param>
/// <param name="FinancialYear">The financial year assessed.</param>
/// <param name="Explanation">Why, in French, citing the texts.</param>
/// <param name="RequiredAxes">The axes every line must be rated on when the statement is due; empty otherwise.</param>
/// <param name="PlannedAxes">The axes the decree plans from 2027 if the method is published: allowed, not yet required.</param>
public sealed record GreenBudgetObligation(bool IsObliged, int FinancialYear, string Explanation, IReadOnlyList<EnvironmentalAxis> RequiredAxes, IReadOnlyList<EnvironmentalAxis> PlannedAxes)
{
    /// <summary>The legal bases of the answer.</summary>
    public IReadOnlyList<LegalBasis> LegalBases { get; } = ValueList.Of(GreenBudgetTexts.FinanceLaw2024Article191, GreenBudgetTexts.Decree2024);
}
