using System.Globalization;
using System.Text;
using Rdd.Domain;
using Rdd.Domain.Law;
using Rdd.Site.Content;

namespace Rdd.Site.Docs;

/// <summary>
/// The page docs/cadre-legal.md, generated from <see cref="Rdd.Domain.Law"/>: for each kind of authority its articles,
/// each content requirement with its article per kind, and every provision the library cites with its origin, date
/// and certainty. Generated so that the page cannot claim what the code does not encode.
/// </summary>
internal static class LegalFrameworkDoc
{
    public const string Page = "cadre-legal.md";

    // Long: a generated-document template, the page's sections written in the order they are read.
    public static string Generate(string generatedNotice)
    {
        var text = new StringBuilder(generatedNotice)
            .Append("# Le cadre légal que Rdd applique\n\n")
            .Append("Le rapport sur la situation en matière de développement durable est présenté par l'exécutif « préalablement aux débats sur le projet ")
            .Append("de budget » (loi n° 2010-788 du 12 juillet 2010, art. 255 ; décret n° 2011-687 du 17 juin 2011, à compter de la préparation des ")
            .Append("budgets pour 2012). **Chaque nature de collectivité cite ses propres articles** : le site d'une commune ne cite pas l'article ")
            .Append("des départements. La colonne « certitude » dit ce que les sources de la bibliothèque établissent : *vérifié* (texte ou notice ")
            .Append("officielle), *de seconde main* (traduction, commentaire ou copie unique, rédaction non vérifiée mot à mot), *probable* ")
            .Append("(déduit des articles voisins, non vu).\n\n");

        text.Append("## Par nature de collectivité\n\n")
            .Append("| `nature:` | collectivité | seuil | premier budget | article législatif | article réglementaire | cadre de référence de 2006 (« cette analyse peut être élaborée à partir du cadre de référence ») |\n")
            .Append("|---|---|---|---|---|---|---|\n");
        foreach (var obligation in Obligations.All)
        {
            var clause = obligation.FrameworkOfReferenceClause;
            text.Append(CultureInfo.InvariantCulture, $"| `{Scaffold.KindCode(obligation.Kind)}` | {obligation.Kind.FrenchLabel()} | ")
                .Append(obligation.PopulationAbove is { } above ? $"plus de {French.Number(above)} habitants" : "aucun")
                .Append(CultureInfo.InvariantCulture, $" | {obligation.FirstBudgetYear} | {Cited(obligation.Legislative)} | ")
                .Append(obligation.Regulatory is { } regulatory ? Cited(regulatory) : "aucun trouvé")
                .Append(" | ")
                .Append(clause is null ? "—" : Cited(clause))
                .Append(" |\n");
        }

        text.Append("\nLa Ville de Paris s'écrit `nature: commune` : aucun texte connu de la bibliothèque ne la traite autrement pour ce rapport ")
            .Append("(non vérifié). Un autre organisme public (`nature: autre` : syndicat, EPCI sans fiscalité propre…) n'est pas tenu de présenter ce rapport.\n\n");

        text.Append("## Ce que le rapport doit contenir\n\n")
            .Append("| contenu | à partir de | article, selon la collectivité |\n|---|---|---|\n");
        foreach (var requirement in Obligations.Requirements)
        {
            var from = requirement switch
            {
                { PresentedFrom: { } date, FirstBudgetYear: { } year } => $"rapports présentés à partir du {French.Date(date)} (sans date de présentation : budget {year.ToString(CultureInfo.InvariantCulture)})",
                { FirstBudgetYear: { } year } => $"budget {year.ToString(CultureInfo.InvariantCulture)}",
                _ => "tout rapport (date de la rédaction non établie)",
            };
            var threshold = requirement.PopulationAbove is { } above ? $", plus de {French.Number(above)} habitants" : string.Empty;
            var bases = requirement.Bases
                .GroupBy(b => b.Value)
                .Select(g => $"{string.Join(", ", g.Select(k => k.Key.FrenchLabel()))} : {Cited(g.Key)}");
            text.Append(CultureInfo.InvariantCulture, $"| {requirement.Label} | {from}{threshold} | {string.Join(" ; ", bases)} |\n");
        }

        text.Append("\n## Ce qui n'est pas établi\n\n")
            .Append("- **Guyane** : l'article L7111-4 substitue la collectivité territoriale de Guyane au département et à la région ; un article propre ")
            .Append("au rapport, comme l'article L72-100-2 pour la Martinique, est probable mais n'a pas été trouvé. Aucun article réglementaire propre ")
            .Append("à la Martinique ni à la Guyane n'a été trouvé : l'analyse des modalités (partie 3) n'est pas exigée d'elles par un texte connu, ")
            .Append("mais le format du rapport la garde.\n")
            .Append("- **Agenda 2030** : la clause est connue pour les articles L2311-1-1, L3311-2, L3661-2 et L72-100-2 (de seconde main, loi ")
            .Append("d'origine et date non établies). Pour les régions (L4310-1), la Corse (L4425-7) et la Guyane, elle n'est pas vérifiée : Rdd ne ")
            .Append("l'exige pas d'elles.\n")
            .Append("- **Stratégie numérique responsable** : l'obligation d'en inclure le bilan annuel repose sur l'article L2311-1-1 modifié par la loi ")
            .Append("n° 2021-1485, art. 35 ; l'article D2311-15-1 (décret n° 2022-1084) n'en fixe que le contenu. L'entrée en vigueur au 1er janvier ")
            .Append("2025 est connue de seconde main ; Rdd l'applique aux rapports présentés à partir de cette date (`date_presentation` de ")
            .Append("`rapport.yml`), ou, faute de date, aux rapports qui précèdent le budget 2025 ou un budget ultérieur, et le dit.\n")
            .Append("- **Éléments déterminants de la démarche** : aucun texte n'en fixe l'ordre (plusieurs sources placent « la stratégie ")
            .Append("d'amélioration continue » en premier). Rdd garde l'ordre du rapport d'origine pour l'affichage, sans prétendre qu'il est celui ")
            .Append("du cadre de référence.\n")
            .Append("- **Orientations pour améliorer la situation** : les articles législatifs demandent « les orientations et programmes de nature à ")
            .Append("améliorer cette situation » ; aucun texte n'en fixe la forme. Rdd les lit dans les actions en projet (`avancement=projet`) et ")
            .Append("le signale par une information ([RDD1043](diagnostics/RDD1043.md)) s'il n'y en a aucune.\n\n");

        text.Append("## Rapports voisins (contexte, non modélisés)\n\n")
            .Append("Présentés dans la même saison budgétaire, cités par `rdd new` et `rdd check` pour mémoire : le rapport sur la situation en ")
            .Append("matière d'égalité entre les femmes et les hommes (CGCT, art. L2311-1-2 pour les communes et EPCI de plus de 20 000 habitants, ")
            .Append("L3311-3 pour les départements) et le schéma de promotion des achats publics socialement et écologiquement responsables (SPASER, ")
            .Append("code de la commande publique, art. L2111-3, au-delà de 50 millions d'euros d'achats annuels).\n\n");

        text.Append("## Tous les textes cités\n\n")
            .Append("| référence | ce qu'il dit | texte d'origine ou de dernière rédaction | date | certitude |\n|---|---|---|---|---|\n");
        foreach (var basis in LegalTexts.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {basis.Reference} | {Cell(basis.Summary)} | {Cell(basis.Origin)} | {(basis.Date is { } date ? French.Date(date) : "non établie")} | {basis.Certainty.FrenchLabel()} |\n");
        }

        return text.ToString();
    }

    private static string Cited(LegalBasis basis) =>
        basis.Certainty == SourceCertainty.Checked ? basis.Reference : $"{basis.Reference} ({basis.Certainty.FrenchLabel()})";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
