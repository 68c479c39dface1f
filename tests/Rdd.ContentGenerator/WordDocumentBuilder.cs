using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using V = DocumentFormat.OpenXml.Vml;

namespace Rdd.ContentGenerator;

/// <summary>How the heading styles of a built document are named.</summary>
public enum HeadingStyleNames
{
    /// <summary>As French Word writes them: ids « Titre1 », built-in names « heading 1 ».</summary>
    Word,

    /// <summary>French names only (« Titre 1 », id « Titre1 »), as LibreOffice may write them.</summary>
    French,

    /// <summary>Custom styles (« Mon titre 1 ») whose only sign of a heading is their outline level.</summary>
    OutlineLevel,
}

/// <summary>
/// Builds a Word document (.docx) with the Open XML SDK, paragraph by paragraph, for the import's tests and benchmark:
/// headings in the chosen style naming, bold, italic, links, nested bulleted and numbered lists, tables, images with
/// or without alternative text, footnotes, text boxes, comments and tracked changes.
/// </summary>
public sealed class WordDocumentBuilder : IDisposable
{
    /// <summary>A PNG of one transparent pixel.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private readonly MemoryStream _stream = new();
    private readonly WordprocessingDocument _document;
    private readonly Body _body;
    private readonly HeadingStyleNames _names;
    private int _ids;

