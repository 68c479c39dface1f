using Rdd.Domain.Reports;

namespace Rdd.Domain.Taxonomies;

/// <summary>The taxonomies a report may refer to: the built-in ones, any registered by code, and the report's own.</summary>
public sealed class TaxonomySet
{
    private readonly Dictionary<string, ITaxonomy> _byId;
    private readonly Dictionary<string, Dictionary<string, Term>> _terms;

    /// <summary>Creates a set. When two taxonomies share an id, the first one wins; <see cref="Duplicates"/> lists the others.</summary>
    /// <param name="taxonomies">The taxonomies, in priority order.</param>
    public TaxonomySet(IEnumerable<ITaxonomy> taxonomies)
    {
        ArgumentNullException.ThrowIfNull(taxonomies);
        _byId = new Dictionary<string, ITaxonomy>(StringComparer.Ordinal);
        _terms = new Dictionary<string, Dictionary<string, Term>>(StringComparer.Ordinal);
        var all = new List<ITaxonomy>();
        var duplicates = new List<ITaxonomy>();
        foreach (var taxonomy in taxonomies)
        {
            var id = Codes.Normalize(taxonomy.Id);
            if (!_byId.TryAdd(id, taxonomy))
            {
                duplicates.Add(taxonomy);
                continue;
            }

            all.Add(taxonomy);
            var terms = new Dictionary<string, Term>(StringComparer.Ordinal);
            foreach (var term in taxonomy.Terms)
            {
                terms.TryAdd(Codes.Normalize(term.Code), term);
            }

            _terms[id] = terms;
        }

        All = ValueList.From(all);
        Duplicates = ValueList.From(duplicates);
    }

    /// <summary>The taxonomies, without duplicates.</summary>
    public IReadOnlyList<ITaxonomy> All { get; }

    /// <summary>The taxonomies that were passed over because an earlier one had the same id.</summary>
    public IReadOnlyList<ITaxonomy> Duplicates { get; }

    /// <summary>The set for a report: the built-in taxonomies, then <paramref name="extra"/>, then the report's own.</summary>
    /// <param name="report">The report.</param>
    /// <param name="extra">Taxonomies registered by code.</param>
    /// <returns>The set.</returns>
    public static TaxonomySet For(Report report, IEnumerable<ITaxonomy>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new TaxonomySet(BuiltInTaxonomies.All.Concat(extra ?? []).Concat(report.Taxonomies));
    }

    /// <summary>The taxonomy with that id (compared as <see cref="Codes.Normalize"/> does), or null.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The taxonomy.</returns>
    public ITaxonomy? Find(string? id) => _byId.GetValueOrDefault(Codes.Normalize(id));

    /// <summary>The term a reference points to, or null when the taxonomy or the term is unknown.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>The term.</returns>
    public Term? Resolve(TermReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return _terms.TryGetValue(Codes.Normalize(reference.Taxonomy), out var terms) ? terms.GetValueOrDefault(Codes.Normalize(reference.Code)) : null;
    }
}
