using System.Text;
using Rdd.Domain.Validation;
using Rdd.Site.Text;
using static System.Net.WebUtility;

namespace Rdd.Site.Serve.Editor;

/// <summary>Small pieces of the editor's HTML, every value encoded.</summary>
internal static class EditorHtml
{
    /// <summary>A link.</summary>
    /// <param name="href">The address.</param>
    /// <param name="text">The text.</param>
    /// <returns>The HTML.</returns>
    public static string Link(string href, string text) => $"<a href=\"{HtmlEncode(href)}\">{HtmlEncode(text)}</a>";

    /// <summary>« 2 erreurs, 1 avertissement » beside an element of the structure; empty when there is nothing.</summary>
    /// <param name="diagnostics">The element's diagnostics.</param>
    /// <returns>The HTML, with a leading space.</returns>
    public static string Counts(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
        {
            return string.Empty;
        }

        var kind = diagnostics.Any(d => d.Severity == Severity.Error) ? "editor-count editor-count--error" : "editor-count";
        return new StringBuilder(" <span class=\"").Append(kind).Append("\">(").Append(HtmlEncode(CountsText(diagnostics))).Append(")</span>").ToString();
    }

    /// <summary>« 2 erreurs, 1 avertissement »; « rien » when there is nothing.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <returns>The text.</returns>
    public static string CountsText(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var parts = new List<string>(3);
        Add(parts, diagnostics.Count(d => d.Severity == Severity.Error), "erreur", "erreurs");
        Add(parts, diagnostics.Count(d => d.Severity == Severity.Warning), "avertissement", "avertissements");
        Add(parts, diagnostics.Count(d => d.Severity == Severity.Info), "information", "informations");
        return parts.Count == 0 ? "rien" : string.Join(", ", parts);
    }

    /// <summary>A diagnostic as the author reads it at a field: its severity, its message and its code.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The text.</returns>
    public static string Message(Diagnostic diagnostic) =>
        (diagnostic.Severity switch
        {
            Severity.Error => "Erreur",
            Severity.Warning => "Avertissement",
            _ => "Information",
        }) + "\u00A0: " + diagnostic.Message + " (" + diagnostic.Code + ")";

    private static void Add(List<string> parts, int n, string one, string many)
    {
        if (n > 0)
        {
            parts.Add(FrenchCount.Of(n, one, many));
        }
    }
}
