using System.Text;
using NodaTime;
using Rdd.Domain;

namespace Rdd.Site.Audit;

/// <summary>The readable summary of an audit (« audit-accessibilite.md »), printed by rdd audit and written beside its report.</summary>
internal static class AuditSummary
{
    /// <summary>What is wrong with a page, one phrase per problem; empty when it passes.</summary>
    /// <param name="page">The page's results.</param>
    /// <returns>The phrases.</returns>
    public static IEnumerable<string> Problems(PageAudit page)
    {
        foreach (var violation in page.Violations)
        {
            yield return $"axe-core {violation.Id} ({Impact(violation.Impact)}, {Count(violation.Nodes.Count, "élément", "éléments")})\u00a0: {violation.Help}";
        }

        if (!page.SkipLink)
        {
            yield return "la première tabulation ne mène pas à un lien d'évitement vers le contenu principal";
        }

        if (!page.HeadingOrder)
        {
            yield return "les titres ne commencent pas par un unique titre de niveau 1 ou sautent un niveau";
        }

        if (!page.Reflow320)
        {
            yield return "la page défile horizontalement à 320 pixels de large";
        }
    }

    /// <summary>The summary, in Markdown.</summary>
    /// <param name="report">The audit.</param>
    /// <returns>The text, ending with a line break.</returns>
    public static string Markdown(AuditReport report)
    {
        var day = French.Date(LocalDate.FromDateTime(report.Date.DateTime));
        var failed = report.Pages.Where(p => !p.Passed).ToList();
        var text = new StringBuilder();
        text.Append("# Vérification automatique de l'accessibilité du ").Append(day).Append("\n\n");
        text.Append("- Outils\u00a0: rdd audit ").Append(report.Tools.Rdd).Append(", axe-core ").Append(report.Tools.AxeCore)
            .Append(" (règles des WCAG 2.0, 2.1 et 2.2 de niveaux A et AA\u00a0: ").Append(string.Join(", ", report.Rules)).Append("), ")
            .Append(report.Tools.Browser).Append('\n');
        text.Append("- Pages vérifiées\u00a0: ").Append(French.Number(report.Pages.Count)).Append('\n');
        text.Append("- Contrôles de chaque page\u00a0: règles d'axe-core, lien d'évitement atteint par la première tabulation, ")
            .Append("titres dans l'ordre (un seul titre de niveau 1, aucun niveau sauté), aucun défilement horizontal à 320 pixels de large\n\n");
        if (failed.Count == 0)
        {
            text.Append("Résultat\u00a0: aucune erreur.\n\n");
        }
        else
        {
            text.Append("Résultat\u00a0: ").Append(Count(failed.Count, "page a des erreurs", "pages ont des erreurs"))
                .Append(", dont ").Append(Count(report.ViolationCount, "violation", "violations")).Append(" des règles d'axe-core.\n\n");
            foreach (var page in failed)
            {
                text.Append("## ").Append(page.Title).Append(" (").Append(page.Url).Append(")\n\n");
                foreach (var problem in Problems(page))
                {
                    text.Append("- ").Append(problem).Append('\n');
                }

                text.Append('\n');
            }
        }

        text.Append("Une vérification automatique ne couvre qu'une partie des critères du RGAA et ne remplace pas un audit\u00a0; ")
            .Append("la déclaration d'accessibilité garde l'état de conformité déclaré dans site.yml.\n");
        return text.ToString();
    }

    private static string Impact(string? impact) => impact switch
    {
        "critical" => "critique",
        "serious" => "grave",
        "moderate" => "modéré",
        "minor" => "mineur",
        _ => "impact non précisé",
    };

    private static string Count(int n, string one, string many) => $"{French.Number(n)} {(n <= 1 ? one : many)}";
}
