namespace Rdd.Domain.Validation;

/// <summary>A finding about a report: a stable code, a severity, a French message, the element concerned and where it was written.</summary>
/// <param name="Code">The stable code (e.g. <c>RDD1003</c>).</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">The message, in French, for the report's author.</param>
/// <param name="Element">The element concerned, when there is one.</param>
/// <param name="Location">Where it was written, when the report came from files or from JSON.</param>
public sealed record Diagnostic(string Code, Severity Severity, string Message, ElementRef? Element = null, SourceLocation? Location = null)
{
    /// <summary>
    /// The diagnostic in the MSBuild convention: <c>path(line,col): error RDD1234: message</c>. Without a location, the
    /// element concerned comes first (<c>Action:velo#finalities: error RDD1003: message</c>), unless it is the report itself.
    /// </summary>
    /// <returns>The text form.</returns>
    public override string ToString() => (Location, Element) switch
    {
        ({ } location, _) => $"{location}: {Severity.Keyword()} {Code}: {Message}",
        (null, { Kind: not ElementKind.Report } element) => $"{element}: {Severity.Keyword()} {Code}: {Message}",
        _ => $"{Severity.Keyword()} {Code}: {Message}",
    };
}
