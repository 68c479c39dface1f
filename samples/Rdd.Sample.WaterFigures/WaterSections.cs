using Rdd.Domain;
using Rdd.Domain.Reports;

namespace Rdd.Sample.WaterFigures;

/// <summary>Which sections are about water: their id or title holds the word « eau » or « eaux » (not « réseau » nor « bureau »).</summary>
internal static class WaterSections
{
    public static bool IsAboutWater(Section section) => HasWaterWord(section.Id) || HasWaterWord(section.Title);

    public static IEnumerable<PlacedAction> Actions(Report report) => report.AllActions().Where(a => IsAboutWater(a.Section));

    private static bool HasWaterWord(string text) => Codes.Slugify(text).Split('-').Any(word => word is "eau" or "eaux");
}
