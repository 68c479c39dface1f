using System.Text.RegularExpressions;
using Markdig.Syntax;
using Rdd.Domain;

namespace Rdd.Site.Content;

/// <summary>
/// Finds, in the paragraphs of a Markdown text, the syntax an author meant but Markdown did not read, which would
/// otherwise be published as written: « ##Titre » without a space, an action's attribute block away from its heading
/// (RDD2026, RDD2027), and an image that is not read as one, most often for a space in its path (RDD2029).
/// </summary>
internal static partial class MalformedSyntax
{
    [GeneratedRegex(@"^ {0,3}(#{2,6})[^#\s]")]
    private static partial Regex HashesWithoutSpace();

    [GeneratedRegex(@"^!\[(?<alt>[^\]\n]*)\]\((?<path>[^)\n]*)\)?")]
    private static partial Regex Image();

    /// <summary>Reports what <paramref name="paragraph"/> shows as written although it was meant as syntax.</summary>
    /// <param name="file">The file.</param>
    /// <param name="body">Its body, as parsed.</param>
    /// <param name="paragraph">A paragraph of the body.</param>
    /// <param name="read">The spans of the images and code spans Markdown did read (an « ![ » inside them is not an error).</param>
    /// <param name="bag">Where to report.</param>
    public static void Check(MarkdownFile file, string body, ParagraphBlock paragraph, IReadOnlyList<(int Start, int End)> read, DiagnosticBag bag)
    {
        // The paragraph's own lines are released once its inlines are parsed: its span in the body is what remains.
        if (paragraph.Span.IsEmpty || paragraph.Span.Start < 0 || paragraph.Span.Start >= body.Length)
        {
            return;
        }

        var end = Math.Min(paragraph.Span.End + 1, body.Length);
        var i = -1;
        for (var lineStart = paragraph.Span.Start; lineStart < end;)
        {
            i++;
            var newline = body.IndexOf('\n', lineStart, end - lineStart);
            var lineEnd = newline < 0 ? end : newline;
            var slice = (Start: lineStart, Length: lineEnd - lineStart);
            lineStart = lineEnd + 1;
            var text = body.Substring(slice.Start, slice.Length).TrimEnd('\r');
            var hashes = HashesWithoutSpace().Match(text);
            if (hashes.Success)
            {
                var heading = text.TrimStart();
                var written = heading[hashes.Groups[1].Length..].TrimEnd();
                bag.Add(ContentDiagnostics.HeadingWithoutSpace,
                    $"« {MarkdownSafety.Excerpt(heading.TrimEnd())} » n'est pas lu comme un titre : ajoutez une espace après les dièses, « {hashes.Groups[1].Value} {MarkdownSafety.Excerpt(written)} ».",
                    At(file, body, slice.Start + hashes.Groups[1].Index));
                continue;
            }

            var block = text.IndexOf("{#", StringComparison.Ordinal);
            var trimmed = text.Trim();
            if (block < 0 && trimmed.StartsWith('{') && trimmed.EndsWith('}') && trimmed.Contains('=', StringComparison.Ordinal))
            {
                block = text.IndexOf('{', StringComparison.Ordinal);
            }

            if (block >= 0 && !IsRead(read, slice.Start + block))
            {
                var attributes = MarkdownSafety.Excerpt(text[block..].TrimEnd());
                var afterHeading = i == 0 && Previous(paragraph) is HeadingBlock heading && heading.Line + 1 == paragraph.Line;
                bag.Add(ContentDiagnostics.DetachedAttributes,
                    afterHeading
                        ? $"Le bloc d'attributs « {attributes} » est sur la ligne qui suit le titre : il n'est lu qu'à la fin de la ligne du titre. Remontez-le à la fin de cette ligne, après une espace (## Titre {attributes})."
                        : $"Le bloc d'attributs « {attributes} » est écrit dans le texte : il n'est lu qu'à la fin de la ligne du titre « ## » d'une action. Déplacez-le à la fin du titre de l'action, ou retirez-le.",
                    At(file, body, slice.Start + block));
            }

            for (var image = text.IndexOf("![", StringComparison.Ordinal); image >= 0; image = text.IndexOf("![", image + 2, StringComparison.Ordinal))
            {
                if ((image > 0 && text[image - 1] == '\\') || IsRead(read, slice.Start + image))
                {
                    continue;
                }

                // One message a line: « ![![![ » is one mistake.
                bag.Add(ContentDiagnostics.MalformedImage, Describe(text[image..].TrimEnd()), At(file, body, slice.Start + image));
                break;
            }
        }
    }

