using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rdd.Site.Policy;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using V = DocumentFormat.OpenXml.Vml;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Rdd.Site.Import;

/// <summary>
/// The text of a paragraph as Markdown: bold and italic (direct or by a character style), links, line breaks,
/// images (extracted, with their alternative text), footnote references (the note's text goes to <paramref name="notes"/>).
/// What has no place in Markdown is reported: text boxes, comments, tracked changes (the text is read as if they were
/// accepted), fields other than links (their result is kept as text).
/// </summary>
internal sealed partial class InlineReader(ImportContext context, MarkdownText notes)
{
    private readonly List<Piece> _pieces = [];
    private string? _link;

    /// <summary>A stretch of text with its formatting, or Markdown written as is (an image, a break, a note's call).</summary>
    private readonly record struct Piece(string Text, bool Bold, bool Italic, string? Link, bool Raw);

    /// <summary>The Markdown of <paramref name="element"/>'s runs, on one or several lines (hard breaks), trimmed.</summary>
    public static string Read(OpenXmlElement element, ImportContext context, MarkdownText notes)
    {
        var reader = new InlineReader(context, notes);
        reader.Visit(element);
        return reader.Render();
    }

    /// <summary>The plain text of <paramref name="element"/> (a heading's title), without formatting or escapes.</summary>
    public static string PlainText(OpenXmlElement element) =>
        string.Join(' ', string.Concat(element.Descendants().Select(e => e switch
        {
            WordText t when t.Parent is not DeletedRun && !t.Ancestors<TextBoxContent>().Any() => t.Text,
            TabChar or Break or CarriageReturn => " ",
            _ => string.Empty,
        })).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private bool Suppressed => context.Fields.Any(f => !f.InResult || f.IsTableOfContents);

    // Long: one case per kind of inline element of WordprocessingML, each a line or two.
    private void Visit(OpenXmlElement element)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    VisitRun(run);
                    break;
                case Hyperlink hyperlink:
                    var target = hyperlink.Id?.Value is { } id ? context.Main.HyperlinkRelationships.FirstOrDefault(r => r.Id == id)?.Uri.OriginalString : null;
                    WithLink(target, hyperlink.Anchor?.Value, PlainText(hyperlink), () => Visit(hyperlink));
                    break;
                case SimpleField field:
                    var simple = new OpenField { InResult = true };
                    simple.Instruction.Append(field.Instruction?.Value);
                    if (simple.Kind == "HYPERLINK")
                    {
                        WithLink(simple.Link, null, PlainText(field), () => Visit(field));
                    }
                    else
                    {
                        ReportField(simple, PlainText(field));
                        Visit(field);
                    }

                    break;
                case DeletedRun or MoveFromRun:
                    if (string.Concat(child.Descendants<DeletedText>().Select(t => t.Text)).Trim() is { Length: > 0 } deleted)
                    {
                        context.ToCheck("modification suivie", $"texte supprimé {ImportContext.Quote(deleted)} : la suppression est appliquée");
                    }

                    break;
                case InsertedRun or MoveToRun:
                    context.ToCheck("modification suivie", $"texte inséré {ImportContext.Quote(PlainText(child))} : l'insertion est gardée");
                    Visit(child);
                    break;
                case ProofError or BookmarkStart or BookmarkEnd or CommentRangeStart or CommentRangeEnd or ParagraphProperties:
                    break;
                case OpenXmlCompositeElement container:
                    // Smart tags, custom XML, content controls and the like wrap runs: their text is the paragraph's.
                    Visit(container);
                    break;
            }
        }
    }

    private void WithLink(string? target, string? anchor, string text, Action visit)
    {
        if (target is not null && !IsPublishable(target))
        {
            context.ToCheck("lien", $"{ImportContext.Quote(text)} menait à « {target} », que le site ne publie pas (seuls les liens http, https, mailto et tel le sont) : le texte est gardé sans le lien");
            target = null;
        }
        else if (target is null && anchor is not null && !Suppressed)
        {
            context.ToCheck("renvoi interne", $"{ImportContext.Quote(text)} renvoyait à un signet du document : le texte est gardé sans le renvoi");
        }

        var outer = _link;
        _link = target ?? outer;
        visit();
        _link = outer;
    }

    private static bool IsPublishable(string target) => LinkPolicy.IsAllowed(target) && !target.TrimStart().StartsWith('/') && !target.TrimStart().StartsWith('#');

    // Long: one case per kind of run content, in the order WordprocessingML lists them.
    private void VisitRun(Run run)
    {
        var properties = run.RunProperties;
        var (styleBold, styleItalic) = context.Styles.CharacterStyle(properties?.RunStyle?.Val?.Value);
        var bold = properties?.Bold is { } b ? b.Val?.Value ?? true : styleBold;
        var italic = properties?.Italic is { } i ? i.Val?.Value ?? true : styleItalic;
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case FieldChar fieldChar:
                    Field(fieldChar);
                    break;
                case FieldCode code:
                    if (context.Fields.TryPeek(out var open) && !open.InResult)
                    {
                        open.Instruction.Append(code.Text);
                    }

                    break;
                case WordText text when !Suppressed:
                    _pieces.Add(new(text.Text, bold, italic, _link, Raw: false));
                    break;
                case TabChar when !Suppressed:
                    _pieces.Add(new(" ", bold, italic, _link, Raw: false));
                    break;
                case Break { Type.Value: var type } when !Suppressed && type != BreakValues.TextWrapping:
                    break;
                case Break or CarriageReturn when !Suppressed:
                    _pieces.Add(new("\\\n", false, false, null, Raw: true));
                    break;
                case FootnoteReference footnote when !Suppressed:
                    Note(context.Main.FootnotesPart?.Footnotes?.Elements<Footnote>().FirstOrDefault(f => f.Id?.Value == footnote.Id?.Value));
                    break;
                case EndnoteReference endnote when !Suppressed:
                    Note(context.Main.EndnotesPart?.Endnotes?.Elements<Endnote>().FirstOrDefault(f => f.Id?.Value == endnote.Id?.Value));
                    break;
                case CommentReference comment:
                    var body = context.Main.WordprocessingCommentsPart?.Comments?.Elements<Comment>().FirstOrDefault(c => c.Id?.Value == comment.Id?.Value);
                    context.NotPlaced("commentaire", body is null ? "commentaire sans texte" : $"{(body.Author?.Value is { Length: > 0 } author ? author + " : " : string.Empty)}{ImportContext.Quote(PlainText(body))}");
                    break;
                case Drawing or Picture or AlternateContent when !Suppressed:
                    Graphic(child);
                    break;
            }
        }
    }

    private void Field(FieldChar fieldChar)
    {
        var type = fieldChar.FieldCharType?.Value;
        if (type == FieldCharValues.Begin)
        {
            context.Fields.Push(new OpenField());
        }
        else if (type == FieldCharValues.Separate && context.Fields.TryPeek(out var field))
        {
            field.InResult = true;
            if (field.Link is { } link)
            {
                _link = IsPublishable(link) ? link : _link;
            }
            else if (field.IsTableOfContents && !context.TableOfContentsReported)
            {
                context.TableOfContentsReported = true;
                context.NotPlaced("table des matières", "non reprise : le site construit la sienne");
            }
            else if (!field.IsTableOfContents)
            {
                ReportField(field, null);
            }
        }
        else if (type == FieldCharValues.End && context.Fields.TryPop(out var ended) && ended.Link is not null)
        {
            _link = null;
        }
    }

    private void ReportField(OpenField field, string? result)
    {
        if (field.Kind.Length > 0 && !Suppressed)
        {
            context.ToCheck("champ", $"champ {field.Kind}{(result is null ? string.Empty : " " + ImportContext.Quote(result))} : son résultat est gardé comme texte, il ne se mettra plus à jour");
        }
    }

    private void Note(OpenXmlCompositeElement? note)
    {
        if (note is null)
        {
            return;
        }

        var number = ++context.NoteCount;
        var text = string.Join(' ', note.Elements<Paragraph>().Select(p => Read(p, context, notes)).Where(t => t.Length > 0));
        _pieces.Add(new($"\u00a0(note\u00a0{number})", false, false, null, Raw: true));
        notes.AddNote($"Note {number} : {text}");
    }

    private void Graphic(OpenXmlElement graphic)
    {
        if (graphic.Descendants<TextBoxContent>().FirstOrDefault() is { } box)
        {
            context.NotPlaced("zone de texte", ImportContext.Quote(string.Join(' ', box.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<WordText>().Select(t => t.Text))))));
            return;
        }

        var properties = graphic.Descendants<Dw.DocProperties>().FirstOrDefault();
        var alt = (properties?.Description?.Value is { Length: > 0 } description ? description : properties?.Title?.Value ?? string.Empty).Trim();
        var relationship = graphic.Descendants<A.Blip>().FirstOrDefault()?.Embed?.Value ?? graphic.Descendants<V.ImageData>().FirstOrDefault()?.RelationshipId?.Value;
        if (relationship is null || context.Main.TryGetPartById(relationship, out var part) is false || part is not ImagePart image)
        {
            if (graphic.Descendants<A.GraphicData>().FirstOrDefault()?.Uri?.Value is { } uri && !uri.EndsWith("/picture", StringComparison.Ordinal))
            {
                context.NotPlaced("objet graphique", $"{(alt.Length > 0 ? ImportContext.Quote(alt) + ", " : string.Empty)}un graphique, une forme ou un schéma dessiné dans Word : enregistrez-le en image PNG et insérez-le dans le texte");
            }

            return;
        }

        var extension = image.ContentType switch
        {
            "image/png" => ".png",
            "image/jpeg" or "image/jpg" => ".jpg",
            _ => null,
        };
        if (extension is null)
        {
            context.NotPlaced("image", $"{(alt.Length > 0 ? ImportContext.Quote(alt) : "une image")} au format {image.ContentType}, que le site ne publie pas : enregistrez-la en PNG ou en JPEG et insérez-la à la main");
            return;
        }

        var file = context.ImageFile(image, extension, alt);
        if (alt.Length == 0)
        {
            context.ToCheck("image sans texte de remplacement", $"images/{file} : écrivez ce qu'elle montre entre les crochets de ![](…) (RDD2031)");
        }

        _pieces.Add(new($"![{MarkdownEscape.Inline(alt)}](../images/{file})", false, false, null, Raw: true));
    }

    private string Render()
    {
        var text = new StringBuilder();
        for (var i = 0; i < _pieces.Count;)
        {
            var link = _pieces[i].Raw ? null : _pieces[i].Link;
            var end = i + 1;
            while (end < _pieces.Count && link is not null && !_pieces[end].Raw && _pieces[end].Link == link)
            {
                end++;
            }

            if (link is null)
            {
                Emphasis(text, i, end);
            }
            else
            {
                var label = new StringBuilder();
                Emphasis(label, i, end);
                text.Append('[').Append(label.ToString().Trim()).Append("](").Append(link.Replace(" ", "%20", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)).Append(')');
            }

            i = end;
        }

        // A break at the start or the end of a paragraph shows nothing.
        var markdown = Breaks().Replace(text.ToString(), "\\\n").Trim(' ', '\t', '\u00a0');
        markdown = markdown.StartsWith("\\\n", StringComparison.Ordinal) ? markdown[2..] : markdown;
        markdown = markdown.EndsWith("\\\n", StringComparison.Ordinal) ? markdown[..^2] : markdown;
        return MarkdownEscape.LineStarts(markdown.Trim(' ', '\t', '\u00a0'));
    }

    /// <summary>Writes pieces [start, end) with their emphasis, markers hugging the text (« **gras** », never « ** gras** »).</summary>
    private void Emphasis(StringBuilder text, int start, int end)
    {
        for (var i = start; i < end;)
        {
            var piece = _pieces[i];
            if (piece.Raw)
            {
                text.Append(piece.Text);
                i++;
                continue;
            }

            var run = new StringBuilder();
            var next = i;
            while (next < end && !_pieces[next].Raw && _pieces[next].Bold == piece.Bold && _pieces[next].Italic == piece.Italic)
            {
                run.Append(_pieces[next].Text);
                next++;
            }

            var raw = run.ToString();
            var core = raw.Trim();
            var following = next < end && _pieces[next].Text.Length > 0 ? _pieces[next].Text[0] : ' ';
            var italic = text.Length > 0 && char.IsLetterOrDigit(text[^1]) || char.IsLetterOrDigit(following) ? "*" : "_";
            var marker = (piece.Bold ? "**" : string.Empty) + (piece.Italic ? italic : string.Empty);
            text.Append(raw[..(raw.Length - raw.TrimStart().Length)]);
            text.Append(core.Length > 0 ? marker + MarkdownEscape.Inline(core) + new string(marker.Reverse().ToArray()) : string.Empty);
            text.Append(raw[raw.TrimEnd().Length..]);
            i = next;
        }
    }

    [GeneratedRegex(@"(?:[ \t]*\\\n[ \t]*)+")]
    private static partial Regex Breaks();
}
