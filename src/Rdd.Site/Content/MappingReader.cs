using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Rdd.Domain;
using Rdd.Domain.Reports;
using Rdd.Domain.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rdd.Site.Content;

/// <summary>
/// Reads a YAML mapping against its <see cref="Shape"/>: unknown keys (with a suggestion), missing required keys and
/// wrong types become diagnostics at the key's location; typed getters return null when a value is absent or wrong.
/// </summary>
internal sealed class MappingReader
{
    private readonly SourceText _source;
    private readonly int _firstLine;
    private readonly DiagnosticBag _bag;
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    private MappingReader(YamlMappingNode node, Shape shape, SourceText source, int firstLine, DiagnosticBag bag)
    {
        Node = node;
        Shape = shape;
        _source = source;
        _firstLine = firstLine;
        _bag = bag;
    }

    public YamlMappingNode Node { get; }

    public Shape Shape { get; }

    public SourceLocation Location => At(Node);

    /// <summary>Opens a mapping; reports and returns null when <paramref name="node"/> is not a mapping.</summary>
    public static MappingReader? Open(YamlNode? node, Shape shape, SourceText source, int firstLine, DiagnosticBag bag, SourceLocation? where = null)
    {
        if (node is not YamlMappingNode mapping)
        {
            var location = node is null ? where ?? source.At(firstLine, 1) : YamlFile.Location(source, node, firstLine);
            var what = French.LowerFirst(shape.Description).TrimEnd('.');
            var message = node is not null ? $"« {shape.Name} » doit être un bloc de clés (« clé: valeur »), une par ligne."
                : firstLine <= 1 ? $"Le fichier « {source.Path} » est vide : écrivez-y {what}, une clé par ligne (« clé: valeur »)."
                : $"L'en-tête de « {source.Path} » est vide : écrivez entre les deux lignes « --- » {what}, une clé par ligne (« clé: valeur »).";
            bag.Add(ContentDiagnostics.WrongType, message, location);
            return null;
        }

        var reader = new MappingReader(mapping, shape, source, firstLine, bag);
        reader.Index();
        return reader;
    }

    /// <summary>Parses YAML text and opens its mapping; a syntax error is reported once, without also reporting a missing mapping.</summary>
    public static MappingReader? Parse(SourceText source, string yaml, int firstLine, Shape shape, DiagnosticBag bag, SourceLocation? where = null)
    {
        var before = bag.Items.Count;
        var node = YamlFile.Parse(source, yaml, firstLine, bag);
        return node is null && bag.Items.Count > before ? null : Open(node, shape, source, firstLine, bag, where);
    }

    private void Index()
    {
        var misspelt = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in Node.Children)
        {
            var key = keyNode is YamlScalarNode scalar ? scalar.Value ?? string.Empty : string.Empty;
            var normalized = Keys.Normalize(key);
            var field = Shape.Find(normalized);
            if (field is null)
            {
                var suggestion = Codes.Suggest(key, Shape.Fields.Select(f => f.Key));
                if (suggestion is not null)
                {
                    misspelt.Add(Keys.Normalize(suggestion));
                }

                var known = string.Join(", ", Shape.Fields.Select(f => f.Key));
                _bag.Add(ContentDiagnostics.UnknownKey,
                    suggestion is null
                        ? $"Clé inconnue « {key} » dans {Shape.Name}. Clés possibles : {known}."
                        : $"Clé inconnue « {key} » dans {Shape.Name}. Vouliez-vous dire « {suggestion} » ?",
                    At(keyNode));
                continue;
            }

            var canonical = Keys.Normalize(field.Key);
            if (!_entries.TryAdd(canonical, (keyNode, value)))
            {
                _bag.Add(ContentDiagnostics.DuplicateKey, $"La clé « {field.Key} » est écrite deux fois dans {Shape.Name}.", At(keyNode));
            }
        }

        // A required key written with a typo is reported once, as an unknown key suggesting it.
        foreach (var field in Shape.Fields.Where(f => f.Required && !_entries.ContainsKey(Keys.Normalize(f.Key)) && !misspelt.Contains(Keys.Normalize(f.Key))))
        {
            _bag.Add(ContentDiagnostics.MissingKey, $"La clé obligatoire « {field.Key} » manque dans {Shape.Name} : {French.LowerFirst(field.Description)}", Location);
        }

