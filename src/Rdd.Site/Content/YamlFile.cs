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
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + firstLine - 1;
            var column = (int)e.Start.Column;
            var duplicate = e.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase)
                || e.InnerException?.Message.Contains("same key", StringComparison.OrdinalIgnoreCase) == true;
            if (duplicate)
            {
                bag.Add(ContentDiagnostics.DuplicateKey, $"Une clé est écrite deux fois dans le même bloc ({Describe(e)}).", source.At(line, column));
            }
            else
            {
                bag.Add(ContentDiagnostics.YamlSyntax, $"YAML illisible : {Describe(e)}.{Hint(yaml, (int)e.Start.Line)}", source.At(line, column));
            }

            return null;
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    private static string Describe(YamlException e)
    {
        var message = (e.InnerException?.Message ?? e.Message).Trim();
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        message = paren >= 0 && message.StartsWith('(') ? message[(paren + 3)..] : message;
        return Translate(message);
    }

    private static string Translate(string message) => message switch
    {
        _ when message.Contains("tab", StringComparison.OrdinalIgnoreCase) => "une tabulation est utilisée pour indenter ; utilisez des espaces",
        _ when message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) => "deux-points inattendu ; mettez la valeur entre guillemets si elle contient « : »",
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

        return string.Empty;
    }

    public static SourceLocation Location(SourceText source, YamlNode node, int firstLine) =>
        source.At((int)node.Start.Line + firstLine - 1, (int)node.Start.Column);
}
