namespace Rdd.Site.Content;

/// <summary>The shapes of every YAML mapping of the content format (see content/README.md).</summary>
internal static class ContentShapes
{
    private const string Slug = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static readonly IReadOnlyList<string> AuthorityKinds = ["commune", "epci", "departement", "region", "corse", "metropole-lyon", "martinique", "guyane", "autre"];

    public static readonly IReadOnlyList<string> Approximations = ["exact", "plus-de", "moins-de", "environ"];

    /// <summary>The ways of a key figure that is a change (« evolution »).</summary>
    public static readonly IReadOnlyList<string> Changes = ["baisse", "hausse"];

    public static readonly Shape Authority = new("collectivite", "La collectivité qui présente le rapport.",
    [
        new("nom", ValueKind.Text, "Nom de la collectivité (« Carcassonne Agglo »).", Required: true),
        new("article", ValueKind.Text, "L'article que prend le nom dans une phrase : la (« la Ville de Montreuil s'engage… »), le (« le Département du Gard »), l' (« l'Eurométropole de Strasbourg »), les, ou aucun (« Carcassonne Agglo »). Par défaut, Rdd le déduit du premier mot du nom : la pour « Ville », « Commune », « Communauté », « Métropole », « Région »…, le pour « Département », « Conseil », « Syndicat »…, aucun sinon.") { Choices = AuthorityArticles.Codes },
        new("nature", ValueKind.Text, "Nature : commune, epci (EPCI à fiscalité propre : communauté de communes, d'agglomération, urbaine, métropole), departement, region, corse, metropole-lyon, martinique (collectivité territoriale de Martinique), guyane (collectivité territoriale de Guyane) ou autre. La Ville de Paris s'écrit commune.", Required: true) { Choices = AuthorityKinds },
        new("forme_juridique", ValueKind.Text, "Forme juridique précise (« communauté d'agglomération »)."),
        new("population", ValueKind.Integer, "Population totale (recensement), qui décide de l'obligation (seuil de 50 000 habitants).", Required: true),
        new("siren", ValueKind.Text, "Numéro SIREN (9 chiffres) ; par défaut, les 9 premiers chiffres du SIRET.") { Pattern = "^[0-9]{9}$" },
        new("siret", ValueKind.Text, "Numéro SIRET (14 chiffres, sans espace) de l'établissement qui publie le rapport, vérifié par sa clé de contrôle ; il est porté par chaque ligne des fichiers de données ouvertes.") { Pattern = "^[0-9]{14}$" },
    ]);

    public static readonly Shape SiteOptions = new("site", "Réglages du site web.",
    [
        new("titre", ValueKind.Text, "Titre du site (par défaut : « Rapport développement durable de la Ville de … », le nom précédé de son article)."),
        new("couleur", ValueKind.Text, "Couleur d'accent, en hexadécimal (« #0b5a7a ») ; elle doit contraster à 4,5:1 avec le blanc.") { Pattern = "^#[0-9a-fA-F]{6}$" },
        new("logo", ValueKind.Text, "Logo de la collectivité : chemin d'un fichier SVG dans le dossier de contenu."),
        new("url", ValueKind.Text, "Adresse publique du site (pour le plan du site), par exemple https://www.exemple.fr/rdd/."),
        new("licence", ValueKind.Text, "Licence des données publiées (par défaut : Licence Ouverte 2.0 (Etalab-2.0))."),
        new("contact", ValueKind.Text, "Moyen de contact (adresse électronique ou page) pour les lecteurs."),
    ]);

    public static readonly Shape Accessibility = new("accessibilite", "Déclaration d'accessibilité (RGAA 4.1).",
    [
        new("etat", ValueKind.Text, "État de conformité : totalement-conforme, partiellement-conforme ou non-conforme.") { Choices = ["totalement-conforme", "partiellement-conforme", "non-conforme"] },
        new("taux", ValueKind.Number, "Pourcentage de critères RGAA respectés (0 à 100)."),
        new("date_audit", ValueKind.Date, "Date de l'audit (AAAA-MM-JJ)."),
        new("date_declaration", ValueKind.Date, "Date à laquelle la déclaration a été établie (AAAA-MM-JJ) ; par défaut, la date de l'audit."),
        new("auditeur", ValueKind.Text, "Qui a réalisé l'audit."),
        new("contenus_non_accessibles", ValueKind.TextList, "Contenus non accessibles et dérogations."),
        new("contact", ValueKind.Text, "Moyen de contact pour signaler un défaut d'accessibilité."),
        new("schema_pluriannuel", ValueKind.Text, "Adresse du schéma pluriannuel de mise en accessibilité."),
        new("plan_annuel", ValueKind.Text, "Adresse du plan d'actions de l'année."),
    ]);

