using System.Globalization;
using System.Text.RegularExpressions;
using Rdd.Domain.Reports;

namespace Rdd.Site.Content.Editing;

/// <summary>
/// The files that start the report of the year after the latest one, beside it. What lasts from one year to the next is
/// carried over as it is: the reading guide, the glossary, the indicators with their past values, the strategy
/// documents, each part's title and introduction, each section's header (title, group, finalités, terms…) and the
/// images those texts show. What belongs to the year starts as <c>rdd new</c> writes it (<see cref="Scaffold"/>):
/// rapport.yml, the introduction, the key figures, the budget, the green budget statement, the digital-strategy review,
/// and one example action in the first section of each part. No action and no section introduction is carried over:
/// they are the year's own, and a new action points to last year's through « Suite de ». As with <c>rdd new</c>, the
/// new year passes <c>rdd check</c> without error, its warnings saying what to replace. The latest year's files are
/// only read.
/// </summary>
internal static partial class NextYear
{
    /// <summary>The year's own files, started anew from <see cref="Scaffold"/>.</summary>
    private static IReadOnlyList<string> Started { get; } =
        ["rapport.yml", "introduction.md", "chiffres-cles.yml", "budget.yml", "budget-vert.yml", "numerique-responsable.md"];

    /// <summary>The files carried over whole when the latest year has them (the reading guide from the scaffold otherwise).</summary>
    private static IReadOnlyList<string> CarriedOver { get; } = ["lecture.md", "glossaire.yml", "indicateurs.yml"];

    /// <summary>The files of the next year's report, by path relative to the content folder.</summary>
    /// <param name="root">The content folder.</param>
    /// <param name="latest">The latest year, as loaded.</param>
    /// <param name="authority">The authority (site.yml, with the latest year's population).</param>
    /// <returns>The files to write, none of which exists yet when the next year's folder does not.</returns>
    public static IReadOnlyList<NextYearFile> Files(string root, ContentYear latest, Authority authority)
    {
        ArgumentNullException.ThrowIfNull(latest);
        ArgumentNullException.ThrowIfNull(authority);
        var year = latest.Report.Year + 1;
        var to = year.ToString(CultureInfo.InvariantCulture);
        var from = Path.Combine(root, latest.Folder);
        var scaffold = Scaffold.Files(authority.Name, authority.Kind, authority.Population, year, authority.Siret, authority.Article);
        var files = new List<NextYearFile>();
        foreach (var name in Started.Concat(CarriedOver))
        {
            var carried = CarriedOver.Contains(name) ? ReadText(Path.Combine(from, name)) : null;
            if ((carried ?? scaffold.GetValueOrDefault(to + "/" + name)) is { } text)
            {
                files.Add(new NextYearFile(to + "/" + name, text, null));
            }
        }

        foreach (var strategy in Listed(Path.Combine(from, "strategie"), "*.yml"))
        {
            files.Add(new NextYearFile(to + "/strategie/" + Path.GetFileName(strategy), ReadText(strategy)!, null));
        }

        foreach (var part in latest.Report.Parts)
        {
            var folder = "partie-" + ((int)part.Kind).ToString(CultureInfo.InvariantCulture);
            var example = Example(scaffold, to + "/" + folder + "/");
            foreach (var file in Listed(Path.Combine(from, folder), "*.md"))
            {
                var name = Path.GetFileName(file);
                var text = ReadText(file)!;
                var carried = name == "partie.md" ? text : Header(text) ?? MarkdownHeader.NewFile(TitleOf(part, name));
                if (name != "partie.md" && example is not null)
                {
                    // The part's first section takes rdd new's example action: a part without any action is an error
                    // (the decree requires its content), which would stop the preview until one is written.
                    carried += "\n" + example;
                    example = null;
                }

                files.Add(new NextYearFile(to + "/" + folder + "/" + name, carried, null));
            }
        }

        files.AddRange(Images(from, to, files).ToList());
        return files;
    }

    /// <summary>The front matter of a section file, its « --- » lines included; null when it has none.</summary>
    /// <param name="text">The file's text.</param>
    /// <returns>The header, ended by its line break.</returns>
    internal static string? Header(string text)
    {
        var lines = new TextLines(text);
        if (lines.Count == 0 || lines.Content(0).TrimStart('\uFEFF') != "---")
        {
            return null;
        }

        var close = Enumerable.Range(1, Math.Max(0, lines.Count - 1)).FirstOrDefault(i => lines.Content(i).TrimEnd() is "---" or "...", -1);
        return close < 0 ? null : lines.Get(0, close + 1).TrimStart('\uFEFF');
    }

    /// <summary>The example action <see cref="Scaffold"/> writes in the first section of a part: its lines from its heading on.</summary>
    private static string? Example(IReadOnlyDictionary<string, string> scaffold, string partFolder)
    {
        var section = scaffold.Where(f => f.Key.StartsWith(partFolder, StringComparison.Ordinal) && !f.Key.EndsWith("/partie.md", StringComparison.Ordinal))
            .OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value).FirstOrDefault();
        var heading = section is null ? -1 : ("\n" + section).IndexOf("\n## ", StringComparison.Ordinal);
        return heading < 0 ? null : section![heading..];
    }

    private static string TitleOf(Part part, string fileName) =>
        part.Sections.FirstOrDefault(s => s.Id == ContentLoader.SlugOfFile(fileName))?.Title ?? ContentLoader.SlugOfFile(fileName);

    /// <summary>The images of the latest year's <c>images/</c> that the carried-over texts show, copied beside them.</summary>
    private static IEnumerable<NextYearFile> Images(string from, string to, IReadOnlyList<NextYearFile> files)
    {
        var names = files.Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal))
            .SelectMany(f => ImageReference().Matches(f.Text!).Select(m => m.Groups["name"].Value))
            .Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var path = Path.Combine(from, "images", name);
            if (IsPlainFile(path))
            {
                yield return new NextYearFile(to + "/images/" + name, null, File.ReadAllBytes(path));
            }
        }
    }

    private static string? ReadText(string path) => IsPlainFile(path) ? File.ReadAllText(path) : null;

    private static IEnumerable<string> Listed(string folder, string pattern) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, pattern).Where(IsPlainFile).Order(StringComparer.Ordinal) : [];

    /// <summary>A file that is not a link elsewhere: as the loader, the editor never follows a symbolic link.</summary>
    private static bool IsPlainFile(string path) => File.Exists(path) && (File.GetAttributes(path) & FileAttributes.ReparsePoint) == 0;

    /// <summary>An image of the year's <c>images/</c> folder in Markdown: « ](images/nom.png) » or « ](../images/nom.png) ».</summary>
    [GeneratedRegex(@"\]\((?:\.\./)?images/(?<name>[^/)\s""]+)[)\s]")]
    private static partial Regex ImageReference();
}

/// <summary>A file of the next year's report: its text, or the bytes of an image.</summary>
/// <param name="Path">Its path, relative to the content folder.</param>
/// <param name="Text">Its text; null for an image.</param>
/// <param name="Bytes">An image's bytes; null for a text.</param>
internal sealed record NextYearFile(string Path, string? Text, byte[]? Bytes);
