using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;

namespace Rdd.Domain.Json;

/// <summary>
/// The French titles and descriptions of the schema, for the authors who write report files: editors show them on
/// hover and in completion lists. Kept beside the schema generator rather than in the model's XML documentation,
/// which is written in English for developers and is not available at run time.
/// </summary>
internal static class SchemaDescriptions
{
    private static readonly Dictionary<Type, (string Title, string Description)> Types = new()
    {
        [typeof(Report)] = ("Rapport sur la situation en matière de développement durable",
            "Le rapport d'une collectivité pour une année, présenté préalablement aux débats sur le projet de budget (CGCT, art. L2311-1-1, L3311-2, L3661-2, L4310-1, L4425-7, L72-100-2, L7111-4 selon la collectivité)."),
        [typeof(Authority)] = ("Collectivité", "La collectivité qui présente le rapport."),
        [typeof(ActionPeriod)] = ("Période", "Une période, premier et dernier jour inclus."),
        [typeof(Part)] = ("Partie", "Une des trois parties du rapport exigées par le décret (CGCT, art. D2311-15, D3311-8, D3661-7, D4311-6 ou D4425-12 selon la collectivité)."),
        [typeof(Section)] = ("Section", "Une section d'une partie : un thème, une finalité ou un élément déterminant, qui regroupe des actions."),
        [typeof(Reports.ReportAction)] = ("Action", "Une action, une politique ou un programme (parties 1 et 2), ou une modalité (partie 3)."),
        [typeof(TermReference)] = ("Référence à un terme", "Un terme d'une taxonomie : ODD, axe d'un plan, ambition du projet de territoire."),
        [typeof(KeyFigure)] = ("Chiffre clé", "Une valeur, son unité et ce qu'elle compte."),
        [typeof(Budget)] = ("Budget par politique publique", "Les montants du budget, en euros, par politique publique."),
        [typeof(BudgetLine)] = ("Ligne de budget", "Les montants d'une politique publique."),
        [typeof(BudgetAmount)] = ("Montant", "Un montant en euros ({\"euros\": …}) ou un montant déclaré non communiqué ({\"notGiven\": true}) ; jamais un zéro implicite."),
        [typeof(GreenBudget)] = ("Impact du budget pour la transition écologique", "L'état annexé au compte administratif ou au compte financier unique (loi n° 2023-1322, art. 191 ; décret du 16 juillet 2024) : les dépenses d'investissement cotées par axe environnemental."),
        [typeof(GreenBudgetLine)] = ("Dépense du budget vert", "Une dépense d'investissement et sa classe sur chaque axe coté."),
        [typeof(GreenBudgetRating)] = ("Cotation", "La classe d'une dépense sur un axe."),
        [typeof(GreenBudgetTotal)] = ("Total du budget vert", "Le total d'une classe sur un axe, tel que l'état l'écrit."),
        [typeof(Indicator)] = ("Indicateur", "Un indicateur mesuré : valeur de l'année, cible et série des années précédentes."),
        [typeof(IndicatorPoint)] = ("Valeur annuelle", "La valeur d'un indicateur pour une année."),
        [typeof(GlossaryEntry)] = ("Entrée du glossaire", "Un sigle ou un terme du rapport et son développement."),
        [typeof(Taxonomy)] = ("Taxonomie", "Une classification propre au territoire (projet de territoire, plan climat…) à laquelle les actions se rattachent."),
        [typeof(Term)] = ("Terme", "Un terme d'une taxonomie."),
    };