    public WordDocumentBuilder(HeadingStyleNames names = HeadingStyleNames.Word)
    {
        _names = names;
        _document = WordprocessingDocument.Create(_stream, WordprocessingDocumentType.Document);
        var main = _document.AddMainDocumentPart();
        main.Document = new Document(_body = new Body());
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(names);
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
            Abstract(1, NumberFormatValues.Bullet), Abstract(2, NumberFormatValues.Decimal),
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
            new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 });
    }

    private MainDocumentPart Main => _document.MainDocumentPart!;

    /// <summary>A heading of <paramref name="level"/> (1 to 9).</summary>
    public WordDocumentBuilder Heading(int level, string text)
    {
        var style = _names switch
        {
            HeadingStyleNames.OutlineLevel => $"MonTitre{level}",
            _ => $"Titre{level}",
        };
        _body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(Text(text))));
        return this;
    }

    /// <summary>A paragraph of plain text.</summary>
    public WordDocumentBuilder Paragraph(string text) => Paragraph(Plain(text));

    /// <summary>A paragraph of runs (<see cref="Plain"/>, <see cref="Bold"/>, <see cref="Italic"/>, <see cref="Link"/>…).</summary>
    public WordDocumentBuilder Paragraph(params OpenXmlElement[] content)
    {
        _body.Append(new Paragraph(content));
        return this;
    }

    /// <summary>A paragraph in the document's title style.</summary>
    public WordDocumentBuilder Title(string text)
    {
        _body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Titre" }), new Run(Text(text))));
        return this;
    }

    /// <summary>An item of a bulleted or numbered list, at <paramref name="level"/> (0 for the outermost).</summary>
    public WordDocumentBuilder ListItem(string text, int level = 0, bool numbered = false)
    {
        _body.Append(new Paragraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numbered ? 2 : 1 })),
            new Run(Text(text))));
        return this;
    }

    /// <summary>A table; its first row is the header row.</summary>
    public WordDocumentBuilder Table(params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableStyle { Val = "TableGrid" }));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(Text(cell)))))));
        }

        _body.Append(table);
        return this;
    }

    /// <summary>A paragraph holding an image, with its alternative text (« descr ») or none.</summary>
    public WordDocumentBuilder Image(string? alt, byte[]? png = null)
    {
        var image = Main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png ?? Png))
        {
            image.FeedData(data);
        }

        var id = (uint)++_ids;
        const long size = 914400;
        var drawing = new Drawing(new Dw.Inline(
            new Dw.Extent { Cx = size, Cy = size },
            new Dw.DocProperties { Id = id, Name = $"Image {id}", Description = alt },
            new A.Graphic(new A.GraphicData(new Pic.Picture(
                new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = id, Name = $"image{id}.png" }, new Pic.NonVisualPictureDrawingProperties()),
                new Pic.BlipFill(new A.Blip { Embed = Main.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
                new Pic.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = size, Cy = size }), new A.PresetGeometry { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 });
        _body.Append(new Paragraph(new Run(drawing)));
        return this;
    }

    /// <summary>A paragraph ending with a footnote's call.</summary>
    public WordDocumentBuilder Footnote(string text, string note)
    {
        var part = Main.FootnotesPart ?? Main.AddNewPart<FootnotesPart>();
        part.Footnotes ??= new Footnotes(
            new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        var id = part.Footnotes.Elements<DocumentFormat.OpenXml.Wordprocessing.Footnote>().Count();
        part.Footnotes.Append(new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), new Run(Text(" " + note)))) { Id = id });
        _body.Append(new Paragraph(new Run(Text(text)), new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = id })));
        return this;
    }

    /// <summary>A paragraph of text with a text box beside it.</summary>
    public WordDocumentBuilder TextBox(string text, string box)
    {
        var shape = new V.Shape(new V.TextBox(new TextBoxContent(new Paragraph(new Run(Text(box)))))) { Id = $"box{++_ids}", Style = "width:200pt;height:50pt" };
        _body.Append(new Paragraph(new Run(Text(text)), new Run(new Picture(shape))));
        return this;
    }

    /// <summary>A paragraph with a comment on it.</summary>
    public WordDocumentBuilder Comment(string text, string comment)
    {
        var part = Main.WordprocessingCommentsPart ?? Main.AddNewPart<WordprocessingCommentsPart>();
        part.Comments ??= new Comments();
        var id = (++_ids).ToString(System.Globalization.CultureInfo.InvariantCulture);
        part.Comments.Append(new Comment(new Paragraph(new Run(Text(comment)))) { Id = id, Author = "Relecteur", Initials = "R" });
        _body.Append(new Paragraph(new CommentRangeStart { Id = id }, new Run(Text(text)), new CommentRangeEnd { Id = id }, new Run(new CommentReference { Id = id })));
        return this;
    }

    /// <summary>A paragraph with a tracked insertion and a tracked deletion.</summary>
    public WordDocumentBuilder TrackedChanges(string kept, string inserted, string deleted)
    {
        _body.Append(new Paragraph(
            new Run(Text(kept)),
            new InsertedRun(new Run(Text(inserted))) { Id = (++_ids).ToString(System.Globalization.CultureInfo.InvariantCulture), Author = "Relecteur" },
            new DeletedRun(new Run(new DeletedText(deleted) { Space = SpaceProcessingModeValues.Preserve })) { Id = (++_ids).ToString(System.Globalization.CultureInfo.InvariantCulture), Author = "Relecteur" }));
        return this;
    }

    /// <summary>A run of plain text.</summary>
    public static Run Plain(string text) => new(Text(text));

    /// <summary>A run of bold text.</summary>
    public static Run Bold(string text) => new(new RunProperties(new Bold()), Text(text));

    /// <summary>A run of italic text.</summary>
    public static Run Italic(string text) => new(new RunProperties(new Italic()), Text(text));

    /// <summary>A line break.</summary>
    public static Run LineBreak() => new(new Break());

    /// <summary>A link to <paramref name="url"/>.</summary>
    public Hyperlink Link(string url, string text)
    {
        var relationship = Main.AddHyperlinkRelationship(new Uri(url, UriKind.Absolute), true);
        return new Hyperlink(new Run(new RunProperties(new RunStyle { Val = "Hyperlink" }), Text(text))) { Id = relationship.Id };
    }

    /// <summary>The document's bytes.</summary>
    public byte[] Build()
    {
        _document.Dispose();
        return _stream.ToArray();
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    private static Text Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    private static AbstractNum Abstract(int id, NumberFormatValues format) => new(
        Enumerable.Range(0, 3).Select(level => new Level(
            new NumberingFormat { Val = format },
            new LevelText { Val = format == NumberFormatValues.Bullet ? "•" : $"%{level + 1}." },
            new PreviousParagraphProperties(new Indentation { Left = (720 * (level + 1)).ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "360" }))
        { LevelIndex = level }))
    { AbstractNumberId = id };

    private static Styles Styles(HeadingStyleNames names)
    {
        var styles = new Styles(new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Append(new Style(new StyleName { Val = names == HeadingStyleNames.Word ? "Title" : "Titre" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Titre" });
        for (var level = 1; level <= 4; level++)
        {
            var style = names switch
            {
                HeadingStyleNames.Word => new Style(new StyleName { Val = $"heading {level}" }, new BasedOn { Val = "Normal" }) { StyleId = $"Titre{level}" },
                HeadingStyleNames.French => new Style(new StyleName { Val = $"Titre {level}" }, new BasedOn { Val = "Normal" }) { StyleId = $"Titre{level}" },
                _ => new Style(new StyleName { Val = $"Mon titre {level}" }, new BasedOn { Val = "Normal" }, new StyleParagraphProperties(new OutlineLevel { Val = level - 1 })) { StyleId = $"MonTitre{level}" },
            };
            style.Type = StyleValues.Paragraph;
            styles.Append(style);
        }

        return styles;
    }
}
