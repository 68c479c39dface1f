using System.Buffers;
using System.Text;

namespace Rdd.Site.Content;

/// <summary>
/// Bulleted lines pasted from a word processor (« • Item », « ▪\tItem », « – Item ») read as the Markdown list they
/// were: without it, Markdown joins them into one paragraph and a screen reader announces no list. The author's file
/// is not changed; the text read from it is. Bullets in the middle of a line cannot be made a list: they are reported.
/// </summary>
internal static class WordBullets
{
    private static readonly SearchValues<char> Candidates = SearchValues.Create("•▪◦●○■□‣\uF0B7\u00B7–o");

    private static readonly SearchValues<char> Bullets = SearchValues.Create("•▪");

    /// <summary>The body with its bulleted lines written as Markdown list items, each on the same line as before.</summary>
    /// <param name="body">The Markdown text.</param>
    /// <param name="source">The file, for the location of what is reported.</param>
    /// <param name="bodyLine">The line of the file the body starts on.</param>
    /// <param name="bag">Where bullets in the middle of a line are reported.</param>
    public static string Rewrite(string body, SourceText source, int bodyLine, DiagnosticBag bag)
    {
        if (!MayHoldBullets(body))
        {
            return body;
        }

        var lines = body.Split('\n');
        var changed = false;
        var fence = (string?)null;
        var previousItem = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var text = line.TrimStart(' ', '\t', '\u00A0');
            if (fence is not null)
            {
                fence = text.StartsWith(fence, StringComparison.Ordinal) ? null : fence;
                continue;
            }

            if (text.StartsWith("```", StringComparison.Ordinal) || text.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = text[..3];
                previousItem = false;
                continue;
            }

            if (text.Length == 0 || text[0] == '|')
            {
                previousItem = text.Length > 0 && previousItem;
                continue;
            }

            var item = Item(text);
            if (item is { } rest)
            {
                var nested = IsSecondLevel(text[0]) && previousItem;
                lines[i] = (nested ? "  - " : "- ") + rest;
                changed = true;
                previousItem = true;
                ReportInside(rest, line, lines[i], source, bodyLine + i, bag);
                continue;
            }

            previousItem = text.StartsWith("- ", StringComparison.Ordinal) || text.StartsWith("* ", StringComparison.Ordinal) || (previousItem && line.StartsWith(' '));
            ReportInside(text, line, line, source, bodyLine + i, bag);
        }

        return changed ? string.Join('\n', lines) : body;
    }

    /// <summary>Whether a line of <paramref name="body"/> starts with a candidate bullet, or holds « • » or « ▪ » at all: most texts hold none.</summary>
    private static bool MayHoldBullets(string body)
    {
        if (body.AsSpan().IndexOfAny(Bullets) >= 0)
        {
            return true;
        }

        for (var start = 0; start < body.Length; start = body.IndexOf('\n', start) is var newline and >= 0 ? newline + 1 : body.Length)
        {
            var first = start;
            while (first < body.Length && body[first] is ' ' or '\t' or '\u00A0')
            {
                first++;
            }

            if (first < body.Length && Candidates.Contains(body[first]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of a bulleted line after its bullet, or null when the line does not start with a bullet.</summary>
    private static string? Item(string text)
    {
        if (text.Length < 2)
        {
            return null;
        }

        var bullet = text[0];
        var after = text[1];
        var spaced = after is ' ' or '\t' or '\u00A0' or '\u202F';
        var isBullet = bullet switch
        {
            '•' or '▪' or '◦' or '●' or '○' or '■' or '□' or '‣' or '\uF0B7' => true,
            // A middle dot, an en dash and Word's « o » of second-level bullets are bullets only when a space or a tab follows.
            '\u00B7' or '–' => spaced,
            'o' => after == '\t',
            _ => false,
        };
        if (!isBullet)
        {
            return null;
        }

        var rest = text[1..].TrimStart(' ', '\t', '\u00A0', '\u202F');
        return rest.Length == 0 ? null : rest;
    }

    private static bool IsSecondLevel(char bullet) => bullet is '◦' or '○' or 'o' or '□';

    /// <summary>Reports the first « • » or « ▪ » that stands between words in <paramref name="text"/>, a part of <paramref name="original"/>.</summary>
    private static void ReportInside(string text, string original, string written, SourceText source, int line, DiagnosticBag bag)
    {
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] is '•' or '▪' && char.IsWhiteSpace(text[i - 1]))
            {
                // The text is the end of the original line.
                var column = original.Length - text.Length + i;
                bag.Add(ContentDiagnostics.PastedBullets,
                    $"Puce « {text[i]} » au milieu d'une ligne : « {Shorten(written.Trim())} ». Un lecteur d'écran n'y voit pas de liste ; mettez chaque élément sur sa propre ligne, commençant par « - » suivi d'une espace.",
                    source.At(line, column + 1));
                return;
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : new StringBuilder(text, 0, 57, 60).Append('…').ToString();
}
