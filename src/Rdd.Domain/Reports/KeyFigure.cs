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

    /// <summary>
    /// Whether the value is a change, and which way: « −52 % de consommations » is a <see cref="Change.Decrease"/> of
    /// 52 %. The <see cref="Value"/> of a change is its size, without sign; a level or a share has <see cref="Change.None"/>.
    /// </summary>
    /// <remarks>A share is between 0 and 100 %; a change in percent is not (« +150 % de fréquentation »), and is shown with its sign.</remarks>
    public Change Change { get; init; } = Change.None;
}

/// <summary>Whether a key figure is a change (« évolution »), and which way.</summary>
public enum Change
{
    /// <summary>A level, a count or a share, not a change.</summary>
    None,

    /// <summary>« hausse »: an increase, shown « +12 % ».</summary>
    Increase,

    /// <summary>« baisse »: a decrease, shown « −52 % ».</summary>
    Decrease,
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
