using Rdd.Domain.Law;
using Rdd.Domain.Reports;

namespace Rdd.Site.Import;

/// <summary>What an import needs besides the document: the authority (as <c>rdd new</c> asks for it) and the heading levels.</summary>
public sealed record ImportOptions
{
    /// <summary>The authority's name (« Ville de Belval »).</summary>
    public required string Name { get; init; }

    /// <summary>Its kind.</summary>
    public required AuthorityKind Kind { get; init; }

    /// <summary>Its population.</summary>
    public required int Population { get; init; }

    /// <summary>The year the report covers.</summary>
    public required int Year { get; init; }

    /// <summary>The SIRET of the publishing establishment, already checked, or null.</summary>
    public string? Siret { get; init; }

    /// <summary>The article of the name in a sentence, or null for the one its first word takes.</summary>
    public AuthorityArticle? Article { get; init; }

    /// <summary>Which heading level is a part, a section, an action.</summary>
    public HeadingLevels Levels { get; init; } = HeadingLevels.Default;

    /// <summary>The document's name, for the messages and the report (« rapport-2023.docx »).</summary>
    public string SourceName { get; init; } = "document.docx";
}
