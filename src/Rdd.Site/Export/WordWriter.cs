using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rdd.Site.Rendering;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Svg = DocumentFormat.OpenXml.Office2019.Drawing.SVG;

namespace Rdd.Site.Export;

/// <summary>
/// Writes a Word document block by block: paragraphs in the styles of <see cref="WordStyles"/>, runs with French
/// spacing, links, images with their alternative text, lists, tables whose first row is a repeated header row, and a
/// table of contents field that Word updates on opening.
/// </summary>
internal sealed class WordWriter : IDisposable
{
    /// <summary>The widest an image is shown: the text's width on an A4 page with 2.5 cm margins, in EMU.</summary>
    private const long MaxImageWidth = 5_760_000;

    /// <summary>The extension of a blip that names its SVG ([MS-ODRAWXML], « svgBlip »).</summary>
    private const string SvgBlipExtension = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    /// <summary>What readers without SVG show in place of an SVG image without a PNG beside it: one light grey pixel, stretched to the image's size.</summary>
    private static readonly byte[] GreyStandIn =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53, 0xDE,
        0x00, 0x00, 0x00, 0x0C, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x78, 0xF7, 0xEE, 0x1D, 0x00, 0x05, 0x98, 0x02, 0xCB, 0x29, 0x7B, 0x1D, 0xB4,
        0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    private readonly WordprocessingDocument _document;
    private readonly Body _body = new();
    private readonly Numbering _numbering;
    private uint _drawingIds;
    private int _lists;

