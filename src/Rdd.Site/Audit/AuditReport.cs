using System.Text.Json.Serialization;

namespace Rdd.Site.Audit;

/// <summary>
/// What <c>rdd audit</c> found on every page of a built site (« audit-accessibilite.json », beside site.yml): the next
/// build reads it to say, in the accessibility statement, which tools checked which pages, when, and with what result.
/// It is an automatic check of a few criteria, never an RGAA audit: the statement keeps the state the authority declares.
/// </summary>
public sealed record AuditReport
{
    /// <summary>The file's name, in the content folder.</summary>
    public const string FileName = "audit-accessibilite.json";

    /// <summary>The readable summary's name, beside <see cref="FileName"/>.</summary>
    public const string SummaryFileName = "audit-accessibilite.md";

    /// <summary>When the audit ran.</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>The tools and their versions.</summary>
    public required AuditTools Tools { get; init; }

    /// <summary>The axe-core rule tags run (« wcag2a »…).</summary>
    public required IReadOnlyList<string> Rules { get; init; }

    /// <summary>Every page checked, in the site's order.</summary>
    public required IReadOnlyList<PageAudit> Pages { get; init; }

    /// <summary>Whether no page has a problem.</summary>
    [JsonIgnore]
    public bool Passed => Pages.All(p => p.Passed);

    /// <summary>The axe-core violations of all pages (one per rule and page).</summary>
    [JsonIgnore]
    public int ViolationCount => Pages.Sum(p => p.Violations.Count);
}

/// <summary>The tools of an audit, with their versions.</summary>
/// <param name="Rdd">The version of rdd.</param>
/// <param name="AxeCore">The version of axe-core (« 4.10.2 »).</param>
/// <param name="Browser">The browser, as it names itself (« Chromium 131.0.6778.85 »).</param>
public sealed record AuditTools(string Rdd, string AxeCore, string Browser);

/// <summary>What the audit found on one page.</summary>
public sealed record PageAudit
{
    /// <summary>The page's address from the site's root (« / », « /partie-1/ », « /2023/ »).</summary>
    public required string Url { get; init; }

    /// <summary>The page's title (its h1).</summary>
    public required string Title { get; init; }

    /// <summary>The axe-core rules the page breaks.</summary>
    public required IReadOnlyList<AxeViolation> Violations { get; init; }

    /// <summary>Whether the first focusable element is a link to the main content, which exists.</summary>
    public required bool SkipLink { get; init; }

    /// <summary>Whether, 320 CSS pixels wide, the page needs no horizontal scrolling (WCAG 1.4.10).</summary>
    public required bool Reflow320 { get; init; }

    /// <summary>Whether the page has one h1, first, and no heading skips a level.</summary>
    public required bool HeadingOrder { get; init; }

    /// <summary>Whether the page passes every check.</summary>
    [JsonIgnore]
    public bool Passed => Violations.Count == 0 && SkipLink && Reflow320 && HeadingOrder;
}

/// <summary>An axe-core rule a page breaks.</summary>
/// <param name="Id">The rule (« image-alt »).</param>
/// <param name="Impact">axe-core's impact: minor, moderate, serious or critical.</param>
/// <param name="Help">axe-core's description of the rule.</param>
/// <param name="Nodes">The CSS selectors of the elements at fault.</param>
public sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Nodes);

/// <summary>The audit's JSON, without reflection (Native AOT): indented, camelCase, null-checked when read.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(AuditReport))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class AuditJson : JsonSerializerContext;
