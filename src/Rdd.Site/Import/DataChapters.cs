using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Rdd.Domain;

namespace Rdd.Site.Import;

/// <summary>A data chapter of the document (key figures, budget, glossary…): its title, where it belongs, and its tables as plain text.</summary>
internal sealed class DataChapter(string title, string file, int paragraph, string headingPath)
{
    public string Title { get; } = title;

    /// <summary>The data file of the year it belongs in (« chiffres-cles.yml »).</summary>
    public string File { get; } = file;

    public int Paragraph { get; } = paragraph;

    public string HeadingPath { get; } = headingPath;

    /// <summary>Its tables, each a list of rows of cell texts, the header row first.</summary>
    public List<List<List<string>>> Tables { get; } = [];
}

/// <summary>
/// The data chapters' tables that can be read back safely: those headed as <c>rdd export --format docx</c> writes
/// them (key figures: « Thème | Chiffre | Ce qu'il mesure »; budget: « Politique publique | Fonctionnement |
/// Investissement | Total »; glossary: « Sigle | Signification »), every row of which reads. They become the year's
/// YAML files; any other table, and the indicators (whose values, units and series do not read back without
/// guessing), stay in the import report for the author to copy.
/// </summary>
internal static partial class DataChapters
{
    private static readonly string[] KeyFiguresHeader = ["Thème", "Chiffre", "Ce qu'il mesure"];
    private static readonly string[] BudgetHeader = ["Politique publique", "Fonctionnement", "Investissement", "Total"];
    private static readonly string[] GlossaryHeader = ["Sigle", "Signification"];

    [GeneratedRegex(@"^(?<prefix>plus de |moins de |environ )?(?<sign>[−+-])?(?<number>[0-9][0-9 ]*(?:,[0-9]+)?)(?: (?<unit>\S.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyFigureValue();

    [GeneratedRegex(@"\b(?:19|20)[0-9]{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    /// <summary>The YAML text of the chapter's data file, and how many entries it holds; null when no table of it reads safely.</summary>
    public static (string Yaml, int Count)? Read(DataChapter chapter, string sourceName, int reportYear)
    {
        var header = $"# yaml-language-server: $schema=../schemas/{Path.GetFileNameWithoutExtension(chapter.File)}.schema.json\n# Repris de « {sourceName} » par rdd import : vérifiez chaque valeur.\n";
        foreach (var table in chapter.Tables.Where(t => t.Count > 1))
        {
            var rows = table.Skip(1).ToList();
            var text = chapter.File switch
            {
                "chiffres-cles.yml" when Headed(table, KeyFiguresHeader) => KeyFigures(rows),
                "budget.yml" when Headed(table, BudgetHeader) => Budget(chapter.Title, rows, reportYear),
                "glossaire.yml" when Headed(table, GlossaryHeader) => Glossary(rows),
                _ => null,
            };
            if (text is not null)
            {
                return (header + text, rows.Count);
            }
        }

        return null;
    }

    private static bool Headed(List<List<string>> table, string[] header) =>
        table[0].Select(Normalize).SequenceEqual(header.Select(Normalize)) && table.Skip(1).All(r => r.Count == header.Length);

    private static string? KeyFigures(List<List<string>> rows)
    {
        var yaml = new StringBuilder("chiffres:\n");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (KeyFigureValue().Match(Normalize(row[1])) is not { Success: true } value
                || !decimal.TryParse(value.Groups["number"].Value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                || row[2].Trim().Length == 0)
            {
                return null;
            }

            yaml.Append("  - id: ").Append(Id(row[2], "chiffre", ids)).Append('\n');
            Line(yaml, "theme", row[0]);
            yaml.Append("    valeur: ").Append(number.ToString(CultureInfo.InvariantCulture)).Append('\n');
            Line(yaml, "unite", value.Groups["unit"].Value);
            Line(yaml, "libelle", row[2]);
            Line(yaml, "approximation", value.Groups["prefix"].Value.Trim() switch
            {
                "plus de" => "plus-de",
                "moins de" => "moins-de",
                "environ" => "environ",
                _ => string.Empty,
            }, quote: false);
            Line(yaml, "evolution", value.Groups["sign"].Value switch
            {
                "+" => "hausse",
                "" => string.Empty,
                _ => "baisse",
            }, quote: false);
        }

        return yaml.ToString();
    }

    private static string? Budget(string title, List<List<string>> rows, int reportYear)
    {
        var year = Year().Match(title) is { Success: true } match ? match.Value : (reportYear + 1).ToString(CultureInfo.InvariantCulture);
        var yaml = new StringBuilder($"annee: {year}\n");
        Line(yaml, "titre", title, indent: string.Empty);
        yaml.Append("lignes:\n");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row[0].Trim().Length == 0 || Amount(row[1]) is not { } operating || Amount(row[2]) is not { } investment || Amount(row[3]) is not { } total)
            {
                return null;
            }

            yaml.Append("  - id: ").Append(Id(row[0], "politique", ids)).Append('\n');
            Line(yaml, "politique", row[0]);
            yaml.Append("    fonctionnement: ").Append(operating.Text).Append('\n');
            yaml.Append("    investissement: ").Append(investment.Text).Append('\n');
            if (total.Euros is { } stated && stated != operating.Euros + investment.Euros)
            {
                yaml.Append("    total: ").Append(total.Text).Append('\n');
            }
        }

        return yaml.ToString();
    }

    private static string? Glossary(List<List<string>> rows)
    {
        var yaml = new StringBuilder("glossaire:\n");
        foreach (var row in rows)
        {
            if (row[0].Trim().Length == 0 || row[1].Trim().Length == 0)
            {
                return null;
            }

            Line(yaml, "sigle", row[0], indent: "  - ");
            Line(yaml, "signification", row[1]);
        }

        return yaml.ToString();
    }

    /// <summary>An amount of the budget table: euros (« 7 737 580 € ») or « non communiqué »; null when it is neither.</summary>
    private static (decimal? Euros, string Text)? Amount(string cell)
    {
        var text = Normalize(cell);
        if (text == "non communiqué")
        {
            return (null, text);
        }

        return text.EndsWith(" €", StringComparison.Ordinal)
            && decimal.TryParse(text[..^2].Replace(" ", string.Empty, StringComparison.Ordinal).Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euros)
            ? (euros, euros.ToString(CultureInfo.InvariantCulture))
            : null;
    }

    private static string Id(string text, string otherwise, HashSet<string> used) =>
        ContentFolder.Unique(ContentFolder.Cut(Codes.Slugify(text), 40) is { Length: > 0 } slug ? slug : otherwise, used);

    private static void Line(StringBuilder yaml, string key, string value, string indent = "    ", bool quote = true)
    {
        if (value.Trim().Length > 0)
        {
            yaml.Append(indent).Append(key).Append(": ").Append(quote ? ContentFolder.Quote(value.Trim()) : value).Append('\n');
        }
    }

    /// <summary>The text with the spaces French typography puts (no-break, narrow no-break) as plain spaces, and typographic apostrophes as straight ones.</summary>
    private static string Normalize(string text) =>
        text.Replace('\u00a0', ' ').Replace('\u202f', ' ').Replace('\u2019', '\'').Trim();
}
