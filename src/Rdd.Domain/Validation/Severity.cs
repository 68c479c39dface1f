namespace Rdd.Domain.Validation;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>Information: the report is valid; the author may want to know.</summary>
    Info,

    /// <summary>Warning: the report can be published, but something is missing or doubtful.</summary>
    Warning,

    /// <summary>Error: the report does not meet the law or cannot be read; nothing is published.</summary>
    Error,
}

/// <summary>French and machine wording of <see cref="Severity"/> values.</summary>
public static class SeverityExtensions
{
    /// <summary>The MSBuild-style word: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The word.</returns>
    public static string Keyword(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The French word: « erreur », « avertissement » or « information ».</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The word.</returns>
    public static string FrenchLabel(this Severity severity) => severity switch
    {
        Severity.Error => "erreur",
        Severity.Warning => "avertissement",
        _ => "information",
    };
}
