using Rdd.Domain.Reports;

namespace Rdd.Domain.Validation;

/// <summary>
/// The attribute names the green budget rule (<see cref="Rules.GreenBudgetRule"/>) puts in <see cref="ElementRef.Attribute"/>
/// for the statement « Impact du budget pour la transition écologique » and its lines; a loader records where they
/// were written with the same names.
/// </summary>
public static class GreenBudgetAttributes
{
    /// <summary>The financial year of the statement.</summary>
    public const string FinancialYear = "financial-year";

    /// <summary>The amount of a line.</summary>
    public const string Amount = "amount";

    /// <summary>The classes of a line, all axes together.</summary>
    public const string Ratings = "ratings";

    /// <summary>The class of a line on one axis (« rating:attenuation »).</summary>
    /// <param name="axis">The axis.</param>
    /// <returns>The attribute name.</returns>
    public static string Rating(EnvironmentalAxis axis) => "rating:" + axis.Code();

    /// <summary>A stated total of the statement (« total:attenuation:favorable »).</summary>
    /// <param name="axis">The axis.</param>
    /// <param name="rating">The class.</param>
    /// <returns>The attribute name.</returns>
    public static string Total(EnvironmentalAxis axis, GreenRating rating) => $"total:{axis.Code()}:{rating.Code()}";
}
