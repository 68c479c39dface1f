using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Rdd.Site.Policy;
using MdCell = Markdig.Extensions.Tables.TableCell;
using MdRow = Markdig.Extensions.Tables.TableRow;
using MdTable = Markdig.Extensions.Tables.Table;

namespace Rdd.Site.Export;

/// <summary>
/// The Markdown an author wrote, as Word paragraphs: subheadings (« ### ») one level below the action's (in the
/// introduction of a part or a section, in the « Intertitre » style, which the importer knows), bold,
/// italic, links, line breaks, bulleted and numbered lists (nested), quotes, tables with a header row, images with
/// their alternative text (PNG, JPEG, SVG). Raw HTML is never interpreted, as on the site: it is text.
/// </summary>
internal sealed class MarkdownBlocks(WordWriter writer, string contentRoot)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().DisableHtml().Build();

    private readonly List<string> _warnings = [];

    /// <summary>What the document could not carry (images), one French sentence each.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Writes <paramref name="markdown"/>, its headings placed under <paramref name="headingLevel"/>.</summary>
    /// <param name="markdown">The author's text.</param>
    /// <param name="headingLevel">The level of the heading the text is under.</param>
    /// <param name="introduction">
    /// Whether the text introduces a part or a section: there, a heading one level below would read as the next
    /// level of the report's structure (a section, an action), so its subheadings take the « Intertitre » style, at
    /// the outline level below <paramref name="headingLevel"/> (a real heading for the navigation pane and the PDF).
    /// </param>
    public void Write(string markdown, int headingLevel, bool introduction = false)
    {
        foreach (var block in Markdown.Parse(markdown, Pipeline))
        {
            Block(block, (headingLevel, introduction), style: null, list: null);
        }
    }

    private void Block(Block block, (int Level, bool Introduction) under, string? style, (int Id, int Level)? list)
    {
        switch (block)
        {
            case HeadingBlock heading when under.Introduction:
                writer.Append(WordWriter.Subheading(Inlines(heading.Inline), under.Level + 1));
                break;
            case HeadingBlock heading:
                writer.Append(WordWriter.Make(WordStyles.Heading(under.Level + 1), Inlines(heading.Inline)));
                break;
            case ParagraphBlock paragraph:
                writer.Append(WordWriter.Make(list is null ? style : WordStyles.ListParagraph, Inlines(paragraph.Inline), list is { } item ? WordWriter.ListItem(item.Id, item.Level) : null));
                break;
            case ListBlock items:
                var id = writer.NewList(items.IsOrdered);
                var level = list is { } outer ? outer.Level + 1 : 0;
                foreach (var child in items.OfType<ListItemBlock>())
                {
                    var first = true;
                    foreach (var inner in child)
                    {
                        // The item's first paragraph carries the bullet; what follows it in the item is indented under it.
                        Block(inner, under, WordStyles.ListParagraph, inner is ListBlock || first ? (id, level) : null);
                        first = false;
                    }
                }

                break;
            case QuoteBlock quote:
                foreach (var inner in quote)
                {
                    Block(inner, under, WordStyles.Quote, list);
                }

                break;
            case MdTable table:
                Table(table);
                break;
            case LeafBlock leaf when leaf is CodeBlock or HtmlBlock:
                writer.Append(WordWriter.Make(style, [WordWriter.Text(leaf.Lines.ToString())]));
                break;
            case ContainerBlock container:
                foreach (var inner in container)
                {
                    Block(inner, under, style, list);
                }

                break;
        }
    }

    private void Table(MdTable table)
    {
        var rows = table.OfType<MdRow>().Select(row => (IReadOnlyList<IReadOnlyList<Paragraph>>)row.OfType<MdCell>()
            .Select(cell => (IReadOnlyList<Paragraph>)cell.OfType<ParagraphBlock>().Select(p => WordWriter.Make(null, Inlines(p.Inline, bold: row.IsHeader))).ToList())
            .ToList()).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var caption = string.Join(", ", rows[0].SelectMany(c => c).Select(p => p.InnerText).Where(t => t.Length > 0));
        writer.Table(caption, rows[0], rows.Skip(1));
    }

    private List<OpenXmlElement> Inlines(ContainerInline? inlines, bool bold = false, bool italic = false)
    {
        var elements = new List<OpenXmlElement>();
        if (inlines is not null)
        {
            Inline(inlines, bold, italic, elements);
        }

        return elements;
    }

    // Long: one case per kind of inline of the Markdown the loader accepts.
    private void Inline(ContainerInline container, bool bold, bool italic, List<OpenXmlElement> elements)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    elements.Add(WordWriter.Text(literal.Content.ToString(), bold, italic));
                    break;
                case CodeInline code:
                    elements.Add(WordWriter.Text(code.Content, bold, italic));
                    break;
                case HtmlEntityInline entity:
                    elements.Add(WordWriter.Text(entity.Transcoded.ToString(), bold, italic));
                    break;
                case HtmlInline html:
                    elements.Add(WordWriter.Text(html.Tag, bold, italic));
                    break;
                case LineBreakInline lineBreak:
                    elements.Add(lineBreak.IsHard ? WordWriter.LineBreak() : WordWriter.Text(" ", bold, italic));
                    break;
                case EmphasisInline emphasis:
                    Inline(emphasis, bold || (emphasis.DelimiterChar is '*' or '_' && emphasis.DelimiterCount == 2), italic || (emphasis.DelimiterChar is '*' or '_' && emphasis.DelimiterCount == 1), elements);
                    break;
                case LinkInline { IsImage: true } image:
                    elements.Add(Image(image));
                    break;
                case LinkInline link when link.Url is { } url && IsExternal(url):
                    var runs = new List<OpenXmlElement>();
                    Inline(link, bold, italic, runs);
                    elements.Add(writer.Link(url, runs.OfType<Run>()));
                    break;
                case AutolinkInline autolink when IsExternal(autolink.Url):
                    elements.Add(writer.Link(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, [WordWriter.Text(autolink.Url, bold, italic)]));
                    break;
                case AutolinkInline autolink:
                    elements.Add(WordWriter.Text(autolink.Url, bold, italic));
                    break;
                case ContainerInline inner:
                    Inline(inner, bold, italic, elements);
                    break;
            }
        }
    }

    /// <summary>A link the document can carry: to another site, an address or a number; links inside the site have no target in a document, their text stays.</summary>
    private static bool IsExternal(string url) => LinkPolicy.IsAllowed(url) && !url.StartsWith('/') && !url.StartsWith('#') && Uri.IsWellFormedUriString(url, UriKind.Absolute);

    /// <summary>
    /// An image of the content folder (an SVG, with its PNG copy or a grey frame for the readers without SVG, named in
    /// <see cref="Warnings"/>); one the document cannot carry (a WebP image: Word stores none, and Rdd has no
    /// managed decoder to convert it; a missing or unreadable file) is replaced by a sentence giving its alternative
    /// text and its file, and named in <see cref="Warnings"/>.
    /// </summary>
    private OpenXmlElement Image(LinkInline image)
    {
        var alt = new StringBuilder();
        foreach (var literal in image.Descendants<LiteralInline>())
        {
            alt.Append(literal.Content.ToString());
        }

        var url = Uri.UnescapeDataString(image.Url ?? string.Empty);
        var file = MediaPolicy.IsPublished(url) ? url[MediaPolicy.Folder.Length..] : url;
        var path = Path.Combine(contentRoot, file.Replace('/', Path.DirectorySeparatorChar));
        var name = Path.GetFileName(file);
        if (writer.Image(path, alt.ToString(), out var greyStandIn) is { } run)
        {
            if (greyStandIn)
            {
                _warnings.Add($"l'image « {file} » est au format SVG : Word 2016 et ses successeurs la dessinent, mais LibreOffice et les versions plus anciennes de Word montrent à sa place un cadre gris ; placez à côté d'elle sa copie en PNG, {Path.ChangeExtension(name, ".png")}, pour qu'ils la montrent.");
            }

            return run;
        }

        _warnings.Add(name.EndsWith(".webp", StringComparison.OrdinalIgnoreCase)
            ? $"l'image « {file} » n'est pas dans le document Word : Word n'enregistre pas d'image WebP ; enregistrez-la en PNG ou en JPEG pour qu'elle y soit."
            : $"l'image « {file} » n'est pas dans le document Word : le fichier ne se lit pas comme une image PNG, JPEG ou SVG.");
        return WordWriter.Text($"[Image non reprise, « {alt} » : voir le fichier {name}]", italic: true);
    }
}
