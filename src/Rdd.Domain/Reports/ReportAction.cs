using System.Runtime.CompilerServices;

namespace Rdd.Domain.Reports;

/// <summary>
/// An action reported on: in Parts 1 and 2, an action, policy or programme aligned with finalités; in Part 3, a
/// practice (« modalité ») illustrating governance elements.
/// </summary>
public sealed record ReportAction
{
    /// <summary>A stable id, unique in the report, used in URLs and references (e.g. <c>stationnement-cyclable</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The title, plain text.</summary>
    public required string Title { get; init; }

    /// <summary>The description, in Markdown.</summary>
    public string Body { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The codes of the finalités the action is aligned with, besides those its section gives all its actions.</summary>
    public IReadOnlyList<string> Finalities { get; init => field = Codes.CanonicalFinalities(value); } = ValueList<string>.Empty;

    /// <summary>Where the action stands this year, when stated.</summary>
    public Progress? Progress { get; init; }

    /// <summary>The codes of the governance elements the action illustrates, besides those of its section.</summary>
    public IReadOnlyList<string> GovernanceElements { get; init => field = Codes.CanonicalGovernanceElements(value); } = ValueList<string>.Empty;

    /// <summary>The taxonomy terms (strategy, plans, ODD) the action contributes to, besides those of its section.</summary>
    public IReadOnlyList<TermReference> Terms { get; init => field = ValueList.From(value); } = ValueList<TermReference>.Empty;

    /// <summary>The ids of the key figures that illustrate the action.</summary>
    public IReadOnlyList<string> Figures { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    /// <summary>The partners named for the action.</summary>
    public IReadOnlyList<string> Partners { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    /// <summary>The places concerned (communes, districts, sites).</summary>
    public IReadOnlyList<string> Places { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    /// <summary>The period the action covers, when stated.</summary>
    public ActionPeriod? Period { get; init; }

    /// <summary>The id of the same action in the previous year's report, when it is continued from it.</summary>
    public string? ContinuesFrom { get; init; }

    /// <summary>Whether <paramref name="other"/> is this very action (identity; <see cref="ReportComparer.Structural"/> compares content).</summary>
    /// <param name="other">The other action.</param>
    /// <returns>True when both are the same instance.</returns>
    public bool Equals(ReportAction? other) => ReferenceEquals(this, other);

    /// <summary>A hash of the instance, not of the content, in constant time.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
