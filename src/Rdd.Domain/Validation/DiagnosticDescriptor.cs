namespace Rdd.Domain.Validation;

/// <summary>
/// The documentation of one diagnostic code: what it means, why, and how to fix it. Rules declare the descriptors
/// they report, so that the documentation of every code is generated from the rules themselves.
/// </summary>
/// <param name="Code">The stable code (<c>RDD</c> followed by four digits).</param>
/// <param name="Severity">Its severity.</param>
/// <param name="Title">A short French title.</param>
/// <param name="Explanation">Why this matters, in French, citing the article or the reason.</param>
/// <param name="Fix">How to fix it, in French.</param>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string Title, string Explanation, string Fix)
{
    /// <summary>
    /// An example, in French Markdown: what the author wrote that caused the diagnostic, and what fixes it. Shown in the
    /// generated documentation of the code (docs/diagnostics/); null when the explanation says it all.
    /// </summary>
    public string? Example { get; init; }

    /// <summary>Creates a diagnostic of this code.</summary>
    /// <param name="message">The message.</param>
    /// <param name="element">The element concerned.</param>
    /// <param name="location">Where it was written.</param>
    /// <returns>The diagnostic.</returns>
    public Diagnostic Create(string message, ElementRef? element = null, SourceLocation? location = null) =>
        new(Code, Severity, message, element, location);
}
