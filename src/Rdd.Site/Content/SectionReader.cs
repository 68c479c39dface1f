using Markdig;
using Markdig.Syntax;
using Rdd.Domain;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;
using Rdd.Domain.Validation;

namespace Rdd.Site.Content;

/// <summary>
/// Reads a section file: its front matter (title, defaults), an optional introduction, then one action per
/// level-2 heading with its attributes in braces.
/// </summary>
internal static class SectionReader
{
    private const int MaxIdLength = 60;

    public static Section? Read(SourceText source, string defaultId, DiagnosticBag bag, SourceMap sources, string root, ISet<string> media) =>
        Read(source, defaultId, bag, sources.Add, root, media);

    /// <summary>Reads a section file, telling <paramref name="locate"/> where each element is written.</summary>
    public static Section? Read(SourceText source, string defaultId, DiagnosticBag bag, Action<ElementRef, SourceLocation> locate, string root, ISet<string> media)
    {
        var file = MarkdownSafety.Check(MarkdownFile.Split(source, bag), root, bag, media, out var parsed);
        var sources = new Locator(locate);
        MappingReader? front = null;
        if (file.FrontMatter is not null)
        {
            front = MappingReader.Parse(source, file.FrontMatter, file.FrontMatterLine, ContentShapes.SectionFrontMatter, bag, source.At(1, 1));
        }
        else if (string.IsNullOrWhiteSpace(source.Text))
        {
            bag.Add(ContentDiagnostics.MissingKey, $"Le fichier « {source.Path} » est vide : commencez-le par un en-tête (« --- », « titre: … », « --- »), puis écrivez ses actions, chacune sous un titre « ## ».", source.At(1, 1));
        }
        else if (!source.Text.StartsWith("---", StringComparison.Ordinal))
        {
            bag.Add(ContentDiagnostics.MissingKey, $"La section « {source.Path} » n'a pas d'en-tête : commencez le fichier par « --- », « titre: … », « --- ».", source.At(1, 1));
        }

        var id = front?.Code("id") ?? defaultId;
        var element = new ElementRef(ElementKind.Section, id);
        sources.Add(element, source.At(1, 1));
        if (front is not null)
        {
            sources.Add(element.At(ElementAttributes.Finalities), front.ValueLocation("finalites"));
            sources.Add(element.At(ElementAttributes.GovernanceElements), front.ValueLocation("elements"));
            sources.Add(element.At(ElementAttributes.Terms), front.ValueLocation("termes"));
        }

        var terms = (front?.List("termes") ?? []).Select(t => ParseTerm(t.Value, t.Location, bag)).OfType<TermReference>()
            .Concat((front?.List("odd") ?? []).Select(o => new TermReference(SustainableDevelopmentGoals.Id, o.Value)))
            .ToList();
        var (introduction, actions) = ReadBody(file, parsed, bag, sources);
        return new Section
        {
            Id = id,
            Title = front?.Text("titre") ?? defaultId,
            Group = front?.Text("groupe"),
            Introduction = introduction,
            DefaultFinalities = (front?.List("finalites") ?? []).Select(f => Codes.Normalize(f.Value)).ToList(),
            DefaultGovernanceElements = (front?.List("elements") ?? []).Select(f => Codes.Normalize(f.Value)).ToList(),
            DefaultTerms = terms,
            Actions = actions,
        };
    }

    /// <summary>Records locations (a <see cref="SourceMap"/>, or a list merged into one later).</summary>
    private readonly struct Locator(Action<ElementRef, SourceLocation> locate)
    {
        public void Add(ElementRef element, SourceLocation location) => locate(element, location);
    }

    private static (string Introduction, List<ReportAction> Actions) ReadBody(MarkdownFile file, MarkdownDocument? parsed, DiagnosticBag bag, Locator sources)
    {
        var lines = new BodyLines(file.Body);
        // The safety check parsed the same text with the same pipeline (headings are found the same way with or without tables).
        var document = parsed ?? Markdown.Parse(file.Body, MarkdownSafety.Pipeline);
        var headings = ActionHeadings(document, lines, file, bag);
        ReportNestedAttributes(document, lines, file, bag);
        var introduction = lines.Trimmed(0, headings.Count == 0 ? lines.Count : headings[0].FirstLine);
        var actions = new List<ReportAction>();
        for (var h = 0; h < headings.Count; h++)
        {
            var end = h + 1 < headings.Count ? headings[h + 1].FirstLine : lines.Count;
            if (ReadAction(file, lines, headings[h], end, bag, sources) is { } action)
            {
                actions.Add(action);
            }
        }

        return (introduction, actions);
    }

