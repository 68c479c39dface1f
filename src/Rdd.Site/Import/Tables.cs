using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rdd.Site.Import;

/// <summary>A table of the document as a Markdown table: its first row is the header row; merged cells are repeated empty.</summary>
internal static class Tables
{
    /// <summary>The Markdown table, or null for a table without cells.</summary>
    /// <param name="rows">The table's rows.</param>
    /// <param name="context">The import.</param>
    /// <param name="notes">Where the notes of the cells go.</param>
    /// <param name="merged">Whether some cells were merged.</param>
    public static string? Read(IReadOnlyList<TableRow> rows, ImportContext context, MarkdownText notes, out bool merged)
    {
        merged = false;
        var grid = new List<List<string>>();
        foreach (var row in rows)
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var texts = new List<string>();
                foreach (var paragraph in cell.Descendants<Paragraph>())
                {
                    context.Paragraph++;
                    texts.Add(InlineReader.Read(paragraph, context, notes).Replace("\\\n", " ", StringComparison.Ordinal).Replace('\n', ' '));
                }

                var continued = cell.TableCellProperties?.VerticalMerge is { } vertical && (vertical.Val is null || vertical.Val.Value == MergedCellValues.Continue);
                merged |= continued;
                cells.Add(continued ? string.Empty : string.Join(' ', texts.Where(t => t.Length > 0)));
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                for (var i = 1; i < span; i++)
                {
                    merged = true;
                    cells.Add(string.Empty);
                }
            }

            grid.Add(cells);
        }

        var width = grid.Count == 0 ? 0 : grid.Max(r => r.Count);
        if (width == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        for (var r = 0; r < grid.Count; r++)
        {
            text.Append('|');
            for (var c = 0; c < width; c++)
            {
                text.Append(' ').Append(c < grid[r].Count ? grid[r][c] : string.Empty).Append(" |");
            }

            text.Append('\n');
            if (r == 0)
            {
                text.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", width))).Append('\n');
            }
        }

        return text.ToString().TrimEnd('\n');
    }
}
