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

    private const string ReportDuty = "présente, préalablement aux débats sur le projet de budget, un rapport sur la situation en matière de développement durable intéressant le fonctionnement de la collectivité, les politiques qu'elle mène sur son territoire et les orientations et programmes de nature à améliorer cette situation.";

    /// <summary>
    /// CGCT, article L2311-1-1: communes of more than 50 000 inhabitants, and, by its last paragraph, EPCI à fiscalité
    /// propre of more than 50 000 inhabitants. Created in 2010; last reworded by loi n° 2021-1485 (REEN), art. 35, which
    /// added the annual review of the responsible digital strategy (<see cref="DigitalStrategyClause"/>).
    /// </summary>
    public static LegalBasis CgctL2311_1_1 { get; } = new(
        "CGCT, art. L2311-1-1",
        "Dans les communes et les EPCI à fiscalité propre de plus de 50 000 habitants, le maire ou le président " + ReportDuty,
        "Loi n° 2021-1485 du 15 novembre 2021 (REEN), art. 35, après la loi n° 2010-788 du 12 juillet 2010, art. 255",
        new LocalDate(2021, 11, 15));

    /// <summary>CGCT, article L3311-2: départements.</summary>
    public static LegalBasis CgctL3311_2 { get; } = new(
        "CGCT, art. L3311-2",
        "Dans les départements, le président du conseil départemental " + ReportDuty,
        "Loi n° 2010-788 du 12 juillet 2010, art. 255",
        GrenelleII);

    /// <summary>CGCT, article L3661-2: métropole de Lyon.</summary>
    public static LegalBasis CgctL3661_2 { get; } = new(
        "CGCT, art. L3661-2",
        "Le président du conseil de la métropole de Lyon " + ReportDuty,
        "Loi n° 2014-58 du 27 janvier 2014 (création de la métropole de Lyon au 1er janvier 2015)",
        new LocalDate(2014, 1, 27),
        SourceCertainty.SecondHand);

    /// <summary>CGCT, article L4310-1: régions.</summary>
    public static LegalBasis CgctL4310_1 { get; } = new(
        "CGCT, art. L4310-1",
        "Dans les régions, le président du conseil régional " + ReportDuty,
        "Loi n° 2010-788 du 12 juillet 2010, art. 255",
        GrenelleII);

    /// <summary>CGCT, article L4425-7: collectivité de Corse.</summary>
    public static LegalBasis CgctL4425_7 { get; } = new(
        "CGCT, art. L4425-7",
        "Le président du conseil exécutif de Corse " + ReportDuty,
        "Loi n° 2010-788 du 12 juillet 2010, art. 255",
        GrenelleII);

    /// <summary>
    /// CGCT, article L72-100-2: collectivité territoriale de Martinique, which exists since the first meeting of its
    /// assembly after its first election in December 2015 (loi n° 2011-884, art. 21, as amended by loi n° 2015-29).
    /// Its current wording carries the Agenda 2030 clause; known from third-party translations and one French copy.
    /// </summary>
    public static LegalBasis CgctL72_100_2 { get; } = new(
        "CGCT, art. L72-100-2",
        "Le président du conseil exécutif de Martinique " + ReportDuty,
        "Loi n° 2011-884 du 27 juillet 2011 relative aux collectivités territoriales de Guyane et de Martinique (en vigueur à la première réunion de l'assemblée de Martinique, en décembre 2015)",
        new LocalDate(2011, 7, 27),
        SourceCertainty.SecondHand);

    /// <summary>
    /// CGCT, article L7111-4: the collectivité territoriale de Guyane takes the place of the département and the région
    /// of Guyane, so their obligations (L3311-2, L4310-1) are hers. An article of its own on the report, like
    /// Martinique's L72-100-2, is probable but was not found by the library's sources: the obligation is cited from
    /// L7111-4.
    /// </summary>
    public static LegalBasis CgctL7111_4 { get; } = new(
        "CGCT, art. L7111-4",
        "La collectivité territoriale de Guyane est substituée au département et à la région de Guyane : elle présente, comme eux, préalablement aux débats sur le projet de budget, un rapport sur la situation en matière de développement durable (CGCT, art. L3311-2 et L4310-1).",
        "Loi n° 2011-884 du 27 juillet 2011 relative aux collectivités territoriales de Guyane et de Martinique (en vigueur à la première réunion de l'assemblée de Guyane, en décembre 2015)",
        new LocalDate(2011, 7, 27),
        SourceCertainty.SecondHand);

    /// <summary>CGCT, article D2311-15: content of the report of communes and EPCI.</summary>
    public static LegalBasis CgctD2311_15 { get; } = Decree("D2311-15", "des communes et des EPCI à fiscalité propre");

    /// <summary>CGCT, article D3311-8: content of the report of départements.</summary>
    public static LegalBasis CgctD3311_8 { get; } = Decree("D3311-8", "des départements");

    /// <summary>CGCT, article D3661-7: content of the report of the métropole de Lyon (same structure as D3311-8, seen second-hand).</summary>
    public static LegalBasis CgctD3661_7 { get; } = new(
        "CGCT, art. D3661-7",
        ContentSummary("de la métropole de Lyon"),
        "Décret pris pour l'application de l'article L3661-2 (texte d'origine non vérifié)",
        null,
        SourceCertainty.SecondHand);

    /// <summary>CGCT, article D4311-6: content of the report of régions.</summary>
    public static LegalBasis CgctD4311_6 { get; } = Decree("D4311-6", "des régions");

    /// <summary>CGCT, article D4425-12: content of the report of the collectivité de Corse.</summary>
    public static LegalBasis CgctD4425_12 { get; } = Decree("D4425-12", "de la collectivité de Corse");

    /// <summary>
    /// The duty to put the annual review of the « stratégie numérique responsable » in the report: CGCT, art. L2311-1-1
    /// as amended by loi n° 2021-1485 (REEN), art. 35, in force from 1 January 2025 (reports presented from that date;
    /// the date is known second-hand).
    /// </summary>
    public static LegalBasis DigitalStrategyClause { get; } = new(
        "CGCT, art. L2311-1-1, rédaction issue de la loi n° 2021-1485, art. 35",
        "Dans les communes et EPCI à fiscalité propre de plus de 50 000 habitants, le rapport comprend notamment le bilan annuel de la stratégie numérique responsable, adoptée au plus tard le 1er janvier 2025 ; applicable aux rapports présentés à compter du 1er janvier 2025.",
        "Loi n° 2021-1485 du 15 novembre 2021 visant à réduire l'empreinte environnementale du numérique en France (REEN), art. 35",
        new LocalDate(2021, 11, 15),
        SourceCertainty.SecondHand);

    /// <summary>
    /// CGCT, article D2311-15-1 (décret n° 2022-1084 du 29 juillet 2022): the content of the work programme and of the
    /// responsible digital strategy. It does not itself put the strategy's review in the report: that duty rests on
    /// <see cref="DigitalStrategyClause"/>.
    /// </summary>
    public static LegalBasis CgctD2311_15_1 { get; } = new(
        "CGCT, art. D2311-15-1",
        "Fixe le contenu du programme de travail et de la stratégie numérique responsable : bilan de l'impact environnemental du numérique de la collectivité, objectifs, indicateurs et mesures.",
        "Décret n° 2022-1084 du 29 juillet 2022, pris pour l'application de la loi n° 2021-1485 du 15 novembre 2021 (REEN), art. 35",
        new LocalDate(2022, 7, 29));

    /// <summary>The Agenda 2030 clause in the current wording of L2311-1-1 (communes and EPCI).</summary>
    public static LegalBasis Agenda2030ClauseL2311_1_1 { get; } = Agenda2030("L2311-1-1");

    /// <summary>The Agenda 2030 clause in the current wording of L3311-2 (départements).</summary>
    public static LegalBasis Agenda2030ClauseL3311_2 { get; } = Agenda2030("L3311-2");

    /// <summary>The Agenda 2030 clause in the current wording of L3661-2 (métropole de Lyon).</summary>
    public static LegalBasis Agenda2030ClauseL3661_2 { get; } = Agenda2030("L3661-2");

    /// <summary>The Agenda 2030 clause in the current wording of L72-100-2 (collectivité territoriale de Martinique).</summary>
    public static LegalBasis Agenda2030ClauseL72_100_2 { get; } = Agenda2030("L72-100-2");

    /// <summary>CGCT, article L2311-1-2: the report on equality between women and men (communes and EPCI of more than 20 000 inhabitants). Context only: not modelled.</summary>
    public static LegalBasis CgctL2311_1_2 { get; } = new(
        "CGCT, art. L2311-1-2",
        "Dans les communes et les EPCI à fiscalité propre de plus de 20 000 habitants, un rapport sur la situation en matière d'égalité entre les femmes et les hommes est présenté préalablement aux débats sur le projet de budget.",
        "Loi n° 2014-873 du 4 août 2014 pour l'égalité réelle entre les femmes et les hommes, art. 61 ; décret n° 2015-761 du 24 juin 2015",
        new LocalDate(2014, 8, 4),
        SourceCertainty.SecondHand);

    /// <summary>CGCT, article L3311-3: the same report on equality for départements. Context only: not modelled.</summary>
    public static LegalBasis CgctL3311_3 { get; } = new(
        "CGCT, art. L3311-3",
        "Dans les départements, un rapport sur la situation en matière d'égalité entre les femmes et les hommes est présenté préalablement aux débats sur le projet de budget.",
        "Loi n° 2014-873 du 4 août 2014 pour l'égalité réelle entre les femmes et les hommes, art. 61 ; décret n° 2015-761 du 24 juin 2015",
        new LocalDate(2014, 8, 4),
        SourceCertainty.SecondHand);

    /// <summary>
    /// Code de la commande publique, article L2111-3: the SPASER, mandatory for buyers whose annual purchases exceed
    /// 50 M€ HT from 1 January 2023 (décret n° 2022-767). Context only: not modelled.
    /// </summary>
    public static LegalBasis PublicProcurementCodeL2111_3 { get; } = new(
        "Code de la commande publique, art. L2111-3",
        "Les collectivités dont le montant total annuel des achats dépasse 50 millions d'euros hors taxes adoptent un schéma de promotion des achats publics socialement et écologiquement responsables (SPASER).",
        "Décret n° 2022-767 du 2 mai 2022 (seuil de 50 millions d'euros à compter du 1er janvier 2023)",
        new LocalDate(2022, 5, 2),
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

    /// <summary>
    /// The sentence of the regulatory article that lets the analysis of modalities rest on the 2006 cadre de
    /// référence: « cette analyse peut être élaborée à partir du cadre de référence pour les projets territoriaux de
    /// développement durable et Agendas 21 locaux ».
    /// </summary>
    /// <param name="regulatory">The regulatory article that carries it.</param>
    /// <param name="certainty">How well it is established for that article: verified in D3311-8 and D4311-6, seen second-hand in D3661-7, probable in D2311-15 and D4425-12.</param>
    /// <returns>The citation of the sentence in that article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regulatory"/> is null.</exception>
    public static LegalBasis FrameworkOfReferenceClause(LegalBasis regulatory, SourceCertainty certainty)
    {
        ArgumentNullException.ThrowIfNull(regulatory);
        return new LegalBasis(
            regulatory.Reference,
            "L'analyse des modalités d'élaboration, de mise en œuvre et d'évaluation peut être élaborée à partir du cadre de référence pour les projets territoriaux de développement durable et Agendas 21 locaux.",
            regulatory.Origin,
            regulatory.Date,
            certainty);
    }

    /// <summary>Every provision above, for reference pages.</summary>
    public static IReadOnlyList<LegalBasis> All { get; } = ValueList.Of(
        GrenelleIIArticle255, CgctL2311_1_1, CgctL3311_2, CgctL3661_2, CgctL4310_1, CgctL4425_7, CgctL72_100_2, CgctL7111_4,
        CgctD2311_15, CgctD3311_8, CgctD3661_7, CgctD4311_6, CgctD4425_12,
        DigitalStrategyClause, CgctD2311_15_1,
        Agenda2030ClauseL2311_1_1, Agenda2030ClauseL3311_2, Agenda2030ClauseL3661_2, Agenda2030ClauseL72_100_2,
        Circular2011, EnvironmentCodeL110_1, EnergyTransitionLaw2015, FrameworkOfReference2006,
        CgctL2311_1_2, CgctL3311_3, PublicProcurementCodeL2111_3);

    private static string ContentSummary(string who) =>
        $"Contenu du rapport {who} : bilan des actions conduites au titre de la gestion du patrimoine, du fonctionnement et des activités internes ; bilan des politiques publiques, orientations et programmes mis en œuvre sur le territoire ; analyse des modalités d'élaboration, de mise en œuvre et d'évaluation, au regard des cinq finalités du développement durable.";

    private static LegalBasis Decree(string article, string who) => new(
        $"CGCT, art. {article}",
        ContentSummary(who),
        "Décret n° 2011-687 du 17 juin 2011 (NOR DEVD1107768D), applicable à compter de la préparation des budgets pour 2012",
        Decree2011);

    private static LegalBasis Agenda2030(string article) => new(
        $"CGCT, art. {article}, rédaction en vigueur",
        "Le rapport rend compte des orientations qui contribuent à l'atteinte des objectifs de développement durable du Programme de développement durable à l'horizon 2030 (Agenda 2030), adopté par l'Assemblée générale des Nations unies le 25 septembre 2015.",
        $"Rédaction en vigueur de l'article {article} du CGCT (texte français non vérifié mot à mot ; la loi qui a ajouté la clause et sa date ne sont pas établies)",
        null,
        SourceCertainty.SecondHand);
}