    /// <summary>A « ## » heading at the top level of the body: where it starts and ends (a setext heading spans two lines).</summary>
    private readonly record struct ActionHeading(int FirstLine, int LastLine, HeadingBlock Block);

    /// <summary>The headings that start actions; reports a « # » heading, and an attribute block on a « ### » subheading.</summary>
    private static List<ActionHeading> ActionHeadings(MarkdownDocument document, BodyLines lines, MarkdownFile file, DiagnosticBag bag)
    {
        var headings = new List<ActionHeading>();
        foreach (var block in document)
        {
            if (block is HeadingBlock heading && heading.Level <= 2)
            {
                // A setext heading's Line is that of its underline: its text starts where its span does.
                var first = heading.IsSetext ? lines.LineOf(heading.Span.Start) : heading.Line;
                if (heading.Level == 1)
                {
                    bag.Add(ContentDiagnostics.MalformedSection, "Un titre « # » n'est pas attendu dans une section : le titre de la section est dans l'en-tête (titre:), et chaque action commence par « ## ».", file.Source.At(file.BodyLine + first, heading.Column + 1));
                    continue;
                }

                headings.Add(new ActionHeading(first, lines.LineOf(Math.Max(heading.Span.Start, heading.Span.End)), heading));
            }
            else if (block is HeadingBlock subheading && lines.Get(subheading.Line, subheading.Line + 1) is var text && text.IndexOf("{#", StringComparison.Ordinal) is var brace and >= 0)
            {
                var hashes = new string('#', subheading.Level);
                bag.Add(ContentDiagnostics.DetachedAttributes,
                    $"Le bloc d'attributs « {MarkdownSafety.Excerpt(text[brace..].TrimEnd())} » est sur un intertitre « {hashes} » : seuls les titres « ## » commencent une action et portent des attributs. Écrivez « ## » si c'est une action, sinon retirez le bloc.",
                    file.Source.At(file.BodyLine + subheading.Line, brace + 1));
            }
        }

        return headings;
    }

    /// <summary>
    /// Reports an attribute block on a heading inside a list or a quote (a line indented after a list item, or after
    /// « > »): it is no action, and its attribute block would be published as written.
    /// </summary>
    private static void ReportNestedAttributes(MarkdownDocument document, BodyLines lines, MarkdownFile file, DiagnosticBag bag)
    {
        foreach (var nested in document.Descendants<HeadingBlock>())
        {
            if (nested.Parent is MarkdownDocument || nested.Line < 0 || nested.Line >= lines.Count)
            {
                continue;
            }

            var text = lines.Get(nested.Line, nested.Line + 1);
            var brace = text.IndexOf("{#", StringComparison.Ordinal);
            if (brace < 0)
            {
                continue;
            }

            bag.Add(ContentDiagnostics.DetachedAttributes,
                $"Le bloc d'attributs « {MarkdownSafety.Excerpt(text[brace..].TrimEnd())} » est sur un titre placé dans une liste ou une citation (la ligne est indentée ou commence par « > ») : une action commence par « ## » au tout début de la ligne. Retirez ce qui précède « ## ».",
                file.Source.At(file.BodyLine + nested.Line, brace + 1));
        }
    }

