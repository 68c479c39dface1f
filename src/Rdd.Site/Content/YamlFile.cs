using Rdd.Domain.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rdd.Site.Content;

/// <summary>Parses YAML text into a node tree, reporting syntax errors with their location instead of throwing.</summary>
internal static class YamlFile
{
    /// <summary>Parses the YAML of <paramref name="source"/>, whose first line is line <paramref name="firstLine"/> of the file.</summary>
    /// <returns>The root node; null when the text is empty or cannot be read (then a diagnostic was reported).</returns>
    public static YamlNode? Parse(SourceText source, string yaml, int firstLine, DiagnosticBag bag)
    {
        if (NonBreakingIndentation(yaml) is { } nbsp)
        {
            // YAML reads a non-breaking space as a letter: the line would move out of its block, and the message of the
            // parser (an unexpected colon, an unknown key) would not say why.
            var others = nbsp.Count > 1 ? $" ({nbsp.Count - 1} autre{(nbsp.Count > 2 ? "s" : string.Empty)} ligne{(nbsp.Count > 2 ? "s" : string.Empty)} plus bas {(nbsp.Count > 2 ? "sont" : "est")} dans ce cas.)" : string.Empty;
            bag.Add(ContentDiagnostics.YamlSyntax,
                $"YAML illisible : la ligne {(nbsp.Line + firstLine - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)} est indentée avec {nbsp.Name} (caractère U+{(int)nbsp.Character:X4}), souvent collée depuis Word ou un courriel. Remplacez-la par des espaces ordinaires.{others}",
                source.At(nbsp.Line + firstLine - 1, nbsp.Column));
            return null;
        }

        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way, instead of with a YamlException, on some unclosed flow collections ([a, b or {a: b).
            var position = scanner.CurrentPosition;
            var (openLine, openColumn) = UnclosedBracket(yaml, (int)position.Line) ?? ((int)position.Line, (int)position.Column);
            bag.Add(ContentDiagnostics.YamlSyntax, "YAML illisible : crochet « [ » ou accolade « { » non fermé, ou guillemet mal placé.", source.At(openLine + firstLine - 1, openColumn));
            return null;
        }
        catch (ArgumentException)
        {
            // YamlDotNet's document model fails this way on some damaged texts (« The current event is of an unsupported
            // type », found by the random-damage property test with a tag « !!str » inserted in a file).
            var position = scanner.CurrentPosition;
            bag.Add(ContentDiagnostics.YamlSyntax, "YAML illisible : une étiquette (« !… ») ou une valeur est mal placée à cet endroit.", source.At((int)position.Line + firstLine - 1, (int)position.Column));
            return null;
        }
        catch (YamlException e)
        {
            ReportSyntaxError(e, source, yaml, firstLine, bag);
            return null;
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    /// <summary>Reports a YAML error where the author can fix it (at the tab or the unclosed bracket it stands for), as a duplicate key or a syntax error.</summary>
    private static void ReportSyntaxError(YamlException e, SourceText source, string yaml, int firstLine, DiagnosticBag bag)
    {
        var yamlLine = (int)e.Start.Line;
        var column = (int)e.Start.Column;
        if (Describe(e) == TabMessage && FirstTabIndentation(yaml, yamlLine) is { } tab)
        {
            // YamlDotNet places a tab error at the start of the document or at the end of the previous line.
            (yamlLine, column) = tab;
        }
        else if (e.Message.Contains("expected ',' or", StringComparison.Ordinal) && UnclosedBracket(yaml, yamlLine) is { } bracket)
        {
            // An unclosed « [ » or « { » is found at the end of the text: point at the bracket instead.
            (yamlLine, column) = bracket;
        }

        var line = yamlLine + firstLine - 1;
        var duplicate = e.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase)
            || e.InnerException?.Message.Contains("same key", StringComparison.OrdinalIgnoreCase) == true;
        if (duplicate)
        {
            var key = e.Message.Trim() is var m && m.StartsWith("Duplicate key ", StringComparison.OrdinalIgnoreCase) ? m["Duplicate key ".Length..] : null;
            bag.Add(ContentDiagnostics.DuplicateKey,
                key is null ? $"Une clé est écrite deux fois dans le même bloc ({Describe(e)})." : $"La clé « {key} » est écrite deux fois dans le même bloc.",
                source.At(line, column));
        }
        else
        {
            bag.Add(ContentDiagnostics.YamlSyntax, $"YAML illisible : {Describe(e)}.{Hint(yaml, yamlLine)}", source.At(line, column));
        }
    }

    private static string Describe(YamlException e)
    {
        var message = (e.InnerException?.Message ?? e.Message).Trim();
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        message = paren >= 0 && message.StartsWith('(') ? message[(paren + 3)..] : message;
        return Translate(message);
    }

    /// <summary>The line and column (1-based) of the last « [ » or « { » not closed on its line, at or before <paramref name="line"/>.</summary>
    private static (int Line, int Column)? UnclosedBracket(string yaml, int line)
    {
        var lines = yaml.Split('\n');
        for (var i = Math.Min(line, lines.Length) - 1; i >= 0; i--)
        {
            var depth = 0;
            var column = -1;
            for (var c = lines[i].Length - 1; c >= 0; c--)
            {
                if (lines[i][c] is ']' or '}')
                {
                    depth++;
                }
                else if (lines[i][c] is '[' or '{' && --depth < 0)
                {
                    column = c + 1;
                    break;
                }
            }

            if (column > 0)
            {
                return (i + 1, column);
            }
        }

        return null;
    }

    /// <summary>The first line (1-based) whose indentation holds a non-breaking space, with its column, the character, its French name, and how many lines do.</summary>
    private static (int Line, int Column, char Character, string Name, int Count)? NonBreakingIndentation(string yaml)
    {
        if (yaml.AsSpan().IndexOfAny('\u00A0', '\u202F', '\u2007') < 0)
        {
            return null;
        }

        (int, int, char, string, int)? first = null;
        var count = 0;
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var end = 0;
            while (end < line.Length && line[end] is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2007')
            {
                end++;
            }

            var at = end < line.Length ? line.AsSpan(0, end).IndexOfAny('\u00A0', '\u202F', '\u2007') : -1;
            if (at < 0)
            {
                continue;
            }

            count++;
            first ??= (i + 1, at + 1, line[at], line[at] switch
            {
                '\u202F' => "une espace fine insécable",
                '\u2007' => "une espace tabulaire",
                _ => "une espace insécable",
            }, 0);
        }

        return first is { } f ? f with { Item5 = count } : null;
    }

    private const string TabMessage = "une tabulation est utilisée pour indenter ; utilisez des espaces";

    /// <summary>The line and column (1-based) of the first tab in a line's indentation, from <paramref name="fromLine"/> on, else anywhere.</summary>
    private static (int Line, int Column)? FirstTabIndentation(string yaml, int fromLine)
    {
        var lines = yaml.Split('\n');
        (int, int)? first = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0 || tab >= indentation || indentation == lines[i].Length)
            {
                continue;
            }

            if (i + 1 >= fromLine)
            {
                return (i + 1, tab + 1);
            }

            first ??= (i + 1, tab + 1);
        }

        return first;
    }