    public WordWriter(Stream output)
    {
        _document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = _document.AddMainDocumentPart();
        main.Document = new Document(_body);
        main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create();
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new UpdateFieldsOnOpen { Val = true }, new ThemeFontLanguages { Val = "fr-FR" });
        _numbering = new Numbering(Abstract(1, NumberFormatValues.Bullet), Abstract(2, NumberFormatValues.Decimal));
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = _numbering;
    }

    private MainDocumentPart Main => _document.MainDocumentPart!;

    /// <summary>The document's title, author and language, which Word, PDF exports and assistive technologies show.</summary>
    public void Properties(string title, string author)
    {
        _document.PackageProperties.Title = title;
        _document.PackageProperties.Creator = author;
        _document.PackageProperties.Language = "fr-FR";
    }

    /// <summary>Text with French spacing (U+00A0 before « : ; ! ? », inside « »), as the site writes it.</summary>
    public static string French(string text) => FrenchSpacing.ApplyToText(text);

    public static Run Text(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (italic)
            {
                properties.Append(new Italic());
            }

            run.Append(properties);
        }

        run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(French(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    public static Run LineBreak() => new(new Break());

    public void Paragraph(string? style, params OpenXmlElement[] content) => _body.Append(Make(style, content));

    public static Paragraph Make(string? style, IEnumerable<OpenXmlElement> content, NumberingProperties? numbering = null)
    {
        var paragraph = new Paragraph();
        if (style is not null || numbering is not null)
        {
            var properties = new ParagraphProperties();
            if (style is not null)
            {
                properties.Append(new ParagraphStyleId { Val = style });
            }

            if (numbering is not null)
            {
                properties.Append(numbering);
            }

            paragraph.Append(properties);
        }

        paragraph.Append(content);
        return paragraph;
    }

    public void Heading(int level, string text) => Paragraph(WordStyles.Heading(level), Text(text));

    /// <summary>A subheading of an introduction: the « Intertitre » style, a heading of <paramref name="level"/> (1 to 9) for the navigation pane, the table of contents and the PDF.</summary>
    public static Paragraph Subheading(IEnumerable<OpenXmlElement> content, int level)
    {
        var paragraph = Make(WordStyles.Subheading, content);
        paragraph.ParagraphProperties!.Append(new OutlineLevel { Val = Math.Clamp(level, 1, 9) - 1 });
        return paragraph;
    }

    public void Append(OpenXmlElement block) => _body.Append(block);

    /// <summary>A link: its text, underlined in the link style, leading to <paramref name="url"/>.</summary>
    public Hyperlink Link(string url, IEnumerable<Run> runs)
    {
        var relationship = Main.AddHyperlinkRelationship(new Uri(url, UriKind.Absolute), true);
        var link = new Hyperlink { Id = relationship.Id, History = true };
        foreach (var run in runs)
        {
            run.RunProperties ??= new RunProperties();
            run.RunProperties.PrependChild(new RunStyle { Val = WordStyles.Hyperlink });
            link.Append(run);
        }

        return link;
    }

    /// <summary>A new list, bulleted or numbered from 1: the numbering id its items take.</summary>
    public int NewList(bool ordered)
    {
        var id = ++_lists;
        var instance = new NumberingInstance(new AbstractNumId { Val = ordered ? 2 : 1 }) { NumberID = id };
        if (ordered)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 });
        }

        _numbering.Append(instance);
        return id;
    }

    public static NumberingProperties ListItem(int list, int level) =>
        new(new NumberingLevelReference { Val = Math.Clamp(level, 0, 2) }, new NumberingId { Val = list });

    /// <summary>
    /// An image, inline, at its size (at most the text's width), with its alternative text; null when the file is not a
    /// PNG, JPEG or SVG image. An SVG is drawn from itself by the readers that know the <c>asvg:svgBlip</c> extension
    /// (Word 2016 and later); the others (LibreOffice 7.4, older Word) show its stand-in, which Office documents carry
    /// as a PNG drawn from the SVG: the PNG of the same name beside it when there is one (Rdd has no managed SVG
    /// renderer to draw one), else a plain grey frame, and then <paramref name="greyStandIn"/> is true.
    /// </summary>
    public Run? Image(string path, string alt, out bool greyStandIn)
    {
        greyStandIn = false;
        var size = ImageSize.Of(path);
        if (size is not { } pixels)
        {
            return null;
        }

        var standIn = pixels.Format == ImageFormat.Svg ? Path.ChangeExtension(path, ".png") : path;
        if (pixels.Format == ImageFormat.Svg && ImageSize.Of(standIn) is not { Format: ImageFormat.Png })
        {
            greyStandIn = true;
        }

        var image = Main.AddImagePart(pixels.Format == ImageFormat.Jpeg ? ImagePartType.Jpeg : ImagePartType.Png);
        using (var file = greyStandIn ? new MemoryStream(GreyStandIn, writable: false) : (Stream)File.OpenRead(standIn))
        {
            image.FeedData(file);
        }

        var blip = new A.Blip { Embed = Main.GetIdOfPart(image) };
        if (pixels.Format == ImageFormat.Svg)
        {
            var svg = Main.AddImagePart(ImagePartType.Svg);
            using (var file = File.OpenRead(path))
            {
                svg.FeedData(file);
            }

            blip.Append(new A.BlipExtensionList(new A.BlipExtension(new Svg.SVGBlip { Embed = Main.GetIdOfPart(svg) }) { Uri = SvgBlipExtension }));
        }

        var id = ++_drawingIds;
        var width = Math.Min(MaxImageWidth, pixels.Width * 9525L);
        var height = pixels.Width == 0 ? 0 : width * pixels.Height / pixels.Width;
        var name = Path.GetFileName(path);
        return new Run(new Drawing(new Dw.Inline(
            new Dw.Extent { Cx = width, Cy = height },
            new Dw.DocProperties { Id = id, Name = name, Description = French(alt) },
            new Dw.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(new Pic.Picture(
                new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = id, Name = name, Description = French(alt) }, new Pic.NonVisualPictureDrawingProperties()),
                new Pic.BlipFill(blip, new A.Stretch(new A.FillRectangle())),
                new Pic.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = width, Cy = height }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 }));
    }

    /// <summary>A table: its caption (read by assistive technologies), a header row repeated on each page, then the rows.</summary>
    public void Table(string caption, IReadOnlyList<IReadOnlyList<Paragraph>> header, IEnumerable<IReadOnlyList<IReadOnlyList<Paragraph>>> rows)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = WordStyles.Table },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableLook { Val = "04A0", FirstRow = true, FirstColumn = false, LastRow = false, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true },
            new TableCaption { Val = French(caption) }));
        table.Append(new TableGrid(header.Select(_ => new GridColumn())));
        table.Append(Row(header, isHeader: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, isHeader: false));
        }

        _body.Append(table);
    }

    /// <summary>A table of text: each cell one paragraph.</summary>
    public void Table(string caption, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        Table(caption, Cells(header, bold: true), rows.Select(r => Cells(r, bold: false)));

    private static IReadOnlyList<IReadOnlyList<Paragraph>> Cells(IReadOnlyList<string> texts, bool bold) =>
        texts.Select(t => (IReadOnlyList<Paragraph>)[Make(null, [Text(t, bold)])]).ToList();

    private static TableRow Row(IReadOnlyList<IReadOnlyList<Paragraph>> cells, bool isHeader)
    {
        var row = new TableRow();
        if (isHeader)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        foreach (var cell in cells)
        {
            row.Append(new TableCell(cell.Count == 0 ? [new Paragraph()] : cell));
        }

        return row;
    }

    /// <summary>The table of contents: a field of the headings 1 to 3, which Word fills in when it opens the document.</summary>
    public void TableOfContents(string heading, string placeholder)
    {
        Paragraph(WordStyles.TableOfContentsHeading, Text(heading));
        Paragraph(null,
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Text(placeholder, italic: true),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
    }

    public void Save()
    {
        _body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1417, Right = 1417, Bottom = 1417, Left = 1417, Header = 708, Footer = 708, Gutter = 0 }));
        Main.Document.Save();
        _document.Dispose();
    }

    public void Dispose() => _document.Dispose();

    private static AbstractNum Abstract(int id, NumberFormatValues format) => new(
        Enumerable.Range(0, 3).Select(level => new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = format == NumberFormatValues.Bullet ? (level == 1 ? "◦" : "•") : $"%{level + 1}." },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = (360 * (level + 2)).ToString(CultureInfo.InvariantCulture), Hanging = "360" }))
        { LevelIndex = level }))
    { AbstractNumberId = id };
}
