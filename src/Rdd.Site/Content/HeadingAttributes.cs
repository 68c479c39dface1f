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
internal sealed partial class HeadingAttributes
{
    private readonly Dictionary<string, (string Value, int Column)> _values = new(StringComparer.Ordinal);
    private readonly List<AttributeSpan> _spans = [];

    public string? Id { get; private set; }

    public int IdColumn { get; private set; }

    /// <summary>The heading text without its attribute block.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>
    /// Each item of the attribute block as written, in order: the id, each attribute read (under its name, an alias
    /// read as the name it stands for), and each item that is not one (an unknown name, a duplicate, a name without
    /// value), so that the editor can rewrite what its form changed and keep the rest as the author wrote it.
    /// </summary>
    public IReadOnlyList<AttributeSpan> Spans => _spans;

    /// <summary>The index, in the text parsed, of the block's « { »; -1 when the heading has no attribute block.</summary>
    public int BlockStart { get; private set; } = -1;

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
        if (open < 0 && UnclosedBlock(trimmed) is var unclosed && unclosed >= 0)
        {
            // Read as if it were closed, so that the one mistake gives one message, not one per attribute lost.
            bag.Add(ContentDiagnostics.UnclosedAttributes, $"Le bloc d'attributs « {MarkdownSafety.Excerpt(trimmed[unclosed..])} » n'est pas fermé : ajoutez une accolade fermante « }} » à la fin de la ligne du titre.", source.At(line, column + unclosed));
            trimmed += "}";
            open = FindAttributeBlock(trimmed);
        }

        result.Title = open < 0 ? trimmed : trimmed[..open].TrimEnd();
        ReportStrayBrace(result.Title, column, source, line, bag);
        if (open >= 0)
        {
            result.BlockStart = open;
            result.ReadBlock(trimmed[(open + 1)..^1], column + open + 1, source, line, bag);
            for (var k = 0; k < result._spans.Count; k++)
            {
                result._spans[k] = result._spans[k] with { Start = result._spans[k].Start + open + 1, End = result._spans[k].End + open + 1 };
            }
        }

