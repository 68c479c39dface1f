using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rdd.Site.Import;

/// <summary>The Markdown marker of a list item, from the document's numbering definitions.</summary>
internal static class Lists
{
    /// <summary>The indentation and marker of an item of list <paramref name="id"/> at <paramref name="level"/> (0 for the outermost).</summary>
    /// <returns>« - » for a bulleted level, « 1. » for a numbered one (Markdown numbers the items itself), indented under the levels above.</returns>
    public static (string Indent, string Marker) Marker(MainDocumentPart main, int id, int level)
    {
        var indent = string.Concat(Enumerable.Range(0, Math.Clamp(level, 0, 8)).Select(l => new string(' ', IsNumbered(main, id, l) ? 3 : 2)));
        return (indent, IsNumbered(main, id, level) ? "1. " : "- ");
    }

    private static bool IsNumbered(MainDocumentPart main, int id, int level)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        var instance = numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == id);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var definition = numbering?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        var format = instance?.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)?.Level?.NumberingFormat?.Val
            ?? definition?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level)?.NumberingFormat?.Val;
        return format is { } value && value != NumberFormatValues.Bullet && value != NumberFormatValues.None;
    }
}
