using System.Globalization;
using System.Text;
using Rdd.Domain;
using Rdd.Domain.Reports;
using Rdd.Site.Content;

namespace Rdd.Site.Import;

/// <summary>
/// The files of the content folder an import makes: those of <c>rdd new</c> (<see cref="Scaffold"/>), where the
/// document's parts replace the example sections of theirs, its introduction and reading guide the placeholders, and
/// its images go to the year's <c>images/</c>, and the data it gives in the tables <c>rdd export</c> writes to the
/// year's YAML files. A part the document lacks keeps <c>rdd new</c>'s example.
/// </summary>
internal static class ContentFolder
{
    /// <summary>How the Markdown of a part folder names an image of the year; a file of the year's folder drops the « ../ ».</summary>
    public const string ImagePrefix = "](../images/";

    public static Dictionary<string, byte[]> Files(ImportedOutline outline, ImportOptions options, out int[] counts)
    {
        var y = options.Year.ToString(CultureInfo.InvariantCulture);
        var files = Scaffold.Files(options.Name, options.Kind, options.Population, options.Year, options.Siret, options.Article)
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        Chapter(files, $"{y}/introduction.md", "Ce qu'il faut retenir", outline.Introduction);
        Chapter(files, $"{y}/lecture.md", "Comment lire ce rapport ?", outline.ReadingGuide);
        Chapter(files, $"{y}/numerique-responsable.md", "Le bilan de la stratégie numérique responsable", outline.DigitalReview);
        foreach (var (name, yaml) in outline.DataFiles)
        {
            files[$"{y}/{name}"] = yaml;
        }

        // Sections and actions share one set of ids (RDD1010).
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in outline.Parts.Where(p => p.Kind is not null))
        {
            var folder = $"{y}/partie-{(int)part.Kind!.Value}/";
            foreach (var example in files.Keys.Where(k => k.StartsWith(folder, StringComparison.Ordinal)).ToList())
            {
                files.Remove(example);
            }

            files[folder + "partie.md"] = FrontMatter(part.Title.Length > 0 ? part.Title : part.Kind.Value.DefaultTitle()) + Body(part.Introduction);
            var width = part.Sections.Count > 99 ? 3 : 2;
            for (var i = 0; i < part.Sections.Count; i++)
            {
                var section = part.Sections[i];
                var slug = Unique(Cut(Codes.Slugify(section.Title), 40) is { Length: > 0 } s ? s : "section", ids);
                files[$"{folder}{(i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0')}-{slug}.md"] = Section(section, part.Title.Length > 0 ? part.Title : part.Kind.Value.DefaultTitle(), ids);
            }
        }

        var result = files.ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value.EndsWith('\n') ? f.Value : f.Value + "\n"), StringComparer.Ordinal);
        foreach (var (name, bytes) in outline.Images)
        {
            result[$"{y}/images/{name}"] = bytes;
        }

        var imported = outline.Parts.Where(p => p.Kind is not null).ToList();
        counts = [imported.Count, imported.Sum(p => p.Sections.Count), imported.Sum(p => p.Sections.Sum(s => s.Actions.Count)), outline.Images.Count];
        return result;
    }

    private static void Chapter(Dictionary<string, string> files, string path, string title, MarkdownText text)
    {
        if (!text.IsEmpty)
        {
            files[path] = FrontMatter(title) + Body(text).Replace(ImagePrefix, "](images/", StringComparison.Ordinal);
        }
    }

    private static string Section(ImportedSection section, string partTitle, HashSet<string> actionIds)
    {
        var text = new StringBuilder(FrontMatter(section.Title.Length > 0 ? section.Title : partTitle));
        if (!section.Introduction.IsEmpty)
        {
            text.Append('\n').Append(section.Introduction).Append('\n');
        }

        foreach (var action in section.Actions)
        {
            var title = ActionTitle(action.Title);
            var id = SectionReader.ShortSlug(PlainTitle.Of(title));
            var explicitId = id.Length == 0 || !actionIds.Add(id);
            if (explicitId)
            {
                id = Unique((id.Length == 0 ? Codes.Slugify(section.Title) + "-action" : id).TrimStart('-'), actionIds);
            }

            text.Append("\n## ").Append(title).Append(explicitId ? $" {{#{id}}}" : string.Empty).Append('\n');
            if (!action.Body.IsEmpty)
            {
                text.Append('\n').Append(action.Body).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>An action's title as a « ## » heading reads it: escaped, without braces (the attributes' syntax) or a final colon (which the loader takes for a label).</summary>
    private static string ActionTitle(string title) =>
        MarkdownEscape.Inline(title.Replace('{', '(').Replace('}', ')').TrimEnd(':', ' ', '\u00a0', '\u202f'));

    private static string FrontMatter(string title) => $"---\ntitre: {Quote(title)}\n---\n";

    private static string Body(MarkdownText text) => text.IsEmpty ? string.Empty : text + "\n";

    /// <summary>A YAML string in double quotes.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>A slug cut to at most <paramref name="length"/> characters, at a hyphen where it can.</summary>
    public static string Cut(string slug, int length) => slug.Length <= length ? slug : slug.LastIndexOf('-', length) is > 0 and var cut ? slug[..cut] : slug[..length];

    /// <summary>The slug, or the slug followed by « -2 », « -3 »… when it is used already; it is then used.</summary>
    public static string Unique(string slug, HashSet<string> used)
    {
        var candidate = slug;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
