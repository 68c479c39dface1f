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

    /// <summary>A text with its first letter in upper case, as the French culture cases it (« la Ville » → « La Ville »).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, its first character upper-cased.</returns>
    /// <remarks>
    /// Read from the invariant culture's table for every character but the Turkish « İ » and « ı », the only ones the two
    /// cultures case differently: the first casing by the French culture costs a process some 54 million instructions,
    /// ICU building a collator to compare its casing with the invariant one (docs/performance.md#premiere-lettre).
    /// </remarks>
    public static string UpperFirst(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text
            : (IsTurkishI(text[0]) ? char.ToUpper(text[0], Culture) : char.ToUpperInvariant(text[0])) + text[1..];
    }

    /// <summary>A text with its first letter in lower case, as the French culture cases it (« Circulaire du 3 août 2011 » → « circulaire du 3 août 2011 »).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, its first character lower-cased.</returns>
    /// <remarks>Read as <see cref="UpperFirst"/> reads it.</remarks>
    public static string LowerFirst(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text
            : (IsTurkishI(text[0]) ? char.ToLower(text[0], Culture) : char.ToLowerInvariant(text[0])) + text[1..];
    }

    private static bool IsTurkishI(char c) => c is '\u0130' or '\u0131';
}