    private static string Translate(string message) => message switch
    {
        _ when message.Contains("tab", StringComparison.OrdinalIgnoreCase) => TabMessage,
        _ when message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
            || message.Contains("found invalid mapping", StringComparison.OrdinalIgnoreCase) => "deux-points inattendu ; mettez la valeur entre guillemets si elle contient « : »",
        _ when message.Contains("expected ',' or", StringComparison.Ordinal) => "crochet « [ » ou accolade « { » non fermé",
        _ when message.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase) => "indentation incohérente ou clé manquante",
        _ when message.Contains("did not find expected", StringComparison.OrdinalIgnoreCase) => "élément attendu absent (guillemet, crochet ou indentation)",
        _ when message.Contains("while scanning a quoted scalar", StringComparison.OrdinalIgnoreCase) => "guillemet non fermé",
        _ when message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) => "clé en double",
        _ when message.Contains("block sequence entries are not allowed", StringComparison.OrdinalIgnoreCase) => "tiret de liste mal placé",
        _ => "syntaxe incorrecte (" + message + ")",
    };

    private static string Hint(string yaml, int line)
    {
        var lines = yaml.Split('\n');
        if (line >= 1 && line <= lines.Length && lines[line - 1].Contains('\t', StringComparison.Ordinal))
        {
            return " La ligne contient une tabulation : remplacez-la par des espaces.";
        }

        if (line >= 1 && line <= lines.Length && lines[line - 1].Any(WordTypography.IsTypographicQuote))
        {
            return " Les guillemets typographiques (“ ”, ‘ ’, « ») que pose un traitement de texte ne sont pas des guillemets pour YAML : entourez la valeur de guillemets droits, \"comme ceci\".";
        }

        return string.Empty;
    }

    public static SourceLocation Location(SourceText source, YamlNode node, int firstLine) =>
        source.At((int)node.Start.Line + firstLine - 1, (int)node.Start.Column);
}
