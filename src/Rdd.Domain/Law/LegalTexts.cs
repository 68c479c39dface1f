using NodaTime;

namespace Rdd.Domain.Law;

/// <summary>
/// The legal provisions behind the sustainable-development report (« rapport sur la situation en matière de
/// développement durable »), as dated data.
/// </summary>
/// <remarks>
/// The obligation was created by article 255 of the « Grenelle II » law and applied by décret n° 2011-687 of
/// 17 June 2011 « à compter de la préparation des budgets pour 2012 ». Facts the library could only check
/// second-hand carry <see cref="SourceCertainty.SecondHand"/>.
/// </remarks>
public static class LegalTexts
{
    private static readonly LocalDate GrenelleII = new(2010, 7, 12);
    private static readonly LocalDate Decree2011 = new(2011, 6, 17);

    /// <summary>Loi n° 2010-788 du 12 juillet 2010 portant engagement national pour l'environnement, article 255.</summary>
    public static LegalBasis GrenelleIIArticle255 { get; } = new(
        "Loi n° 2010-788 du 12 juillet 2010, art. 255",
        "Crée l'obligation de présenter, préalablement aux débats sur le projet de budget, un rapport sur la situation en matière de développement durable.",
        "Loi n° 2010-788 du 12 juillet 2010 portant engagement national pour l'environnement (« Grenelle II »)",
        GrenelleII);

    /// <summary>CGCT, article L2311-1-1: communes of more than 50 000 inhabitants, and, by its last paragraph, EPCI à fiscalité propre of more than 50 000 inhabitants.</summary>
    public static LegalBasis CgctL2311_1_1 { get; } = new(
        "CGCT, art. L2311-1-1",
        "Dans les communes et les EPCI à fiscalité propre de plus de 50 000 habitants, le maire ou le président présente, préalablement aux débats sur le projet de budget, un rapport sur la situation en matière de développement durable.",
        "Loi n° 2010-788 du 12 juillet 2010, art. 255",
        GrenelleII);

    /// <summary>CGCT, article L3311-2: départements.</summary>
    public static LegalBasis CgctL3311_2 { get; } = new(
        "CGCT, art. L3311-2",
        "Dans les départements, le président du conseil départemental présente, préalablement aux débats sur le projet de budget, un rapport sur la situation en matière de développement durable.",
        "Loi n° 2010-788 du 12 juillet 2010, art. 255",
        GrenelleII);

    /// <summary>CGCT, article L3661-2: métropole de Lyon.</summary>
    public static LegalBasis CgctL3661_2 { get; } = new(
        "CGCT, art. L3661-2",
        "Le président du conseil de la métropole de Lyon présente, préalablement aux débats sur le projet de budget, un rapport sur la situation en matière de développement durable.",
        "Loi n° 2014-58 du 27 janvier 2014 (création de la métropole de Lyon au 1er janvier 2015)",
        new LocalDate(2014, 1, 27),
        SourceCertainty.SecondHand);

    /// <summary>CGCT, article L4310-1: régions.</summary>
    public static LegalBasis CgctL4310_1 { get; } = new(
        "CGCT, art. L4310-1",
        "Dans les régions, le président du conseil régional présente, préalablement aux débats sur le projet de budget, un rapport sur la situation en matière de développement durable.",
        "Loi n° 2010-788 du 12 juillet 2010, art. 255",
        GrenelleII);

    /// <summary>CGCT, article L4425-7: collectivité de Corse.</summary>
    public static LegalBasis CgctL4425_7 { get; } = new(
        "CGCT, art. L4425-7",
        "Le président du conseil exécutif de Corse présente, préalablement aux débats sur le projet de budget, un rapport sur la situation en matière de développement durable.",
        "Loi n° 2010-788 du 12 juillet 2010, art. 255",
        GrenelleII);

    /// <summary>CGCT, article D2311-15: content of the report of communes and EPCI.</summary>
    public static LegalBasis CgctD2311_15 { get; } = Decree("D2311-15", "des communes et des EPCI à fiscalité propre");

    /// <summary>CGCT, article D3311-8: content of the report of départements.</summary>
    public static LegalBasis CgctD3311_8 { get; } = Decree("D3311-8", "des départements");

    /// <summary>CGCT, article D4311-6: content of the report of régions; it adds that the analysis may rest on the 2006 cadre de référence.</summary>
    public static LegalBasis CgctD4311_6 { get; } = Decree("D4311-6", "des régions (l'analyse peut s'appuyer sur le cadre de référence de 2006)");

    /// <summary>CGCT, article D4425-12: content of the report of the collectivité de Corse.</summary>
    public static LegalBasis CgctD4425_12 { get; } = Decree("D4425-12", "de la collectivité de Corse");

