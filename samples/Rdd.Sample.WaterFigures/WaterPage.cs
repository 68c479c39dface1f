using System.Globalization;
using System.Net;
using System.Text;
using Rdd.Site.Abstractions;

namespace Rdd.Sample.WaterFigures;

/// <summary>The page « L'eau en chiffres » (<c>/eau/</c>): each water action and the key figures it cites.</summary>
internal static class WaterPage
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static IEnumerable<ExtensionPage> Build(SitePageContext context)
    {
        var report = context.Report;
        var actions = WaterSections.Actions(report).ToList();
        if (actions.Count == 0)
        {
            yield break;
        }

        var figures = report.KeyFigures.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var html = new StringBuilder();
        html.Append("<table>\n<caption>Les actions sur l'eau et leurs chiffres clés</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Action</th><th scope=\"col\">Chiffres clés</th></tr></thead>\n<tbody>\n");
        foreach (var placed in actions)
        {
            var cited = placed.Action.Figures.Where(figures.ContainsKey).Select(id => figures[id])
                .Select(f => $"{f.Value.ToString("#,##0.##", French)} {f.Unit} {f.Label}".Replace("  ", " ", StringComparison.Ordinal).Trim())
                .ToList();
            html.Append("<tr><th scope=\"row\">").Append(WebUtility.HtmlEncode(placed.Action.Title)).Append("</th><td>")
                .Append(cited.Count == 0 ? "Aucun chiffre clé" : string.Join("<br>", cited.Select(WebUtility.HtmlEncode)))
                .Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        var measured = actions.Count(a => a.Action.Figures.Count > 0);
        yield return new ExtensionPage("/eau/", "L'eau en chiffres", html.ToString())
        {
            Lead = $"{measured} action(s) sur {actions.Count} consacrées à l'eau citent un chiffre clé.",
        };
    }
}
