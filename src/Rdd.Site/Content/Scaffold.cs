using System.Globalization;
using Rdd.Domain;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;

namespace Rdd.Site.Content;

/// <summary>
/// The content folder <c>rdd new</c> writes for another authority: settings filled in (accessibility statement and
/// legal notice included), the three parts with their sections, Part 3's five governance elements, one example action
/// per part showing the syntax, a key figure, a budget line and an indicator with two years as examples, the file of the
/// responsible digital strategy's review where the authority owes one, and a README for the author. It passes
/// <c>rdd check</c> without error; its warnings tell the author what to replace or write.
/// </summary>
public static class Scaffold
{
    /// <summary>The id prefix of example actions; a rule warns while any is left.</summary>
    public const string ExamplePrefix = Rdd.Domain.Validation.Rules.ExampleLeftoversRule.Prefix;

    /// <summary>The files of a new content folder, by relative path.</summary>
    /// <param name="name">The authority's name (« Ville de Belval »).</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="population">Its population.</param>
    /// <param name="year">The year the report covers.</param>
    /// <param name="siret">The SIRET of the publishing establishment, already checked; null to leave a comment in its place.</param>
    /// <param name="article">The article of the name in a sentence; null for the one its first word takes (« la » for « Ville de … »).</param>
    /// <returns>The files.</returns>
    // Long: the text of every file of the new folder, one raw string each, in the order the author opens
    // them; a method per file would scatter one template over as many places.
    public static IReadOnlyDictionary<string, string> Files(string name, AuthorityKind kind, int population, int year, string? siret = null, AuthorityArticle? article = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var authority = new Authority { Name = name.Replace("\n", " ", StringComparison.Ordinal), Kind = kind, Population = population, Article = article ?? AuthorityArticles.Guess(name) };
        var y = year.ToString(CultureInfo.InvariantCulture);
        var budgetYear = (year + 1).ToString(CultureInfo.InvariantCulture);
        var previous = (year - 1).ToString(CultureInfo.InvariantCulture);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["site.yml"] = $$"""
                # yaml-language-server: $schema=schemas/site.schema.json
                # Réglages communs à toutes les années. README.md, dans ce dossier, dit à quoi sert chaque fichier ;
                # les lignes qui commencent par « # » sont des commentaires, que le site ne montre jamais.
                collectivite:
                  nom: {{Quote(name)}}
                  article: {{AuthorityArticles.Code(authority.Article)}}        # dans une phrase : « {{authority.NameInSentence}} », « {{authority.NameAfterDe}} » (la, le, l', les ou aucun)
                  nature: {{KindCode(kind)}}
                  population: {{population.ToString(CultureInfo.InvariantCulture)}}
                  {{(siret is null ? "# siret: \"\"        # les 14 chiffres du SIRET, que portent les données ouvertes (Annuaire des entreprises)" : $"siret: \"{siret}\"")}}
                site:
                  couleur: "#0b5a7a"   # couleur d'accent : elle doit contraster à 4,5:1 avec le blanc
                  licence: Licence Ouverte 2.0 (Etalab-2.0)
                accessibilite:
                  # Après un audit RGAA, indiquez l'état (totalement-conforme, partiellement-conforme), le taux et la date
                  # de l'audit (date_audit: AAAA-MM-JJ).
                  etat: non-conforme
                  date_declaration:    # date à laquelle vous établissez cette déclaration, AAAA-MM-JJ
                  contact: ""          # adresse électronique ou page pour signaler un défaut d'accessibilité
                # Mentions légales (Markdown), publiées sur la page « Mentions légales » du site. Ajoutez-y le directeur ou
                # la directrice de la publication (le maire ou le président, en général) et l'hébergeur du site (nom,
                # adresse, téléphone), chacun sur sa ligne, en gardant l'indentation de deux espaces.
                mentions_legales: |
                  Ce site est édité par {{authority.NameInSentence}}.
                """,
            [$"{y}/rapport.yml"] = $$"""
                # yaml-language-server: $schema=../schemas/rapport.schema.json
                annee: {{y}}
                annee_budget: {{(year + 1).ToString(CultureInfo.InvariantCulture)}}
                titre: Rapport sur la situation en matière de développement durable {{y}}
                # date_presentation: {{(year + 1).ToString(CultureInfo.InvariantCulture)}}-01-15      # AAAA-MM-JJ, avant le débat budgétaire
                # date_debat_budgetaire: {{(year + 1).ToString(CultureInfo.InvariantCulture)}}-02-05
                """,
            [$"{y}/introduction.md"] = """
                ---
                titre: Ce qu'il faut retenir
                ---
                Écrivez ici, en quelques paragraphes, l'essentiel de l'année : ce que la collectivité a fait pour le
                développement durable, et ce qu'il faut en retenir.
                """,
            [$"{y}/lecture.md"] = """
                ---
                titre: Comment lire ce rapport ?
                ---
                Le rapport suit les trois contenus que fixe le décret n° 2011-687 : le bilan des politiques publiques
                menées sur le territoire (partie 1), le bilan du fonctionnement interne (partie 2) et l'analyse des
                modalités d'élaboration, de mise en œuvre et d'évaluation (partie 3).
                """,
            [$"{y}/partie-1/partie.md"] = """
                ---
                titre: Les politiques publiques au regard du développement durable
                ---
                """,
            [$"{y}/partie-1/01-premiere-politique.md"] = """
                ---
                titre: Première politique publique
                # finalites: [climat]   # décommentez pour que toutes les actions de la section en héritent
                ---

                Une introduction facultative de la section.

                ## Exemple : remplacez ce titre par celui d'une action {#exemple-politique avancement=lancement finalites=climat,biodiversite,cohesion odd=13}

                Décrivez l'action en Markdown. Les attributs entre accolades, à la fin du titre, donnent son identifiant,
                son avancement (lancement, poursuite, renforcement, renouvellement, achevement, projet) et ses finalités
                (climat, biodiversite, cohesion, epanouissement, production).
                """,
            [$"{y}/partie-2/partie.md"] = """
                ---
                titre: Le fonctionnement interne de la collectivité
                ---
                """,
            [$"{y}/partie-2/01-ressources-humaines.md"] = """
                ---
                titre: Ressources humaines
                ---

                ## Exemple : une action du fonctionnement interne {#exemple-fonctionnement avancement=projet finalites=epanouissement,production}

                Remplacez cette action par celles de la collectivité. Une action en projet (avancement=projet) présente
                une orientation à venir : la loi demande que le rapport dise aussi ce qui améliorera la situation.
                """,
            [$"{y}/partie-3/partie.md"] = """
                ---
                titre: Les modalités d'élaboration, de mise en œuvre et d'évaluation
                ---
                Cette partie montre comment la collectivité met en pratique les cinq éléments déterminants de la démarche.
                """,
            [$"{y}/chiffres-cles.yml"] = """
                # yaml-language-server: $schema=../schemas/chiffres-cles.schema.json
                chiffres:
                  - id: exemple-chiffre
                    theme: Exemple
                    valeur: 0
                    libelle: remplacez ce chiffre par un chiffre clé de l'année
                """,
            [$"{y}/budget.yml"] = $$"""
                # yaml-language-server: $schema=../schemas/budget.schema.json
                # Le budget dont le débat suit la présentation du rapport : celui de {{budgetYear}} pour le rapport {{y}}
                # (la même année que « annee_budget » dans rapport.yml). Un montant en euros s'écrit sans espace ni
                # symbole (850000) ; un montant inconnu s'écrit « non communiqué », jamais 0.
                annee: {{budgetYear}}
                titre: Le budget {{budgetYear}} par politique publique
                lignes:
                  - id: {{ExamplePrefix}}politique
                    politique: Exemple de politique publique
                    fonctionnement: 1000000
                    investissement: 250000
                    # Un montant absent du document budgétaire : « investissement: non communiqué », et la raison
                    # dans « note: ».
                """,
            [$"{y}/indicateurs.yml"] = $$"""
                # yaml-language-server: $schema=../schemas/indicateurs.schema.json
                # Un indicateur garde le même « id » d'une année à l'autre ; « valeur » est celle de {{y}}, « serie »
                # donne les années précédentes. Avec deux années ou plus, le site trace son évolution.
                indicateurs:
                  - id: {{ExamplePrefix}}indicateur
                    libelle: Exemple d'indicateur à remplacer
                    unite: MWh
                    valeur: 950
                    serie: { {{previous}}: 1000 }
                    source: Indiquez ici d'où vient la donnée.
                """,
            [$"{y}/budget-vert.yml"] = $$"""
                # yaml-language-server: $schema=../schemas/budget-vert.schema.json
                # L'état « Impact du budget pour la transition écologique » (budget vert), annexé au compte administratif
                # ou au compte financier unique (loi n° 2023-1322, art. 191). Il n'appartient pas au rapport, mais le
                # citer montre l'argent à côté des actions. Tant que ce fichier ne contient que des commentaires, le
                # rapport n'a pas de budget vert. Pour en ajouter un, retirez les « # » des lignes ci-dessous et
                # reportez les dépenses de l'état du dernier exercice clos (voir README.md).
                #
                # exercice: {{(year - 1).ToString(CultureInfo.InvariantCulture)}}
                # lignes:
                #   - id: renovation-ecoles
                #     libelle: Rénovation énergétique des écoles
                #     montant: 1200000
                #     compte: "21312"
                #     axes:
                #       attenuation: tres-favorable    # axe 1, requis dès l'exercice 2024
                #       biodiversite: neutre           # axe 6, requis dès l'exercice 2025 ; « non-cote » si la dépense n'est pas cotée
                """,
            [$"{y}/glossaire.yml"] = """
                # yaml-language-server: $schema=../schemas/glossaire.schema.json
                glossaire:
                  - sigle: PCAET
                    signification: Plan climat-air-énergie territorial
                """,
        };

