using System.Runtime.CompilerServices;
using Rdd.Domain.Law;

namespace Rdd.Domain.Reports;

/// <summary>
/// An action together with the part and section that hold it, and what it inherits from its section, worked out once
/// when it is placed: every page that lists the action asks for it, several times.
/// </summary>
/// <remarks>
/// Two placed actions are equal when they place the same action (the same instance) in the same part and section: a
/// comparison of three references, which makes a placed action a cheap key. The inherited lists are worked out from
/// those three and are not compared. Its properties cannot be changed by <c>with</c>, so that the inherited lists
/// always belong to the section and action they were worked out for.
/// </remarks>
public sealed record PlacedAction
{
    /// <summary>Places an action and works out what it inherits from its section.</summary>
    /// <param name="part">The part.</param>
    /// <param name="section">The section, one of the part's.</param>
    /// <param name="action">The action, one of the section's.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PlacedAction(Part part, Section section, ReportAction action)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(action);
        Part = part;
        Section = section;
        Action = action;
        Finalities = section.FinalitiesOf(action);
        GovernanceElements = section.GovernanceElementsOf(action);
        Terms = section.TermsOf(action);
    }

    /// <summary>The part.</summary>
    public Part Part { get; }

    /// <summary>The section.</summary>
    public Section Section { get; }

    /// <summary>The action.</summary>
    public ReportAction Action { get; }

    /// <summary>The action's finalités, inheriting its section's.</summary>
    public IReadOnlyList<string> Finalities { get; }

    /// <summary>The action's governance elements, inheriting its section's.</summary>
    public IReadOnlyList<string> GovernanceElements { get; }

    /// <summary>The finalités of <see cref="Finalities"/> that the law knows, resolved once asked for; unknown codes are left out.</summary>
    public IReadOnlyList<Finality> FinalityValues => field ??= ValueList.From(Finalities.Select(Law.Finalities.Find).OfType<Finality>());

    /// <summary>The governance elements of <see cref="GovernanceElements"/> that the law knows, resolved once asked for; unknown codes are left out.</summary>
    public IReadOnlyList<GovernanceElement> GovernanceElementValues => field ??= ValueList.From(GovernanceElements.Select(Law.GovernanceElements.Find).OfType<GovernanceElement>());

    /// <summary>The action's taxonomy terms, inheriting its section's.</summary>
    public IReadOnlyList<TermReference> Terms { get; }

    /// <summary>Whether both place the same action in the same part and section.</summary>
    /// <param name="other">The other placed action.</param>
    /// <returns>True when the part, the section and the action are the same instances.</returns>
    public bool Equals(PlacedAction? other) =>
        other is not null && ReferenceEquals(Part, other.Part) && ReferenceEquals(Section, other.Section) && ReferenceEquals(Action, other.Action);

    /// <summary>The action's identity alone: an action stands in one section of one part, so the part and the section would
    /// only cost the hash its time (every page listing actions looks them up by their placed action).</summary>
    /// <returns>The hash of the action instance.</returns>
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(Action);
}
