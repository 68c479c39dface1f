namespace Rdd.Domain.Reports;

/// <summary>Where an action stands in the year of the report (« avancement »).</summary>
public enum Progress
{
    /// <summary>« Lancement »: started this year (mise en place, création, lancement).</summary>
    Launched,

    /// <summary>« Poursuite »: continued from earlier years.</summary>
    Continued,

    /// <summary>« Renforcement »: continued and extended (renforcement, déploiement, développement).</summary>
    Reinforced,

    /// <summary>« Renouvellement »: a recurring action held again.</summary>
    Renewed,

    /// <summary>« Achèvement »: completed this year (finalisation, achèvement, signature).</summary>
    Completed,

    /// <summary>« En projet »: prepared or decided, not yet started (études, élaboration).</summary>
    Planned,
}

/// <summary>French wording and codes of <see cref="Progress"/> values.</summary>
public static class ProgressExtensions
{
    /// <summary>The code authors write for each value (<c>lancement</c>, <c>poursuite</c>, …).</summary>
    public static IReadOnlyDictionary<string, Progress> ByCode { get; } = new Dictionary<string, Progress>(StringComparer.Ordinal)
    {
        ["lancement"] = Progress.Launched,
        ["poursuite"] = Progress.Continued,
        ["renforcement"] = Progress.Reinforced,
        ["renouvellement"] = Progress.Renewed,
        ["achevement"] = Progress.Completed,
        ["projet"] = Progress.Planned,
    };

    /// <summary>The code authors write for <paramref name="progress"/>.</summary>
    /// <param name="progress">The value.</param>
    /// <returns>The code, e.g. <c>poursuite</c>.</returns>
    public static string Code(this Progress progress) => ByCode.First(p => p.Value == progress).Key;

    /// <summary>The French label shown to readers.</summary>
    /// <param name="progress">The value.</param>
    /// <returns>The label, e.g. « Poursuite ».</returns>
    public static string FrenchLabel(this Progress progress) => progress switch
    {
        Progress.Launched => "Lancement",
        Progress.Continued => "Poursuite",
        Progress.Reinforced => "Renforcement",
        Progress.Renewed => "Renouvellement",
        Progress.Completed => "Achèvement",
        _ => "En projet",
    };
}