    public static readonly Shape Site = new("site.yml", "Réglages communs à toutes les années : la collectivité et le site.",
    [
        new("collectivite", ValueKind.Object, "La collectivité.", Required: true) { Item = Authority },
        new("site", ValueKind.Object, "Réglages du site web.") { Item = SiteOptions },
        new("accessibilite", ValueKind.Object, "Déclaration d'accessibilité.") { Item = Accessibility },
        new("mentions_legales", ValueKind.Text, "Mentions légales (Markdown) : éditeur, directeur de la publication, hébergeur."),
        new("extensions", ValueKind.TextList, "Extensions à charger (bibliothèques .dll, chemins relatifs au dossier de contenu et à l'intérieur de celui-ci) : règles, référentiels et pages ajoutés par du code (voir docs/developpeurs/etendre.md)."),
    ]);

    public static readonly Shape ReportSettings = new("rapport.yml", "Le rapport d'une année.",
    [
        new("annee", ValueKind.Integer, "Année dont le rapport rend compte.", Required: true),
        new("annee_budget", ValueKind.Integer, "Année du budget dont le débat suit la présentation du rapport (par défaut : année + 1)."),
        new("titre", ValueKind.Text, "Titre du rapport."),
        new("date_presentation", ValueKind.Date, "Date de présentation à l'assemblée (AAAA-MM-JJ)."),
        new("date_debat_budgetaire", ValueKind.Date, "Date du débat budgétaire (AAAA-MM-JJ)."),
        new("population", ValueKind.Integer, "Population de la collectivité cette année-là, si elle diffère de site.yml."),
        new("debut", ValueKind.Date, "Premier jour de la période couverte, si ce n'est pas l'année civile."),
        new("fin", ValueKind.Date, "Dernier jour de la période couverte, si ce n'est pas l'année civile."),
    ]);

    public static readonly Shape PartFrontMatter = new("partie.md", "En-tête d'une partie.",
    [
        new("titre", ValueKind.Text, "Titre de la partie.", Required: true),
    ]);

    public static readonly Shape TextFrontMatter = new("texte", "En-tête d'un texte (introduction, guide de lecture).",
    [
        new("titre", ValueKind.Text, "Titre du texte."),
    ]);

    public static readonly Shape SectionFrontMatter = new("section", "En-tête d'une section.",
    [
        new("titre", ValueKind.Text, "Titre de la section.", Required: true),
        new("id", ValueKind.Text, "Identifiant stable (par défaut : le nom du fichier sans son numéro).") { Pattern = Slug },
        new("groupe", ValueKind.Text, "Groupe de sections auquel appartient la section (« Une Agglo responsable »)."),
        new("finalites", ValueKind.TextList, "Finalités dont héritent toutes les actions de la section."),
        new("elements", ValueKind.TextList, "Éléments déterminants de la démarche dont héritent toutes les actions (partie 3)."),
        new("termes", ValueKind.TextList, "Termes (taxonomie:code) dont héritent toutes les actions."),
        new("odd", ValueKind.TextList, "Objectifs de développement durable (numéros 1 à 17) dont héritent toutes les actions."),
    ]);

    public static readonly Shape KeyFigure = new("chiffre", "Un chiffre clé.",
    [
        new("id", ValueKind.Text, "Identifiant stable.", Required: true) { Pattern = Slug },
        new("theme", ValueKind.Text, "Thème (« Mobilité »)."),
        new("valeur", ValueKind.Number, "Valeur (nombre, point décimal : 2.4).", Required: true),
        new("unite", ValueKind.Text, "Unité écrite après la valeur (« € », « M€ », « % »)."),
        new("libelle", ValueKind.Text, "Ce que compte la valeur (« trajets de covoiturage recensés »).", Required: true),
        new("approximation", ValueKind.Text, "exact, plus-de, moins-de ou environ.") { Choices = Approximations },
        new("evolution", ValueKind.Text, "Pour une évolution, son sens : baisse (affichée « −52 % ») ou hausse (« +12 % ») ; la valeur est alors écrite sans signe.") { Choices = Changes },
    ]);

    public static readonly Shape KeyFigures = new("chiffres-cles.yml", "Les chiffres clés du rapport.",
    [
        new("chiffres", ValueKind.ObjectList, "Les chiffres clés, dans l'ordre d'affichage.", Required: true) { Item = KeyFigure },
    ]);

