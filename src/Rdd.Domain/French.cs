using System.Globalization;
using NodaTime;

namespace Rdd.Domain;

/// <summary>French formatting shared by messages and pages.</summary>
public static class French
{
    /// <summary>The fr-FR culture (narrow no-break space as thousands separator, decimal comma).</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Formats a number the French way, without needless decimals (« 1 850 », « 2,4 », « −30 »).</summary>
    /// <param name="value">The number.</param>
    /// <returns>The formatted number; a negative one starts with the minus sign U+2212, not a hyphen.</returns>
    public static string Number(decimal value)
    {
        var magnitude = Math.Abs(value).ToString("#,0.##########", Culture);
        return value < 0 && magnitude != "0" ? "\u2212" + magnitude : magnitude;
    }

    /// <summary>Formats an amount in euros (« 7 737 580 € »).</summary>
    /// <param name="euros">The amount.</param>
    /// <returns>The formatted amount.</returns>
    public static string Euros(decimal euros) => Number(euros) + "\u00a0€";

    /// <summary>Formats a date as French running text writes it (« 1er janvier 2025 », « 15 janvier 2025 »).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The formatted date.</returns>
    public static string Date(LocalDate date) =>
        (date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture)) + date.ToString(" MMMM yyyy", Culture);
}