    /// <summary>The action under <paramref name="heading"/>, whose text runs to line <paramref name="end"/>; null when it has no title.</summary>
    private static ReportAction? ReadAction(MarkdownFile file, BodyLines lines, ActionHeading heading, int end, DiagnosticBag bag, Locator sources)
    {
        var (first, last, block) = heading;
        var line = file.BodyLine + first;
        var raw = lines.Get(first, first + 1);
        var textStart = TitleStart(raw, block);
        var attributes = HeadingAttributes.Parse(raw[textStart..], textStart + 1, file.Source, line, bag);
        var title = PlainTitle.Of(StripClosingHashes(attributes.Title));
        if (title.Length == 0)
        {
            bag.Add(ContentDiagnostics.MalformedSection, "Action sans titre : écrivez le titre de l'action après « ## ».", file.Source.At(line, 1));
            return null;
        }

        if (title.EndsWith(':'))
        {
            var colon = attributes.Title.LastIndexOf(':');
            bag.Add(ContentDiagnostics.HeadingEndsWithColon,
                $"Le titre « {title} » se termine par deux-points : chaque titre « ## » commence une nouvelle action. S'il annonce la suite du texte, écrivez-le sans « ## », par exemple en gras (**{title.TrimEnd(':', ' ', '\u00A0', '\u202F')}\u00A0:**) ; si c'est bien une action, retirez les deux-points.",
                file.Source.At(line, textStart + 1 + Math.Max(0, colon)));
        }

        var id = attributes.Id ?? ShortSlug(title);
        Locate(new ElementRef(ElementKind.Action, id), attributes, file.Source.At(line, 1), sources);
        return new ReportAction
        {
            Id = id,
            Title = title,
            Body = lines.Trimmed(Math.Min(last + 1, end), end),
            Finalities = attributes.List("finalites").Select(f => Codes.Normalize(f.Value)).ToList(),
            Progress = ReadProgress(attributes, file.Source, line, bag),
            GovernanceElements = attributes.List("elements").Select(f => Codes.Normalize(f.Value)).ToList(),
            Terms = attributes.List("termes").Select(t => ParseTerm(t.Value, file.Source.At(line, t.Column), bag)).OfType<TermReference>()
                .Concat(attributes.List("odd").Select(o => new TermReference(SustainableDevelopmentGoals.Id, o.Value))).ToList(),
            Figures = attributes.List("chiffres").Select(f => f.Value).ToList(),
            Partners = attributes.List("partenaires", ';').Select(p => p.Value).ToList(),
            Places = attributes.List("lieux", ';').Select(p => p.Value).ToList(),
            ContinuesFrom = attributes.Get("suite_de")?.Value,
        };
    }

    /// <summary>Where the title starts in the heading's first line: after the « ## » and their spaces, or after the indentation of a setext heading.</summary>
    private static int TitleStart(string raw, HeadingBlock block)
    {
        if (block.IsSetext)
        {
            return raw.Length - raw.TrimStart().Length;
        }

        var start = raw.IndexOf('#', StringComparison.Ordinal) + block.Level;
        while (start < raw.Length && raw[start] is ' ' or '\t')
        {
            start++;
        }

        return start;
    }

    /// <summary>Records where the action, each of its attributes and its written id are.</summary>
    private static void Locate(ElementRef action, HeadingAttributes attributes, SourceLocation heading, Locator sources)
    {
        sources.Add(action, heading);
        foreach (var name in HeadingAttributes.Names)
        {
            if (attributes.Get(name) is { } attribute)
            {
                sources.Add(action.At(HeadingAttributes.ElementAttributeOf[name]), heading with { Column = attribute.Column });
            }
        }

        if (attributes.Id is not null)
        {
            sources.Add(action.At(ElementAttributes.Id), heading with { Column = attributes.IdColumn });
        }
    }

    private static Progress? ReadProgress(HeadingAttributes attributes, SourceText source, int line, DiagnosticBag bag)
    {
        if (attributes.Get("avancement") is not { } progress)
        {
            return null;
        }

        var code = Codes.Normalize(progress.Value);
        if (ProgressExtensions.ByCode.TryGetValue(code, out var value))
        {
            return value;
        }

        var suggestion = Codes.Suggest(code, ProgressExtensions.ByCode.Keys);
        bag.Add(ContentDiagnostics.UnknownProgress,
            suggestion is null
                ? $"Avancement inconnu « {progress.Value} ». Valeurs possibles : {string.Join(", ", ProgressExtensions.ByCode.Keys)}."
                : $"Avancement inconnu « {progress.Value} ». Vouliez-vous dire « {suggestion} » ?",
            source.At(line, progress.Column));
        return null;
    }

    private static TermReference? ParseTerm(string text, SourceLocation location, DiagnosticBag bag)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            bag.Add(ContentDiagnostics.BadAttribute, $"Terme « {text} » : écrivez taxonomie:code, par exemple « projet-de-territoire:ambition-1 ».", location);
            return null;
        }

        return new TermReference(Codes.Normalize(text[..colon]), Codes.Normalize(text[(colon + 1)..]));
    }

    private static string StripClosingHashes(string title)
    {
        var trimmed = title.TrimEnd();
        var stripped = trimmed.TrimEnd('#');
        return stripped.Length < trimmed.Length && (stripped.Length == 0 || stripped.EndsWith(' ')) ? stripped.TrimEnd() : trimmed;
    }

    /// <summary>A slug of the title cut at a word boundary, so that default ids stay readable in URLs: the id of an action written without one (the editor and the Word import make a new action's id the same way).</summary>
    internal static string ShortSlug(string title)
    {
        var slug = Codes.Slugify(title);
        if (slug.Length <= MaxIdLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxIdLength);
        return cut > 0 ? slug[..cut] : slug[..MaxIdLength];
    }
}
