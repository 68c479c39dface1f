namespace Rdd.Domain.Reports;

/// <summary>A measured indicator: a value for the report's year, an optional target and an optional series over years.</summary>
public sealed record Indicator
{
    /// <summary>A stable id, unique in the report, and across years for the same indicator.</summary>
    public required string Id { get; init; }

    /// <summary>What is measured.</summary>
    public required string Label { get; init; }

    /// <summary>The unit (« % », « t CO2e », « m³ »); empty for a count.</summary>
    public string Unit { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The value for <see cref="Year"/>, when measured.</summary>
    public decimal? Value { get; init; }

    /// <summary>The year of the value.</summary>
    public required int Year { get; init; }

    /// <summary>The target value, when there is one.</summary>
    public decimal? Target { get; init; }

    /// <summary>The year the target is to be reached.</summary>
    public int? TargetYear { get; init; }

    /// <summary>Earlier values, by year.</summary>
    public IReadOnlyList<IndicatorPoint> Series { get; init => field = ValueList.From(value); } = ValueList<IndicatorPoint>.Empty;

    /// <summary>The source of the data.</summary>
    public string? Source { get; init; }

    /// <summary>The codes of the finalités the indicator informs on.</summary>
    public IReadOnlyList<string> Finalities { get; init => field = Codes.CanonicalFinalities(value); } = ValueList<string>.Empty;
}

/// <summary>The value of an indicator for one year.</summary>
/// <param name="Year">The year.</param>
/// <param name="Value">The value.</param>
public sealed record IndicatorPoint(int Year, decimal Value);
