namespace Rdd.Domain.Taxonomies;

/// <summary>
/// A classification that actions refer to: the finalités, the governance elements, the 17 ODD, or a territory's own
/// strategy (défis and ambitions of a projet de territoire, axes of a plan).
/// </summary>
/// <remarks>Built-in taxonomies implement this interface the same way a third party does.</remarks>
public interface ITaxonomy
{
    /// <summary>The taxonomy's id, used in references (<c>odd:13</c>) and URLs; lower case, unique in a report.</summary>
    string Id { get; }

    /// <summary>Its French name (« Objectifs de développement durable »).</summary>
    string Name { get; }

    /// <summary>A French description, in Markdown.</summary>
    string Description { get; }

    /// <summary>The terms, in order.</summary>
    IReadOnlyList<Term> Terms { get; }
}

/// <summary>A term of a taxonomy.</summary>
public sealed record Term
{
    /// <summary>The code, unique in its taxonomy (<c>ambition-1</c>, <c>13</c>).</summary>
    public required string Code { get; init; }

    /// <summary>The French label.</summary>
    public required string Label { get; init; }

    /// <summary>A short label for compact displays; defaults to the label.</summary>
    public string? ShortLabel { get; init; }

    /// <summary>A description, in Markdown.</summary>
    public string Description { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The code of the parent term in the same taxonomy (an ambition's défi), when the taxonomy is a hierarchy.</summary>
    public string? Parent { get; init; }

    /// <summary>
    /// The codes of the terms of the same taxonomy, in the previous year's report, that this one replaces: an ambition
    /// renamed, two merged, one split (each new term then names the old one).
    /// </summary>
    /// <remarks>
    /// A strategy changes between two reports; the multi-year site links a term to those it replaces, and an action that
    /// still refers to a replaced term is told which term replaces it.
    /// </remarks>
    public IReadOnlyList<string> Replaces { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;
}
