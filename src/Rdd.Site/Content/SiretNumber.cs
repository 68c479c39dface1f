using System.Globalization;

namespace Rdd.Site.Content;

/// <summary>
/// The SIRET number of an establishment (INSEE, répertoire SIRENE): 14 digits, the 9 of the SIREN of the legal unit
/// followed by the 5 of the establishment (NIC). Both the SIREN and the whole SIRET end with a Luhn check digit,
/// except for many establishments of La Poste (SIREN 356000000), whose digits add up to a multiple of 5 instead.
/// </summary>
internal static class SiretNumber
{
    /// <summary>The SIREN of La Poste, whose SIRETs follow their own key.</summary>
    private const string LaPoste = "356000000";

    /// <summary>What is wrong with a SIRET as typed, in French (to follow « Le numéro SIRET « … » »); null when it is valid.</summary>
    /// <param name="text">The SIRET as the author typed it.</param>
    /// <returns>The problem, or null.</returns>
    public static string? Problem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var others = text.Where(c => !char.IsAsciiDigit(c)).Distinct().ToList();
        if (others.Count > 0)
        {
            var digitsOnly = new string(text.Where(char.IsAsciiDigit).ToArray());
            var spacesOnly = others.All(c => char.IsWhiteSpace(c) || c is '.' or '-');
            return spacesOnly && digitsOnly.Length == 14
                ? $"contient des espaces ou des séparateurs : écrivez les 14 chiffres attachés, « {digitsOnly} »."
                : $"contient {Characters(others)}, qui {(others.Count == 1 ? "n'est pas un chiffre" : "ne sont pas des chiffres")} : un SIRET s'écrit avec 14 chiffres, sans lettre ni espace.";
        }

        if (text.Length != 14)
        {
            return $"a {text.Length.ToString(CultureInfo.InvariantCulture)} chiffre{(text.Length > 1 ? "s" : string.Empty)} ; il en faut 14 : les 9 du SIREN puis les 5 du numéro de l'établissement (NIC).{(text.Length == 9 ? " Ce numéro à 9 chiffres est sans doute le SIREN : indiquez-le sous « siren: », et le SIRET de l'établissement sous « siret: »." : string.Empty)}";
        }

        if (!HasValidKey(text))
        {
            return "n'a pas une clé de contrôle valide (algorithme de Luhn) : un chiffre est sans doute mal recopié ou deux chiffres sont inversés. Recopiez-le depuis l'Annuaire des entreprises ou l'avis de situation au répertoire SIRENE.";
        }

        if (!text.StartsWith(LaPoste, StringComparison.Ordinal) && !Luhn(text.AsSpan(0, 9)))
        {
            return $"commence par « {text[..9]} », qui n'est pas un SIREN valide (sa clé de contrôle ne correspond pas) : un chiffre est sans doute mal recopié. Recopiez-le depuis l'Annuaire des entreprises ou l'avis de situation au répertoire SIRENE.";
        }

        return null;
    }

    /// <summary>Whether 14 digits carry a valid SIRET key (Luhn, or for La Poste the sum of digits).</summary>
    /// <param name="digits">The 14 digits.</param>
    /// <returns>True when the key is valid.</returns>
    public static bool HasValidKey(string digits) =>
        Luhn(digits) || (digits.StartsWith(LaPoste, StringComparison.Ordinal) && digits.Sum(c => c - '0') % 5 == 0);

    /// <summary>The Luhn check: from the right, every second digit doubled (less 9 above 9), the sum a multiple of 10.</summary>
    /// <param name="digits">ASCII digits.</param>
    /// <returns>True when the sum is a multiple of 10.</returns>
    public static bool Luhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit = digit * 2 > 9 ? (digit * 2) - 9 : digit * 2;
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    /// <summary>French spacing: a non-breaking space before « : ; ! ? » and inside « ».</summary>
    /// <param name="text">A sentence written with ordinary spaces.</param>
    /// <returns>The sentence with non-breaking spaces.</returns>
    public static string NonBreaking(string text) => text
        .Replace(" :", "\u00a0:", StringComparison.Ordinal).Replace(" ;", "\u00a0;", StringComparison.Ordinal)
        .Replace(" ?", "\u00a0?", StringComparison.Ordinal).Replace(" !", "\u00a0!", StringComparison.Ordinal)
        .Replace("« ", "«\u00a0", StringComparison.Ordinal).Replace(" »", "\u00a0»", StringComparison.Ordinal);

    private static string Characters(IReadOnlyList<char> characters) =>
        string.Join(", ", characters.Select(c => char.IsWhiteSpace(c) ? "une espace" : $"« {c} »"));
}
