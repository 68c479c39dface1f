namespace Rdd.Site.Content;

/// <summary>Where the attribute block stands at the end of a heading, and the braces of a title that would be published as written.</summary>
internal sealed partial class HeadingAttributes
{
    /// <summary>The index of the last « { » of <paramref name="text"/> when no « } » follows it (an attribute block left open), or -1.</summary>
    private static int UnclosedBlock(string text)
    {
        // Only what reads as attributes: « Le {projet phare » is the author's text.
        var open = text.LastIndexOf('{');
        return open >= 0 && text.IndexOf('}', open) < 0 && (open == 0 || text[open - 1] != '\\')
            && (text.AsSpan(open + 1).TrimStart().StartsWith("#") || text.IndexOf('=', open) >= 0) ? open : -1;
    }

    /// <summary>A brace left in the title once its attribute block is taken off would be published as written.</summary>
    private static void ReportStrayBrace(string title, int column, SourceText source, int line, DiagnosticBag bag)
    {
        // Braces around words (« Le {projet} phare ») or escaped are the author's text; what is reported reads as
        // attributes: « {# », « {nom= », a « } » after « nom=valeur », or a « { » left at the end.
        var stray = StrayBrace().Match(title);
        if (!stray.Success)
        {
            return;
        }

        var brace = stray.Groups["brace"].Index;

        bag.Add(ContentDiagnostics.UnclosedAttributes,
            $"Le titre « {MarkdownSafety.Excerpt(title)} » contient une accolade « {title[brace]} » : le bloc d'attributs s'écrit une seule fois, à la fin de la ligne du titre, entre « {{ » et « }} », par exemple {{#identifiant finalites=climat}}, sans texte après lui.",
            source.At(line, column + brace));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<brace>\{)(#|[^{}]*=)|^[^{]*=[^{}]*(?<brace>\})|(?<![\\])(?<brace>\{)\s*$")]
    private static partial System.Text.RegularExpressions.Regex StrayBrace();

    /// <summary>The index of the « { » opening a trailing attribute block, or -1.</summary>
    /// <remarks>Braces between double quotes are skipped; when a quote is not closed, the block is found ignoring quotes, so that the unclosed quote is reported.</remarks>
    private static int FindAttributeBlock(string text) => FindAttributeBlock(text, quotes: true) is var open && open >= 0 ? open : FindAttributeBlock(text, quotes: false);

    private static int FindAttributeBlock(string text, bool quotes)
    {
        if (!text.EndsWith('}'))
        {
            return -1;
        }

        var depth = 0;
        var inQuote = false;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c == '"' && quotes)
            {
                inQuote = !inQuote;
            }
            else if (!inQuote && c == '}')
            {
                depth++;
            }
            else if (!inQuote && c == '{')
            {
                depth--;
                if (depth == 0)
                {
                    return i > 0 && text[i - 1] == '\\' ? -1 : i;
                }
            }
        }

        return -1;
    }
}