        foreach (var element in GovernanceElements.All)
        {
            files[$"{y}/partie-3/{element.Number.ToString("00", CultureInfo.InvariantCulture)}-{element.Code}.md"] = $$"""
                ---
                titre: {{element.Label}}
                elements: [{{element.Code}}]
                ---

                ## Exemple : une pratique qui illustre {{char.ToLower(element.Label[0], French.Culture) + element.Label[1..]}} {#{{ExamplePrefix}}{{element.Code}}}

                Décrivez comment la collectivité met en pratique cet élément.
                """;
        }

        if (Obligations.Assess(kind, population, year + 1).Requirements.Contains(Obligations.DigitalStrategyReview))
        {
            files[$"{y}/numerique-responsable.md"] = $$"""
                ---
                titre: Le bilan de la stratégie numérique responsable
                # Ce fichier est obligatoire pour votre collectivité ({{Obligations.DigitalStrategyReview.BasisFor(kind)?.Reference}}) :
                # le rapport présente chaque année le bilan de la stratégie numérique responsable, adoptée au plus tard
                # le 1er janvier 2025. Écrivez le bilan sous la ligne « --- » qui ferme cet en-tête, en Markdown :
                # les objectifs de la stratégie, ce qui a été fait dans l'année (équipements réemployés, durée d'usage
                # allongée, achats, sobriété des services en ligne…), les chiffres et ce qui reste à faire.
                # Ces lignes « # » sont des commentaires : le site ne les montre pas. Tant que le bilan est vide,
                # rdd check le signale (RDD1041).
                ---
                """;
        }