        foreach (var field in Shape.Fields.Where(f => f.Required))
        {
            if (_entries.TryGetValue(Keys.Normalize(field.Key), out var entry) && IsNull(entry.Value))
            {
                _bag.Add(ContentDiagnostics.MissingKey, $"La clé obligatoire « {field.Key} » n'a pas de valeur dans {Shape.Name} : {French.LowerFirst(field.Description)}", At(entry.Key));
            }
        }
    }

    public SourceLocation At(YamlNode node) => YamlFile.Location(_source, node, _firstLine);

    public bool Has(string key) => _entries.ContainsKey(Keys.Normalize(key));

    /// <summary>Where the key is written, or the mapping when it is absent.</summary>
    public SourceLocation KeyLocation(string key) => _entries.TryGetValue(Keys.Normalize(key), out var entry) ? At(entry.Key) : Location;

    /// <summary>Where the value is written, or the mapping when it is absent.</summary>
    public SourceLocation ValueLocation(string key) => _entries.TryGetValue(Keys.Normalize(key), out var entry) ? At(entry.Value) : Location;

    private YamlNode? Value(string key) => _entries.TryGetValue(Keys.Normalize(key), out var entry) ? entry.Value : null;

    private YamlScalarNode? Scalar(string key, string expected)
    {
        var node = Value(key);
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar;
        }

        _bag.Add(ContentDiagnostics.WrongType, $"« {key} » attend {expected}, pas {(node is YamlSequenceNode ? "une liste" : "un bloc de clés")}.", At(node));
        return null;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain } s && (string.IsNullOrEmpty(s.Value) || s.Value is "~" or "null" or "Null" or "NULL");

    /// <summary>A text; typographic quotes “…” that wrap it whole, where Word turned the author's YAML quotes, are taken off.</summary>
    public string? Text(string key)
    {
        var scalar = Scalar(key, "un texte");
        var text = scalar?.Value?.Trim();
        return string.IsNullOrEmpty(text) ? null : WordTypography.Unquote(text, guillemets: false) is { Length: > 0 } unquoted ? unquoted : null;
    }

    /// <summary>A unit (« % », « km »): quotes that wrap it, « » included, are taken off; « « % » » is no unit the site could place after a number.</summary>
    public string? Unit(string key) => Text(key) is { } text && WordTypography.Unquote(text, guillemets: true) is { Length: > 0 } unit ? unit : null;

    /// <summary>
    /// An id or a code: quotes that wrap it (“…”, « … ») are taken off, dashes read as hyphens and non-breaking spaces as
    /// spaces (« pistes–cyclables » is « pistes-cyclables »).
    /// </summary>
    public string? Code(string key) => Text(key) is { } text && WordTypography.Code(WordTypography.Unquote(text, guillemets: true)) is { Length: > 0 } code ? code : null;

    /// <summary>A text restricted to the field's <see cref="Field.Choices"/>, returned normalised; reports an unknown value.</summary>
    public string? Choice(string key)
    {
        var text = Code(key);
        var field = Shape.Find(Keys.Normalize(key));
        if (text is null || field?.Choices is not { } choices)
        {
            return text;
        }

        var normalized = Codes.Normalize(text);
        if (choices.Contains(normalized))
        {
            return normalized;
        }

        var suggestion = Codes.Suggest(text, choices);
        _bag.Add(ContentDiagnostics.InvalidValue,
            suggestion is null
                ? $"Valeur « {text} » non reconnue pour « {field.Key} ». Valeurs possibles : {string.Join(", ", choices)}."
                : $"Valeur « {text} » non reconnue pour « {field.Key} ». Vouliez-vous dire « {suggestion} » ?",
            ValueLocation(key));
        return null;
    }

    public int? Integer(string key)
    {
        var scalar = Scalar(key, "un nombre entier");
        if (scalar?.Value is not { } raw)
        {
            return null;
        }

        if (int.TryParse(NumberText.Clean(raw), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _bag.Add(ContentDiagnostics.WrongType, $"« {key} » attend un nombre entier, pas « {raw} ».{NumberText.Hint(raw, Shape.Find("unite") is not null, IsBudget, integer: true)}", At(scalar));
        return null;
    }

    public decimal? Number(string key)
    {
        var scalar = Scalar(key, "un nombre");
        return scalar is null ? null : ParseNumber(key, scalar);
    }

    /// <summary>Whether the mapping is the budget or one of its lines, whose numbers are amounts in euros.</summary>
    private bool IsBudget => Shape.Find("fonctionnement") is not null || Shape.Find("total_fonctionnement") is not null;

    private decimal? ParseNumber(string key, YamlScalarNode scalar)
    {
        var raw = scalar.Value ?? string.Empty;
        var text = NumberText.Clean(raw);
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
        {
            if (NumberText.LikelyThousands(text, value) is { } message)
            {
                _bag.Add(ContentDiagnostics.AmbiguousNumber, $"« {key} » vaut « {raw.Trim()} », lu {Rdd.Domain.French.Number(value)} : en YAML, le point est le séparateur décimal. {message}", At(scalar));
            }

            return value;
        }

        _bag.Add(ContentDiagnostics.WrongType, $"« {key} » attend un nombre, pas « {raw} ».{NumberText.Hint(raw, Shape.Find("unite") is not null, IsBudget)}", At(scalar));
        return null;
    }

    public LocalDate? Date(string key)
    {
        var scalar = Scalar(key, "une date");
        if (scalar?.Value is not { } raw)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(NumberText.Clean(raw));
        if (result.Success)
        {
            return result.Value;
        }

        var proposal = NumberText.FrenchDate(raw) is { } date ? $" : écrivez {LocalDatePattern.Iso.Format(date)}" : string.Empty;
        _bag.Add(ContentDiagnostics.WrongType, $"« {key} » attend une date AAAA-MM-JJ (par exemple 2025-02-10), pas « {raw} »{proposal}.", At(scalar));
        return null;
    }

    /// <summary>A list of texts: a YAML sequence, or a single text whose items are separated by commas.</summary>
    public IReadOnlyList<(string Value, SourceLocation Location)> List(string key)
    {
        var node = Value(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar when IsNull(scalar):
                return [];
            case YamlScalarNode scalar:
                return WordTypography.Unquote((scalar.Value ?? string.Empty).Trim(), guillemets: true).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(v => WordTypography.Code(WordTypography.Unquote(v, guillemets: true))).Where(v => v.Length > 0)
                    .Select(v => (v, At(scalar))).ToList();
            case YamlSequenceNode sequence:
                var items = new List<(string, SourceLocation)>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } value } && WordTypography.Code(WordTypography.Unquote(value.Trim(), guillemets: true)) is { Length: > 0 } code)
                    {
                        items.Add((code, At(item)));
                    }
                    else if (item is not YamlScalarNode)
                    {
                        _bag.Add(ContentDiagnostics.WrongType, $"« {key} » attend une liste de textes ; cet élément n'est pas un texte.", At(item));
                    }
                }

                return items;
            default:
                _bag.Add(ContentDiagnostics.WrongType, $"« {key} » attend une liste [a, b], pas un bloc de clés.", At(node));
                return [];
        }
    }

    public MappingReader? Object(string key)
    {
        var node = Value(key);
        var field = Shape.Find(Keys.Normalize(key)) ?? throw new ArgumentException($"No field {key} in {Shape.Name}.", nameof(key));
        return node is null || IsNull(node) ? null : Open(node, field.Item!, _source, _firstLine, _bag);
    }

    public IReadOnlyList<MappingReader> Objects(string key)
    {
        var node = Value(key);
        var field = Shape.Find(Keys.Normalize(key)) ?? throw new ArgumentException($"No field {key} in {Shape.Name}.", nameof(key));
        if (node is null || IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            _bag.Add(ContentDiagnostics.WrongType, $"« {key} » attend une liste d'éléments, chacun commençant par un tiret « - ».", At(node));
            return [];
        }

        return sequence.Children.Select(item => Open(item, field.Item!, _source, _firstLine, _bag)).OfType<MappingReader>().ToList();
    }

    /// <summary>A budget cell: a number of euros, or the words « non communiqué »; null when the key is absent.</summary>
    public BudgetAmount? Amount(string key, string? note)
    {
        var node = Value(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar && !IsNull(scalar))
        {
            var raw = scalar.Value ?? string.Empty;
            var words = Codes.Normalize(raw);
            if (words is "non-communique" or "nc" or "n-c" or "non-disponible" or "inconnu")
            {
                return BudgetAmount.NotGiven(note);
            }

            var number = ParseNumber(key, scalar);
            return number is null ? null : BudgetAmount.Given(number.Value);
        }

        _bag.Add(ContentDiagnostics.WrongType, $"« {key} » attend un montant en euros ou « non communiqué » ; une valeur vide ne dit pas si le montant est nul ou inconnu.", At(node));
        return null;
    }

    /// <summary>A mapping year → value (<c>{ 2022: 10, 2023: 12 }</c>).</summary>
    public IReadOnlyList<IndicatorPoint> YearValues(string key)
    {
        var node = Value(key);
        if (node is null || IsNull(node))
        {
            return [];
        }

        if (node is not YamlMappingNode mapping)
        {
            _bag.Add(ContentDiagnostics.WrongType, $"« {key} » attend des valeurs par année : {{ 2022: 10, 2023: 12 }}.", At(node));
            return [];
        }

        var points = new List<IndicatorPoint>();
        foreach (var (yearNode, valueNode) in mapping.Children)
        {
            if (yearNode is not YamlScalarNode { Value: { } yearText } || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                _bag.Add(ContentDiagnostics.WrongType, $"« {key} » attend des années comme clés (2023), pas « {(yearNode as YamlScalarNode)?.Value} ».", At(yearNode));
                continue;
            }

            if (valueNode is YamlScalarNode valueScalar && ParseNumber(key, valueScalar) is { } value)
            {
                points.Add(new IndicatorPoint(year, value));
            }
            else if (valueNode is not YamlScalarNode)
            {
                _bag.Add(ContentDiagnostics.WrongType, $"« {key} » attend un nombre pour l'année {year}.", At(valueNode));
            }
        }

        return points.OrderBy(p => p.Year).ToList();
    }

}
