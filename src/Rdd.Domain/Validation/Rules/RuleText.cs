using System.Globalization;
using Rdd.Domain.Reports;

namespace Rdd.Domain.Validation.Rules;

/// <summary>French wording shared by the built-in rules' messages.</summary>
internal static class RuleText
{
    /// <summary>The most candidates an « unknown code » message lists when it has no near suggestion.</summary>
    private const int MaxListed = 12;

    /// <summary>A text as the report gives it, or the empty string for a missing one.</summary>
    public static string Of(string? text) => text ?? string.Empty;

    /// <summary>The number of a part, as an invariant string (« 1 », « 2 », « 3 »).</summary>
    public static string PartId(PartKind kind) => ((int)kind).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The end of an « unknown code » message: « Vouliez-vous dire « x » ? » when a candidate is near, else the list of
    /// codes when it is short, else nothing.
    /// </summary>
    public static string Hint(string? code, IEnumerable<string> candidates)
    {
        var known = candidates.Where(c => !string.IsNullOrEmpty(c)).Distinct(StringComparer.Ordinal).ToList();
        var suggestion = Codes.Suggest(code, known);
        if (suggestion is not null)
        {
            return $" Vouliez-vous dire « {suggestion} » ?";
        }

        return known.Count is > 0 and <= MaxListed ? $" Les codes possibles sont : {string.Join(", ", known)}." : string.Empty;
    }

    /// <summary>« deux fois », « 3 fois ».</summary>
    public static string Times(int count) => count == 2 ? "deux fois" : $"{count.ToString(CultureInfo.InvariantCulture)} fois";

    /// <summary>« Deux actions », « Trois actions », « 12 actions »: small numbers in words, as French prose writes them.</summary>
    public static string Count(int count, string singular, string plural, bool capital = false)
    {
        var number = count switch
        {
            1 => "une",
            2 => "deux",
            3 => "trois",
            4 => "quatre",
            5 => "cinq",
            _ => count.ToString(CultureInfo.InvariantCulture),
        };
        var text = $"{number} {(count == 1 ? singular : plural)}";
        return capital ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }
}
