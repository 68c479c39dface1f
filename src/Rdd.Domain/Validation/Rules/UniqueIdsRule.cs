using Rdd.Domain.Taxonomies;

namespace Rdd.Domain.Validation.Rules;

/// <summary>
/// Ids are unique within their kind across the whole report: sections, actions, key figures, budget lines, indicators,
/// glossary terms (ignoring case), taxonomies (which may not reuse a built-in id such as <c>finalites</c>,
/// <c>elements</c> or <c>odd</c>) and term codes within a taxonomy.
/// </summary>
/// <remarks>
/// No article governs ids; the reason is practical. An id names one page, one anchor or one reference
/// (<c>chiffres=…</c>, <c>termes=…</c>): when two elements share it, links and references silently reach the first
/// one only. Taxonomy ids and term codes are compared as <see cref="Codes.Normalize"/> does, because references are
/// resolved that way (<see cref="TaxonomySet"/>).
/// </remarks>
public sealed class UniqueIdsRule : IReportRule
{
    /// <summary>RDD1010: an id is used twice within its kind.</summary>
    public static DiagnosticDescriptor DuplicateId { get; } = new(
        "RDD1010", Severity.Error,
        "Identifiant utilisé deux fois",
        "Un identifiant désigne une seule page, une seule ancre ou une seule cible de référence : si deux éléments le partagent, les liens et les références n'atteignent que le premier.",
        "Donnez un identifiant distinct à chaque élément (par exemple en ajoutant un complément : mobilite-2), ou fusionnez les deux éléments.");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DuplicateId];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        var sections = report.Parts.SelectMany(p => p.Sections);
        var groups = new[]
        {
            Check(context, ElementKind.Section, "de section", sections.Select(s => s.Id), Exact),
            Check(context, ElementKind.Action, "d'action", sections.SelectMany(s => s.Actions).Select(a => a.Id), Exact, SameTitle(sections.SelectMany(s => s.Actions))),
            Check(context, ElementKind.KeyFigure, "de chiffre clé", report.KeyFigures.Select(f => f.Id), Exact),
            Check(context, ElementKind.BudgetLine, "de ligne de budget", (report.Budget?.Lines ?? []).Select(l => l.Id), Exact),
            Check(context, ElementKind.Indicator, "d'indicateur", report.Indicators.Select(i => i.Id), Exact),
            Check(context, ElementKind.Taxonomy, "de taxonomie", report.Taxonomies.Select(t => t.Id), Codes.Normalize),
        };
        foreach (var diagnostic in groups.SelectMany(g => g))
        {
            yield return diagnostic;
        }

        foreach (var duplicate in Duplicates(report.Glossary.Select(g => g.Term), term => RuleText.Of(term).Trim().ToUpperInvariant()))
        {
            yield return context.Diagnose(DuplicateId,
                $"Le sigle « {duplicate.First} » est défini {RuleText.Times(duplicate.Count)} dans le glossaire (la casse n'est pas distinguée) : gardez une seule définition.",
                new ElementRef(ElementKind.GlossaryEntry, duplicate.First));
        }

        foreach (var taxonomy in report.Taxonomies)
        {
            var reserved = context.Taxonomies.Find(taxonomy.Id);
            if (reserved is not null && !report.Taxonomies.Any(t => ReferenceEquals(t, reserved)))
            {
                var builtIn = BuiltInTaxonomies.All.Any(b => ReferenceEquals(b, reserved));
                yield return context.Diagnose(DuplicateId,
                    $"L'identifiant de taxonomie « {RuleText.Of(taxonomy.Id)} » est déjà utilisé par la taxonomie {(builtIn ? "intégrée" : "enregistrée")} « {RuleText.Of(reserved.Name)} » : choisissez un autre identifiant pour « {RuleText.Of(taxonomy.Name)} ».",
                    new ElementRef(ElementKind.Taxonomy, RuleText.Of(taxonomy.Id), ElementAttributes.Id));
            }

            foreach (var duplicate in Duplicates(taxonomy.Terms.Select(t => t.Code), Codes.Normalize))
            {
                yield return context.Diagnose(DuplicateId,
                    $"Le code « {duplicate.First} » est utilisé {RuleText.Times(duplicate.Count)} dans la taxonomie « {RuleText.Of(taxonomy.Name)} » : chaque terme doit avoir son propre code.",
                    new ElementRef(ElementKind.Term, $"{RuleText.Of(taxonomy.Id)}:{duplicate.First}", ElementAttributes.Code));
            }
        }
    }

    private static string Exact(string? id) => RuleText.Of(id);

    /// <summary>
    /// When the actions sharing an id also share their title, the id was most often derived from the title: the message
    /// says so, for the author wrote two titles, not two ids.
    /// </summary>
    private static Func<string, int, string?> SameTitle(IEnumerable<Reports.ReportAction> actions)
    {
        var titles = actions.GroupBy(a => RuleText.Of(a.Id), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(a => RuleText.Of(a.Title).Trim()).ToList(), StringComparer.Ordinal);
        return (id, count) =>
            titles.TryGetValue(id, out var same) && same.Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1
                ? $"{RuleText.Count(count, "action", "actions", capital: true)} ont le même titre « {same[0]} » : leur identifiant, tiré du titre, est donc le même (« {id} »), et les liens n'atteindraient que la première. Donnez-leur des titres distincts, ou à chacune un identifiant en fin de titre : ## {same[0]} {{#{id}-2}}."
                : null;
    }

    /// <summary>Each duplicate id, reported where it is written the second time when the loader recorded it, naming the first place.</summary>
    private static IEnumerable<Diagnostic> Check(ValidationContext context, ElementKind kind, string what, IEnumerable<string?> ids, Func<string?, string> key, Func<string, int, string?>? describe = null) =>
        Duplicates(ids, key).Select(d =>
        {
            var element = new ElementRef(kind, d.First, ElementAttributes.Id);
            var described = describe?.Invoke(d.First, d.Count);
            var message = described ?? $"L'identifiant {what} « {d.First} » est utilisé {RuleText.Times(d.Count)} : chaque identifiant {what} doit être unique dans le rapport.";
            var second = context.Sources.FindRepeat(element) ?? context.Sources.FindRepeat(element.WithoutAttribute);
            if (second is null || context.Sources.Find(element.WithoutAttribute) is not { } first)
            {
                return context.Diagnose(DuplicateId, message, element);
            }

            var firstPlace = first.Line > 0 ? $"{first.Path}, ligne {first.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : first.Path;
            return DuplicateId.Create(described is null ? $"{message} Il est déjà utilisé dans {firstPlace}." : $"{message} La première est dans {firstPlace}.", element, second);
        });

    /// <summary>The values that share a non-empty key with another, each group as its first value and its size, in first-seen order.</summary>
    /// <summary>
    /// The values whose key is met more than once, in the order of their first occurrence, with their count: one
    /// dictionary entry per distinct key (not a group of every value, which cost reports of 10 000 actions dearly).
    /// </summary>
    private static IEnumerable<(string First, int Count)> Duplicates(IEnumerable<string?> values, Func<string?, string> key)
    {
        var seen = new Dictionary<string, (string? First, int Count, int Order)>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var k = key(value);
            if (k.Length == 0)
            {
                continue;
            }

            seen[k] = seen.TryGetValue(k, out var entry) ? entry with { Count = entry.Count + 1 } : (value, 1, seen.Count);
        }

        return seen.Values.Where(e => e.Count > 1).OrderBy(e => e.Order).Select(e => (RuleText.Of(e.First), e.Count)).ToList();
    }
}
