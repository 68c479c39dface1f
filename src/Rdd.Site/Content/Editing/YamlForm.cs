namespace Rdd.Site.Content.Editing;

/// <summary>How a form shows and reads a field.</summary>
internal enum FormFieldKind
{
    /// <summary>A line of text.</summary>
    Text,

    /// <summary>A text in Markdown, on several lines.</summary>
    Markdown,

    /// <summary>One of a closed list of codes.</summary>
    Choice,

    Integer,
    Number,
    Date,

    /// <summary>A budget amount: a number of euros, or « non communiqué ».</summary>
    Amount,

    /// <summary>A list of texts, one a line.</summary>
    TextList,

    /// <summary>A list of finalités' codes, chosen by their full names (checkboxes), one a line as posted.</summary>
    Finalities,

    /// <summary>Values by year (an indicator's series).</summary>
    YearValues,

    /// <summary>A block of fields (the authority in site.yml).</summary>
    Group,

    /// <summary>A table whose rows are blocks of fields.</summary>
    Rows,
}

/// <summary>A field of a data file's form: what the author sees (label, help, kind) and where it is written (the YAML key).</summary>
/// <param name="Key">The key in the YAML file.</param>
/// <param name="Label">The French label.</param>
/// <param name="Kind">How it is shown and read.</param>
/// <param name="Required">Whether the format requires it.</param>
/// <param name="Help">The format's description of the key (content/README.md says the same).</param>
/// <param name="Choices">The codes allowed, for <see cref="FormFieldKind.Choice"/>.</param>
/// <param name="Item">The fields of the block or of each row, for <see cref="FormFieldKind.Group"/> and <see cref="FormFieldKind.Rows"/>.</param>
internal sealed record FormField(string Key, string Label, FormFieldKind Kind, bool Required, string Help, IReadOnlyList<string>? Choices, YamlForm? Item)
{
    /// <summary>The value as a form shows it: a scalar's text, a list one item a line, a series « 2023 : 12 » a line; empty when absent.</summary>
    /// <param name="node">The value's node in the file, or null.</param>
    /// <returns>The text of the field.</returns>
    public static string Display(YamlSpan? node) => node switch
    {
        YamlScalarSpan { IsNull: true } or null => string.Empty,
        YamlScalarSpan scalar => scalar.Value,
        YamlSequenceSpan sequence => string.Join('\n', sequence.Items.Select(Display)),
        YamlMappingSpan mapping => string.Join('\n', mapping.Entries.Select(e => e.Key.Value + " : " + Display(e.Value))),
        _ => string.Empty,
    };

    /// <summary>The value to write for what the author typed; null when the field is left empty (the key is then removed).</summary>
    /// <param name="typed">The field's text as posted.</param>
    /// <returns>The value, or null.</returns>
    public YamlValue? Value(string typed)
    {
        var text = typed.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        text = Kind == FormFieldKind.Markdown ? string.Join('\n', text.Split('\n').Select(l => l.TrimEnd())).Trim('\n') : text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        return Kind switch
        {
            FormFieldKind.Integer or FormFieldKind.Number or FormFieldKind.Date or FormFieldKind.Amount => new YamlValue.Typed(text),
            FormFieldKind.TextList or FormFieldKind.Finalities => new YamlValue.List(Lines(text)),
            FormFieldKind.YearValues => new YamlValue.YearValues(Lines(text).Select(YearValue).ToList()),
            FormFieldKind.Group or FormFieldKind.Rows => throw new InvalidOperationException($"« {Key} » is a block: its fields are written one by one."),
            _ => new YamlValue.Text(text),
        };
    }

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>« 2023 : 12 » (or « 2023: 12 », « 2023 = 12 ») as a year and its value; a line without a separator is kept whole as the year, for the loader to report.</summary>
    private static (string Year, string Value) YearValue(string line)
    {
        var separator = line.IndexOfAny([':', '=']);
        return separator < 0 ? (line, string.Empty) : (line[..separator].Trim(), line[(separator + 1)..].Trim());
    }
}

/// <summary>
/// The form of a data file or of a block in it, made from the <see cref="Shape"/> the loader reads it with (the same
/// declaration that gives the JSON Schemas and the documentation of the keys), so that the forms never drift from the format.
/// </summary>
/// <param name="Name">The shape's name (the file name, or the block's).</param>
/// <param name="Description">What it holds.</param>
/// <param name="Fields">Its fields, in the order of the format.</param>
internal sealed record YamlForm(string Name, string Description, IReadOnlyList<FormField> Fields)
{
    /// <summary>The keys in the order of the format, for writing a new key where an author would.</summary>
    public IReadOnlyList<string> Order { get; } = [.. Fields.Select(f => f.Key)];

    /// <summary>The shape the loader reads the mapping with.</summary>
    public required Shape Shape { get; init; }

    public static YamlForm SiteSettings { get; } = From(ContentShapes.Site);

    public static YamlForm ReportSettings { get; } = From(ContentShapes.ReportSettings);

    public static YamlForm KeyFigures { get; } = From(ContentShapes.KeyFigures);

    public static YamlForm Budget { get; } = From(ContentShapes.Budget);

    public static YamlForm GreenBudget { get; } = From(GreenBudgetShapes.GreenBudget);

    public static YamlForm Indicators { get; } = From(ContentShapes.Indicators);

    public static YamlForm Glossary { get; } = From(ContentShapes.Glossary);

    public static YamlForm Strategy { get; } = From(ContentShapes.Taxonomy);

