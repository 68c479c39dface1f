using DocumentFormat.OpenXml.Packaging;

namespace Rdd.Site.Import;

/// <summary>What the readers of one document share: its parts and styles, where they are in it, and what they report.</summary>
internal sealed class ImportContext(MainDocumentPart main)
{
    private readonly Dictionary<Uri, string> _imageFiles = [];

    public MainDocumentPart Main { get; } = main;

    public DocumentStyles Styles { get; } = new(main);

    /// <summary>The number of the paragraph being read, from 1, counting every paragraph of the document.</summary>
    public int Paragraph { get; set; }

    /// <summary>The headings the paragraph being read is under.</summary>
    public string HeadingPath { get; set; } = string.Empty;

    /// <summary>The fields open at this point of the document: fields may span paragraphs (a table of contents does).</summary>
    public Stack<OpenField> Fields { get; } = new();

    /// <summary>How many footnotes and endnotes were read.</summary>
    public int NoteCount { get; set; }

    /// <summary>Whether the table of contents was reported already (it is reported once).</summary>
    public bool TableOfContentsReported { get; set; }

    public List<ImportNote> Notes { get; } = [];

    /// <summary>The images extracted, by file name in the year's images folder.</summary>
    public Dictionary<string, byte[]> Images { get; } = new(StringComparer.Ordinal);

    public void NotPlaced(string what, string detail) => Notes.Add(new(ImportNoteKind.NotPlaced, Paragraph, HeadingPath, what, detail));

    public void ToCheck(string what, string detail) => Notes.Add(new(ImportNoteKind.ToCheck, Paragraph, HeadingPath, what, detail));

    /// <summary>The file name of an image part, extracted once however many times the document shows it.</summary>
    /// <param name="part">The image.</param>
    /// <param name="extension">Its extension (« .png »).</param>
    /// <param name="alt">Its alternative text, from which the name is made.</param>
    public string ImageFile(ImagePart part, string extension, string alt)
    {
        if (_imageFiles.TryGetValue(part.Uri, out var known))
        {
            return known;
        }

        var stem = Rdd.Domain.Codes.Slugify(alt);
        if (stem.Length > 40)
        {
            var cut = stem.LastIndexOf('-', 40);
            stem = stem[..(cut > 0 ? cut : 40)];
        }

        stem = stem.Length == 0 ? "image" : stem;
        var name = stem + extension;
        for (var n = 2; Images.ContainsKey(name); n++)
        {
            name = $"{stem}-{n}{extension}";
        }

        using (var stream = part.GetStream())
        using (var memory = new MemoryStream())
        {
            stream.CopyTo(memory);
            Images[name] = memory.ToArray();
        }

        _imageFiles[part.Uri] = name;
        return name;
    }

    /// <summary>Excerpt of a text for the report, on one line, at most 80 characters, in French quotes.</summary>
    public static string Quote(string text)
    {
        var line = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return $"« {(line.Length > 80 ? line[..79] + "…" : line)} »";
    }
}

/// <summary>A field of the document being read: its instruction, and whether its result (the text shown) has begun.</summary>
internal sealed class OpenField
{
    public System.Text.StringBuilder Instruction { get; } = new();

    public bool InResult { get; set; }

    /// <summary>The instruction's first word, upper case (« HYPERLINK », « TOC », « PAGE »).</summary>
    public string Kind => Instruction.ToString().Trim().Split(' ', 2)[0].ToUpperInvariant();

    /// <summary>Whether this is the table of contents, whose result is not imported.</summary>
    public bool IsTableOfContents => Kind == "TOC";

    /// <summary>The target of a HYPERLINK field, or null.</summary>
    public string? Link => Kind == "HYPERLINK" && Instruction.ToString().Split('"') is { Length: >= 3 } parts ? parts[1] : null;
}
