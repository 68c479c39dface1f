namespace Rdd.Site.Content.Editing;

/// <summary>A value the editor writes into a YAML file, in the form the content format gives it (see content/README.md).</summary>
internal abstract record YamlValue
{
    private YamlValue()
    {
    }

    /// <summary>A text: quoted when YAML would read it as something else; a literal block (« | ») when it has several lines.</summary>
    public sealed record Text(string Value) : YamlValue;

    /// <summary>A number, a date or a budget amount (« non communiqué »): written as typed, plain whenever YAML allows.</summary>
    public sealed record Typed(string Value) : YamlValue;

    /// <summary>No value: « cle: » alone, for a required key of a new row that the loader then reports at its field.</summary>
    public sealed record Empty : YamlValue;

    /// <summary>A list of texts on one line: <c>[climat, biodiversite]</c>.</summary>
    public sealed record List(IReadOnlyList<string> Items) : YamlValue;

    /// <summary>Values by year on one line: <c>{ 2022: 10, 2023: 12 }</c>.</summary>
    public sealed record YearValues(IReadOnlyList<(string Year, string Value)> Points) : YamlValue;

    /// <summary>A block of keys, one a line, indented under its key or its dash.</summary>
    public sealed record Mapping(IReadOnlyList<(string Key, YamlValue Value)> Entries) : YamlValue;

    /// <summary>A list of items, one a dash (the rows of a table).</summary>
    public sealed record Rows(IReadOnlyList<YamlValue> Items) : YamlValue;
}
