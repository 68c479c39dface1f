namespace Rdd.Domain.Taxonomies;

/// <summary>A correspondence between the terms of two taxonomies, with a statement of where it comes from.</summary>
public sealed record Crosswalk
{
    /// <summary>The id of the source taxonomy.</summary>
    public required string From { get; init; }

    /// <summary>The id of the target taxonomy.</summary>
    public required string To { get; init; }

    /// <summary>Who proposes the correspondence and on what basis, in French; shown to readers beside it.</summary>
    public required string Provenance { get; init; }

    /// <summary>The pairs of codes (source, target).</summary>
    public IReadOnlyList<CrosswalkPair> Pairs { get; init => field = ValueList.From(value); } = ValueList<CrosswalkPair>.Empty;

    /// <summary>The target codes that correspond to <paramref name="fromCode"/>.</summary>
    /// <param name="fromCode">A code of the source taxonomy.</param>
    /// <returns>The target codes, in the crosswalk's order.</returns>
    public IEnumerable<string> Targets(string fromCode) => Pairs.Where(p => p.From == fromCode).Select(p => p.To);

    /// <summary>The source codes that correspond to <paramref name="toCode"/>.</summary>
    /// <param name="toCode">A code of the target taxonomy.</param>
    /// <returns>The source codes, in the crosswalk's order.</returns>
    public IEnumerable<string> Sources(string toCode) => Pairs.Where(p => p.To == toCode).Select(p => p.From);
}

/// <summary>One correspondence of a crosswalk.</summary>
/// <param name="From">The source code.</param>
/// <param name="To">The target code.</param>
public sealed record CrosswalkPair(string From, string To);
