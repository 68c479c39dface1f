namespace Rdd.Domain.Taxonomies;

/// <summary>A taxonomy given as data: a report's own strategy, or one a developer builds in code.</summary>
public sealed record Taxonomy : ITaxonomy
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <inheritdoc />
    public string Description { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <inheritdoc />
    public IReadOnlyList<Term> Terms { get; init => field = ValueList.From(value); } = ValueList<Term>.Empty;

    /// <summary>Copies any taxonomy into a data taxonomy.</summary>
    /// <param name="taxonomy">The taxonomy.</param>
    /// <returns>An equal-content <see cref="Taxonomy"/>.</returns>
    public static Taxonomy From(ITaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        return taxonomy as Taxonomy ?? new Taxonomy { Id = taxonomy.Id, Name = taxonomy.Name, Description = taxonomy.Description, Terms = taxonomy.Terms };
    }
}
