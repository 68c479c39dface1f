namespace Rdd.Domain.Reports;

/// <summary>An acronym or term of the report's glossary.</summary>
public sealed record GlossaryEntry
{
    /// <summary>The acronym or term as written in the text (« QPV »).</summary>
    public required string Term { get; init; }

    /// <summary>Its expansion (« Quartier prioritaire de la politique de la ville »).</summary>
    public required string Expansion { get; init; }

    /// <summary>A longer explanation, in Markdown, when useful.</summary>
    public string? Definition { get; init; }
}
