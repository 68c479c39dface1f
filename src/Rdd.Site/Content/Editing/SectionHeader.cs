using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;

namespace Rdd.Site.Content.Editing;

/// <summary>The fields of a section's front matter the editor writes, as content/README.md names them.</summary>
internal static class SectionHeader
{
    /// <summary>Compares fields by key and value.</summary>
    public static IEqualityComparer<(string Key, HeaderValue Value)> FieldComparer { get; } = new Comparer();

    /// <summary>The section's title, group, finalités, elements, terms and ODD, as they are written.</summary>
    /// <param name="section">The section.</param>
    /// <returns>Each key and its value (an empty list, or a null text, when absent).</returns>
    public static IReadOnlyList<(string Key, HeaderValue Value)> Fields(Section section) =>
    [
        ("titre", HeaderValue.Of(section.Title)),
        ("groupe", HeaderValue.Of(section.Group)),
        ("finalites", HeaderValue.Of(section.DefaultFinalities)),
        ("elements", HeaderValue.Of(section.DefaultGovernanceElements)),
        ("termes", HeaderValue.Of(section.DefaultTerms.Where(t => t.Taxonomy != SustainableDevelopmentGoals.Id).Select(t => t.Taxonomy + ":" + t.Code).ToList())),
        ("odd", HeaderValue.Of(section.DefaultTerms.Where(t => t.Taxonomy == SustainableDevelopmentGoals.Id).Select(t => t.Code).ToList())),
    ];

    private sealed class Comparer : IEqualityComparer<(string Key, HeaderValue Value)>
    {
        public bool Equals((string Key, HeaderValue Value) x, (string Key, HeaderValue Value) y) =>
            x.Key == y.Key && x.Value.Text == y.Value.Text && (x.Value.Items ?? []).SequenceEqual(y.Value.Items ?? []);

        public int GetHashCode((string Key, HeaderValue Value) obj) => obj.Key.GetHashCode(StringComparison.Ordinal);
    }
}

/// <summary>The value of a front matter key: a text, or a list of codes; absent when both are empty.</summary>
/// <param name="Text">The text, for a text key.</param>
/// <param name="Items">The items, for a list key.</param>
internal sealed record HeaderValue(string? Text, IReadOnlyList<string>? Items)
{
    /// <summary>Whether the key should not be written at all.</summary>
    public bool IsAbsent => string.IsNullOrEmpty(Text) && (Items is null || Items.Count == 0);

    /// <summary>A text value.</summary>
    /// <param name="text">The text; null when absent.</param>
    /// <returns>The value.</returns>
    public static HeaderValue Of(string? text) => new(text, null);

    /// <summary>A list value.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The value.</returns>
    public static HeaderValue Of(IReadOnlyList<string> items) => new(null, items);
}