    /// <summary>
    /// CGCT, article D2311-15-1 (décret n° 2022-1084 du 29 juillet 2022, applying loi n° 2021-1485 « REEN », art. 35):
    /// the annual review of the « stratégie numérique responsable » is part of the report.
    /// </summary>
    public static LegalBasis CgctD2311_15_1 { get; } = new(
        "CGCT, art. D2311-15-1",
        "Les communes et EPCI à fiscalité propre de plus de 50 000 habitants adoptent une stratégie numérique responsable au plus tard le 1er janvier 2025 ; son bilan annuel figure dans le rapport sur la situation en matière de développement durable.",
        "Décret n° 2022-1084 du 29 juillet 2022, pris pour l'application de la loi n° 2021-1485 du 15 novembre 2021 (REEN), art. 35",
        new LocalDate(2022, 7, 29));

    /// <summary>The Agenda 2030 clause of L2311-1-1 and L3311-2 (current wording, known second-hand).</summary>
    public static LegalBasis Agenda2030Clause { get; } = new(
        "CGCT, art. L2311-1-1 et L3311-2 (rédaction en vigueur)",
        "Le rapport rend compte des orientations qui contribuent à l'atteinte des objectifs de développement durable du Programme de développement durable à l'horizon 2030 (Agenda 2030) adopté par l'Assemblée générale des Nations unies le 25 septembre 2015.",
        "Rédaction en vigueur des articles L2311-1-1 et L3311-2 du CGCT (texte français non vérifié mot à mot)",
        null,
        SourceCertainty.SecondHand);

    /// <summary>Circulaire du 3 août 2011 (NOR DEVD1121712J): no vote, but a specific deliberation records the presentation.</summary>
    public static LegalBasis Circular2011 { get; } = new(
        "Circulaire du 3 août 2011 (NOR DEVD1121712J)",
        "La présentation du rapport ne donne pas lieu à un vote mais fait l'objet d'une délibération spécifique de l'assemblée.",
        "Circulaire du 3 août 2011 relative à la situation en matière de développement durable dans les collectivités territoriales",
        new LocalDate(2011, 8, 3));

    /// <summary>Code de l'environnement, article L110-1 III: the five finalités of sustainable development (2010 wording).</summary>
    public static LegalBasis EnvironmentCodeL110_1 { get; } = new(
        "Code de l'environnement, art. L110-1, III",
        "L'objectif de développement durable répond, de façon concomitante et cohérente, à cinq finalités.",
        "Loi n° 2010-788 du 12 juillet 2010 (« Grenelle II »)",
        GrenelleII);

    /// <summary>Loi n° 2015-992 du 17 août 2015 (transition énergétique), which reworded L110-1 III as « cinq engagements ».</summary>
    public static LegalBasis EnergyTransitionLaw2015 { get; } = new(
        "Loi n° 2015-992 du 17 août 2015",
        "Reformule l'article L110-1 III du code de l'environnement en « cinq engagements » ; la cinquième finalité devient « la transition vers une économie circulaire ».",
        "Loi n° 2015-992 du 17 août 2015 relative à la transition énergétique pour la croissance verte",
        new LocalDate(2015, 8, 17));

    /// <summary>The 2006 « cadre de référence pour les projets territoriaux de développement durable et Agendas 21 locaux».</summary>
    public static LegalBasis FrameworkOfReference2006 { get; } = new(
        "Cadre de référence des projets territoriaux de développement durable et Agendas 21 locaux (circulaire du 13 juillet 2006)",
        "Fixe, à côté des cinq finalités, cinq éléments déterminants de la démarche : participation, organisation du pilotage, transversalité, évaluation, stratégie d'amélioration continue.",
        "Circulaire du 13 juillet 2006, citée par l'article 254 de la loi n° 2010-788",
        new LocalDate(2006, 7, 13));

    /// <summary>
    /// The first budget year for which the 2011 decree applies: « à compter de la préparation des budgets pour 2012 ».
    /// </summary>
    public const int FirstBudgetYear = 2012;

    private static LegalBasis Decree(string article, string who) => new(
        $"CGCT, art. {article}",
        $"Contenu du rapport {who} : bilan des actions conduites au titre de la gestion du patrimoine, du fonctionnement et des activités internes ; bilan des politiques publiques, orientations et programmes mis en œuvre sur le territoire ; analyse des modalités d'élaboration, de mise en œuvre et d'évaluation, au regard des cinq finalités du développement durable.",
        "Décret n° 2011-687 du 17 juin 2011 (NOR DEVD1107768D), applicable à compter de la préparation des budgets pour 2012",
        Decree2011);
}
