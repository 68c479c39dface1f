using NodaTime;

namespace Rdd.Domain.Reports;

/// <summary>A span of days, both ends included.</summary>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day.</param>
public sealed record ActionPeriod(LocalDate Start, LocalDate End)
{
    /// <summary>The calendar year <paramref name="year"/>, 1 January to 31 December.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The period.</returns>
    public static ActionPeriod OfYear(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    /// <summary>Whether <paramref name="date"/> lies within the period.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when Start ≤ date ≤ End.</returns>
    public bool Contains(LocalDate date) => Start <= date && date <= End;
}
