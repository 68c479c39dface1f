using NodaTime;

namespace Rdd.Domain.Law;

/// <summary>
/// The five finalités of Code de l'environnement, art. L110-1, III, in their 2010 (« Grenelle II ») wording.
/// </summary>
/// <remarks>
/// <para>
/// The decree of 2011 and every report the library knows refer to « cinq finalités » in the 2010 wording, so that
/// wording is each finalité's <see cref="Finality.Label"/>. Loi n° 2015-992 (in force on 19 August 2015) reworded the
/// paragraph as « cinq engagements » and replaced the fifth by « la transition vers une économie circulaire »:
/// that change is modelled as a dated wording (<see cref="Finality.LabelOn"/>).
/// </para>
/// <para>
/// A later extension of the second finalité (« … ainsi que la sauvegarde des services qu'ils fournissent et des
/// usages qui s'y rattachent ») is known only second-hand and without a checked date; it is deliberately not
/// modelled rather than dated by guess.
/// </para>
/// </remarks>
public static class Finalities
{
    private static readonly LocalDate EnergyTransitionInForce = new(2015, 8, 19);

    /// <summary>1. La lutte contre le changement climatique.</summary>
    public static Finality Climate { get; } = new("climat", 1, "La lutte contre le changement climatique", "Climat");

    /// <summary>2. La préservation de la biodiversité, des milieux et des ressources.</summary>
    public static Finality Biodiversity { get; } = new("biodiversite", 2, "La préservation de la biodiversité, des milieux et des ressources", "Biodiversité");

    /// <summary>3. La cohésion sociale et la solidarité entre les territoires et les générations.</summary>
    public static Finality Cohesion { get; } = new("cohesion", 3, "La cohésion sociale et la solidarité entre les territoires et les générations", "Cohésion sociale");

    /// <summary>4. L'épanouissement de tous les êtres humains.</summary>
    public static Finality Fulfilment { get; } = new("epanouissement", 4, "L'épanouissement de tous les êtres humains", "Épanouissement");

    /// <summary>5. Une dynamique de développement suivant des modes de production et de consommation responsables.</summary>
    public static Finality ResponsibleProduction { get; } = new("production", 5, "Une dynamique de développement suivant des modes de production et de consommation responsables", "Production et consommation responsables")
    {
        Wordings = [new DatedWording(EnergyTransitionInForce, "La transition vers une économie circulaire", LegalTexts.EnergyTransitionLaw2015)],
    };

    /// <summary>The five finalités in the order of the article.</summary>
    public static IReadOnlyList<Finality> All { get; } = ValueList.Of(Climate, Biodiversity, Cohesion, Fulfilment, ResponsibleProduction);

    /// <summary>Finds a finalité by its code, ignoring case and accents (« biodiversité » finds <c>biodiversite</c>).</summary>
    /// <param name="code">The code to look up.</param>
    /// <returns>The finalité, or null when no finalité has that code.</returns>
    public static Finality? Find(string? code)
    {
        var key = Codes.Normalize(code);
        return All.FirstOrDefault(f => f.Code == key);
    }
}
