using System.Globalization;
using System.Text;

namespace Rdd.ContentGenerator;

/// <summary>One generated action: where it goes, its heading attributes and its Markdown body.</summary>
/// <param name="Number">1-based, in report order.</param>
/// <param name="Id">The action id.</param>
/// <param name="Title">The title (plain text).</param>
/// <param name="Attributes">The heading attributes, without braces and id.</param>
/// <param name="Body">The Markdown body.</param>
public sealed record GeneratedAction(int Number, string Id, string Title, string Attributes, string Body);

/// <summary>
/// Writes a deterministic, valid Rdd content folder of N actions: sections of <see cref="ActionsPerSection"/> actions,
/// parts 1, 2 and 3 holding 50, 30 and 20 % of them, French Markdown bodies of about 2 KB, finalités, progress,
/// governance elements in Part 3, taxonomy terms, key figures, a budget and a glossary. The same N always gives the
/// same bytes: one <see cref="Random"/> with a fixed seed, invariant formatting, LF line endings, UTF-8 without BOM.
/// </summary>
public sealed class SyntheticContent
{
    /// <summary>Actions per section.</summary>
    public const int ActionsPerSection = 25;

    /// <summary>The seed of the pseudo-random generator.</summary>
    public const int Seed = 20_240_601;

    /// <summary>The report year.</summary>
    public const int Year = 2025;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly (string Acronym, string Meaning)[] Glossary =
    [
        ("PCAET", "Plan climat-air-énergie territorial"),
        ("PLUi", "Plan local d'urbanisme intercommunal"),
        ("QPV", "Quartier prioritaire de la politique de la ville"),
        ("CCAS", "Centre communal d'action sociale"),
        ("ADEME", "Agence de l'environnement et de la maîtrise de l'énergie"),
        ("ZAN", "Zéro artificialisation nette"),
        ("EPCI", "Établissement public de coopération intercommunale"),
        ("ENR", "Énergies renouvelables"),
        ("GEMAPI", "Gestion des milieux aquatiques et prévention des inondations"),
        ("SCoT", "Schéma de cohérence territoriale"),
        ("PAT", "Projet alimentaire territorial"),
        ("TVB", "Trame verte et bleue"),
        ("RSE", "Responsabilité sociétale des entreprises"),
        ("ESS", "Économie sociale et solidaire"),
        ("PLH", "Programme local de l'habitat"),
        ("CRTE", "Contrat pour la réussite de la transition écologique"),
        ("AAP", "Appel à projets"),
        ("SPASER", "Schéma de promotion des achats socialement et écologiquement responsables"),
    ];

    private static readonly string[] Finalities = ["climat", "biodiversite", "cohesion", "epanouissement", "production"];

    private static readonly string[] Elements = ["participation", "pilotage", "transversalite", "evaluation", "amelioration"];

    private static readonly string[] Progresses = ["lancement", "poursuite", "renforcement", "renouvellement", "achevement", "projet"];

    private static readonly string[] Verbs =
    [
        "Déploiement", "Poursuite", "Renforcement", "Lancement", "Généralisation", "Expérimentation", "Modernisation",
        "Création", "Extension", "Rénovation", "Accompagnement", "Structuration",
    ];

    private static readonly string[] Objects =
    [
        "du réseau de pistes cyclables", "de l'éclairage public économe", "des jardins partagés", "du plan de sobriété énergétique",
        "de la restauration collective durable", "des haltes-garderies itinérantes", "du schéma directeur de l'eau potable",
        "des aides à la rénovation énergétique", "de la collecte des biodéchets", "du réseau de chaleur urbain",
        "des ateliers numériques pour les seniors", "de la végétalisation des cours d'école", "du guichet unique de l'habitat",
        "des maisons de santé pluriprofessionnelles", "de la flotte de véhicules à faibles émissions", "des clauses sociales dans les marchés",
        "du programme de plantation de haies", "de l'observatoire de la biodiversité", "du transport à la demande",
        "des chantiers d'insertion", "de la sensibilisation au tri", "de la télégestion des bâtiments publics",
    ];