        files["README.md"] = Readme(authority, y, budgetYear);

        foreach (var (file, text) in ContentSchemas.Generate())
        {
            files["schemas/" + file] = text;
        }

        return files.ToDictionary(f => f.Key, f => f.Value.EndsWith('\n') ? f.Value : f.Value + "\n", StringComparer.Ordinal);
    }

    /// <summary>The short guide written at the root of a new folder, for its author.</summary>
    private static string Readme(Authority authority, string year, string budgetYear) => $$"""
        # Le rapport développement durable {{year}} {{authority.NameAfterDe}}

        Ce dossier contient tout le texte du rapport : des fichiers Markdown (`.md`) pour les textes, des fichiers YAML
        (`.yml`) pour les données. `rdd` en fait un site web. Le guide complet du format est le fichier
        `content/README.md` du dépôt Rdd.

        ## Ce qu'il faut écrire, et où

        | fichier | contenu |
        |---|---|
        | `site.yml` | le nom de la collectivité et son article (« la Ville de … »), sa nature, sa population ; l'accessibilité et les mentions légales du site |
        | `{{year}}/rapport.yml` | l'année, le titre, les dates de présentation et du débat budgétaire |
        | `{{year}}/introduction.md` | « Ce qu'il faut retenir » |
        | `{{year}}/lecture.md` | « Comment lire ce rapport ? » |
        | `{{year}}/numerique-responsable.md` | le bilan de la stratégie numérique responsable (s'il a été créé, il est obligatoire) |
        | `{{year}}/partie-1/` | les politiques publiques : une section par fichier, dans l'ordre des numéros (`01-`, `02-`…) |
        | `{{year}}/partie-2/` | le fonctionnement interne de la collectivité |
        | `{{year}}/partie-3/` | les pratiques de la démarche : un fichier par élément déterminant |
        | `{{year}}/chiffres-cles.yml` | les chiffres clés |
        | `{{year}}/budget.yml` | le budget {{budgetYear}}, celui dont le débat suit la présentation du rapport |
        | `{{year}}/indicateurs.yml` | les indicateurs, avec les valeurs des années précédentes |
        | `{{year}}/glossaire.yml` | les sigles |
        | `schemas/` | les schémas qui aident l'éditeur à compléter les fichiers YAML : ne pas modifier |

        Les éléments dont l'identifiant commence par `exemple-` montrent la syntaxe : remplacez-les par ceux de la
        collectivité. Tant qu'il en reste, `rdd check` les signale.

        ## Vérifier et prévisualiser

        Depuis ce dossier, une fois l'outil installé (`dotnet tool install --global Rdd.Site`) :

        ```
        rdd check .
        rdd serve .
        ```

        Depuis le dossier du dépôt Rdd, sans installer l'outil, en donnant le chemin de ce dossier :
        `dotnet run --project src/Rdd.Site -- check CHEMIN/DE/CE/DOSSIER`.

        `rdd check` liste chaque problème avec le fichier, la ligne et la colonne ; `rdd serve` affiche le site et le
        recharge à chaque modification.
        """;

    /// <summary>The content code of a kind (<c>epci</c>, <c>commune</c>…).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The code written in site.yml.</returns>
    public static string KindCode(AuthorityKind kind) => kind switch
    {
        AuthorityKind.Commune => "commune",
        AuthorityKind.Intercommunality => "epci",
        AuthorityKind.Department => "departement",
        AuthorityKind.Region => "region",
        AuthorityKind.Corsica => "corse",
        AuthorityKind.LyonMetropolis => "metropole-lyon",
        AuthorityKind.Martinique => "martinique",
        AuthorityKind.FrenchGuiana => "guyane",
        _ => "autre",
    };

    /// <summary>Writes <paramref name="files"/> (<see cref="Files"/>) into <paramref name="folder"/>, creating it and its sub-folders.</summary>
    /// <param name="folder">The new content folder, new or empty: the caller has checked it.</param>
    /// <param name="files">The files, by relative path.</param>
    /// <exception cref="IOException">A file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">A file cannot be written.</exception>
    public static void Write(string folder, IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var (path, text) in files)
        {
            var target = Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