    [GeneratedRegex(@"^\s*(#{1,6}\s|.*\{#|.*!\[)")]
    private static partial Regex MeantAsSyntax();

    /// <summary>Reports an indented code block whose first line is a heading, an attribute block or an image: it was indented by mistake.</summary>
    public static void CheckIndented(MarkdownFile file, string body, CodeBlock code, DiagnosticBag bag)
    {
        if (code.Span.IsEmpty || code.Span.Start < 0 || code.Span.Start >= body.Length)
        {
            return;
        }

        var end = Math.Min(code.Span.End + 1, body.Length);
        for (var lineStart = code.Span.Start; lineStart < end;)
        {
            var newline = body.IndexOf('\n', lineStart, end - lineStart);
            var lineEnd = newline < 0 ? end : newline;
            var text = body[lineStart..lineEnd].TrimEnd('\r');
            if (MeantAsSyntax().IsMatch(text))
            {
                var indentation = text.Length - text.TrimStart().Length;
                bag.Add(ContentDiagnostics.IndentedAsCode,
                    $"La ligne « {MarkdownSafety.Excerpt(text.Trim())} » commence par {(text.AsSpan(0, indentation).Contains('\t') ? "une tabulation" : $"{indentation} espaces")} : Markdown la lit comme du code et l'afficherait telle quelle. Retirez l'indentation.",
                    At(file, body, lineStart + indentation));
                return;
            }

            lineStart = lineEnd + 1;
        }
    }

    /// <summary>The path to write instead of <paramref name="url"/> when the file name it designates holds a space; null when it holds none.</summary>
    public static string? SpacedFileName(string url)
    {
        var path = Uri.UnescapeDataString(url.Trim().Trim('<', '>'));
        if (!path.Any(char.IsWhiteSpace))
        {
            return null;
        }

        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i] is "." or ".." || !segments[i].Any(char.IsWhiteSpace))
            {
                continue;
            }

            var extension = i == segments.Length - 1 ? Path.GetExtension(segments[i]) : string.Empty;
            var name = Codes.Slugify(segments[i][..(segments[i].Length - extension.Length)]);
            segments[i] = (name.Length == 0 ? "image" : name) + extension.ToLowerInvariant();
        }

        return string.Join('/', segments);
    }

    private static string Describe(string written)
    {
        var image = Image().Match(written);
        if (image.Success && SpacedFileName(image.Groups["path"].Value) is { } renamed)
        {
            var path = image.Groups["path"].Value.Trim();
            return $"Le chemin de l'image « {MarkdownSafety.Excerpt(path)} » contient {Spaces(path)} : elle ne serait pas affichée, et « ![…](…) » apparaîtrait tel quel sur le site. Renommez le fichier « {Path.GetFileName(renamed)} » (sans espace, en minuscules, sans accent) et écrivez ![{MarkdownSafety.Excerpt(image.Groups["alt"].Value)}]({renamed}).";
        }

        return $"L'image « {MarkdownSafety.Excerpt(written)} » est mal écrite et apparaîtrait telle quelle sur le site : écrivez ![texte de remplacement](chemin/du/fichier.png), sans espace entre « ] » et « ( », et avec ses deux parenthèses.";
    }

    /// <summary>« une espace » or « des espaces », as <paramref name="text"/> holds one or more.</summary>
    public static string Spaces(string text) => Uri.UnescapeDataString(text).Count(char.IsWhiteSpace) > 1 ? "des espaces" : "une espace";

    private static bool IsRead(IReadOnlyList<(int Start, int End)> read, int offset) => read.Any(span => offset >= span.Start && offset <= span.End);

    private static Block? Previous(Block block)
    {
        if (block.Parent is not { } parent)
        {
            return null;
        }

        var index = parent.IndexOf(block);
        return index > 0 ? parent[index - 1] : null;
    }

    private static Rdd.Domain.Validation.SourceLocation At(MarkdownFile file, string body, int offset)
    {
        var before = body.AsSpan(0, offset);
        return MarkdownSafety.At(file, before.Count('\n'), offset - (before.LastIndexOf('\n') + 1));
    }
}
