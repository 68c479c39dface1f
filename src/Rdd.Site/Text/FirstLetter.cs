using Rdd.Domain;

namespace Rdd.Site.Text;

/// <summary>
/// A text with its first letter in lower or upper case as the French culture cases it, read from the invariant culture's
/// table for every character but the Turkish « İ » and « ı », the only ones the two cultures case differently
/// (FastPathTests checks every character): the first casing by the French culture costs a process some 54 million
/// instructions, ICU building a collator to compare its casing with the invariant one (docs/performance.md#premiere-lettre).
/// </summary>
internal static class FirstLetter
{
    /// <summary>« Circulaire du 3 août 2011 » → « circulaire du 3 août 2011 ».</summary>
    public static string Lower(string text) => text.Length == 0 ? text
        : (IsTurkishI(text[0]) ? char.ToLower(text[0], French.Culture) : char.ToLowerInvariant(text[0])) + text[1..];

    /// <summary>« très favorable » → « Très favorable ».</summary>
    public static string Upper(string text) => text.Length == 0 ? text
        : (IsTurkishI(text[0]) ? char.ToUpper(text[0], French.Culture) : char.ToUpperInvariant(text[0])) + text[1..];

    private static bool IsTurkishI(char c) => c is '\u0130' or '\u0131';
}