        return result;
    }

    /// <summary>Reads the inside of the attribute block, <paramref name="inner"/>, whose first character is at <paramref name="baseColumn"/>.</summary>
    private void ReadBlock(string inner, int baseColumn, SourceText source, int line, DiagnosticBag bag)
    {
        var i = 0;
        // The last attribute read, when its value was not between quotes: words written after it without « = » are
        // the rest of a value typed with spaces (« finalites=cohésion sociale »), reported once with what was typed.
        Spaced? spaced = null;
        while (i < inner.Length)
        {
            if (char.IsWhiteSpace(inner[i]))
            {
                i++;
                continue;
            }

            var start = i;
            if (spaced is not null && ContinuesSpacedValue(inner, start))
            {
                ReadToken(inner, ref i);
                spaced.Words.Add(inner[start..i]);
                _spans[^1] = _spans[^1] with { End = i };
                continue;
            }

            ReportSpaced(spaced, source, line, bag);
            spaced = null;
            if (inner[i] == '#')
            {
                ReadToken(inner, ref i);
                Id = WordTypography.Code(inner[(start + 1)..i]);
                IdColumn = baseColumn + start + 1;
                _spans.Add(new AttributeSpan(AttributeSpan.IdName, start, i));
                continue;
            }

            var count = _spans.Count;
            spaced = ReadAttribute(inner, ref i, baseColumn, source, line, bag);
            if (_spans.Count == count)
            {
                _spans.Add(new AttributeSpan(null, start, i));
            }
        }

        ReportSpaced(spaced, source, line, bag);
    }

    /// <summary>Whether the word at <paramref name="start"/>, after an unquoted value, is more of that value typed with a space rather than the next attribute.</summary>
    private static bool ContinuesSpacedValue(string inner, int start) =>
        inner[start] != '#' && WordTypography.Closers(inner[start]) is null && inner.IndexOf('=', start) is var equals
        && (equals < 0 || inner.AsSpan(start, equals - start).ContainsAny(' ', '\t')) && !LooksLikeAName(inner, start);

    /// <summary>
    /// Reads the attribute « nom=valeur » at <paramref name="i"/> and records it, reporting an unknown name, a missing
    /// value or an attribute written twice; returns it as <see cref="Spaced"/> when its value was not quoted.
    /// </summary>
    private Spaced? ReadAttribute(string inner, ref int i, int baseColumn, SourceText source, int line, DiagnosticBag bag)
    {
        var start = i;
        while (i < inner.Length && inner[i] != '=' && !char.IsWhiteSpace(inner[i]))
        {
            i++;
        }

        var name = inner[start..i];
        if (i >= inner.Length || inner[i] != '=')
        {
            bag.Add(ContentDiagnostics.BadAttribute, $"Attribut « {name} » sans valeur : écrivez par exemple « finalites=climat ».", source.At(line, baseColumn + start));
            return null;
        }

        i++;
        var (value, valueColumn, quoted) = ReadValue(inner, ref i, baseColumn, name, source, line, bag);
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
            return null;
        }

        // Dashes typed as hyphens and non-breaking spaces are read as meant in codes and ids, not in partners' or places' names.
        if (key is not ("partenaires" or "lieux"))
        {
            var code = WordTypography.Code(value);
            valueColumn += value.Length - value.TrimStart().Length;
            value = code;
        }

        if (!_values.TryAdd(key, (value, valueColumn)))
        {
            bag.Add(ContentDiagnostics.BadAttribute, $"L'attribut « {name} » est écrit deux fois ; réunissez les valeurs : {name}=a,b.", source.At(line, baseColumn + start));
            return null;
        }

        _spans.Add(new AttributeSpan(key, start, i));

        return quoted ? null : new Spaced(key, name, valueColumn, [value]);
    }

    /// <summary>Reads the value that starts at <paramref name="i"/>: between quotes, or a word and the list items that follow it after a separator.</summary>
    private static (string Value, int Column, bool Quoted) ReadValue(string inner, ref int i, int baseColumn, string name, SourceText source, int line, DiagnosticBag bag)
    {
        var column = baseColumn + i;
        if ((i < inner.Length ? WordTypography.Closers(inner[i]) : null) is { } closers)
        {
            var end = inner.IndexOfAny(closers.ToCharArray(), i + 1);
            if (end < 0)
            {
                bag.Add(ContentDiagnostics.BadAttribute, $"Guillemet non fermé dans la valeur de « {name} ».", source.At(line, column));
                end = inner.Length;
            }

            var quoted = inner[(i + 1)..end];
            i = Math.Min(end + 1, inner.Length);
            return (quoted, column + 1, true);
        }

        var valueStart = i;
        ReadToken(inner, ref i);

        // « finalites=climat, cohesion »: a list goes on after a separator and the spaces that follow it, as the
        // section's front matter allows; the next word is a new attribute only when it holds « = » or starts with « # ».
        while (ContinuesList(inner, valueStart, i, out var next))
        {
            i = next;
            ReadToken(inner, ref i);
        }

        return (inner[valueStart..i], column, false);
    }

    /// <summary>Whether the word at <paramref name="start"/> is, or nearly is, an attribute name (then it is read as one, not as the rest of a value).</summary>
    private static bool LooksLikeAName(string inner, int start)
    {
        var end = start;
        while (end < inner.Length && !char.IsWhiteSpace(inner[end]))
        {
            end++;
        }

        var word = Keys.Normalize(inner[start..end]);
        return Aliases.ContainsKey(word) || Codes.Suggest(word, Names) is not null;
    }

    /// <summary>An unquoted value and the words that follow it, separated by spaces.</summary>
    private sealed record Spaced(string Key, string Name, int Column, List<string> Words);

    /// <summary>The codes an attribute accepts, for suggestions; null when it takes free text or references.</summary>
    private static IEnumerable<string>? CodesOf(string key) => key switch
    {
        "finalites" => Rdd.Domain.Law.Finalities.All.Select(f => f.Code),
        "elements" => Rdd.Domain.Law.GovernanceElements.All.Select(e => e.Code),
        "avancement" => Rdd.Domain.Reports.ProgressExtensions.ByCode.Keys,
        _ => null,
    };

    /// <summary>
    /// Reports a value written with spaces, once, quoting it as typed; the value is replaced by the code suggested (or
    /// dropped), so that the reader does not report the same mistake again as an unknown code.
    /// </summary>
    private void ReportSpaced(Spaced? spaced, SourceText source, int line, DiagnosticBag bag)
    {
        if (spaced is null || spaced.Words.Count < 2)
        {
            return;
        }

        var typed = string.Join(' ', spaced.Words);
        var location = source.At(line, spaced.Column);
        if (spaced.Key is "partenaires" or "lieux")
        {
            _values[spaced.Key] = (typed, spaced.Column);
            bag.Add(ContentDiagnostics.BadAttribute, $"La valeur « {typed} » de « {spaced.Name} » contient {MalformedSyntax.Spaces(typed)} : mettez-la entre guillemets, {spaced.Name}=\"{typed}\".", location);
            return;
        }

        if (CodesOf(spaced.Key) is not { } codes)
        {
            _values.Remove(spaced.Key);
            bag.Add(ContentDiagnostics.BadAttribute, $"La valeur « {typed} » de « {spaced.Name} » contient {MalformedSyntax.Spaces(typed)} : une liste s'écrit avec des virgules et sans espace, {spaced.Name}=a,b.", location);
            return;
        }

        // The items of the list, as written: « climat,cohésion sociale » is the item « cohésion sociale » after « climat ».
        var items = typed.Split(',').Select(item => item.Trim()).Where(item => item.Length > 0).ToList();
        var known = codes.ToList();
        var label = spaced.Key switch { "finalites" => "Finalité", "elements" => "Élément de la démarche", _ => "Avancement" };
        var corrected = new List<string>();
        var messages = new List<string>();
        foreach (var item in items)
        {
            if (!item.Contains(' ', StringComparison.Ordinal))
            {
                corrected.Add(item);
                continue;
            }

            var suggestion = item.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => known.FirstOrDefault(code => code == Codes.Normalize(word))).FirstOrDefault(code => code is not null)
                ?? Codes.Suggest(item, known);
            if (suggestion is not null)
            {
                corrected.Add(suggestion);
            }

            messages.Add(suggestion is null
                ? $"{label} « {item} » : un code s'écrit sans espace ; codes possibles : {string.Join(", ", known)}."
                : $"{label} « {item} » : un code s'écrit sans espace. Vouliez-vous dire « {suggestion} » ?");
        }

        if (corrected.Count > 0)
        {
            _values[spaced.Key] = (string.Join(',', corrected), spaced.Column);
        }
        else
        {
            _values.Remove(spaced.Key);
        }

        bag.Add(ContentDiagnostics.BadAttribute, string.Join(' ', messages), location);
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
}

/// <summary>An item of a heading's attribute block, as written: from <see cref="Start"/> to <see cref="End"/> (excluded) in the text parsed.</summary>
/// <param name="Name">The attribute it sets (an alias read as the name it stands for), <see cref="IdName"/> for the id, or null for an item that sets none.</param>
/// <param name="Start">Its first character.</param>
/// <param name="End">The index after its last character.</param>
internal readonly record struct AttributeSpan(string? Name, int Start, int End)
{
    /// <summary>The name of the id's item (« #plan-velo »).</summary>
    public const string IdName = "#";
}
