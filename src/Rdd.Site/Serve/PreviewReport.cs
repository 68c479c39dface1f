using System.Globalization;
using System.Text.Json.Serialization;
using Rdd.Domain.Validation;
using Rdd.Site.Content;
using Rdd.Site.Text;

namespace Rdd.Site.Serve;

/// <summary>
/// What the preview's banner tells the author after a build, in French: the errors and the warnings, each with its
/// file and line, and the files of the content folder that are not taken into account (RDD2023). The page only
/// displays it (preview.js); everything is worded here.
/// </summary>
/// <param name="Built">Whether the build succeeded (the page shows the new site) or failed (the page shows the last good one).</param>
/// <param name="Title">The banner's first line.</param>
/// <param name="Items">The errors, then the warnings.</param>
/// <param name="IgnoredTitle">The heading of the list of ignored files; null when there are none.</param>
/// <param name="Ignored">The files not taken into account, each with what to do.</param>
internal sealed record PreviewReport(
    bool Built,
    string Title,
    IReadOnlyList<PreviewItem> Items,
    string? IgnoredTitle,
    IReadOnlyList<PreviewItem> Ignored)
{
    /// <summary>Whether there is anything to show: a failed build always shows; a good one shows its warnings and ignored files.</summary>
    [JsonIgnore]
    public bool HasAnything => !Built || Items.Count > 0 || Ignored.Count > 0;

    /// <summary>The report of a build with <paramref name="diagnostics"/>.</summary>
    /// <param name="built">Whether the build succeeded.</param>
    /// <param name="diagnostics">The build's diagnostics.</param>
    /// <param name="hasSite">Whether an earlier build succeeded, whose site the preview still serves.</param>
    public static PreviewReport Of(bool built, IEnumerable<Diagnostic> diagnostics, bool hasSite = true)
    {
        var all = diagnostics.ToList();
        var ignored = all.Where(d => d.Code == ContentDiagnostics.UnexpectedFile.Code).Select(Item).ToList();
        var errors = all.Where(d => d.Severity == Severity.Error).Select(Item).ToList();
        var warnings = all.Where(d => d.Severity == Severity.Warning && d.Code != ContentDiagnostics.UnexpectedFile.Code).Select(Item).ToList();
        var counts = Join(
            errors.Count > 0 ? FrenchCount.Of(errors.Count, "erreur", "erreurs") : null,
            warnings.Count > 0 ? FrenchCount.Of(warnings.Count, "avertissement", "avertissements") : null);
        var title = built
            ? counts is null ? "Le site est à jour." : $"Le site est à jour ; le contenu a {counts} :"
            : hasSite
                ? $"Le contenu a {counts ?? "des erreurs"} : le site n'a pas été reconstruit, cette page montre le dernier site valide."
                : $"Le contenu a {counts ?? "des erreurs"} : le site n'a pas encore pu être construit.";
        var ignoredTitle = ignored.Count switch
        {
            0 => null,
            1 => "Un fichier du dossier de contenu n'est pas pris en compte :",
            _ => $"{ignored.Count.ToString(CultureInfo.InvariantCulture)} fichiers ou dossiers du dossier de contenu ne sont pas pris en compte :",
        };
        return new PreviewReport(built, title, [.. errors, .. warnings], ignoredTitle, ignored);
    }

    private static PreviewItem Item(Diagnostic diagnostic) => new(
        diagnostic.Severity switch
        {
            Severity.Error => "erreur",
            Severity.Warning => "avertissement",
            _ => "information",
        },
        Place(diagnostic.Location),
        diagnostic.Message,
        diagnostic.Code);

    /// <summary>« 2025/partie-1/01-climat.md, ligne 12, colonne 5 », or the file alone when the line is not known.</summary>
    private static string Place(SourceLocation? location) => location switch
    {
        null => "contenu",
        { Line: > 0, Column: > 0 } => string.Create(CultureInfo.InvariantCulture, $"{location.Path}, ligne {location.Line}, colonne {location.Column}"),
        { Line: > 0 } => string.Create(CultureInfo.InvariantCulture, $"{location.Path}, ligne {location.Line}"),
        _ => location.Path,
    };

    private static string? Join(string? first, string? second) => (first, second) switch
    {
        (null, null) => null,
        ({ } a, null) => a,
        (null, { } b) => b,
        ({ } a, { } b) => $"{a} et {b}",
    };
}

/// <summary>One line of the preview's banner.</summary>
/// <param name="Severity">« erreur », « avertissement » or « information ».</param>
/// <param name="Place">The file, line and column.</param>
/// <param name="Message">The diagnostic's message.</param>
/// <param name="Code">The diagnostic's code (RDDnnnn), for its documentation.</param>
internal sealed record PreviewItem(string Severity, string Place, string Message, string Code);
