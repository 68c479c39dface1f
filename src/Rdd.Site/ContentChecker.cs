using Rdd.Domain.Taxonomies;
using Rdd.Domain.Validation;
using Rdd.Site.Content;
using Rdd.Site.Extensions;

namespace Rdd.Site;

/// <summary>
/// The first two stages: read a content folder (<see cref="ContentLoader"/>), load the extensions its site.yml names
/// (<see cref="ExtensionLoader"/>, which reads what the loader found), then run the consistency rules on every year.
/// </summary>
public static class ContentChecker
{
    /// <summary>Loads and validates a content folder; a year whose files could not all be read is not validated until they are fixed.</summary>
    /// <param name="root">The content folder.</param>
    /// <param name="validator">The validator; <see cref="ReportValidator.Default"/> when null.</param>
    /// <param name="extensions">Extensions to load besides those of site.yml (<c>--extension</c>), relative to the current folder.</param>
    /// <returns>The content and every diagnostic, reading's first.</returns>
    public static CheckResult Check(string root, ReportValidator? validator = null, IReadOnlyList<string>? extensions = null)
    {
        var content = ContentLoader.Load(root);
        var diagnostics = new List<Diagnostic>(content.Diagnostics);

        // Extensions add their rules and taxonomies to the validator; loading them never throws.
        var loaded = content.Site.Extensions.Count == 0 && (extensions is null || extensions.Count == 0)
            ? LoadedExtensions.None
            : ExtensionLoader.Load(root, content.Site.Extensions, extensions ?? []);
        diagnostics.AddRange(loaded.Diagnostics);
        validator = loaded.Apply(validator ?? ReportValidator.Default, diagnostics);
        foreach (var year in content.Years)
        {
            // Reading errors come first: a file that could not be read leaves out elements that others refer to,
            // and the rules would report each reference as a second, misleading error.
            var readErrors = content.Diagnostics.Any(d => d.Severity == Severity.Error && d.Location is { } l
                && (l.Path == "site.yml" || l.Path.StartsWith(year.Folder + "/", StringComparison.Ordinal)));
            if (!readErrors)
            {
                diagnostics.AddRange(validator.Validate(year.Report, year.Sources).Diagnostics);
            }
        }

        diagnostics.AddRange(CheckContinuity(content));
        diagnostics.AddRange(CheckReplacedTerms(content));
        return new CheckResult(WithRegisteredTaxonomies(content, validator), new ValidationResult(diagnostics)) { Extensions = loaded };
    }

    /// <summary>Every <c>remplace:</c> of a term names a term of the same taxonomy in the previous year's report.</summary>
    private static IEnumerable<Diagnostic> CheckReplacedTerms(LoadedContent content)
    {
        for (var i = 0; i < content.Years.Count; i++)
        {
            var year = content.Years[i];
            var previous = i > 0 ? content.Years[i - 1] : null;
            foreach (var taxonomy in year.Report.Taxonomies)
            {
                var before = previous?.Report.Taxonomies.FirstOrDefault(t => Rdd.Domain.Codes.Normalize(t.Id) == Rdd.Domain.Codes.Normalize(taxonomy.Id));
                var known = before?.Terms.Select(t => Rdd.Domain.Codes.Normalize(t.Code)).ToHashSet(StringComparer.Ordinal) ?? [];
                foreach (var term in taxonomy.Terms)
                {
                    foreach (var code in term.Replaces.Where(c => !known.Contains(Rdd.Domain.Codes.Normalize(c))))
                    {
                        var element = new ElementRef(ElementKind.Term, $"{taxonomy.Id}:{term.Code}", ElementAttributes.Replaces);
                        var message = previous is null
                            ? $"Le terme « {term.Label} » dit remplacer « {code} », mais le dossier ne contient pas de rapport de l'année précédente."
                            : before is null
                                ? $"Le terme « {term.Label} » dit remplacer « {code} », mais le rapport {previous.Folder} n'a pas de taxonomie « {taxonomy.Id} »."
                                : $"Le terme « {term.Label} » dit remplacer « {code} », qui n'est pas un terme de « {before.Name} » dans le rapport {previous.Folder}.{(Rdd.Domain.Codes.Suggest(code, before.Terms.Select(t => t.Code)) is { } s ? $" Vouliez-vous dire « {s} » ?" : string.Empty)}";
                        yield return ContentDiagnostics.UnknownReplacedTerm.Create(message, element, year.Sources.Find(element));
                    }
                }
            }
        }
    }

    /// <summary>
    /// The content whose reports hold, before their own, the taxonomies registered by code: from then on a taxonomy
    /// an extension registers is one of the report's, and gets what a taxonomy of <c>strategie/</c> gets (pages,
    /// links, search filter, data columns, editor checkboxes) through the same code.
    /// </summary>
    private static LoadedContent WithRegisteredTaxonomies(LoadedContent content, ReportValidator validator)
    {
        if (validator.Taxonomies.Count == 0)
        {
            return content;
        }

        var registered = validator.Taxonomies.Select(Taxonomy.From).ToList();
        return content.WithYears(content.Years.Select(y => y with { Report = y.Report with { Taxonomies = [.. registered, .. y.Report.Taxonomies] } }).ToList());
    }

    /// <summary>Every <c>suite_de</c> names an action of the previous year's report.</summary>
    private static IEnumerable<Diagnostic> CheckContinuity(LoadedContent content)
    {
        for (var i = 0; i < content.Years.Count; i++)
        {
            var year = content.Years[i];
            var previous = i > 0 ? content.Years[i - 1] : null;
            var known = previous?.Report.AllActions().Select(a => a.Action.Id).ToHashSet(StringComparer.Ordinal) ?? [];
            foreach (var placed in year.Report.AllActions().Where(a => a.Action.ContinuesFrom is not null))
            {
                var id = placed.Action.ContinuesFrom!;
                if (known.Contains(id))
                {
                    continue;
                }

                var element = new ElementRef(ElementKind.Action, placed.Action.Id, ElementAttributes.ContinuesFrom);
                var suggestion = Rdd.Domain.Codes.Suggest(id, known);
                var message = previous is null
                    ? $"L'action « {placed.Action.Title} » dit poursuivre « {id} », mais le dossier ne contient pas de rapport de l'année précédente."
                    : $"L'action « {placed.Action.Title} » dit poursuivre « {id} », qui n'est pas une action du rapport {previous.Folder}.{(suggestion is null ? string.Empty : $" Vouliez-vous dire « {suggestion} » ?")}";
                yield return ContentDiagnostics.UnknownContinuation.Create(message, element, year.Sources.Find(element));
            }
        }
    }
}

/// <summary>The outcome of <see cref="ContentChecker.Check"/>.</summary>
/// <param name="Content">What was read.</param>
/// <param name="Result">Every diagnostic, most serious first.</param>
public sealed record CheckResult(LoadedContent Content, ValidationResult Result)
{
    /// <summary>Whether the content can be published: it was read, and no diagnostic is an error.</summary>
    public bool Success => !Result.HasErrors && Content.Years.Count > 0;

    /// <summary>The extensions loaded for the check; their page providers serve the build.</summary>
    public LoadedExtensions Extensions { get; init; } = LoadedExtensions.None;
}
