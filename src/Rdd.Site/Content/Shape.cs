namespace Rdd.Site.Content;

/// <summary>The kinds of value a content key holds.</summary>
internal enum ValueKind
{
    Text,
    Integer,
    Number,
    Date,
    TextList,
    Object,
    ObjectList,
    AmountOrNotGiven,
    YearValues,
}

/// <summary>One key of a YAML mapping in the content format: its name, kind, whether it is required, and its documentation.</summary>
internal sealed record Field(string Key, ValueKind Kind, string Description, bool Required = false)
{
    /// <summary>The shape of the mapping(s) held, for <see cref="ValueKind.Object"/> and <see cref="ValueKind.ObjectList"/>.</summary>
    public Shape? Item { get; init; }

    /// <summary>The allowed values of a text, when they are a closed list.</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>A regular expression a text must match (JSON Schema <c>pattern</c>).</summary>
    public string? Pattern { get; init; }
}

/// <summary>
/// The keys a YAML mapping of the content format may hold. One declaration serves three purposes: the loader
/// rejects unknown keys with a suggestion, the JSON Schemas editors use are generated from it, and so is the
/// authors' documentation.
/// </summary>
internal sealed record Shape(string Name, string Description, IReadOnlyList<Field> Fields)
{
    public Field? Find(string normalizedKey) => Fields.FirstOrDefault(f => Keys.Normalize(f.Key) == normalizedKey);
}

/// <summary>Key comparison for the content format: accents, case, and the separators <c>_</c>, <c>-</c> and space do not matter.</summary>
internal static class Keys
{
    public static string Normalize(string key) => Rdd.Domain.Codes.Normalize(key).Replace('-', '_');
}
