using NodaTime;
using Rdd.Domain.Reports;
using Rdd.Domain.Validation;
using Rdd.Site.Audit;

namespace Rdd.Site.Content;

/// <summary>A content folder once read: the site settings, one report per year, and what went wrong.</summary>
public sealed class LoadedContent
{
    internal LoadedContent(string root, SiteSettings site, IReadOnlyList<ContentYear> years, IReadOnlyList<Diagnostic> diagnostics)
    {
        Root = root;
        Site = site;
        Years = years;
        Diagnostics = diagnostics;
    }

    /// <summary>The content folder.</summary>
    public string Root { get; }

    /// <summary>The settings of site.yml.</summary>
    public SiteSettings Site { get; }

    /// <summary>The report years, oldest first.</summary>
    public IReadOnlyList<ContentYear> Years { get; }

    /// <summary>The diagnostics of reading the files (the consistency rules come after).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether reading failed somewhere.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The images the texts use, as paths relative to the content folder; published under <c>medias/</c>.</summary>
    public IReadOnlyCollection<string> Media { get; init; } = [];

    /// <summary>The same content with other reports for its years (the checker adds the taxonomies registered by code).</summary>
    /// <param name="years">The years, in the same order.</param>
    /// <returns>The content.</returns>
    internal LoadedContent WithYears(IReadOnlyList<ContentYear> years) => new(Root, Site, years, Diagnostics) { Media = Media };

    /// <summary>The most recent year, or null when none could be read.</summary>
    public ContentYear? Latest => Years.Count == 0 ? null : Years[^1];
}

/// <summary>The report of one year, with where each of its elements was written.</summary>
/// <param name="Folder">The year's folder, relative to the content folder (« 2024 »).</param>
/// <param name="Report">The report.</param>
/// <param name="Sources">Where its elements were written.</param>
public sealed record ContentYear(string Folder, Report Report, SourceMap Sources);

/// <summary>The settings of the site (site.yml), shared by all years.</summary>
public sealed record SiteSettings
{
    /// <summary>The authority, as site.yml describes it (each year may override its population).</summary>
    public Authority? Authority { get; init; }

    /// <summary>The site's title.</summary>
    public string? Title { get; init; }

    /// <summary>The accent colour, « #rrggbb ».</summary>
    public string? AccentColour { get; init; }

    /// <summary>The logo's path in the content folder.</summary>
    public string? Logo { get; init; }

    /// <summary>The public address of the site.</summary>
    public string? Url { get; init; }

    /// <summary>The licence of the published data when site.yml names none.</summary>
    public const string DefaultLicence = "Licence Ouverte 2.0 (Etalab-2.0)";

    /// <summary>The licence of the published data.</summary>
    public string Licence { get; init; } = DefaultLicence;

    /// <summary>A contact for readers.</summary>
    public string? Contact { get; init; }

    /// <summary>The accessibility statement settings.</summary>
    public AccessibilitySettings Accessibility { get; init; } = new();

    /// <summary>The legal notice, in Markdown.</summary>
    public string? LegalNotice { get; init; }

    /// <summary>The latest <c>rdd audit</c> (audit-accessibilite.json, beside site.yml), or null when none was run.</summary>
    public AuditReport? Audit { get; init; }

    /// <summary>The extensions to load (<c>extensions:</c>), relative to the content folder.</summary>
    public IReadOnlyList<ExtensionReference> Extensions { get; init; } = [];
}

/// <summary>The settings of the accessibility statement (« déclaration d'accessibilité », RGAA 4.1).</summary>
public sealed record AccessibilitySettings
{
    /// <summary><c>totalement-conforme</c>, <c>partiellement-conforme</c> or <c>non-conforme</c>; non-conforme when no audit was made.</summary>
    public string Status { get; init; } = "non-conforme";

    /// <summary>The share of RGAA criteria met, in percent.</summary>
    public decimal? Rate { get; init; }

    /// <summary>The date of the audit.</summary>
    public LocalDate? AuditDate { get; init; }

    /// <summary>The date the statement was established (« date_declaration »); the audit's date when not given.</summary>
    public LocalDate? StatementDate { get; init; }

    /// <summary>Who audited.</summary>
    public string? Auditor { get; init; }

    /// <summary>Content that is not accessible, and exemptions.</summary>
    public IReadOnlyList<string> NonAccessibleContent { get; init; } = [];

    /// <summary>How to report an accessibility defect.</summary>
    public string? Contact { get; init; }

    /// <summary>The address of the multi-year plan (« schéma pluriannuel »).</summary>
    public string? MultiYearPlan { get; init; }

    /// <summary>The address of this year's action plan.</summary>
    public string? ActionPlan { get; init; }
}

/// <summary>An extension named in site.yml (<c>extensions:</c>), for the extension loader, a later stage, to load.</summary>
/// <param name="Path">Its path, relative to the content folder.</param>
/// <param name="Location">Where site.yml names it.</param>
public sealed record ExtensionReference(string Path, SourceLocation Location);