    private static readonly Dictionary<(Type, string), string> Properties = new()
    {
        [(typeof(Report), "$schema")] = "L'adresse du schéma, lue par les éditeurs ; ignorée à la lecture du rapport.",
        [(typeof(Report), "formatVersion")] = "La version du format du fichier (1 aujourd'hui) ; un fichier sans elle est au format 1. Un format plus récent se lit en mode tolérant.",
        [(typeof(Report), "authority")] = "La collectivité qui présente le rapport.",
        [(typeof(Report), "year")] = "L'année sur laquelle porte le rapport.",
        [(typeof(Report), "budgetYear")] = "L'année du budget dont le rapport précède le débat ; d'ordinaire l'année du rapport plus un.",
        [(typeof(Report), "title")] = "Le titre du rapport.",
        [(typeof(Report), "period")] = "La période couverte, quand ce n'est pas l'année civile.",
        [(typeof(Report), "presentationDate")] = "La date de présentation à l'assemblée délibérante (AAAA-MM-JJ).",
        [(typeof(Report), "budgetDebateDate")] = "La date du débat d'orientation budgétaire ou de la séance budgétaire (AAAA-MM-JJ).",
        [(typeof(Report), "introduction")] = "L'introduction (« Ce qu'il faut retenir »), en Markdown.",
        [(typeof(Report), "readingGuide")] = "Le guide de lecture (« Comment lire ce rapport ? »), en Markdown.",
        [(typeof(Report), "parts")] = "Les parties, dans l'ordre.",
        [(typeof(Report), "keyFigures")] = "Les chiffres clés.",
        [(typeof(Report), "budget")] = "Le budget par politique publique, quand le rapport le donne.",
        [(typeof(Report), "indicators")] = "Les indicateurs.",
        [(typeof(Report), "glossary")] = "Le glossaire des sigles.",
        [(typeof(Report), "taxonomies")] = "Les taxonomies propres au territoire.",
        [(typeof(Report), "digitalStrategyReview")] = "Le bilan annuel de la stratégie numérique responsable (CGCT, art. L2311-1-1, modifié par la loi n° 2021-1485, art. 35), en Markdown.",
        [(typeof(Authority), "name")] = "Le nom de la collectivité.",
        [(typeof(Authority), "article")] = "L'article que prend son nom dans une phrase : none (aucun, « Carcassonne Agglo »), feminine (« la Ville de … »), masculine (« le Département du … »), elided (« l'Eurométropole de … ») ou plural (« les … »).",
        [(typeof(Authority), "kind")] = "Sa catégorie, qui décide de l'obligation : commune, intercommunality (EPCI à fiscalité propre), department, region, corsica, lyonMetropolis, martinique, frenchGuiana, other.",
        [(typeof(Authority), "legalForm")] = "Sa forme juridique en toutes lettres (« communauté d'agglomération »).",
        [(typeof(Authority), "population")] = "Sa population totale au sens du recensement, celle que comptent les seuils du CGCT.",
        [(typeof(Authority), "siren")] = "Son numéro SIREN (9 chiffres).",
        [(typeof(Authority), "siret")] = "Le numéro SIRET (14 chiffres : le SIREN suivi du numéro de l'établissement) de l'établissement qui publie le rapport.",
        [(typeof(ActionPeriod), "start")] = "Le premier jour (AAAA-MM-JJ).",
        [(typeof(ActionPeriod), "end")] = "Le dernier jour (AAAA-MM-JJ).",
        [(typeof(Part), "kind")] = "Le contenu du décret que la partie porte : publicPolicies (partie 1), internalFunctioning (partie 2), modalities (partie 3).",
        [(typeof(Part), "title")] = "Le titre de la partie.",
        [(typeof(Part), "introduction")] = "L'introduction de la partie, en Markdown.",
        [(typeof(Part), "sections")] = "Les sections, dans l'ordre.",
        [(typeof(Section), "id")] = "L'identifiant de la section, unique dans le rapport.",
        [(typeof(Section), "title")] = "Le titre de la section.",
        [(typeof(Section), "group")] = "Le groupe sous lequel la section est présentée (« Une Agglo solidaire »).",
        [(typeof(Section), "introduction")] = "L'introduction de la section, en Markdown.",
        [(typeof(Section), "defaultFinalities")] = "Les codes de finalité hérités par toutes les actions de la section.",
        [(typeof(Section), "defaultGovernanceElements")] = "Les codes d'éléments déterminants hérités par toutes les actions de la section.",
        [(typeof(Section), "defaultTerms")] = "Les termes de taxonomie hérités par toutes les actions de la section.",
        [(typeof(Section), "actions")] = "Les actions, dans l'ordre.",
        [(typeof(Reports.ReportAction), "id")] = "L'identifiant de l'action, unique dans le rapport (« stationnement-cyclable »).",
        [(typeof(Reports.ReportAction), "title")] = "Le titre de l'action.",
        [(typeof(Reports.ReportAction), "body")] = "La description, en Markdown.",
        [(typeof(Reports.ReportAction), "finalities")] = "Les codes des finalités servies : climat, biodiversite, cohesion, epanouissement, production.",
        [(typeof(Reports.ReportAction), "progress")] = "L'avancement : launched, continued, reinforced, renewed, completed, planned.",
        [(typeof(Reports.ReportAction), "governanceElements")] = "Les codes des éléments déterminants de la démarche que l'action illustre.",
        [(typeof(Reports.ReportAction), "terms")] = "Les termes de taxonomie auxquels l'action contribue.",
        [(typeof(Reports.ReportAction), "figures")] = "Les identifiants des chiffres clés qui illustrent l'action.",
        [(typeof(Reports.ReportAction), "partners")] = "Les partenaires.",
        [(typeof(Reports.ReportAction), "places")] = "Les lieux concernés.",
        [(typeof(Reports.ReportAction), "period")] = "La période couverte par l'action.",
        [(typeof(Reports.ReportAction), "continuesFrom")] = "L'identifiant de la même action dans le rapport de l'année précédente.",
        [(typeof(TermReference), "taxonomy")] = "L'identifiant de la taxonomie (« odd », « pacte-vert »).",
        [(typeof(TermReference), "code")] = "Le code du terme dans cette taxonomie (« 13 », « axe-4 »).",
        [(typeof(KeyFigure), "id")] = "L'identifiant du chiffre clé, unique dans le rapport.",
        [(typeof(KeyFigure), "theme")] = "Le thème (« Mobilité »).",
        [(typeof(KeyFigure), "value")] = "La valeur.",
        [(typeof(KeyFigure), "unit")] = "L'unité écrite après la valeur (« € », « km ») ; vide pour un dénombrement.",
        [(typeof(KeyFigure), "label")] = "Ce que la valeur compte (« trajets de covoiturage recensés »).",
        [(typeof(KeyFigure), "approximation")] = "La précision : exact, atLeast (« plus de »), atMost (« moins de »), about (« environ »).",
        [(typeof(KeyFigure), "change")] = "Une évolution : none (une valeur, une part), increase (une hausse, affichée « +12 % »), decrease (une baisse, affichée « −52 % ») ; la valeur d'une évolution est son ampleur, sans signe.",
        [(typeof(Budget), "year")] = "L'année budgétaire.",
        [(typeof(Budget), "title")] = "Le titre du tableau.",
        [(typeof(Budget), "lines")] = "Les lignes, une par politique publique.",
        [(typeof(Budget), "statedOperatingTotal")] = "Le total de fonctionnement tel que le rapport l'écrit.",
        [(typeof(Budget), "statedInvestmentTotal")] = "Le total d'investissement tel que le rapport l'écrit.",
        [(typeof(BudgetLine), "id")] = "L'identifiant de la ligne, unique dans le rapport.",
        [(typeof(BudgetLine), "policy")] = "La politique publique.",
        [(typeof(BudgetLine), "operating")] = "Le montant de fonctionnement ; absent quand le rapport ne le mentionne pas.",
        [(typeof(BudgetLine), "investment")] = "Le montant d'investissement ; absent quand le rapport ne le mentionne pas.",
        [(typeof(BudgetLine), "statedTotal")] = "Le total de la ligne tel que le rapport l'écrit.",
        [(typeof(Report), "greenBudget")] = "L'état « Impact du budget pour la transition écologique » annexé aux comptes, quand le rapport le cite.",
        [(typeof(GreenBudget), "financialYear")] = "L'exercice dont les comptes portent l'état annexé.",
        [(typeof(GreenBudget), "title")] = "Le titre de l'état.",
        [(typeof(GreenBudget), "lines")] = "Les dépenses, dans l'ordre de l'état.",
        [(typeof(GreenBudget), "statedTotals")] = "Les totaux par axe et par classe tels que l'état les écrit.",
        [(typeof(GreenBudgetLine), "id")] = "L'identifiant de la dépense, unique dans l'état.",
        [(typeof(GreenBudgetLine), "label")] = "Ce qu'est la dépense (« Rénovation énergétique des écoles »).",
        [(typeof(GreenBudgetLine), "amount")] = "Le montant exécuté, en euros.",
        [(typeof(GreenBudgetLine), "account")] = "Le compte de la nomenclature M57 (« 21312 »).",
        [(typeof(GreenBudgetLine), "function")] = "La fonction de la présentation fonctionnelle.",
        [(typeof(GreenBudgetLine), "ratings")] = "La classe de la dépense sur chaque axe coté ; un axe absent n'est pas coté, ce qui diffère de « non coté » (notRated).",
        [(typeof(GreenBudgetRating), "axis")] = "L'axe : climateMitigation (1), climateAdaptation (2), water (3), circularEconomy (4), pollution (5), biodiversity (6).",
        [(typeof(GreenBudgetRating), "rating")] = "La classe : veryFavourable, favourable, neutral, unfavourable, notRated (« non coté »).",
        [(typeof(GreenBudgetTotal), "axis")] = "L'axe : climateMitigation (1), climateAdaptation (2), water (3), circularEconomy (4), pollution (5), biodiversity (6).",
        [(typeof(GreenBudgetTotal), "rating")] = "La classe : veryFavourable, favourable, neutral, unfavourable, notRated (« non coté »).",
        [(typeof(GreenBudgetTotal), "euros")] = "Le total, en euros.",
        [(typeof(Indicator), "id")] = "L'identifiant de l'indicateur, unique dans le rapport et stable d'une année à l'autre.",
        [(typeof(Indicator), "label")] = "Ce qui est mesuré.",
        [(typeof(Indicator), "unit")] = "L'unité (« % », « t CO2e ») ; vide pour un dénombrement.",
        [(typeof(Indicator), "value")] = "La valeur de l'année.",
        [(typeof(Indicator), "year")] = "L'année de la valeur.",
        [(typeof(Indicator), "target")] = "La valeur cible.",
        [(typeof(Indicator), "targetYear")] = "L'année où la cible doit être atteinte.",
        [(typeof(Indicator), "series")] = "Les valeurs des années précédentes.",
        [(typeof(Indicator), "source")] = "La source des données.",
        [(typeof(Indicator), "finalities")] = "Les codes des finalités que l'indicateur renseigne.",
        [(typeof(IndicatorPoint), "year")] = "L'année.",
        [(typeof(IndicatorPoint), "value")] = "La valeur.",
        [(typeof(GlossaryEntry), "term")] = "Le sigle ou le terme tel qu'écrit (« QPV »).",
        [(typeof(GlossaryEntry), "expansion")] = "Son développement (« Quartier prioritaire de la politique de la ville »).",
        [(typeof(GlossaryEntry), "definition")] = "Une explication plus longue, en Markdown.",
        [(typeof(Taxonomy), "id")] = "L'identifiant de la taxonomie, utilisé dans les références (« pacte-vert »).",
        [(typeof(Taxonomy), "name")] = "Son nom.",
        [(typeof(Taxonomy), "description")] = "Sa description, en Markdown.",
        [(typeof(Taxonomy), "terms")] = "Ses termes, dans l'ordre.",
        [(typeof(Term), "code")] = "Le code du terme, unique dans sa taxonomie.",
        [(typeof(Term), "label")] = "Son libellé.",
        [(typeof(Term), "shortLabel")] = "Un libellé court pour les affichages compacts.",
        [(typeof(Term), "description")] = "Sa description, en Markdown.",
        [(typeof(Term), "parent")] = "Le code du terme parent dans la même taxonomie.",
        [(typeof(Term), "replaces")] = "Les codes des termes de la même taxonomie, dans le rapport de l'année précédente, que ce terme remplace.",
    };

    /// <summary>The title and description of a schema node.</summary>
    /// <param name="declaringType">The type declaring the property, when the node is a property's value.</param>
    /// <param name="propertyName">The property's JSON name.</param>
    /// <param name="type">The type of the value.</param>
    /// <returns>The title of the value's type, and the property's description, else the type's.</returns>
    internal static (string? Title, string? Description) For(Type? declaringType, string? propertyName, Type type)
    {
        var described = Types.TryGetValue(type, out var typeText) ? typeText : ((string Title, string Description)?)null;
        if (declaringType is not null && propertyName is not null)
        {
            return (described?.Title, Properties.GetValueOrDefault((declaringType, propertyName)));
        }

        return (described?.Title, described?.Description);
    }
}
