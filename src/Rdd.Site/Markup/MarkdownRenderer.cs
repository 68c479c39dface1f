using System.Net;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Rdd.Domain.Reports;

namespace Rdd.Site.Markup;

/// <summary>
/// Renders the Markdown an author wrote into HTML for a page: raw HTML is not interpreted (it is shown as text),
/// headings are shifted under the page's own, and each acronym of the glossary is marked up with
/// <c>&lt;abbr title="…"&gt;</c> on its first use in the page.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Use<LanguageSpans>()
        .DisableHtml()
        .Build();

    private readonly Dictionary<string, string> _expansions;
    private readonly TermMatcher? _terms;
    private readonly string _basePath;
    private readonly string _mediaBase;

    /// <summary>Creates a renderer that knows the report's glossary.</summary>
    /// <param name="glossary">The glossary.</param>
    /// <param name="basePath">The base path site paths are prefixed with (the year's site).</param>
    /// <param name="mediaBase">The base path images are published under (the whole site's); <paramref name="basePath"/> when null.</param>
    public MarkdownRenderer(IEnumerable<GlossaryEntry> glossary, string basePath = "/", string? mediaBase = null)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        _basePath = basePath;
        _mediaBase = mediaBase ?? basePath;
        _expansions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in glossary.Where(e => e.Term.Trim().Length > 0))
        {
            _expansions.TryAdd(entry.Term.Trim(), entry.Expansion);
        }

        if (_expansions.Count > 0)
        {
            _terms = new TermMatcher(_expansions.Keys);
        }
    }

    /// <summary>Renders <paramref name="markdown"/>.</summary>
    /// <param name="markdown">The author's Markdown.</param>
    /// <param name="minHeadingLevel">The level the text's highest heading becomes (one below the page's heading that holds it).</param>
    /// <param name="abbreviations">The acronyms already marked up on this page; updated.</param>
    /// <returns>The HTML.</returns>
    public string Render(string markdown, int minHeadingLevel, AbbreviationScope abbreviations)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        var document = Markdown.Parse(markdown, Pipeline);
        // One walk collects what each step rewrites, in document order (the order abbreviations are marked in).
        var nodes = new Nodes();
        nodes.Collect(document);
        ShiftHeadings(nodes.Headings, minHeadingLevel);
        var replaced = RemoveUnsafeLinks(nodes);
        RewriteLinks(nodes.Links);
        PrepareTables(nodes.Tables);
        MarkAbbreviations(nodes.Texts.Select(text => text as LiteralInline ?? replaced.GetValueOrDefault(text)).OfType<LiteralInline>(), abbreviations);
        return ThreadHtmlWriter.ToHtml(document, Pipeline);
    }

    /// <summary>The nodes of a document the rendering rewrites, in document order.</summary>
    private sealed class Nodes
    {
        public List<HeadingBlock> Headings { get; } = [];

        /// <summary>Links and images, still in the document.</summary>
        public List<LinkInline> Links { get; } = [];

        public List<Markdig.Extensions.Tables.Table> Tables { get; } = [];

        /// <summary>Literal texts, and the autolinks that may become literal texts, in document order.</summary>
        public List<Inline> Texts { get; } = [];

        public void Collect(MarkdownObject node)
        {
            switch (node)
            {
                case ContainerBlock container:
                    if (container is Markdig.Extensions.Tables.Table table)
                    {
                        Tables.Add(table);
                    }

                    foreach (var child in container)
                    {
                        Add(child);
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    Collect(inline);
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                    {
                        Add(child);
                    }

                    break;
            }
        }

        private void Add(MarkdownObject node)
        {
            switch (node)
            {
                case HeadingBlock heading:
                    Headings.Add(heading);
                    break;
                case LinkInline link:
                    Links.Add(link);
                    break;
                case AutolinkInline or LiteralInline:
                    Texts.Add((Inline)node);
                    break;
            }

            Collect(node);
        }
    }

    /// <summary>Marks up the first use of each acronym in a plain text (a title), HTML-encoded.</summary>
    /// <param name="text">Plain text.</param>
    /// <param name="abbreviations">The acronyms already marked up on this page; updated.</param>
    /// <returns>HTML.</returns>
    public string RenderPlain(string text, AbbreviationScope abbreviations)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        if (_terms is null)
        {
            return WebUtility.HtmlEncode(text);
        }

        var builder = new System.Text.StringBuilder();
        var position = 0;
        for (var start = 0; _terms.TryFind(text, start, out var index, out var term); start = index + term.Length)
        {
            if (!abbreviations.TryMark(term))
            {
                continue;
            }

            builder.Append(WebUtility.HtmlEncode(text[position..index])).Append(Abbr(term));
            position = index + term.Length;
        }

        return builder.Append(WebUtility.HtmlEncode(text[position..])).ToString();
    }

    /// <summary>
    /// Prefixes site paths and published images with the base path. A target the loader would have refused
    /// (javascript:, data:…) is neutralised here too, so that no page can carry one whatever its origin.
    /// </summary>
    private void RewriteLinks(List<LinkInline> links)
    {
        foreach (var link in links)
        {
            var url = link.Url ?? string.Empty;
            if (link.IsImage && Policy.MediaPolicy.IsPublished(url))
            {
                link.Url = _mediaBase + url;
            }
            else if (!Policy.LinkPolicy.IsAllowed(url))
            {
                link.Url = "#";
            }
            else if (url.StartsWith('/'))
            {
                link.Url = _basePath + url.TrimStart('/');
            }
        }
    }

    private static void ShiftHeadings(List<HeadingBlock> headings, int minLevel)
    {
        if (headings.Count == 0)
        {
            return;
        }

        var shift = minLevel - headings.Min(h => h.Level);
        foreach (var heading in headings)
        {
            heading.Level = Math.Clamp(heading.Level + shift, 1, 6);
        }
    }

    /// <summary>A link or image whose address runs script (« javascript: », « vbscript: », « data: ») is shown as its text (an image as its alternative text).</summary>
    /// <returns>The autolinks replaced by their text, and that text.</returns>
    private static Dictionary<Inline, LiteralInline> RemoveUnsafeLinks(Nodes nodes)
    {
        var unsafeLinks = nodes.Links.Where(l => IsUnsafe(l.Url)).ToList();
        foreach (var link in unsafeLinks)
        {
            while (link.FirstChild is { } child)
            {
                child.Remove();
                link.InsertBefore(child);
            }

            link.Remove();
        }

        if (unsafeLinks.Count > 0)
        {
            nodes.Links.RemoveAll(unsafeLinks.Contains);
        }

        // An autolink (<javascript:…>) would otherwise keep its address as the link's target.
        var replaced = new Dictionary<Inline, LiteralInline>(ReferenceEqualityComparer.Instance);
        foreach (var autolink in nodes.Texts.OfType<AutolinkInline>().Where(a => !a.IsEmail && !Policy.LinkPolicy.IsAllowed(a.Url)))
        {
            var text = new LiteralInline(autolink.Url);
            autolink.ReplaceBy(text);
            replaced[autolink] = text;
        }

        return replaced;
    }

    private static bool IsUnsafe(string? url)
    {
        var scheme = new string((url ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return scheme.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || scheme.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            || scheme.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Column headers get <c>scope="col"</c>; column alignment becomes a class (<c>align-right</c>…) instead of the
    /// inline style Markdig writes, which the Content-Security-Policy forbids.
    /// </summary>
    private static void PrepareTables(List<Markdig.Extensions.Tables.Table> tables)
    {
        foreach (var table in tables)
        {
            var alignments = table.ColumnDefinitions.Select(c => c.Alignment).ToList();
            foreach (var column in table.ColumnDefinitions)
            {
                column.Alignment = null;
            }

            foreach (var row in table.OfType<Markdig.Extensions.Tables.TableRow>())
            {
                foreach (var cell in row.OfType<Markdig.Extensions.Tables.TableCell>())
                {
                    var attributes = cell.GetAttributes();
                    if (row.IsHeader)
                    {
                        attributes.AddProperty("scope", "col");
                    }

                    var index = cell.ColumnIndex >= 0 ? cell.ColumnIndex : row.IndexOf(cell);
                    if (index < alignments.Count && alignments[index] is { } alignment)
                    {
                        attributes.AddClass("align-" + alignment.ToString().ToLowerInvariant());
                    }
                }
            }
        }
    }

    private void MarkAbbreviations(IEnumerable<LiteralInline> literals, AbbreviationScope abbreviations)
    {
        if (_terms is null)
        {
            return;
        }

        // Most texts hold no acronym used for the first time on the page: they are searched in place, and only those
        // that do are cut (the same acronyms are marked, in the same order, as when every text was searched as a string).
        List<(int Index, string Term)>? firstUses = null;
        foreach (var literal in literals)
        {
            var content = literal.Content.AsSpan();
            firstUses?.Clear();
            for (var start = 0; _terms.TryFind(content, start, out var index, out var term); start = index + term.Length)
            {
                if (abbreviations.TryMark(term))
                {
                    (firstUses ??= []).Add((index, term));
                }
            }

            if (firstUses is not { Count: > 0 })
            {
                continue;
            }

            var text = content.ToString();
            Inline current = literal;
            var position = 0;
            var first = true;
            foreach (var (index, term) in firstUses)
            {
                var before = text[position..index];
                if (first)
                {
                    literal.Content = new Markdig.Helpers.StringSlice(before);
                    first = false;
                }
                else if (before.Length > 0)
                {
                    var piece = new LiteralInline(before);
                    current.InsertAfter(piece);
                    current = piece;
                }

                var abbr = new HtmlInline(Abbr(term));
                current.InsertAfter(abbr);
                current = abbr;
                position = index + term.Length;
            }

            if (position < text.Length)
            {
                current.InsertAfter(new LiteralInline(text[position..]));
            }
        }
    }

    private string Abbr(string term) => $"<abbr title=\"{WebUtility.HtmlEncode(_expansions[term])}\">{WebUtility.HtmlEncode(term)}</abbr>";
}

/// <summary>The acronyms already marked up on one page.</summary>
public sealed class AbbreviationScope
{
    private readonly HashSet<string> _marked = new(StringComparer.Ordinal);

    /// <summary>Records <paramref name="term"/>; true the first time only.</summary>
    /// <param name="term">The acronym.</param>
    /// <returns>Whether this is its first use on the page.</returns>
    public bool TryMark(string term) => _marked.Add(term);
}
