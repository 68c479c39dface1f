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

    /// <summary>
    /// Where the code's documentation page is: by default, for Rdd's own codes (all but <c>RDD9000</c>–<c>RDD9998</c>),
    /// the page <c>docs/diagnostics/RDD1003.md</c> of Rdd's repository, which says how to fix the problem in the content
    /// files and in JSON or C#; an extension sets its own, or leaves it null.
    /// </summary>
    public string? HelpLink
    {
        get => field ?? (IsExtensionCode(Code) ? null : $"docs/diagnostics/{Code}.md");
        init;
    }

    /// <summary>The descriptor of one of Rdd.Domain's codes: those of the built-in rules, <c>RDD9999</c> and those of reading JSON.</summary>
    /// <param name="code">The code (e.g. <c>RDD1003</c>).</param>
    /// <returns>The descriptor, or null when Rdd.Domain has no such code.</returns>
    public static DiagnosticDescriptor? Find(string code) =>
        ReportValidator.Default.Descriptors.Concat(Json.ReportJson.Descriptors).FirstOrDefault(d => d.Code == code);

    /// <summary>Whether the code lies in <c>RDD9000</c>–<c>RDD9998</c>, the range of extensions' rules.</summary>
    internal static bool IsExtensionCode(string? code) =>
        code is not null && string.CompareOrdinal(code, "RDD9000") >= 0 && string.CompareOrdinal(code, "RDD9998") <= 0;

    /// <summary>Creates a diagnostic of this code.</summary>
    /// <param name="message">The message.</param>
    /// <param name="element">The element concerned.</param>
    /// <param name="location">Where it was written.</param>
    /// <returns>The diagnostic.</returns>
    public Diagnostic Create(string message, ElementRef? element = null, SourceLocation? location = null) =>
        new(Code, Severity, message, element, location);
}
