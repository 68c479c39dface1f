using Rdd.Domain;
using Rdd.Domain.Validation;

namespace Rdd.Site.Content;

/// <summary>
/// The attributes written at the end of an action's heading, between braces:
/// <c>{#id finalites=climat,cohesion avancement=poursuite partenaires="ARS;CPAM"}</c>.
/// </summary>
/// <remarks>
/// Authors paste headings from Word: values may be wrapped in “…”, ‘…’, „…“ or « … » as well as "…" and '…', a list may
/// go on after a space that follows its comma (<c>finalites=climat, cohesion</c>), and in ids and codes a dash stands for
/// a hyphen and a non-breaking space for a space (see <see cref="WordTypography"/>).
/// </remarks>
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

                result.Id = WordTypography.Code(inner[(start + 1)..i]);
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
            if (i < inner.Length && WordTypography.Closers(inner[i]) is { } closers)
            {
                var end = inner.IndexOfAny(closers.ToCharArray(), i + 1);
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
                ReadToken(inner, ref i);

                // « finalites=climat, cohesion »: a list goes on after a separator and the spaces that follow it, as the
                // section's front matter allows; the next word is a new attribute only when it holds « = » or starts with « # ».
                while (ContinuesList(inner, valueStart, i, out var next))
                {
                    i = next;
                    ReadToken(inner, ref i);
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

            // Dashes typed as hyphens and non-breaking spaces are read as meant in codes and ids, not in partners' or places' names.
            if (key is not ("partenaires" or "lieux"))
            {
                var code = WordTypography.Code(value);
                valueColumn += value.Length - value.TrimStart().Length;
                value = code;
            }

            if (!result._values.TryAdd(key, (value, valueColumn)))
            {
                bag.Add(ContentDiagnostics.BadAttribute, $"L'attribut « {name} » est écrit deux fois ; réunissez les valeurs : {name}=a,b.", source.At(line, baseColumn + start));
            }
        }

        return result;
    }

    private static void ReadToken(string inner, ref int i)
    {
        while (i < inner.Length && !char.IsWhiteSpace(inner[i]))
        {
            i++;
        }
    }

    /// <summary>Whether the list value read so far (<paramref name="start"/> to <paramref name="end"/>) goes on past the spaces at <paramref name="end"/>, and where.</summary>
    private static bool ContinuesList(string inner, int start, int end, out int next)
    {
        next = end;
        while (next < inner.Length && char.IsWhiteSpace(inner[next]))
        {
            next++;
        }

        if (next == end || next >= inner.Length)
        {
            return false;
        }

        var separatorBefore = end > start && inner[end - 1] is ',' or ';';
        var separatorAfter = inner[next] is ',' or ';';
        if (!separatorBefore && !separatorAfter)
        {
            return false;
        }

        var tokenEnd = next;
        ReadToken(inner, ref tokenEnd);
        return inner[next] != '#' && inner.IndexOf('=', next, tokenEnd - next) < 0;
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
