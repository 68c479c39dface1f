using System.Runtime.CompilerServices;

namespace Rdd.Domain.Reports;

/// <summary>One of the three parts of a report.</summary>
public sealed record Part
{
    /// <summary>Which of the decree's three contents the part holds.</summary>
    public required PartKind Kind { get; init; }

    /// <summary>
    /// The title the authority gives the part; when none is given (null or blank), the default title of its kind
    /// (<see cref="PartKindExtensions.DefaultTitle"/>).
    /// </summary>
    public string Title { get => string.IsNullOrWhiteSpace(field) ? Kind.DefaultTitle() : field; init; }

    /// <summary>An introduction, in Markdown.</summary>
    public string Introduction { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The sections, in order.</summary>
    public IReadOnlyList<Section> Sections { get; init => field = ValueList.From(value); } = ValueList<Section>.Empty;

    /// <summary>Whether <paramref name="other"/> is this very part (identity; <see cref="ReportComparer.Structural"/> compares content).</summary>
    /// <param name="other">The other part.</param>
    /// <returns>True when both are the same instance.</returns>
    public bool Equals(Part? other) => ReferenceEquals(this, other);

    /// <summary>A hash of the instance, not of the content, in constant time.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
