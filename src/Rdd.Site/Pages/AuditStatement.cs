using NodaTime;
using Rdd.Domain;
using Rdd.Site.Audit;
using Rdd.Site.Text;

namespace Rdd.Site.Pages;

/// <summary>
/// What the accessibility statement says of automatic checks: the tools, the pages and the result of the latest
/// <c>rdd audit</c>, or that none was made. Only what was done for this site is claimed; the state of compliance stays
/// the one the authority declares.
/// </summary>
internal static class AuditStatement
{
    /// <summary>What the statement says when the content folder holds no audit report.</summary>
    public const string NoCheck = "Aucune vérification automatique n'a été faite.";

    /// <summary>The tools the audit used, one sentence each; empty without an audit.</summary>
    /// <param name="audit">The latest audit, if any.</param>
    /// <returns>The sentences.</returns>
    public static IReadOnlyList<string> Tools(AuditReport? audit) => audit is null
        ? []
        :
        [
            $"axe-core {audit.Tools.AxeCore} (Deque), règles des WCAG 2.0, 2.1 et 2.2 de niveaux A et AA, dans {audit.Tools.Browser}",
            $"rdd audit {audit.Tools.Rdd}\u00a0: lien d'évitement, ordre des titres et affichage à 320 pixels de large sans défilement horizontal",
        ];

    /// <summary>
    /// The pages the audit checked that this year's site holds, linked as the site's own lists link them, in the
    /// audit's order; a page since removed is left out, so that the statement never links to nothing.
    /// </summary>
    /// <param name="context">The year's build context.</param>
    /// <param name="linkable">A link to every page of the year's site that may be listed.</param>
    /// <returns>The links; empty without an audit.</returns>
    public static IReadOnlyList<Link> Pages(BuildContext context, IEnumerable<Link> linkable)
    {
        if (context.Site.Audit is not { } audit)
        {
            return [];
        }

        var byHref = linkable.ToDictionary(link => link.Href, StringComparer.Ordinal);
        return audit.Pages
            .Select(page => byHref.GetValueOrDefault(context.Root.Href(page.Url)))
            .OfType<Link>()
            .ToList();
    }

    /// <summary>The sentence before the list of pages: when, and how many; that none was checked without an audit.</summary>
    /// <param name="audit">The latest audit, if any.</param>
    /// <returns>The sentence.</returns>
    public static string PagesLead(AuditReport? audit) => audit is null
        ? "Aucune page n'a été vérifiée automatiquement."
        : $"Le {Day(audit)}, rdd audit a vérifié chaque page du site, soit {FrenchCount.Of(audit.Pages.Count, "page", "pages")}\u00a0; celles de ce rapport\u00a0:";

    /// <summary>What the audit found, and what it does not replace; null without an audit.</summary>
    /// <param name="audit">The latest audit, if any.</param>
    /// <param name="authorityInSentence">The authority that declares the state of compliance.</param>
    /// <returns>The sentences.</returns>
    public static string? Result(AuditReport? audit, string authorityInSentence)
    {
        if (audit is null)
        {
            return null;
        }

        var found = audit.Passed
            ? $"Aucune erreur sur {(audit.Pages.Count == 1 ? "la page vérifiée" : $"les {French.Number(audit.Pages.Count)} pages vérifiées")}\u00a0: aucune violation des règles d'axe-core, un lien d'évitement, des titres dans l'ordre et aucun défilement horizontal à 320 pixels."
            : "Erreurs trouvées\u00a0: " + string.Join("\u00a0; ", Problems(audit)) + ".";
        return $"{found} Une vérification automatique ne couvre qu'une partie des critères du RGAA et ne remplace pas un audit\u00a0: l'état de conformité est celui que déclare {authorityInSentence}.";
    }

    private static IEnumerable<string> Problems(AuditReport audit)
    {
        var withViolations = audit.Pages.Count(p => p.Violations.Count > 0);
        if (withViolations > 0)
        {
            yield return $"{FrenchCount.Of(audit.ViolationCount, "violation", "violations")} des règles d'axe-core sur {FrenchCount.Of(withViolations, "page", "pages")}";
        }

        foreach (var (count, one, many) in new[]
        {
            (audit.Pages.Count(p => !p.SkipLink), "page sans lien d'évitement vers le contenu", "pages sans lien d'évitement vers le contenu"),
            (audit.Pages.Count(p => !p.HeadingOrder), "page dont les titres sautent un niveau ou ne commencent pas par un titre de niveau 1", "pages dont les titres sautent un niveau ou ne commencent pas par un titre de niveau 1"),
            (audit.Pages.Count(p => !p.Reflow320), "page qui défile horizontalement à 320 pixels de large", "pages qui défilent horizontalement à 320 pixels de large"),
        })
        {
            if (count > 0)
            {
                yield return FrenchCount.Of(count, one, many);
            }
        }
    }

    private static string Day(AuditReport audit) => French.Date(LocalDate.FromDateTime(audit.Date.DateTime));
}
