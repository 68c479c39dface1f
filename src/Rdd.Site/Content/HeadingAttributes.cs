using Rdd.Domain;
using Rdd.Domain.Validation;

namespace Rdd.Site.Content;

/// <summary>
/// The attributes written at the end of an action's heading, between braces:
/// <c>{#id finalites=climat,cohesion avancement=poursuite partenaires="ARS;CPAM"}</c>.
/// </summary>
internal sealed class HeadingAttributes
{
    /// <summary>The attribute names, and their short aliases.</summary>
    public static readonly IReadOnlyList<string> Names = ["finalites", "avancement", "elements", "termes", "odd", "chiffres", "partenaires", "lieux", "suite_de"];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal) { ["f"] = "finalites", ["suite"] = "suite_de" };

    private readonly Dictionary<string, (string Value, int Column)> _values = new(StringComparer.Ordinal);

    public string? Id { get; private set; }

    public int IdColumn { get; private set; }

    /// <summary>The heading text without its attribute block.</summary>
    public string Title { get; private set; } = string.Empty;

    public (string Value, int Column)? Get(string name) => _values.TryGetValue(name, out var v) ? v : null;

    /// <summary>Splits the items of a list attribute (commas; semicolons for partners and places) with each one's column.</summary>
    public IReadOnlyList<(string Value, int Column)> List(string name, char separator = ',')
    {
        if (Get(name) is not { } attribute)
        {
            return [];
        }

        var items = new List<(string, int)>();
        var offset = 0;
        foreach (var part in attribute.Value.Split(separator))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                items.Add((trimmed, attribute.Column + offset + part.IndexOf(trimmed, StringComparison.Ordinal)));
            }

            offset += part.Length + 1;
        }

        return items;
    }

    /// <summary>Parses the heading's raw text (after the #'s), whose first character is at <paramref name="column"/>.</summary>
    public static HeadingAttributes Parse(string text, int column, SourceText source, int line, DiagnosticBag bag)
    {
        var result = new HeadingAttributes();
        var trimmed = text.TrimEnd();
        var open = FindAttributeBlock(trimmed);
        if (open < 0)
        {
            result.Title = trimmed;
            return result;
        }

        result.Title = trimmed[..open].TrimEnd();
        var inner = trimmed[(open + 1)..^1];
        var baseColumn = column + open + 1;
        var i = 0;
        while (i < inner.Length)
        {
            if (char.IsWhiteSpace(inner[i]))
            {
                i++;
                continue;
            }

            var start = i;
            if (inner[i] == '#')
            {
                while (i < inner.Length && !char.IsWhiteSpace(inner[i]))
                {
                    i++;
                }

                result.Id = inner[(start + 1)..i];
                result.IdColumn = baseColumn + start + 1;
                continue;
            }

            while (i < inner.Length && inner[i] != '=' && !char.IsWhiteSpace(inner[i]))
            {
                i++;
            }

            var name = inner[start..i];
            if (i >= inner.Length || inner[i] != '=')
            {
                bag.Add(ContentDiagnostics.BadAttribute, $"Attribut « {name} » sans valeur : écrivez par exemple « finalites=climat ».", source.At(line, baseColumn + start));
                continue;
            }

            i++;
            string value;
            var valueColumn = baseColumn + i;
            if (i < inner.Length && inner[i] is '"' or '\'' or '«')
            {
                var quote = inner[i] == '«' ? '»' : inner[i];
                var end = inner.IndexOf(quote, i + 1);
                if (end < 0)
                {
                    bag.Add(ContentDiagnostics.BadAttribute, $"Guillemet non fermé dans la valeur de « {name} ».", source.At(line, valueColumn));
                    end = inner.Length;
                }

                value = inner[(i + 1)..end];
                valueColumn++;
                i = Math.Min(end + 1, inner.Length);
            }
            else
            {
                var valueStart = i;
                while (i < inner.Length && !char.IsWhiteSpace(inner[i]))
                {
                    i++;
                }

                value = inner[valueStart..i];
            }

            var key = Keys.Normalize(name);
            key = Aliases.GetValueOrDefault(key, key);
            if (!Names.Contains(key))
            {
                var suggestion = Codes.Suggest(name, Names);
                bag.Add(ContentDiagnostics.BadAttribute,
                    suggestion is null
                        ? $"Attribut d'action inconnu « {name} ». Attributs possibles : #identifiant, {string.Join(", ", Names)}."
                        : $"Attribut d'action inconnu « {name} ». Vouliez-vous dire « {suggestion} » ?",
                    source.At(line, baseColumn + start));
                continue;
            }

            if (!result._values.TryAdd(key, (value, valueColumn)))
            {
                bag.Add(ContentDiagnostics.BadAttribute, $"L'attribut « {name} » est écrit deux fois ; réunissez les valeurs : {name}=a,b.", source.At(line, baseColumn + start));
            }
        }

        return result;
    }

    /// <summary>The index of the « { » opening a trailing attribute block, or -1.</summary>
    /// <remarks>Braces between double quotes are skipped; when a quote is not closed, the block is found ignoring quotes, so that the unclosed quote is reported.</remarks>
    private static int FindAttributeBlock(string text) => FindAttributeBlock(text, quotes: true) is var open && open >= 0 ? open : FindAttributeBlock(text, quotes: false);

    private static int FindAttributeBlock(string text, bool quotes)
    {
        if (!text.EndsWith('}'))
        {
            return -1;
        }

        var depth = 0;
        var inQuote = false;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c == '"' && quotes)
            {
                inQuote = !inQuote;
            }
            else if (!inQuote && c == '}')
            {
                depth++;
            }
            else if (!inQuote && c == '{')
            {
                depth--;
                if (depth == 0)
                {
                    return i > 0 && text[i - 1] == '\\' ? -1 : i;
                }
            }
        }

        return -1;
    }

    public static SourceLocation Locate(SourceText source, int line, int column) => source.At(line, column);
}
