using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace Rdd.Site.Rendering;

/// <summary>The pictograms of the five finalités, inlined in pages (decorative: the label is always beside them).</summary>
public static class Pictograms
{
    private static readonly Dictionary<string, string> Svgs = Load();

    /// <summary>The markup already made, by code and class: every action shows its finalités' pictograms.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Code, string CssClass), string> Made = new();

    /// <summary>The pictogram of a finalité, as inline SVG with the given CSS class, hidden from assistive technologies.</summary>
    /// <param name="code">The finalité's code.</param>
    /// <param name="cssClass">The class of the svg element.</param>
    /// <returns>The markup; empty for an unknown code.</returns>
    public static MarkupString For(string code, string cssClass = "picto") =>
        Svgs.TryGetValue(code, out var svg)
            ? new MarkupString(Made.GetOrAdd((code, cssClass), static (key, svg) => svg.Replace("<svg ", $"<svg class=\"{key.CssClass}\" aria-hidden=\"true\" focusable=\"false\" ", StringComparison.Ordinal), svg))
            : new MarkupString(string.Empty);

    private static Dictionary<string, string> Load()
    {
        var assembly = typeof(Pictograms).Assembly;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".pictograms.", StringComparison.Ordinal) && n.EndsWith(".svg", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var code = name[(name.IndexOf(".pictograms.", StringComparison.Ordinal) + ".pictograms.".Length)..^".svg".Length];
            result[code] = reader.ReadToEnd().Trim();
        }

        return result;
    }
}