    private static readonly string[] Places =
    [
        "dans les quartiers prioritaires", "sur l'ensemble du territoire", "dans les communes rurales", "en centre-ville",
        "dans les écoles", "sur les zones d'activités", "le long des cours d'eau", "dans les équipements sportifs",
    ];

    private static readonly string[] Openings =
    [
        "En {0}, la collectivité a engagé", "Au cours de l'année {0}, les services ont conduit", "Dans la continuité des années précédentes, {0} a vu",
        "Conformément aux orientations du conseil, l'année {0} a permis", "À la suite de la concertation menée en {0}, les élus ont décidé",
    ];

    private static readonly string[] Clauses =
    [
        "une démarche partenariale associant les communes membres, les associations locales et les habitants volontaires",
        "un travail de diagnostic approfondi, appuyé sur les données de consommation et les retours des usagers",
        "la mobilisation de financements croisés de l'État, de la Région et de l'{1} dans le cadre du {2}",
        "un plan d'actions pluriannuel, révisé chaque année au vu des résultats obtenus et des moyens disponibles",
        "l'intervention d'équipes pluridisciplinaires, formées aux enjeux de la transition écologique et de la sobriété",
        "un calendrier resserré, compatible avec les contraintes budgétaires et les obligations réglementaires en vigueur",
        "la mise en réseau des acteurs de l'{3} et des entreprises engagées dans une démarche {4}",
        "des réunions publiques dans chaque secteur, dont deux organisées dans les {5} avec le concours du {6}",
    ];

    private static readonly string[] Outcomes =
    [
        "Les premiers résultats montrent une baisse de {0} % des consommations par rapport à l'année de référence.",
        "{0} foyers ont bénéficié du dispositif, soit une progression nette par rapport à l'an dernier.",
        "Le taux de satisfaction mesuré auprès des usagers atteint {0} %, un niveau jugé encourageant.",
        "Près de {0} tonnes de CO2 ont été évitées, selon la méthode de calcul recommandée par l'{1}.",
        "L'action a mobilisé {0} agents et bénévoles, dont une part croissante issue des quartiers concernés.",
        "Le coût global de l'opération s'élève à {0} milliers d'euros, dont la moitié couverte par des subventions.",
    ];

    private static readonly string[] Bullets =
    [
        "un comité de suivi réunissant élus, techniciens et représentants des usagers",
        "des indicateurs publiés chaque semestre sur le site de la collectivité",
        "une convention de partenariat signée avec les communes volontaires",
        "un accompagnement individualisé des ménages les plus modestes",
        "des clauses environnementales renforcées dans les marchés publics",
        "une formation des agents aux écogestes et à la sobriété numérique",
        "la mutualisation des équipements entre services et communes",
        "un bilan partagé présenté en commission avant la fin de l'année",
        "une campagne d'information adaptée aux personnes en situation de handicap",
    ];

    private static readonly (string Code, string Label, string? Parent)[] TerritoryProject =
    [
        ("defi-transitions", "Relever le défi des transitions", null),
        ("ambition-1", "Un territoire sobre et durable", "defi-transitions"),
        ("ambition-2", "Un territoire qui préserve ses ressources", "defi-transitions"),
        ("ambition-3", "Un territoire qui s'adapte au changement climatique", "defi-transitions"),
        ("defi-solidarites", "Relever le défi des solidarités", null),
        ("ambition-4", "Un territoire qui prend soin de chacun", "defi-solidarites"),
        ("ambition-5", "Un territoire qui forme et qui emploie", "defi-solidarites"),
        ("defi-attractivite", "Relever le défi de l'attractivité", null),
        ("ambition-6", "Un territoire qui innove", "defi-attractivite"),
        ("ambition-7", "Un territoire qui rayonne", "defi-attractivite"),
    ];

