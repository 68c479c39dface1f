using System.Globalization;
using System.Text.RegularExpressions;
using Rdd.Domain.Validation;

namespace Rdd.Site.Content;

/// <summary>
/// The names of the files of a part folder: a section saved by a word processor instead of as Markdown is an error
/// (RDD2035), for it would vanish from the report; a section without a number is placed by its name (RDD2036).
/// </summary>
internal static partial class SectionFiles
{
    /// <summary>The formats a section is saved in by mistake, and how the message names them.</summary>
    private static readonly Dictionary<string, string> Formats = new(StringComparer.Ordinal)
    {
        [".docx"] = "un document Word",
        [".doc"] = "un document Word",
        [".odt"] = "un document OpenDocument (LibreOffice)",
        [".rtf"] = "un document RTF",
        [".txt"] = "un fichier texte (.txt)",
    };

    [GeneratedRegex(@"^(\d+)[-_. ]*")]
    private static partial Regex Number();

    /// <summary>Reports the section files of a part saved in another format, and those without a number.</summary>
    /// <param name="partFolder">The part folder, relative to the content folder.</param>
    /// <param name="full">Its full path.</param>
    /// <param name="sections">The names of its section files (.md, without partie.md), in reading order.</param>
    /// <param name="bag">Where to report.</param>
    /// <returns>The names of the files reported as sections in another format.</returns>
    public static IReadOnlyList<string> Check(string partFolder, string full, IReadOnlyList<string> sections, DiagnosticBag bag)
    {
        var reported = new List<string>();
        foreach (var name in Directory.EnumerateFiles(full).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
        {
            if (name.StartsWith('.') || !Formats.TryGetValue(Path.GetExtension(name).ToLowerInvariant(), out var format))
            {
                continue;
            }

            reported.Add(name);
            var markdown = Path.GetFileNameWithoutExtension(name);
            markdown = markdown.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? markdown[..^3] + ".md" : markdown + ".md";
            var path = ContentLoader.Join(partFolder, name);
            bag.Add(ContentDiagnostics.SectionNotMarkdown,
                Path.GetExtension(name).Equals(".txt", StringComparison.OrdinalIgnoreCase)
                    ? $"La section « {path} » est {format} : elle n'est pas lue, et disparaîtrait du rapport. Enregistrez-la au format .md, en la renommant « {markdown} »."
                    : $"La section « {path} » est {format} : elle n'est pas lue, et disparaîtrait du rapport. Enregistrez-la au format .md (dans votre traitement de texte : Enregistrer sous, « Texte brut », encodage UTF-8), sous le nom « {markdown} », puis supprimez « {name} ».",
                new SourceLocation(path));
        }

        var numbers = sections.Select(s => Number().Match(s)).Where(m => m.Success).Select(m => (Value: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Width: m.Groups[1].Length)).ToList();
        var next = numbers.Count == 0 ? 1 : numbers.Max(n => n.Value) + 1;
        var width = numbers.Count == 0 ? 2 : Math.Max(2, numbers.Max(n => n.Width));
        for (var i = 0; i < sections.Count; i++)
        {
            var name = sections[i];
            if (Number().IsMatch(name))
            {
                continue;
            }

            var place = (i > 0 ? sections[i - 1] : null, i + 1 < sections.Count ? sections[i + 1] : null) switch
            {
                (null, null) => "seule dans sa partie",
                (null, { } after) => $"en premier, avant « {after} »",
                ({ } before, null) => $"en dernier, après « {before} »",
                ({ } before, { } after) => $"entre « {before} » et « {after} »",
            };
            var numbered = next.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0') + "-" + name;
            bag.Add(ContentDiagnostics.SectionWithoutNumber,
                $"Le nom de la section « {ContentLoader.Join(partFolder, name)} » ne commence pas par un numéro : elle sera placée {place} (les sections sont rangées dans l'ordre des noms de fichier). Pour choisir sa place, numérotez-la, par exemple « {numbered} ».",
                new SourceLocation(ContentLoader.Join(partFolder, name), 1, 1));
        }

        return reported;
    }
}
