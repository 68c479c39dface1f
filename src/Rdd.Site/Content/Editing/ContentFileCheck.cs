using System.Text;
using System.Text.RegularExpressions;
using Rdd.Domain.Validation;

namespace Rdd.Site.Content.Editing;

/// <summary>
/// Reads the new text of one content file with the loader's own readers, before it is written: a save is refused when
/// the text would not be read (a YAML syntax error, a front matter never closed, an action without a title…).
/// </summary>
internal static partial class ContentFileCheck
{
    [GeneratedRegex(@"^\d{4}/partie-\d+/[^/]+\.md$")]
    private static partial Regex SectionPath();

    /// <summary>The reading errors of <paramref name="text"/> as the file <paramref name="relativePath"/>.</summary>
    /// <param name="root">The content folder (images are looked up in it).</param>
    /// <param name="relativePath">The file's path in the content folder, with « / ».</param>
    /// <param name="text">Its text.</param>
    /// <returns>The errors; none when the loader would read the text.</returns>
    public static IReadOnlyList<Diagnostic> ReadingErrors(string root, string relativePath, string text)
    {
        var bag = new DiagnosticBag();
        if (SourceText.Decode(relativePath, Encoding.UTF8.GetBytes(text), bag) is { } source)
        {
            Read(root, source, bag);
        }

        return bag.Items.Where(d => d.Severity == Severity.Error).ToList();
    }

    /// <summary>
    /// The errors of <paramref name="newText"/> that <paramref name="oldText"/> did not have (compared by code and
    /// message, wherever they are): an edit may leave an error it did not make, never add one.
    /// </summary>
    /// <param name="root">The content folder.</param>
    /// <param name="relativePath">The file's path in the content folder.</param>
    /// <param name="oldText">Its text before the edit; null for a new file.</param>
    /// <param name="newText">Its text after the edit.</param>
    /// <returns>The errors the edit would add.</returns>
    public static IReadOnlyList<Diagnostic> NewErrors(string root, string relativePath, string? oldText, string newText)
    {
        var before = oldText is null ? [] : ReadingErrors(root, relativePath, oldText).Select(d => (d.Code, d.Message)).ToHashSet();
        return ReadingErrors(root, relativePath, newText).Where(d => !before.Contains((d.Code, d.Message))).ToList();
    }

    private static void Read(string root, SourceText source, DiagnosticBag bag)
    {
        var path = source.Path;
        var name = Path.GetFileName(path);
        var media = new HashSet<string>(StringComparer.Ordinal);
        if (SectionPath().IsMatch(path) && name != "partie.md")
        {
            SectionReader.Read(source, ContentLoader.SlugOfFile(name), bag, (_, _) => { }, root, media);
        }
        else if (path.EndsWith(".md", StringComparison.Ordinal))
        {
            var file = MarkdownSafety.Check(MarkdownFile.Split(source, bag), root, bag, media);
            if (file.FrontMatter is not null)
            {
                MappingReader.Parse(source, file.FrontMatter, file.FrontMatterLine, name == "partie.md" ? ContentShapes.PartFrontMatter : ContentShapes.TextFrontMatter, bag, source.At(1, 1));
            }
        }
        else if (name == GreenBudgetReader.FileName)
        {
            // As the loader reads it: a file of comments only (what rdd new writes) declares no statement.
            if (YamlFile.Parse(source, source.Text, 1, bag) is { } node)
            {
                MappingReader.Open(node, GreenBudgetShapes.GreenBudget, source, 1, bag, source.At(1, 1));
            }
        }
        else if (ShapeOf(path) is { } shape)
        {
            MappingReader.Parse(source, source.Text, 1, shape, bag, source.At(1, 1));
        }
        else
        {
            YamlFile.Parse(source, source.Text, 1, bag);
        }
    }

    /// <summary>The shape of a YAML file of the content folder, by its name and place; null for a file of no known shape.</summary>
    private static Shape? ShapeOf(string path)
    {
        var parts = path.Split('/');
        return parts switch
        {
            ["site.yml"] => ContentShapes.Site,
            [_, "rapport.yml"] => ContentShapes.ReportSettings,
            [_, "chiffres-cles.yml"] => ContentShapes.KeyFigures,
            [_, "budget.yml"] => ContentShapes.Budget,
            [_, "indicateurs.yml"] => ContentShapes.Indicators,
            [_, "glossaire.yml"] => ContentShapes.Glossary,
            [_, "strategie", _] => ContentShapes.Taxonomy,
            _ => null,
        };
    }
}
