using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Rdd.Domain;

namespace Rdd.Site.Content;

/// <summary>
/// Numbers and dates as authors write them in French, and the form the content format wants instead: the number the
/// message proposes is the one the author meant (« 2,4 M€ » → 2400000, « 850 000 € » → 850000, « 15/01/2026 » → 2026-01-15).
/// </summary>
internal static partial class NumberText
{
    /// <summary>The text of a number or a date without what Word adds: wrapping quotes, and a dash or minus sign (– −) typed as a minus.</summary>
    public static string Clean(string raw)
    {
        var text = WordTypography.Unquote(raw.Trim(), guillemets: true);
        return text.Length > 1 && WordTypography.IsDash(text[0]) ? "-" + text[1..] : text;
    }

    /// <summary>
    /// When <paramref name="text"/> reads as a number with a thousands point (« 1.850 », « 12.500 »), what to write for
    /// either meaning; null when the number is not ambiguous.
    /// </summary>
    public static string? LikelyThousands(string text, decimal value)
    {
        if (!ThousandsPoint().IsMatch(text))
        {
            return null;
        }

        var thousands = decimal.Parse(text.Replace(".", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var shortest = Invariant(value);
        var unambiguous = shortest.Length < text.Length ? shortest : text + "0";
        return $"S'il s'agit de {French.Number(thousands)}, écrivez {Invariant(thousands)} ; s'il s'agit bien de {French.Number(value)}, écrivez {unambiguous}.";
    }

    /// <summary>How to write <paramref name="raw"/> as a number, as a sentence starting with a space; empty when no reading is found.</summary>
    /// <param name="raw">The value as written.</param>
    /// <param name="unitKey">Whether the mapping has a « unite » key, where a unit written with the number goes.</param>
    /// <param name="euros">Whether the number is an amount in euros.</param>
    /// <param name="integer">Whether a whole number is expected: then « 62.000 » is sixty-two thousand.</param>
    public static string Hint(string raw, bool unitKey, bool euros, bool integer = false)
    {
        var text = Clean(raw);
        if (integer && ThousandsPoints().IsMatch(text))
        {
            return $" Écrivez les nombres sans séparateur des milliers : {text.Replace(".", string.Empty, StringComparison.Ordinal)}.";
        }

        var match = WithUnit().Match(text);
        if (!match.Success || ReadDigits(match.Groups["number"].Value) is not { } number)
        {
            return string.Empty;
        }

        var unit = match.Groups["unit"].Value.Trim();
        var factor = Factor(unit);
        decimal result;
        try
        {
            result = number * factor;
        }
        catch (OverflowException)
        {
            return string.Empty;
        }

        var digits = match.Groups["number"].Value;
        var written = Invariant(result);
        if (unit.Length > 0)
        {
            var where = unitKey
                ? factor == 1 ? " ; l'unité s'écrit à part, dans « unite: »" : $" (ou {Invariant(number)} avec « unite: {unit} »)"
                : euros ? " ; les montants s'écrivent en euros" : string.Empty;
            return $" Écrivez le nombre seul, sans unité ni espace, avec un point décimal : {written}{where}.";
        }

        if (digits.Any(c => char.IsWhiteSpace(c) || WordTypography.IsOtherSpace(c)))
        {
            return $" Écrivez les nombres sans espace : {written}.";
        }

        return digits.Contains(',', StringComparison.Ordinal) ? $" Utilisez un point décimal : {written}." : $" Écrivez : {written}.";
    }

    /// <summary>A date written the French way (15/01/2026, 15.01.2026, 15-01-2026, 15 janvier 2026), or null.</summary>
    public static LocalDate? FrenchDate(string raw)
    {
        var text = Clean(raw);
        var numeric = NumericDate().Match(text);
        int day, month, year;
        if (numeric.Success)
        {
            day = int.Parse(numeric.Groups["day"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(numeric.Groups["month"].Value, CultureInfo.InvariantCulture);
            year = int.Parse(numeric.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else if (WordDate().Match(text) is { Success: true } words
            && Array.IndexOf(Months, Codes.Normalize(words.Groups["month"].Value)) is var index and >= 0)
        {
            day = words.Groups["day"].Value is "1er" ? 1 : int.Parse(words.Groups["day"].Value, CultureInfo.InvariantCulture);
            month = index + 1;
            year = int.Parse(words.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            return null;
        }

        year = year < 100 ? 2000 + year : year;
        return month is >= 1 and <= 12 && year is >= 1900 and <= 2999 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;
    }

    private static readonly string[] Months = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];

    /// <summary>The digits of a number written with spaces, a decimal comma or thousands points; null when they are not a number.</summary>
    private static decimal? ReadDigits(string digits)
    {
        var compact = new string(digits.Where(c => !char.IsWhiteSpace(c) && !WordTypography.IsOtherSpace(c) && c != '\'').ToArray());
        var comma = compact.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            // 1.850,5: points group the thousands, the comma is the decimal separator.
            compact = compact.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }
        else if (compact.Count(c => c == '.') > 1)
        {
            compact = compact.Replace(".", string.Empty, StringComparison.Ordinal);
        }

        return decimal.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static decimal Factor(string unit) => Codes.Normalize(unit).Replace('’', '\'') switch
    {
        "k€" or "keur" or "milliers-d'euros" or "milliers-€" => 1_000m,
        "m€" or "meur" or "million-d'euros" or "millions-d'euros" or "million-€" or "millions-€" or "millions" or "million" => 1_000_000m,
        "md€" or "mds€" or "g€" or "milliard-d'euros" or "milliards-d'euros" or "milliard-€" or "milliards-€" or "milliards" or "milliard" => 1_000_000_000m,
        _ => 1m,
    };

    private static string Invariant(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    // 1.850, -12.500: one to three digits, not starting with 0, a point, three digits.
    [GeneratedRegex(@"^[-+]?[1-9][0-9]{0,2}\.[0-9]{3}$")]
    private static partial Regex ThousandsPoint();

    // 62.000, 1.250.000: points between groups of three digits.
    [GeneratedRegex(@"^[-+]?[1-9][0-9]{0,2}(\.[0-9]{3})+$")]
    private static partial Regex ThousandsPoints();

    // A number written with spaces, commas or points, then perhaps a unit: « 2,4 M€ », « 850 000 € », « -30 % », « 12 km ».
    [GeneratedRegex(@"^(?<number>[-+]?[0-9][0-9\s\u00A0\u202F\u2009'.,]*?)\s*(?<unit>(?:[%€a-zA-Zé'’ ]|\u00A0|\u202F)*)$")]
    private static partial Regex WithUnit();

    [GeneratedRegex(@"^(?<day>[0-9]{1,2})\s*[/.\-]\s*(?<month>[0-9]{1,2})\s*[/.\-]\s*(?<year>[0-9]{2}|[0-9]{4})$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?<day>1er|[0-9]{1,2})\s+(?<month>[\p{L}]+)\s+(?<year>[0-9]{4})$")]
    private static partial Regex WordDate();
}
