using Rdd.Domain.Reports;

namespace Rdd.Benchmarks.FastPaths;

/// <summary>The texts the shortcuts work on, taken from a generated 1 000-action report: what a build hands them.</summary>
public static class FastPathInputs
{
    /// <summary>How many actions each benchmark goes through per operation.</summary>
    public const int Actions = 200;

    private static readonly Lazy<Report> Generated = new(() => GeneratedContent.Report(1_000));

    /// <summary>The first <see cref="Actions"/> actions of the report.</summary>
    /// <returns>The actions.</returns>
    public static IReadOnlyList<Domain.Reports.ReportAction> ActionsOfReport() =>
        [.. Generated.Value.AllActions().Take(Actions).Select(placed => placed.Action)];

    /// <summary>The terms of the report's glossary.</summary>
    /// <returns>The terms.</returns>
    public static IReadOnlyList<string> GlossaryTerms() => [.. Generated.Value.Glossary.Select(entry => entry.Term)];

    /// <summary>The report.</summary>
    /// <returns>The report.</returns>
    public static Report Report() => Generated.Value;
}
