using Rdd.Domain.Validation;

namespace Rdd.Site.Serve.Publishing;

/// <summary>What the author asks « Publier » for.</summary>
/// <param name="Output">The folder the site is written into (replaced whole, as <c>rdd build -o</c> does).</param>
/// <param name="BasePath">The path the site will be served under (« / », or « /rdd/ » for a site under a folder).</param>
/// <param name="WarningsAccepted">Whether the author has seen the warnings and publishes all the same.</param>
internal sealed record PublishRequest(string Output, string BasePath, bool WarningsAccepted);

/// <summary>How a publication ended.</summary>
internal enum PublicationOutcome
{
    /// <summary>The request cannot be carried out as given (an output folder that is not one to replace); nothing is built.</summary>
    Refused,

    /// <summary>The content has errors, or the site could not be written: nothing is published.</summary>
    Blocked,

    /// <summary>The content has warnings the author has not accepted yet: nothing is published.</summary>
    WarningsToAccept,

    /// <summary>The site is written, with its ZIP, its open data files and, when Chromium is there, the PDF.</summary>
    Published,
}

/// <summary>The result of « Publier ».</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="Diagnostics">The check's diagnostics (errors block, warnings are shown).</param>
/// <param name="Message">Why a request was refused; what was written, once published; in French.</param>
/// <param name="PdfUnavailable">When published without a PDF: why, and how to get it, in French.</param>
internal sealed record Publication(PublicationOutcome Outcome, IReadOnlyList<Diagnostic> Diagnostics, string Message, string? PdfUnavailable = null)
{
    /// <summary>The errors among <see cref="Diagnostics"/>.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);

    /// <summary>The warnings among <see cref="Diagnostics"/>.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == Severity.Warning);
}
