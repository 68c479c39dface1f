using Rdd.Domain.Reports;
using Rdd.Domain.Validation;
using Rdd.Site.Content;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// The structure of the content as the last build read it — years, parts, sections, actions — with the file and lines
/// of each, so that a page links to its editors and counts the diagnostics of each element. Read from the loaded
/// content and its source map: no second model of the report.
/// </summary>
/// <param name="Years">The years, most recent first.</param>
internal sealed record ReportOutline(IReadOnlyList<OutlineYear> Years)
{
    /// <summary>The outline of <paramref name="content"/>; empty when nothing could be read.</summary>
    /// <param name="content">The content of the last build.</param>
    /// <returns>The outline.</returns>
    public static ReportOutline Of(LoadedContent? content) =>
        new(content is null ? [] : content.Years.Reverse().Select((year, i) => Year(year, isLatest: i == 0)).ToList());

    /// <summary>The section whose file is <paramref name="file"/>, with its year and part; null when no section was read from it.</summary>
    /// <param name="file">The file, relative to the content folder.</param>
    /// <returns>The section, or null.</returns>
    public (OutlineYear Year, OutlinePart Part, OutlineSection Section)? FindSection(string file)
    {
        foreach (var year in Years)
        {
            foreach (var part in year.Parts)
            {
                if (part.Sections.FirstOrDefault(s => s.File == file) is { } section)
                {
                    return (year, part, section);
                }
            }
        }

        return null;
    }

    private static OutlineYear Year(ContentYear year, bool isLatest)
    {
        var parts = year.Report.Parts.Select(part => new OutlinePart(
            part.Kind,
            part.Title,
            ContentLoader.Join(year.Folder, $"partie-{(int)part.Kind}"),
            part.Sections.Select(section => Section(year, section)).OfType<OutlineSection>().ToList())).ToList();
        return new OutlineYear(year.Folder, year.Report.Year, isLatest, parts);
    }

    private static OutlineSection? Section(ContentYear year, Section section)
    {
        if (year.Sources.Find(new ElementRef(ElementKind.Section, section.Id)) is not { } location)
        {
            return null;
        }

        var starts = section.Actions.Select(a => year.Sources.Find(new ElementRef(ElementKind.Action, a.Id)) is { } l && l.Path == location.Path ? l.Line : 0).ToList();
        var actions = section.Actions.Select((action, i) => new OutlineAction(
            action.Id,
            action.Title,
            starts[i],
            i + 1 < starts.Count && starts[i + 1] > starts[i] ? starts[i + 1] - 1 : int.MaxValue)).ToList();
        return new OutlineSection(section.Id, section.Title, location.Path, actions);
    }
}

/// <summary>A year of the outline.</summary>
/// <param name="Folder">Its folder (« 2024 »).</param>
/// <param name="Year">The report's year.</param>
/// <param name="IsLatest">Whether it is the most recent year, published at the site's root.</param>
/// <param name="Parts">Its parts.</param>
internal sealed record OutlineYear(string Folder, int Year, bool IsLatest, IReadOnlyList<OutlinePart> Parts);

/// <summary>A part of the outline.</summary>
/// <param name="Kind">Which part.</param>
/// <param name="Title">Its title.</param>
/// <param name="Folder">Its folder, relative to the content folder (« 2024/partie-1 »).</param>
/// <param name="Sections">Its sections, in order.</param>
internal sealed record OutlinePart(PartKind Kind, string Title, string Folder, IReadOnlyList<OutlineSection> Sections);

/// <summary>A section of the outline.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its title.</param>
/// <param name="File">Its file, relative to the content folder.</param>
/// <param name="Actions">Its actions, in order.</param>
internal sealed record OutlineSection(string Id, string Title, string File, IReadOnlyList<OutlineAction> Actions);

/// <summary>An action of the outline.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its title.</param>
/// <param name="FirstLine">The line of its heading in the section's file.</param>
/// <param name="LastLine">The last line of its text (<see cref="int.MaxValue"/> for the file's last action).</param>
internal sealed record OutlineAction(string Id, string Title, int FirstLine, int LastLine);