    private static readonly (string Code, string Label)[] GreenDeal =
    [
        ("axe-1", "Des bâtiments résilients et performants"),
        ("axe-2", "Préserver les ressources"),
        ("axe-3", "Produire des énergies renouvelables locales"),
        ("axe-4", "Développer les mobilités alternatives"),
        ("axe-5", "Devenir un territoire résilient"),
        ("axe-6", "Consommer et produire autrement"),
    ];

    private static readonly (string Id, string Theme, int Value, string Unit, string Label)[] KeyFigures =
    [
        ("km-pistes-cyclables", "Mobilité", 42, "km", "de pistes cyclables aménagées"),
        ("part-bio-local", "Alimentation", 48, "%", "de produits durables dans la restauration collective"),
        ("logements-renoves", "Habitat", 1250, "", "logements rénovés avec une aide de la collectivité"),
        ("arbres-plantes", "Biodiversité", 8600, "", "arbres et arbustes plantés"),
        ("tonnes-biodechets", "Déchets", 3100, "t", "de biodéchets collectés"),
        ("agents-formes", "Ressources humaines", 310, "", "agents formés à la sobriété"),
        ("participants-concertation", "Participation", 2400, "", "participants aux concertations"),
        ("mwh-enr", "Énergie", 18500, "MWh", "d'énergie renouvelable produite"),
        ("baisse-eclairage", "Énergie", 35, "%", "de consommation d'éclairage public en moins"),
        ("budget-participatif", "Participation", 500, "k€", "consacrés au budget participatif"),
    ];

    private static readonly string[] Policies =
    [
        "Aménagement et urbanisme", "Mobilités", "Eau et assainissement", "Environnement et biodiversité", "Habitat",
        "Développement économique", "Solidarités et santé", "Culture et sport", "Administration générale",
    ];

    private readonly Random _random = new(Seed);

    private SyntheticContent(int actions)
    {
        Count = actions;
        var part1 = (int)Math.Round(actions * 0.5, MidpointRounding.AwayFromZero);
        var part2 = (int)Math.Round(actions * 0.3, MidpointRounding.AwayFromZero);
        PartSizes = [part1, part2, actions - part1 - part2];
        Actions = Enumerable.Range(1, actions).Select(NewAction).ToList();
    }

    /// <summary>The number of actions.</summary>
    public int Count { get; }

    /// <summary>The number of actions of parts 1, 2 and 3.</summary>
    public IReadOnlyList<int> PartSizes { get; }

    /// <summary>Every action, in report order.</summary>
    public IReadOnlyList<GeneratedAction> Actions { get; }

    /// <summary>Generates the content of <paramref name="actions"/> actions (at least 3: one per part).</summary>
    /// <param name="actions">The number of actions.</param>
    /// <returns>The content, ready to write.</returns>
    public static SyntheticContent Create(int actions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(actions, 3);
        return new SyntheticContent(actions);
    }

