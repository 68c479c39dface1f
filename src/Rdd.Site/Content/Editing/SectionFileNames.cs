using System.Globalization;
using System.Text.RegularExpressions;

namespace Rdd.Site.Content.Editing;

/// <summary>
/// The names of a part's section files, which set the sections' order (« 01-mobilites.md », « 02-eau.md »…): the name of
/// a new section, and the renames that put sections in a new order — only the files whose number changes are renamed,
/// and the rest of each name (which gives the section its id) is kept.
/// </summary>
internal static partial class SectionFileNames
{
    [GeneratedRegex(@"^(\d+)[-_. ]*")]
    private static partial Regex Number();

    /// <summary>The file name of a new section titled <paramref name="title"/>, placed after the part's other sections.</summary>
    /// <param name="existing">The names of the part's section files.</param>
    /// <param name="title">The section's title.</param>
    /// <returns>« NN-slug.md », its number one more than the highest, its slug unlike the other sections'.</returns>
    public static string New(IReadOnlyList<string> existing, string title)
    {
        var numbers = existing.Select(name => Number().Match(name)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        var next = numbers.Count == 0 ? 1 : numbers.Max(n => int.Parse(n, CultureInfo.InvariantCulture)) + 1;
        var width = Math.Max(2, numbers.Count == 0 ? 2 : numbers.Max(n => n.Length));
        var slugs = existing.Select(ContentLoader.SlugOfFile).ToHashSet(StringComparer.Ordinal);
        var slug = Unique(SectionReader.ShortSlug(title) is { Length: > 0 } s ? s : "section", slugs.Contains);
        return Numbered(next, width) + "-" + slug + ".md";
    }

    /// <summary>The renames that give the files the numbers of their place in <paramref name="ordered"/>: 01, 02…</summary>
    /// <param name="ordered">The part's section files, in their new order.</param>
    /// <returns>Each file whose name changes, and its new name.</returns>
    public static IReadOnlyList<(string From, string To)> Renumber(IReadOnlyList<string> ordered)
    {
        var width = Math.Max(2, ordered.Count.ToString(CultureInfo.InvariantCulture).Length);
        var renames = new List<(string, string)>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var name = ordered[i];
            var renamed = Numbered(i + 1, width) + "-" + Number().Replace(name, string.Empty);
            if (renamed != name)
            {
                renames.Add((name, renamed));
            }
        }

        return renames;
    }

    /// <summary><paramref name="wanted"/>, or « wanted-2 », « wanted-3 »… the first that <paramref name="taken"/> does not hold.</summary>
    /// <param name="wanted">The id or slug wanted.</param>
    /// <param name="taken">Whether an id is taken.</param>
    /// <returns>A free id.</returns>
    public static string Unique(string wanted, Func<string, bool> taken)
    {
        var candidate = wanted;
        for (var n = 2; taken(candidate); n++)
        {
            candidate = wanted + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static string Numbered(int number, int width) => number.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
}
