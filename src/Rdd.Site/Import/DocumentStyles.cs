using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rdd.Site.Import;

/// <summary>
/// What the styles of a document say about a paragraph: its heading level, whether it is the document's title or a
/// table of contents entry, its list numbering, and whether a character style makes text bold or italic. Built-in
/// styles are recognised whatever the document's language: Word writes their English name (« heading 1 ») and a
/// localised id (« Titre1 », « berschrift1 »), LibreOffice sometimes the localised name; an outline level, on the
/// style, a style it is based on, or the paragraph itself, makes a heading too.
/// </summary>
internal sealed partial class DocumentStyles
{
    private readonly Dictionary<string, Style> _styles;

    public DocumentStyles(MainDocumentPart main)
    {
        _styles = (main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            .Where(s => s.StyleId?.Value is not null)
            .DistinctBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(s => s.StyleId!.Value!, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^(?:heading|titre|[üu]?berschrift|titolo|t[íi]tulo|kop|rubrik|encabezado)\s?([1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"^(?:toc|tm|inhalt|verzeichnis|indice|índice|inhoudsopgave)\s?[1-9]$|^toc heading$|^en-tête de table des matières$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TableOfContentsName();

    [GeneratedRegex(@"^(?:title|titre|titel|titolo|t[íi]tulo|subtitle|sous-titre|untertitel)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleName();

    /// <summary>The heading level of a paragraph, 1 to 9, or 0 when it is not a heading.</summary>
    public int HeadingLevel(Paragraph paragraph)
    {
        if (paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } direct)
        {
            return direct < 9 ? direct + 1 : 0;
        }

        foreach (var style in Chain(StyleOf(paragraph)))
        {
            foreach (var name in Names(style))
            {
                if (HeadingName().Match(name) is { Success: true } match)
                {
                    return match.Groups[1].Value[0] - '0';
                }
            }

            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } level)
            {
                return level < 9 ? level + 1 : 0;
            }
        }

        return 0;
    }

    /// <summary>Whether a paragraph is in the style of the document's title or subtitle.</summary>
    public bool IsTitle(Paragraph paragraph) => Chain(StyleOf(paragraph)).Take(1).SelectMany(Names).Any(n => TitleName().IsMatch(n));

    /// <summary>Whether a paragraph is an entry of a table of contents (« TOC 1 », « TM1 »…).</summary>
    public bool IsTableOfContents(Paragraph paragraph) => Chain(StyleOf(paragraph)).Take(1).SelectMany(Names).Any(n => TableOfContentsName().IsMatch(n));

    /// <summary>
    /// Whether a paragraph holds the attachments of an action as <c>rdd export --format docx</c> writes them
    /// (« Finalités : … »): the author ticks them again rather than have them guessed back from text.
    /// </summary>
    public bool IsExportedAttachments(Paragraph paragraph) => Chain(StyleOf(paragraph)).Take(1).SelectMany(Names).Any(n => n is "Rattachements" or "Rattachements de l'action");

    /// <summary>
    /// Whether a paragraph is a subheading of an introduction as <c>rdd export --format docx</c> writes it (the
    /// « Intertitre » style): a heading for the reader, yet a subheading of the text for the report's structure.
    /// </summary>
    public bool IsSubheading(Paragraph paragraph) => Chain(StyleOf(paragraph)).Take(1).SelectMany(Names).Any(n => n.Equals("Intertitre", StringComparison.OrdinalIgnoreCase));

    /// <summary>The list numbering of a paragraph, given on it or by its style: (numbering id, level), or null.</summary>
    public (int Id, int Level)? Numbering(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        if (own?.NumberingId?.Val?.Value is { } id)
        {
            return id == 0 ? null : (id, own.NumberingLevelReference?.Val?.Value ?? 0);
        }

        foreach (var style in Chain(StyleOf(paragraph)))
        {
            if (style.StyleParagraphProperties?.NumberingProperties is { NumberingId.Val.Value: var styleId } numbering)
            {
                return styleId == 0 ? null : (styleId, own?.NumberingLevelReference?.Val?.Value ?? numbering.NumberingLevelReference?.Val?.Value ?? 0);
            }
        }

        return null;
    }

    /// <summary>Whether a character style (« Strong », « Emphasis » or one based on them, or one that sets it) makes text bold or italic.</summary>
    public (bool Bold, bool Italic) CharacterStyle(string? styleId)
    {
        var bold = false;
        var italic = false;
        foreach (var style in Chain(styleId))
        {
            var names = Names(style).ToList();
            bold |= names.Any(n => n.Equals("strong", StringComparison.OrdinalIgnoreCase) || n.Equals("fort", StringComparison.OrdinalIgnoreCase))
                || style.StyleRunProperties?.Bold is { } b && (b.Val?.Value ?? true);
            italic |= names.Any(n => n.Equals("emphasis", StringComparison.OrdinalIgnoreCase) || n.Equals("accentuation", StringComparison.OrdinalIgnoreCase))
                || style.StyleRunProperties?.Italic is { } i && (i.Val?.Value ?? true);
        }

        return (bold, italic);
    }

    private static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static IEnumerable<string> Names(Style style)
    {
        if (style.StyleName?.Val?.Value is { } name)
        {
            yield return name.Trim();
        }

        if (style.StyleId?.Value is { } id)
        {
            yield return id;
        }
    }

    /// <summary>A style and those it is based on, nearest first (at most ten: a loop in a damaged document ends).</summary>
    private IEnumerable<Style> Chain(string? styleId)
    {
        for (var i = 0; i < 10 && styleId is not null && _styles.TryGetValue(styleId, out var style); i++)
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }
}