    /// <summary>Writes the Rdd content folder.</summary>
    /// <param name="root">The folder; created, and emptied of a previous generation's year folder.</param>
    public void WriteContent(string root)
    {
        var year = Path.Combine(root, Year.ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(year))
        {
            Directory.Delete(year, recursive: true);
        }

        Directory.CreateDirectory(year);
        Write(Path.Combine(root, "site.yml"), """
            # yaml-language-server: $schema=schemas/site.schema.json
            collectivite:
              nom: Communauté d'agglomération de Val-Fictif
              nature: epci
              forme_juridique: communauté d'agglomération
              population: 185000
            site:
              titre: Rapport développement durable de Val-Fictif
              couleur: "#0b5a7a"
              licence: Licence Ouverte 2.0 (Etalab-2.0)
            accessibilite:
              etat: partiellement-conforme
              taux: 80
              date_audit: 2025-09-15
              contact: accessibilite@val-fictif.example
            """);
        Write(Path.Combine(year, "rapport.yml"), $"""
            # yaml-language-server: $schema=../schemas/rapport.schema.json
            annee: {Year}
            annee_budget: {Year + 1}
            titre: Rapport sur la situation en matière de développement durable {Year}
            date_presentation: {Year + 1}-01-20
            date_debat_budgetaire: {Year + 1}-02-10
            """);
        Write(Path.Combine(year, "introduction.md"), $"""
            ---
            titre: L'essentiel
            ---
            La communauté d'agglomération présente son rapport {Year} **au regard des cinq finalités** du développement durable.
            Il rassemble {Count} actions, du {Glossary[0].Acronym} au {Glossary[1].Acronym}.
            """);
        Write(Path.Combine(year, "lecture.md"), """
            ---
            titre: Comment lire ce rapport ?
            ---
            Chaque action indique son avancement et les finalités auxquelles elle contribue.
            """);
        Write(Path.Combine(year, "numerique-responsable.md"), """
            ---
            titre: Stratégie numérique responsable
            ---
            Le bilan annuel de la stratégie numérique responsable : allongement de la durée d'usage des équipements, sobriété des services en ligne.
            """);
        WriteGlossary(year);
        WriteKeyFigures(year);
        WriteBudget(year);
        WriteTaxonomies(year);
        WriteParts(year);
    }

