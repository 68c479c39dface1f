using System.Text;
using Rdd.Domain.Reports;

namespace Rdd.Site.Import;

/// <summary>Markdown blocks being written, separated by blank lines, with the notes (footnotes) to write after them.</summary>
internal sealed class MarkdownText
{
    private readonly StringBuilder _text = new();
    private readonly List<string> _notes = [];

    public bool IsEmpty => _text.Length == 0 && _notes.Count == 0;

    /// <summary>Adds a block (a paragraph, a table, a heading); a list item follows the previous item without a blank line.</summary>
    public void AddBlock(string markdown, bool listItem = false)
    {
        if (_text.Length > 0)
        {
            _text.Append(listItem && _lastWasListItem ? "\n" : "\n\n");
        }

        _text.Append(markdown);
        _lastWasListItem = listItem;
    }

    private bool _lastWasListItem;

    /// <summary>Adds a note, written after the blocks (« Note 1 : … »).</summary>
    public void AddNote(string markdown) => _notes.Add(markdown);

    /// <summary>The Markdown: the blocks, then the notes.</summary>
    public override string ToString()
    {
        var text = new StringBuilder().Append(_text);
        foreach (var note in _notes)
        {
            text.Append(text.Length > 0 ? "\n\n" : string.Empty).Append(note);
        }

        return text.ToString();
    }
}

/// <summary>An action read from the document.</summary>
internal sealed class ImportedAction(string title)
{
    public string Title { get; } = title;

    public MarkdownText Body { get; } = new();
}

/// <summary>A section read from the document.</summary>
internal sealed class ImportedSection(string title)
{
    public string Title { get; } = title;

    public MarkdownText Introduction { get; } = new();

    public List<ImportedAction> Actions { get; } = [];
}

/// <summary>A part read from the document, and the decree's content it was matched to.</summary>
internal sealed class ImportedPart(string title, int paragraph)
{
    public string Title { get; } = title;

    /// <summary>The paragraph of its heading, for the report.</summary>
    public int Paragraph { get; } = paragraph;

    public PartKind? Kind { get; set; }

    public MarkdownText Introduction { get; } = new();

    public List<ImportedSection> Sections { get; } = [];
}

/// <summary>The report as read from the document: its parts, and the texts of its other chapters.</summary>
internal sealed class ImportedOutline
{
    public List<ImportedPart> Parts { get; } = [];

    /// <summary>« Ce qu'il faut retenir » (introduction.md): its chapter, or the text before the first heading.</summary>
    public MarkdownText Introduction { get; } = new();

    /// <summary>« Comment lire ce rapport ? » (lecture.md).</summary>
    public MarkdownText ReadingGuide { get; } = new();

    /// <summary>The review of the responsible digital strategy (numerique-responsable.md).</summary>
    public MarkdownText DigitalReview { get; } = new();

    /// <summary>The images extracted, by file name in the year's images folder.</summary>
    public Dictionary<string, byte[]> Images { get; } = new(StringComparer.Ordinal);

    /// <summary>The chapters of data (key figures, budget, indicators, glossary), in document order.</summary>
    public List<DataChapter> DataChapters { get; } = [];

    /// <summary>The data files read from them (<see cref="Import.DataChapters"/>), by file name in the year's folder: they replace <c>rdd new</c>'s examples.</summary>
    public Dictionary<string, string> DataFiles { get; } = new(StringComparer.Ordinal);
}
