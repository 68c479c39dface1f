using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Rdd.Domain.Validation;
using Rdd.Site.Policy;

namespace Rdd.Site.Content;

/// <summary>
/// Checks what a Markdown text may bring into a public page, and rewrites image paths. Raw HTML is never interpreted
/// (it is rejected with a diagnostic); links may only be web, e-mail or telephone addresses, anchors, or paths of the
/// site; images must be files of the content folder, with an alternative text.
/// </summary>
internal static class MarkdownSafety
{
    /// <summary>
    /// The pipeline texts are checked with: tables, the precise location of every element, and the inlines parsed
    /// only in blocks that may hold what the check looks for (see <see cref="CheckedInlinesOnly"/>).
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UsePipeTables().UsePreciseSourceLocation().Use<CheckedInlinesOnly>().Build();

    /// <summary>Checks the body of <paramref name="file"/>; returns it with image paths rewritten to their published place.</summary>
    /// <param name="file">The Markdown file.</param>
    /// <param name="root">The content folder.</param>
    /// <param name="bag">Where to report.</param>
    /// <param name="media">The content-relative paths of the images used, filled.</param>
    /// <returns>The file, its body rewritten.</returns>
    public static MarkdownFile Check(MarkdownFile file, string root, DiagnosticBag bag, ISet<string> media) => Check(file, root, bag, media, out _);

    /// <summary>Checks the body of <paramref name="file"/>; returns it with image paths rewritten to their published place.</summary>
    /// <param name="file">The Markdown file.</param>
    /// <param name="root">The content folder.</param>
    /// <param name="bag">Where to report.</param>
    /// <param name="media">The content-relative paths of the images used, filled.</param>
    /// <param name="parsed">
    /// The returned body as parsed for the check (with <see cref="Pipeline"/>), so that it need not be parsed again;
    /// null when the check rewrote it.
    /// </param>
    /// <returns>The file, its body rewritten.</returns>
    // Long: one walk over the parsed text finds what to reject, what to check afterwards (paragraphs, code
    // spans) and which image paths to rewrite; each kind of node's check is already a method of its own.
    public static MarkdownFile Check(MarkdownFile file, string root, DiagnosticBag bag, ISet<string> media, out MarkdownDocument? parsed)
    {
        parsed = null;
        var body = LimitNesting(file, bag);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(body, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses elements nested too deep; LimitNesting removes the lines that would get there.
            bag.Add(ContentDiagnostics.MalformedSection, "Le texte est trop imbriqué (citations « > » ou listes les unes dans les autres) pour être lu : simplifiez-le.", file.Source.At(file.BodyLine, 1));
            return file with { Body = string.Empty };
        }

        var replacements = new List<(int Start, int Length, string Text)>();
        var paragraphs = new List<ParagraphBlock>();
        var read = new List<(int Start, int End)>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case ParagraphBlock paragraph:
                    paragraphs.Add(paragraph);
                    break;
                case CodeBlock code and not FencedCodeBlock:
                    MalformedSyntax.CheckIndented(file, body, code, bag);
                    break;
                case CodeInline or LinkInline { IsImage: true } when !node.Span.IsEmpty:
                    read.Add((node.Span.Start, node.Span.End));
                    break;
            }