    /// <summary>Writes the same action bodies as a Hugo site: one page per action, a minimal layout, no theme.</summary>
    /// <param name="root">The Hugo project folder; its content folder is replaced.</param>
    public void WriteHugo(string root)
    {
        var content = Path.Combine(root, "content", "actions");
        if (Directory.Exists(Path.Combine(root, "content")))
        {
            Directory.Delete(Path.Combine(root, "content"), recursive: true);
        }

        Directory.CreateDirectory(content);
        Write(Path.Combine(root, "hugo.toml"), """
            baseURL = "https://example.org/"
            languageCode = "fr-fr"
            title = "Rapport développement durable de Val-Fictif"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
            """);
        var layouts = Path.Combine(root, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        Write(Path.Combine(layouts, "baseof.html"), """
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8"><title>{{ .Title }} — {{ .Site.Title }}</title></head>
            <body>
            <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
            <main>{{ block "main" . }}{{ end }}</main>
            </body>
            </html>
            """);
        Write(Path.Combine(layouts, "single.html"), """
            {{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}
            """);
        Write(Path.Combine(layouts, "list.html"), """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
            """);
        Write(Path.Combine(content, "_index.md"), "---\ntitle: \"Les actions\"\n---\n");
        foreach (var action in Actions)
        {
            Write(Path.Combine(content, action.Id + ".md"), $"---\ntitle: \"{action.Title.Replace("\"", "\\\"", StringComparison.Ordinal)}\"\n---\n\n{action.Body}");
        }
    }

    private GeneratedAction NewAction(int number)
    {
        var part = PartOf(number);
        var title = $"{Pick(Verbs)} {Pick(Objects)} {Pick(Places)} ({number})";
        var attributes = new List<string> { "avancement=" + Pick(Progresses) };
        if (part == 3)
        {
            attributes.Add("elements=" + string.Join(',', Distinct(Elements, 1 + _random.Next(2), Elements[number % Elements.Length])));
        }
        else
        {
            attributes.Add("finalites=" + string.Join(',', Distinct(Finalities, 1 + _random.Next(3), Finalities[number % Finalities.Length])));
            var terms = new List<string> { "projet-de-territoire:" + Pick(TerritoryProject).Code };
            if (_random.Next(3) == 0)
            {
                terms.Add("pacte-vert:" + Pick(GreenDeal).Code);
            }

            attributes.Add("termes=" + string.Join(',', terms));
            attributes.Add("odd=" + string.Join(',', Enumerable.Range(0, 1 + _random.Next(2)).Select(_ => 1 + _random.Next(17)).Distinct().Order()));
        }

        if (_random.Next(5) == 0)
        {
            attributes.Add("chiffres=" + Pick(KeyFigures).Id);
        }

        if (_random.Next(4) == 0)
        {
            attributes.Add("partenaires=\"ADEME;Région;Communes membres\"");
        }

        return new GeneratedAction(number, $"action-{number:D5}", title, string.Join(' ', attributes), Body());
    }

    private string Body()
    {
        var text = new StringBuilder();
        var paragraphs = 2 + _random.Next(2);
        for (var p = 0; p < paragraphs; p++)
        {
            text.Append(Format(Pick(Openings), Year)).Append(' ').Append(Clause()).Append(", puis ").Append(Clause()).Append(". ");
            text.Append(Format(Pick(Outcomes), Number(), Acronym())).Append(' ');
            text.Append("Cette action s'inscrit dans le ").Append("**").Append(Acronym()).Append("**").Append(" et contribue à ")
                .Append(Clause()).Append(".\n\n");
            if (p == 0)
            {
                text.Append("Les principaux moyens mobilisés :\n\n");
                foreach (var bullet in Distinct(Bullets, 3 + _random.Next(3), null))
                {
                    text.Append("- ").Append(bullet).Append(";\n");
                }

                text.Append('\n');
            }
        }

        text.Append("**Perspectives :** l'action sera évaluée en ").Append(Year + 1).Append(" avec les partenaires du ").Append(Acronym()).Append(".\n");
        return text.ToString();
    }

    private string Clause() => Format(Pick(Clauses), Year, Acronym(), Acronym(), Acronym(), Acronym(), Acronym(), Acronym());

    private string Acronym() => Pick(Glossary).Acronym;

    private string Number() => (5 + _random.Next(95)).ToString(CultureInfo.InvariantCulture);

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private List<string> Distinct(IReadOnlyList<string> items, int count, string? first)
    {
        var chosen = first is null ? new List<string>() : [first];
        while (chosen.Count < Math.Min(count, items.Count))
        {
            var item = Pick(items);
            if (!chosen.Contains(item))
            {
                chosen.Add(item);
            }
        }

        return chosen;
    }

    private int PartOf(int number) => number <= PartSizes[0] ? 1 : number <= PartSizes[0] + PartSizes[1] ? 2 : 3;

    private void WriteParts(string year)
    {
        string[] titles =
        [
            "Les politiques publiques qui répondent aux engagements du développement durable",
            "Le fonctionnement interne de la collectivité",
            "Les modalités d'élaboration, de mise en œuvre et d'évaluation",
        ];
        var first = 0;
        for (var part = 1; part <= 3; part++)
        {
            var folder = Path.Combine(year, $"partie-{part}");
            Directory.CreateDirectory(folder);
            Write(Path.Combine(folder, "partie.md"), $"---\ntitre: {titles[part - 1]}\n---\nIntroduction de la partie {part}, qui rassemble {PartSizes[part - 1]} actions.\n");
            var actions = Actions.Skip(first).Take(PartSizes[part - 1]).ToList();
            first += actions.Count;
            var sections = actions.Chunk(ActionsPerSection).ToList();
            for (var s = 0; s < sections.Count; s++)
            {
                var text = new StringBuilder();
                text.Append("---\n")
                    .Append("titre: ").Append(SectionTitle(part, s)).Append('\n')
                    .Append("groupe: ").Append(part == 3 ? "La démarche" : $"Axe {1 + (s / 4)}").Append('\n')
                    .Append("id: ").Append(CultureInfo.InvariantCulture, $"p{part}-section-{s + 1:D4}").Append('\n')
                    .Append("---\n\n")
                    .Append("Cette section présente les actions conduites en ").Append(Year).Append(" dans ce domaine, avec le ").Append(Acronym()).Append(".\n\n");
                foreach (var action in sections[s])
                {
                    text.Append("## ").Append(action.Title).Append(" {#").Append(action.Id).Append(' ').Append(action.Attributes).Append("}\n\n")
                        .Append(action.Body).Append('\n');
                }

                Write(Path.Combine(folder, $"{s + 1:D4}-section-{s + 1:D4}.md"), text.ToString());
            }
        }
    }

    private static string SectionTitle(int part, int index)
    {
        string[] themes = part switch
        {
            1 => ["Mobilités", "Eau et assainissement", "Habitat", "Biodiversité", "Économie", "Solidarités", "Culture", "Santé"],
            2 => ["Ressources humaines", "Commande publique", "Patrimoine bâti", "Flotte automobile", "Système d'information"],
            _ => ["Participation des acteurs", "Pilotage", "Transversalité", "Évaluation et amélioration continue"],
        };
        return $"{themes[index % themes.Length]} — volet {1 + (index / themes.Length)}";
    }

    private static void WriteGlossary(string year)
    {
        var text = new StringBuilder("# yaml-language-server: $schema=../schemas/glossaire.schema.json\nglossaire:\n");
        foreach (var (acronym, meaning) in Glossary)
        {
            text.Append("  - sigle: ").Append(acronym).Append("\n    signification: \"").Append(meaning).Append("\"\n");
        }

        Write(Path.Combine(year, "glossaire.yml"), text.ToString());
    }

    private static void WriteKeyFigures(string year)
    {
        var text = new StringBuilder("# yaml-language-server: $schema=../schemas/chiffres-cles.schema.json\nchiffres:\n");
        foreach (var (id, theme, value, unit, label) in KeyFigures)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - id: {id}\n    theme: {theme}\n    valeur: {value}\n    unite: \"{unit}\"\n    libelle: \"{label}\"\n");
        }

        Write(Path.Combine(year, "chiffres-cles.yml"), text.ToString());
    }

    private void WriteBudget(string year)
    {
        var text = new StringBuilder("# yaml-language-server: $schema=../schemas/budget.schema.json\n")
            .Append(CultureInfo.InvariantCulture, $"annee: {Year}\ntitre: Le budget {Year} par politique publique\nlignes:\n");
        long operating = 0, investment = 0;
        foreach (var policy in Policies)
        {
            var o = 1_000_000L + _random.Next(20_000_000);
            var i = 500_000L + _random.Next(10_000_000);
            operating += o;
            investment += i;
            text.Append(CultureInfo.InvariantCulture, $"  - id: {Slug(policy)}\n    politique: {policy}\n    fonctionnement: {o}\n    investissement: {i}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"total_fonctionnement: {operating}\ntotal_investissement: {investment}\n");
        Write(Path.Combine(year, "budget.yml"), text.ToString());
    }

    private static void WriteTaxonomies(string year)
    {
        var folder = Path.Combine(year, "strategie");
        Directory.CreateDirectory(folder);
        var project = new StringBuilder("# yaml-language-server: $schema=../../schemas/taxonomie.schema.json\nid: projet-de-territoire\nnom: Projet de territoire\ndescription: Feuille de route de la collectivité, adoptée en 2022. Elle fixe trois défis.\ntermes:\n");
        foreach (var (code, label, parent) in TerritoryProject)
        {
            project.Append("  - code: ").Append(code).Append("\n    libelle: \"").Append(label).Append("\"\n");
            if (parent is not null)
            {
                project.Append("    parent: ").Append(parent).Append('\n');
            }
        }

        Write(Path.Combine(folder, "projet-de-territoire.yml"), project.ToString());
        var deal = new StringBuilder("# yaml-language-server: $schema=../../schemas/taxonomie.schema.json\nid: pacte-vert\nnom: Pacte vert\ndescription: Les axes de la transition environnementale.\ntermes:\n");
        foreach (var (code, label) in GreenDeal)
        {
            deal.Append("  - code: ").Append(code).Append("\n    libelle: \"").Append(label).Append("\"\n");
        }

        Write(Path.Combine(folder, "pacte-vert.yml"), deal.ToString());
    }

    private static string Slug(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder();
        foreach (var c in normalized)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (c == ' ' && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }

    private static void Write(string path, string text) => File.WriteAllText(path, text.ReplaceLineEndings("\n"), Utf8);
}
