namespace Rdd.Domain.Reports;

/// <summary>A key figure (« chiffre clé »): a value, its unit and what it counts (« 12 000 trajets de covoiturage recensés »).</summary>
public sealed record KeyFigure
{
    /// <summary>A stable id, unique in the report.</summary>
    public required string Id { get; init; }

    /// <summary>The theme it belongs to (« Mobilité », « Eau et assainissement »).</summary>
    public string Theme { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The value.</summary>
    public required decimal Value { get; init; }

    /// <summary>The unit written after the value (« € », « M€ », « % », « km »); empty for a count.</summary>
    public string Unit { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>What the value counts, written after it (« trajets de covoiturage recensés »).</summary>
    public required string Label { get; init; }

    /// <summary>How exact the value is (« plus de 2 000 », « près de 40 »).</summary>
    public Approximation Approximation { get; init; } = Approximation.Exact;
}

/// <summary>How a figure relates to the truth it reports.</summary>
public enum Approximation
{
    /// <summary>The value as counted.</summary>
    Exact,

    /// <summary>« plus de »: the value is a lower bound.</summary>
    AtLeast,

    /// <summary>« moins de »: the value is an upper bound.</summary>
    AtMost,

    /// <summary>« environ », « près de »: a rounded value.</summary>
    About,
}
