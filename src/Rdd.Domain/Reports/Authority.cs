using Rdd.Domain.Law;

namespace Rdd.Domain.Reports;

/// <summary>The local authority that presents the report (« collectivité »).</summary>
public sealed record Authority
{
    /// <summary>The authority's name (e.g. « Carcassonne Agglo »).</summary>
    public required string Name { get; init; }

    /// <summary>Its kind, which decides the obligation.</summary>
    public required AuthorityKind Kind { get; init; }

    /// <summary>Its legal form in French, when more precise than the kind (e.g. « communauté d'agglomération »).</summary>
    public string? LegalForm { get; init; }

    /// <summary>Its population (« population totale » of the census), as the thresholds of the CGCT count it.</summary>
    public required int Population { get; init; }

    /// <summary>Its SIREN number (9 digits), when given.</summary>
    public string? Siren { get; init; }

    /// <summary>
    /// The SIRET number (14 digits: the SIREN, then the 5-digit number of the establishment) of the establishment that
    /// publishes the report, when given. data.gouv.fr and the SCDL schemas (« socle commun des données locales ») key
    /// a publisher's data by it, so the open data files carry it on every row.
    /// </summary>
    public string? Siret { get; init; }
}