    /// <summary>Every form of a data file.</summary>
    public static IReadOnlyList<YamlForm> All { get; } = [SiteSettings, ReportSettings, KeyFigures, Budget, GreenBudget, Indicators, Glossary, Strategy];

    /// <summary>The form of a data file, from its path; null for a file that is not a data file.</summary>
    /// <param name="file">The file, relative to the content folder, with « / ».</param>
    /// <returns>The form.</returns>
    public static YamlForm? For(string file) => file.Split('/') switch
    {
        ["site.yml"] => SiteSettings,
        [var y, "rapport.yml"] when IsYear(y) => ReportSettings,
        [var y, "chiffres-cles.yml"] when IsYear(y) => KeyFigures,
        [var y, "budget.yml"] when IsYear(y) => Budget,
        [var y, "budget-vert.yml"] when IsYear(y) => GreenBudget,
        [var y, "indicateurs.yml"] when IsYear(y) => Indicators,
        [var y, "glossaire.yml"] when IsYear(y) => Glossary,
        [var y, "strategie", var name] when IsYear(y) && name.EndsWith(".yml", StringComparison.Ordinal) => Strategy,
        _ => null,
    };

    /// <summary>The field of <paramref name="key"/>.</summary>
    /// <param name="key">A key of the form.</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentException">No field has this key.</exception>
    public FormField this[string key] => Fields.FirstOrDefault(f => f.Key == key) ?? throw new ArgumentException($"No field « {key} » in {Name}.", nameof(key));

    /// <summary>
    /// Writes what the author typed into the mapping at <paramref name="path"/>: only the fields whose text differs from
    /// the file's are written (an emptied field removes its key); untouched fields keep their bytes.
    /// </summary>
    /// <param name="text">The file's text.</param>
    /// <param name="path">The mapping's path in the file (empty for the root).</param>
    /// <param name="typed">The posted text of the fields, by key; a key absent from it is left as it is.</param>
    /// <returns>The new text; null when the file is not YAML.</returns>
    public string? Apply(string text, IReadOnlyList<YamlStep> path, IReadOnlyDictionary<string, string> typed)
    {
        foreach (var field in Fields.Where(f => f.Kind is not (FormFieldKind.Group or FormFieldKind.Rows)))
        {
            if (!typed.TryGetValue(field.Key, out var posted) || YamlEditor.Parse(text) is not { } document)
            {
                continue;
            }

            var at = path.Append(field.Key).ToList();
            var current = document.Find(at);
            var value = field.Value(posted);
            if (value is null)
            {
                text = current is null ? text : document.Remove(at);
            }
            else if (Normalized(FormField.Display(current)) != Normalized(posted))
            {
                text = document.Set(at, value, Order);
            }
        }

        return YamlEditor.Parse(text) is null ? null : text;
    }

    /// <summary>The row to add to a table: the fields the author typed, and the required ones left empty (« cle: »), which the check then reports at their field.</summary>
    /// <param name="typed">The posted text of the row's fields, by key.</param>
    /// <returns>The row, in the order of the format.</returns>
    public YamlValue.Mapping Row(IReadOnlyDictionary<string, string> typed) =>
        new([.. Fields.Where(f => f.Kind is not (FormFieldKind.Group or FormFieldKind.Rows))
            .Select(f => (f.Key, Value: typed.TryGetValue(f.Key, out var posted) ? f.Value(posted) : null))
            .Select(e => (e.Key, e.Value ?? (this[e.Key].Required ? new YamlValue.Empty() : null)))
            .Where(e => e.Item2 is not null)
            .Select(e => (e.Key, e.Item2!))]);

    /// <summary>Whether a folder of the content folder is a year's (« 2024 »).</summary>
    /// <param name="folder">The folder's name.</param>
    /// <returns>True for four digits.</returns>
    public static bool IsYear(string folder) => folder.Length == 4 && folder.All(char.IsAsciiDigit);

    private static string Normalized(string text) => string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim())).Trim();

    private static YamlForm From(Shape shape) => new(shape.Name, shape.Description, [.. shape.Fields.Select(f => Field(shape, f))]) { Shape = shape };

    private static FormField Field(Shape shape, Field field) => new(
        field.Key,
        YamlFormLabels.Label(shape, field) ?? throw new InvalidOperationException($"The field « {field.Key} » of {shape.Name} has no label in YamlFormLabels."),
        Kind(field),
        field.Required,
        field.Description,
        field.Choices,
        field.Item is { } item ? From(item) : null);

    private static FormFieldKind Kind(Field field) => field.Kind switch
    {
        ValueKind.Text when field.Choices is not null => FormFieldKind.Choice,
        ValueKind.Text when field.Description.Contains("(Markdown)", StringComparison.Ordinal) => FormFieldKind.Markdown,
        ValueKind.Text => FormFieldKind.Text,
        ValueKind.Integer => FormFieldKind.Integer,
        ValueKind.Number => FormFieldKind.Number,
        ValueKind.Date => FormFieldKind.Date,
        // A list of finalités is always of the five codes of the law: the form shows them by their full names.
        ValueKind.TextList when field.Key == "finalites" => FormFieldKind.Finalities,
        ValueKind.TextList => FormFieldKind.TextList,
        ValueKind.Object => FormFieldKind.Group,
        ValueKind.ObjectList => FormFieldKind.Rows,
        ValueKind.AmountOrNotGiven => FormFieldKind.Amount,
        _ => FormFieldKind.YearValues,
    };
}
