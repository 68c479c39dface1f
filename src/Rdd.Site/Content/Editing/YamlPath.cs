using System.Globalization;

namespace Rdd.Site.Content.Editing;

/// <summary>One step from a YAML node to one of its children: a key of a mapping, or the index of an item of a sequence.</summary>
internal readonly record struct YamlStep
{
    private YamlStep(string? key, int index)
    {
        Key = key;
        Index = index;
    }

    /// <summary>The key, for a step into a mapping; null for a step into a sequence.</summary>
    public string? Key { get; }

    /// <summary>The item's index (from 0), for a step into a sequence.</summary>
    public int Index { get; }

    public static implicit operator YamlStep(string key) => new(key ?? throw new ArgumentNullException(nameof(key)), -1);

    public static implicit operator YamlStep(int index) => index >= 0 ? new(null, index) : throw new ArgumentOutOfRangeException(nameof(index), "An item index is never negative.");

    public override string ToString() => Key ?? Index.ToString(CultureInfo.InvariantCulture);
}
