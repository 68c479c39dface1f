using DocumentFormat.OpenXml.Wordprocessing;

namespace Rdd.Site.Export;

/// <summary>
/// The styles of the exported document: Word's built-in ones where they exist, with the ids and names French Word
/// gives them (id « Titre1 », name « heading 1 », shown « Titre 1 »), so that Word, LibreOffice, screen readers and
/// the PDF export see real headings; the document's language, French, on every run.
/// </summary>
internal static class WordStyles
{
    public const string Title = "Titre";
    public const string Subtitle = "Sous-titre";
    public const string TableOfContentsHeading = "En-ttedetabledesmatires";
    public const string Attachments = "Rattachements";
    public const string Subheading = "Intertitre";
    public const string Quote = "Citation";
    public const string ListParagraph = "Paragraphedeliste";
    public const string Hyperlink = "Lienhypertexte";
    public const string Table = "Grilledutableau";

    /// <summary>The id of the style of a heading of <paramref name="level"/> (1 to 4).</summary>
    public static string Heading(int level) => "Titre" + Math.Clamp(level, 1, 4).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static Styles Create()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                    new FontSize { Val = "22" },
                    new Languages { Val = "fr-FR", EastAsia = "fr-FR", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            Paragraph("Normal", "Normal", basedOn: null, primary: true),
            Paragraph(Title, "Title", "Normal", primary: true, size: 52, spacingAfter: 240),
            Paragraph(Subtitle, "Subtitle", "Normal", primary: true, size: 28, spacingAfter: 360),
            Paragraph(TableOfContentsHeading, "TOC Heading", "Normal", primary: false, bold: true, size: 32),
            Paragraph(Attachments, "Rattachements de l'action", "Normal", primary: false, size: 20, italic: true),
            Paragraph(Subheading, "Intertitre", "Normal", primary: true, bold: true, size: 24, spacingAfter: 120, keepNext: true),
            Paragraph(Quote, "Quote", "Normal", primary: true, italic: true, indent: 567),
            Paragraph(ListParagraph, "List Paragraph", "Normal", primary: true, indent: 720),
            new Style(new StyleName { Val = "Hyperlink" }, new UIPriority { Val = 99 }, new StyleRunProperties(new Color { Val = "0B5A7A" }, new Underline { Val = UnderlineValues.Single }))
            { Type = StyleValues.Character, StyleId = Hyperlink },
            new Style(new StyleName { Val = "Table Grid" }, new UIPriority { Val = 39 }, new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })))
            { Type = StyleValues.Table, StyleId = Table });
        for (var level = 1; level <= 4; level++)
        {
            styles.Append(Paragraph(Heading(level), $"heading {level}", "Normal", primary: true, bold: true, size: 36 - (level * 4), spacingAfter: 120, outline: level - 1));
        }

        return styles;
    }

    // Long: each property of a paragraph style, in the order the schema wants them.
    private static Style Paragraph(string id, string name, string? basedOn, bool primary, bool bold = false, bool italic = false, int size = 0, int spacingAfter = 0, int indent = 0, int? outline = null, bool keepNext = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = id == "Normal" ? true : null };
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn }, new NextParagraphStyle { Val = "Normal" });
        }

        if (primary)
        {
            style.Append(new PrimaryStyle());
        }

        var paragraph = new StyleParagraphProperties();
        if (outline is not null || keepNext)
        {
            paragraph.Append(new KeepNext(), new SpacingBetweenLines { Before = "360", After = spacingAfter.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        else if (spacingAfter > 0)
        {
            paragraph.Append(new SpacingBetweenLines { After = spacingAfter.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        if (indent > 0)
        {
            paragraph.Append(new Indentation { Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        if (paragraph.HasChildren)
        {
            style.Append(paragraph);
        }

        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        if (italic)
        {
            run.Append(new Italic());
        }

        if (size > 0)
        {
            run.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        if (run.HasChildren)
        {
            style.Append(run);
        }

        return style;
    }
}