    public static readonly Shape BudgetLine = new("ligne", "Une politique publique du budget.",
    [
        new("id", ValueKind.Text, "Identifiant stable.", Required: true) { Pattern = Slug },
        new("politique", ValueKind.Text, "Politique publique.", Required: true),
        new("fonctionnement", ValueKind.AmountOrNotGiven, "Montant de fonctionnement en euros, ou « non communiqué » (jamais 0 pour un montant inconnu)."),
        new("investissement", ValueKind.AmountOrNotGiven, "Montant d'investissement en euros, ou « non communiqué » (jamais 0 pour un montant inconnu)."),
        new("total", ValueKind.Number, "Total de la ligne, s'il est indiqué dans le rapport."),
        new("note", ValueKind.Text, "Remarque (par exemple : pourquoi un montant n'est pas communiqué)."),
    ]);

    public static readonly Shape Budget = new("budget.yml", "Le budget par politique publique.",
    [
        new("annee", ValueKind.Integer, "Année du budget.", Required: true),
        new("titre", ValueKind.Text, "Titre du tableau."),
        new("lignes", ValueKind.ObjectList, "Une ligne par politique publique.", Required: true) { Item = BudgetLine },
        new("total_fonctionnement", ValueKind.Number, "Total de fonctionnement, s'il est indiqué dans le rapport."),
        new("total_investissement", ValueKind.Number, "Total d'investissement, s'il est indiqué dans le rapport."),
    ]);

    public static readonly Shape Indicator = new("indicateur", "Un indicateur mesuré.",
    [
        new("id", ValueKind.Text, "Identifiant stable, le même d'une année à l'autre.", Required: true) { Pattern = Slug },
        new("libelle", ValueKind.Text, "Ce qui est mesuré.", Required: true),
        new("unite", ValueKind.Text, "Unité."),
        new("annee", ValueKind.Integer, "Année de la valeur (par défaut : l'année du rapport)."),
        new("valeur", ValueKind.Number, "Valeur."),
        new("cible", ValueKind.Number, "Valeur cible."),
        new("annee_cible", ValueKind.Integer, "Année de la cible."),
        new("serie", ValueKind.YearValues, "Valeurs des années précédentes : { 2022: 10, 2023: 12 }."),
        new("source", ValueKind.Text, "Source des données."),
        new("finalites", ValueKind.TextList, "Finalités éclairées par l'indicateur."),
    ]);

    public static readonly Shape Indicators = new("indicateurs.yml", "Les indicateurs du rapport.",
    [
        new("indicateurs", ValueKind.ObjectList, "Les indicateurs.", Required: true) { Item = Indicator },
    ]);

    public static readonly Shape GlossaryEntry = new("sigle", "Un sigle du glossaire.",
    [
        new("sigle", ValueKind.Text, "Le sigle tel qu'il est écrit (« QPV »).", Required: true),
        new("signification", ValueKind.Text, "Sa forme développée.", Required: true),
        new("definition", ValueKind.Text, "Une explication plus longue (Markdown)."),
    ]);

    public static readonly Shape Glossary = new("glossaire.yml", "Le glossaire des sigles.",
    [
        new("glossaire", ValueKind.ObjectList, "Les sigles.", Required: true) { Item = GlossaryEntry },
    ]);

    public static readonly Shape Term = new("terme", "Un terme de la taxonomie.",
    [
        new("code", ValueKind.Text, "Code unique dans la taxonomie.", Required: true) { Pattern = Slug },
        new("libelle", ValueKind.Text, "Libellé.", Required: true),
        new("libelle_court", ValueKind.Text, "Libellé court."),
        new("parent", ValueKind.Text, "Code du terme parent (un défi pour une ambition)."),
        new("description", ValueKind.Text, "Description (Markdown)."),
        new("remplace", ValueKind.TextList, "Codes des termes de cette taxonomie, dans le rapport de l'année précédente, que ce terme remplace (une ambition renommée, fusionnée ou scindée)."),
    ]);

    public static readonly Shape Taxonomy = new("taxonomie", "Une taxonomie de la stratégie du territoire (projet de territoire, plan, axes).",
    [
        new("id", ValueKind.Text, "Identifiant (par défaut : le nom du fichier).") { Pattern = Slug },
        new("nom", ValueKind.Text, "Nom.", Required: true),
        new("description", ValueKind.Text, "Description (Markdown)."),
        new("termes", ValueKind.ObjectList, "Les termes, dans l'ordre.", Required: true) { Item = Term },
    ]);

    /// <summary>The shapes that have a schema file of their own in <c>content/schemas/</c>.</summary>
    public static readonly IReadOnlyList<(string FileName, Shape Shape)> SchemaFiles =
    [
        ("site.schema.json", Site),
        ("rapport.schema.json", ReportSettings),
        ("chiffres-cles.schema.json", KeyFigures),
        ("budget.schema.json", Budget),
        ("budget-vert.schema.json", GreenBudgetShapes.GreenBudget),
        ("indicateurs.schema.json", Indicators),
        ("glossaire.schema.json", Glossary),
        ("taxonomie.schema.json", Taxonomy),
    ];
}
