using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rdd.Site.Import;

/// <summary>
/// Walks the body of a document once, in order, and builds the outline: each heading of a structure level opens a
/// part, a section or an action (<see cref="HeadingLevels"/>); the paragraphs, lists and tables after it are its text.
/// Text before the first action of a section is the section's introduction, before the first section the part's.
/// </summary>
internal sealed class DocumentReader(ImportContext context, HeadingLevels levels)
{
    private readonly ImportedOutline _outline = new();
    private ImportedPart? _part;
    private ImportedSection? _section;
    private ImportedAction? _action;
    private MarkdownText? _target;
    private bool _discarding;
    private bool _beforeFirstHeadingReported;
    private bool _withoutPartsReported;
    private int _attachments;
    private bool _inChapter;
    private DataChapter? _data;

    /// <summary>Whether any heading of the structure was found.</summary>
    public bool FoundStructure { get; private set; }

    public ImportedOutline Read(Body body)
    {
        Blocks(body);
        return _outline;
    }

    private void Blocks(OpenXmlElement container)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    context.Paragraph++;
                    Paragraph(paragraph);
                    break;
                case Table table:
                    Table(table);
                    break;
                case SdtBlock block when block.SdtProperties?.Descendants<DocPartGallery>().Any(g => g.Val?.Value == "Table of Contents") == true:
                    context.Paragraph += block.Descendants<Paragraph>().Count();
                    ReportTableOfContents();
                    break;
                case SectionProperties or BookmarkStart or BookmarkEnd:
                    break;
                case OpenXmlCompositeElement wrapper:
                    // Content controls and custom XML wrap paragraphs and tables: their content is the document's.
                    Blocks(wrapper);
                    break;
            }
        }
    }

    private void ReportTableOfContents()
    {
        if (!context.TableOfContentsReported)
        {
            context.TableOfContentsReported = true;
            context.NotPlaced("table des matières", "non reprise : le site construit la sienne");
        }
    }

    private void Paragraph(Paragraph paragraph)
    {
        var subheading = context.Styles.IsSubheading(paragraph);
        var level = subheading ? 0 : context.Styles.HeadingLevel(paragraph);
        if (level > 0 && levels.RoleOf(level) != HeadingRole.Text && InlineReader.PlainText(paragraph) is { Length: > 0 } title)
        {
            Heading(levels.RoleOf(level), title);
            return;
        }

        if (context.Styles.IsTableOfContents(paragraph))
        {
            // Read all the same, for the table of contents' field may begin or end here.
            InlineReader.Read(paragraph, context, new MarkdownText());
            ReportTableOfContents();
            return;
        }

        if (context.Styles.IsExportedAttachments(paragraph))
        {
            if (_attachments++ == 0)
            {
                context.NotPlaced("rattachements des actions", "les lignes « Finalités : … », « Avancement : … » d'un document exporté par Rdd ne sont pas reprises : cochez de nouveau les finalités de chaque action (rdd check les réclame)");
            }

            return;
        }

        if (context.Styles.IsTitle(paragraph) && InlineReader.PlainText(paragraph) is { Length: > 0 } documentTitle)
        {
            context.NotPlaced("titre du document", $"{ImportContext.Quote(documentTitle)} : non repris, le titre du rapport s'écrit dans rapport.yml");
            return;
        }

        var target = _discarding ? new MarkdownText() : Target();
        var markdown = InlineReader.Read(paragraph, context, target);
        if (markdown.Length == 0 || _discarding)
        {
            return;
        }

        Placed();

        if (level > 0 || subheading)
        {
            // A heading below the structure's levels, or an introduction's: a subheading of the text.
            target.AddBlock("### " + markdown.Replace("\\\n", " ", StringComparison.Ordinal));
        }
        else if (context.Styles.Numbering(paragraph) is { } numbering)
        {
            var (indent, marker) = Lists.Marker(context.Main, numbering.Id, numbering.Level);
            target.AddBlock(indent + marker + markdown.Replace("\n", "\n" + indent + new string(' ', marker.Length), StringComparison.Ordinal), listItem: true);
        }
        else
        {
            target.AddBlock(markdown);
        }
    }

    /// <summary>Where text goes now; before the first heading, the introduction.</summary>
    private MarkdownText Target() => _target ?? _outline.Introduction;

    /// <summary>Says, once, that text before the first heading went to the introduction.</summary>
    private void Placed()
    {
        if (_target is null && !_beforeFirstHeadingReported)
        {
            _beforeFirstHeadingReported = true;
            context.ToCheck("texte avant le premier titre", "placé dans introduction.md (« Ce qu'il faut retenir ») : gardez-y ce qui introduit le rapport, supprimez le reste (page de titre, mentions)");
        }
    }

    private void Heading(HeadingRole role, string title)
    {
        if (_inChapter && role != levels.Top)
        {
            // The introduction, the reading guide and the other chapters have subheadings, not sections.
            (_target ?? new MarkdownText()).AddBlock("### " + MarkdownEscape.Inline(title));
            return;
        }

        FoundStructure = true;
        _discarding = false;
        _data = null;
        var (chapter, where) = role == levels.Top ? Chapters.Of(title) : (Chapter.None, null);
        _inChapter = chapter != Chapter.None;
        if (chapter != Chapter.None)
        {
            OpenChapter(chapter, where, title);
            return;
        }

        switch (role)
        {
            case HeadingRole.Part:
                _part = new ImportedPart(title, context.Paragraph);
                _outline.Parts.Add(_part);
                _section = null;
                _action = null;
                _target = _part.Introduction;
                break;
            case HeadingRole.Section:
                _section = new ImportedSection(title);
                PartForSection().Sections.Add(_section);
                _action = null;
                _target = _section.Introduction;
                break;
            default:
                _action = new ImportedAction(title);
                SectionForAction().Actions.Add(_action);
                _target = _action.Body;
                break;
        }

        context.HeadingPath = string.Join(" › ", new[] { _part?.Title, _section?.Title, _action?.Title }.OfType<string>().Distinct().Select(Short));
    }

    /// <summary>Opens a chapter that is not a part of the outline: the introduction, the reading guide, the digital review, a data chapter, or one left out.</summary>
    private void OpenChapter(Chapter chapter, string? where, string title)
    {
        _part = null;
        _section = null;
        _action = null;
        context.HeadingPath = Short(title);
        _target = chapter switch
        {
            Chapter.Introduction => _outline.Introduction,
            Chapter.ReadingGuide => _outline.ReadingGuide,
            Chapter.DigitalReview => _outline.DigitalReview,
            _ => null,
        };
        _discarding = _target is null;
        if (chapter == Chapter.Data && where is null)
        {
            context.NotPlaced($"chapitre {ImportContext.Quote(title)}", "non repris : le site construit son sommaire");
        }
        else if (chapter == Chapter.Data)
        {
            // Its tables are kept for DataChapters, which reads those it can; the import report says what became of it.
            _data = new DataChapter(title, where!, context.Paragraph, context.HeadingPath);
            _outline.DataChapters.Add(_data);
        }
    }

    private ImportedPart PartForSection()
    {
        if (_part is not null)
        {
            return _part;
        }

        _part = new ImportedPart(string.Empty, context.Paragraph);
        _outline.Parts.Add(_part);
        if (levels.HasParts)
        {
            context.ToCheck("section avant la première partie", "placée dans une partie sans titre du document, qui prend le titre de son contenu du décret");
        }
        else if (!_withoutPartsReported)
        {
            _withoutPartsReported = true;
            context.ToCheck("sections sans partie", "les niveaux choisis n'ont pas de partie : les sections sont placées dans la partie 1 ; déplacez dans partie-2 et partie-3 celles du fonctionnement interne et de la démarche");
        }

        return _part;
    }

    private ImportedSection SectionForAction()
    {
        if (_section is not null)
        {
            return _section;
        }

        var part = PartForSection();
        _section = new ImportedSection(part.Title);
        part.Sections.Add(_section);
        if (levels.HasSections)
        {
            context.ToCheck("action hors section", "placée dans une section qui porte le titre de sa partie : renommez-la ou déplacez l'action");
        }

        return _section;
    }

    private void Table(Table table)
    {
        var target = _discarding ? new MarkdownText() : Target();
        var rows = table.Elements<TableRow>().ToList();
        if (_data is not null)
        {
            _data.Tables.Add(rows.Select(r => r.Elements<TableCell>().Select(InlineReader.PlainText).ToList()).ToList());
        }

        var cells = rows.SelectMany(r => r.Elements<TableCell>()).ToList();
        if (cells.Count == 1)
        {
            // A table of one cell frames text: its content is read as the document's.
            Blocks(cells[0]);
            return;
        }

        var markdown = Tables.Read(rows, context, target, out var merged);
        if (merged && !_discarding)
        {
            context.ToCheck("tableau à cellules fusionnées", "chaque cellule fusionnée est reprise vide après la première : vérifiez le tableau");
        }

        if (markdown is not null && !_discarding)
        {
            Placed();
            target.AddBlock(markdown);
        }
    }

    private static string Short(string title) => title.Length > 50 ? title[..49] + "…" : title;
}