            switch (node)
            {
                case HtmlBlock html:
                    bag.Add(ContentDiagnostics.RawHtml, $"Du HTML est écrit directement dans le texte (« {Excerpt(body, html.Span)} ») : il n'est jamais interprété, pour la sécurité des lecteurs. Écrivez en Markdown (listes, **gras**, [liens](https://…)).", At(file, body, html));
                    break;
                case HtmlInline inline:
                    bag.Add(ContentDiagnostics.RawHtml, $"Balise HTML « {inline.Tag} » dans le texte : elle n'est jamais interprétée, pour la sécurité des lecteurs. Écrivez en Markdown.", At(file, body, inline));
                    break;
                case LinkInline { IsImage: true } image:
                    if (CheckImage(file, root, image, At(file, body, image), bag) is { } published)
                    {
                        media.Add(published);
                        if (image.UrlSpan is { IsEmpty: false } span)
                        {
                            replacements.Add((span.Start, span.Length, MediaPolicy.PublishedPath(published)));
                        }
                    }

                    break;
                case LinkInline link:
                    CheckLink(file, body, link.Url ?? string.Empty, link, bag);
                    break;
                case AutolinkInline autolink when !autolink.IsEmail:
                    CheckLink(file, body, autolink.Url, autolink, bag);
                    break;
            }
        }

        foreach (var paragraph in paragraphs)
        {
            MalformedSyntax.Check(file, body, paragraph, read, bag);
        }

        foreach (var (start, length, text) in replacements.OrderByDescending(r => r.Start))
        {
            body = body[..start] + text + body[(start + length)..];
        }

        parsed = replacements.Count == 0 ? document : null;
        return file with { Body = body };
    }

    /// <summary>More nested quotes or lists than this on one line is an error: Markdig stops at 128 levels, by an exception.</summary>
    public const int MaxNesting = 32;

    /// <summary>Lines indented further than this (in columns) are an error: they nest lists as deep, a line at a time.</summary>
    public const int MaxIndentation = 2 * MaxNesting;

    /// <summary>
    /// Reports each line that nests quotes or lists deeper than <see cref="MaxNesting"/>, and returns the body with those
    /// lines emptied (so that line numbers stay), which the Markdown parser then reads without reaching its own limit.
    /// </summary>
    private static string LimitNesting(MarkdownFile file, DiagnosticBag bag)
    {
        // Almost every text is within the limits: it is scanned line by line without being split into strings.
        var scan = file.Body.AsSpan();
        var tooDeep = false;
        foreach (var range in scan.Split('\n'))
        {
            var (markers, indentation) = Nesting(scan[range]);
            if (markers > MaxNesting || indentation > MaxIndentation)
            {
                tooDeep = true;
                break;
            }
        }

        if (!tooDeep)
        {
            return file.Body;
        }

        var lines = file.Body.Split('\n');
        int? first = null;
        var count = 0;
        var message = string.Empty;
        for (var i = 0; i < lines.Length; i++)
        {
            var (markers, indentation) = Nesting(lines[i]);
            if (markers <= MaxNesting && indentation <= MaxIndentation)
            {
                continue;
            }

            if (first is null)
            {
                first = i;
                message = markers > MaxNesting
                    ? $"Cette ligne imbrique {markers} citations « > » ou listes les unes dans les autres ; la limite est de {MaxNesting}. Simplifiez-la : elle n'est pas lue."
                    : $"Cette ligne est indentée de {indentation} espaces : des listes imbriquées aussi profondément ne sont pas lues (au plus {MaxNesting} niveaux). Simplifiez-la.";
            }

            lines[i] = string.Empty;
            count++;
        }

        if (first is not { } line)
        {
            return file.Body;
        }

        bag.Add(ContentDiagnostics.MalformedSection, count > 1 ? $"{message} ({(count == 2 ? "1 autre ligne trop imbriquée" : $"{count - 1} autres lignes trop imbriquées")} plus bas.)" : message, file.Source.At(file.BodyLine + line, 1));
        return string.Join('\n', lines);
    }

    /// <summary>The number of quote and list markers that open a line, and the widest run of spaces before one of them or the text.</summary>
    private static (int Markers, int Indentation) Nesting(ReadOnlySpan<char> line)
    {
        var markers = 0;
        var indentation = 0;
        var run = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c is ' ' or '\t')
            {
                run += c == '\t' ? 4 : 1;
                i++;
                continue;
            }

            indentation = Math.Max(indentation, run);
            run = 0;
            if (c == '>')
            {
                markers++;
                i++;
            }
            else if (c is '-' or '*' or '+' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t'))
            {
                markers++;
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var j = i;
                while (j < line.Length && j - i < 9 && char.IsAsciiDigit(line[j]))
                {
                    j++;
                }

                if (j < line.Length && line[j] is '.' or ')' && (j + 1 == line.Length || line[j + 1] is ' ' or '\t'))
                {
                    markers++;
                    i = j + 1;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        // Spaces that end the line indent nothing.
        return (markers, indentation);
    }

    private static void CheckLink(MarkdownFile file, string body, string url, Inline link, DiagnosticBag bag)
    {
        if (LinkPolicy.IsAllowed(url))
        {
            return;
        }

        var scheme = url.Contains(':', StringComparison.Ordinal) ? url[..url.IndexOf(':', StringComparison.Ordinal)] + ":" : null;
        bag.Add(ContentDiagnostics.ForbiddenLink,
            scheme is not null
                ? $"Lien interdit « {Excerpt(url)} » : les adresses « {scheme} » ne sont pas permises dans un site public. Utilisez une adresse https://, mailto: ou tel:."
                : $"Lien relatif « {Excerpt(url)} » : écrivez une adresse complète (https://…), une ancre (#…) ou un chemin du site commençant par « / » (par exemple /partie-1/).",
            At(file, body, link));
    }

    private static string? CheckImage(MarkdownFile file, string root, LinkInline image, SourceLocation location, DiagnosticBag bag)
    {
        var url = (image.Url ?? string.Empty).Trim();
        var alt = string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
        if (alt.Length == 0)
        {
            bag.Add(ContentDiagnostics.ImageWithoutAlt, $"L'image « {Excerpt(url)} » n'a pas de texte de remplacement : écrivez ce qu'elle montre entre les crochets, ![Carte des pistes cyclables]({Excerpt(url)}). Une image purement décorative n'a pas sa place dans le rapport.", location);
        }

        if (url.Contains(':', StringComparison.Ordinal) || url.StartsWith('/') || url.StartsWith('\\'))
        {
            bag.Add(ContentDiagnostics.ForbiddenImage, $"L'image « {Excerpt(url)} » doit être un fichier du dossier de contenu, désigné par un chemin relatif au fichier (images/carte.png) : le site ne charge rien d'un autre site.", location);
            return null;
        }

        var folder = Path.GetDirectoryName(file.Source.Path.Replace('/', Path.DirectorySeparatorChar)) ?? string.Empty;
        var full = Path.GetFullPath(Path.Combine(root, folder, Uri.UnescapeDataString(url)));
        if (!ContentPaths.IsInside(root, full))
        {
            bag.Add(ContentDiagnostics.ForbiddenImage, $"L'image « {Excerpt(url)} » est hors du dossier de contenu : placez-la dans le dossier de l'année (par exemple {file.Source.Path.Split('/')[0]}/images/).", location);
            return null;
        }

        if (MalformedSyntax.SpacedFileName(url) is { } renamed && File.Exists(full))
        {
            bag.Add(ContentDiagnostics.MalformedImage, $"Le nom de l'image « {Excerpt(Uri.UnescapeDataString(url))} » contient {MalformedSyntax.Spaces(Path.GetFileName(Uri.UnescapeDataString(url)))} : renommez le fichier « {Path.GetFileName(renamed)} » (sans espace, en minuscules, sans accent) et écrivez ![…]({renamed}).", location);
            return null;
        }

        if (!File.Exists(full))
        {
            bag.Add(ContentDiagnostics.ImageMissing, $"L'image « {Excerpt(url)} » est introuvable (cherchée dans {Path.GetRelativePath(root, full).Replace('\\', '/')}).", location);
            return null;
        }

        if (!ContentPaths.StaysInside(root, Path.GetRelativePath(root, full)))
        {
            bag.Add(ContentDiagnostics.ForbiddenImage, $"L'image « {Excerpt(url)} » est un lien vers un fichier hors du dossier de contenu.", location);
            return null;
        }

        if (!MediaPolicy.IsImage(full))
        {
            bag.Add(ContentDiagnostics.ForbiddenImage, Path.GetExtension(full).Equals(".gif", StringComparison.OrdinalIgnoreCase)
                ? $"L'image « {Excerpt(url)} » est un GIF, souvent animé : une animation qui se lance seule doit pouvoir être arrêtée par le lecteur, ce que le site ne permet pas. Enregistrez-la en PNG (une image fixe) et écrivez le nouveau nom du fichier entre les parenthèses."
                : $"Le fichier « {Excerpt(url)} » n'est pas une image publiable (formats acceptés : {string.Join(", ", MediaPolicy.ImageExtensions)}).", location);
            return null;
        }

        return Path.GetRelativePath(root, full).Replace('\\', '/');
    }

    internal static SourceLocation At(MarkdownFile file, int line, int column) => file.Source.At(file.BodyLine + line, column + 1);

    /// <summary>
    /// Where a node of <paramref name="body"/> starts in the file, found from its offset in the text: Markdig's own line
    /// number is wrong in a heading underlined on the line below it (« texte » then « - »), whose lines it counts twice.
    /// </summary>
    internal static SourceLocation At(MarkdownFile file, string body, MarkdownObject node)
    {
        var start = node.Span.Start;
        if (node.Span.IsEmpty || start < 0 || start > body.Length)
        {
            return At(file, node.Line, node.Column);
        }

        var before = body.AsSpan(0, start);
        return At(file, before.Count('\n'), start - (before.LastIndexOf('\n') + 1));
    }

    internal static string Excerpt(string text) => text.Length <= 60 ? text : text[..57] + "…";

    private static string Excerpt(string body, Markdig.Syntax.SourceSpan span) =>
        Excerpt(body.Substring(span.Start, Math.Min(span.Length, body.Length - span.Start)).Split('\n')[0].Trim());
}
