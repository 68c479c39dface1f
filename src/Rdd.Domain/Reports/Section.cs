using System.Runtime.CompilerServices;

namespace Rdd.Domain.Reports;

/// <summary>
/// A section of a part: a theme (« Mobilités et déplacements »), a finalité (« Au regard de la lutte contre le
/// changement climatique »), a governance element or a stage of the decree, holding actions in the report's order.
/// </summary>
/// <remarks>
/// A section may give default finalités, governance elements or terms: every action of the section inherits them,
/// in addition to its own. This is how a Part 1 ordered by finalité, or a Part 3 ordered by governance element,
/// is written without repeating the same code on every action.
/// </remarks>
public sealed record Section
{
    /// <summary>A stable id, unique in the report.</summary>
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>
    /// The group the section belongs to within its part, when the report groups sections under a heading
    /// (« Une Agglo responsable », « Une Agglo solidaire »); consecutive sections of the same group are shown together.
    /// </summary>
    public string? Group { get; init; }

    /// <summary>An introduction, in Markdown, shown before the actions.</summary>
    public string Introduction { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Finalités every action of the section is aligned with.</summary>
    public IReadOnlyList<string> DefaultFinalities { get; init => field = Codes.CanonicalFinalities(value); } = ValueList<string>.Empty;

    /// <summary>Governance elements every action of the section illustrates.</summary>
    public IReadOnlyList<string> DefaultGovernanceElements { get; init => field = Codes.CanonicalGovernanceElements(value); } = ValueList<string>.Empty;

    /// <summary>Taxonomy terms every action of the section contributes to.</summary>
    public IReadOnlyList<TermReference> DefaultTerms { get; init => field = ValueList.From(value); } = ValueList<TermReference>.Empty;

    /// <summary>The actions, in the report's order.</summary>
    public IReadOnlyList<ReportAction> Actions { get; init => field = ValueList.From(value); } = ValueList<ReportAction>.Empty;

    /// <summary>Whether <paramref name="other"/> is this very section (identity; <see cref="ReportComparer.Structural"/> compares content).</summary>
    /// <param name="other">The other section.</param>
    /// <returns>True when both are the same instance.</returns>
    public bool Equals(Section? other) => ReferenceEquals(this, other);

    /// <summary>A hash of the instance, not of the content, in constant time.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);

    /// <summary>The finalités of <paramref name="action"/> once the section's defaults are inherited, without duplicates, in first-seen order.</summary>
    /// <param name="action">An action of this section.</param>
    /// <returns>The codes.</returns>
    public IReadOnlyList<string> FinalitiesOf(ReportAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Inherit(DefaultFinalities, action.Finalities, StringComparer.Ordinal);
    }

    /// <summary>The governance elements of <paramref name="action"/> once the section's defaults are inherited.</summary>
    /// <param name="action">An action of this section.</param>
    /// <returns>The codes.</returns>
    public IReadOnlyList<string> GovernanceElementsOf(ReportAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Inherit(DefaultGovernanceElements, action.GovernanceElements, StringComparer.Ordinal);
    }

    /// <summary>The taxonomy terms of <paramref name="action"/> once the section's defaults are inherited.</summary>
    /// <param name="action">An action of this section.</param>
    /// <returns>The references.</returns>
    public IReadOnlyList<TermReference> TermsOf(ReportAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Inherit(DefaultTerms, action.Terms, EqualityComparer<TermReference>.Default);
    }

    /// <summary>
    /// The section's defaults then the action's own values, each once. Most actions either add nothing to their
    /// section's defaults or the section has none: the list already held is then returned as it is (lists are
    /// immutable), since these are asked for on every page that lists the action.
    /// </summary>
    private static IReadOnlyList<T> Inherit<T>(IReadOnlyList<T> defaults, IReadOnlyList<T> own, IEqualityComparer<T> comparer)
    {
        if (defaults.Count == 0 && own is ValueList<T> && IsDistinct(own, comparer))
        {
            return own;
        }

        if (own.Count == 0 && defaults is ValueList<T> && IsDistinct(defaults, comparer))
        {
            return defaults;
        }

        return ValueList.From(defaults.Concat(own).Distinct(comparer));
    }

    private static bool IsDistinct<T>(IReadOnlyList<T> values, IEqualityComparer<T> comparer)
    {
        for (var i = 1; i < values.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (comparer.Equals(values[i], values[j]))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
