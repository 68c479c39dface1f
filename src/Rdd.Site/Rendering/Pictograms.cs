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
            ? new MarkupString(Made.GetOrAdd((code, cssClass), static (key, svg) => svg.Replace("<svg ", $"<svg class=\"{key.CssClass}\" {SizeOf(key.CssClass)} aria-hidden=\"true\" focusable=\"false\" ", StringComparison.Ordinal), svg))
            : new MarkupString(string.Empty);

    /// <summary>
    /// A finalité's pictogram drawn from the page's <see cref="Sprite"/>: an action's badges show it beside each of
    /// its finalités, thousands of times on a page of actions, where the drawing itself is written once.
    /// </summary>
    /// <param name="code">The finalité's code.</param>
    /// <returns>The markup; empty for an unknown code.</returns>
    public static MarkupString Use(string code) =>
        Svgs.ContainsKey(code)
            ? new MarkupString(Made.GetOrAdd((code, "#use"), static key => $"<svg class=\"picto\" width=\"20\" height=\"20\" aria-hidden=\"true\" focusable=\"false\"><use href=\"#{SymbolId(key.Code)}\"/></svg>"))
            : new MarkupString(string.Empty);

    /// <summary>
    /// The drawings <see cref="Use"/> refers to, for the finalités of <paramref name="codes"/>: an invisible SVG of
    /// symbols, to write once in the page, before the badges.
    /// </summary>
    /// <param name="codes">The finalités shown on the page, in any order, repeated or not.</param>
    /// <returns>The markup; empty when none is known.</returns>
    public static MarkupString Sprite(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var used = codes.Where(Svgs.ContainsKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (used.Count == 0)
        {
            return new MarkupString(string.Empty);
        }

        var symbols = used.Select(code => Made.GetOrAdd((code, "#symbol"), static (key, svg) => svg
            .Replace("<svg xmlns=\"http://www.w3.org/2000/svg\" ", $"<symbol id=\"{SymbolId(key.Code)}\" ", StringComparison.Ordinal)
            .Replace("</svg>", "</symbol>", StringComparison.Ordinal), Svgs[code]));
        return new MarkupString($"<svg class=\"picto-sprite\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\">{string.Concat(symbols)}</svg>");
    }

    /// <summary>
    /// The drawing's own size, in pixels, for a reader who turns CSS off (the style sheet sets the size otherwise):
    /// without it, an SVG with only a viewBox fills the whole width of the page.
    /// </summary>
    private static string SizeOf(string cssClass) => cssClass.Contains("picto-large", StringComparison.Ordinal) ? "width=\"48\" height=\"48\"" : "width=\"20\" height=\"20\"";

    /// <summary>The id of a finalité's symbol: « picto_climat », with a character no id of the report can hold (ids are slugs).</summary>
    private static string SymbolId(string code) => "picto_" + code;

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
