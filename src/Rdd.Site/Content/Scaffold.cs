using System.Globalization;
using Rdd.Domain;
using Rdd.Domain.Law;

namespace Rdd.Site.Content;

/// <summary>
/// The content folder <c>rdd new</c> writes for another authority: settings filled in, the three parts with their
/// sections, Part 3's five governance elements, one example action per part showing the syntax, the accessibility
/// statement settings. It passes <c>rdd check</c> with warnings that tell the author what to fill in.
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
    /// <returns>The files.</returns>
    public static IReadOnlyDictionary<string, string> Files(string name, AuthorityKind kind, int population, int year, string? siret = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var y = year.ToString(CultureInfo.InvariantCulture);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["site.yml"] = $$"""
                # yaml-language-server: $schema=schemas/site.schema.json
                # Réglages communs à toutes les années. Voir README.md pour chaque clé.
                collectivite:
                  nom: {{Quote(name)}}
                  nature: {{KindCode(kind)}}
                  population: {{population.ToString(CultureInfo.InvariantCulture)}}
                  {{(siret is null ? "# siret: \"\"        # les 14 chiffres du SIRET, que portent les données ouvertes (Annuaire des entreprises)" : $"siret: \"{siret}\"")}}
                site:
                  couleur: "#0b5a7a"   # couleur d'accent : elle doit contraster à 4,5:1 avec le blanc
                  licence: Licence Ouverte 2.0 (Etalab-2.0)
                accessibilite:
                  # Après un audit RGAA, indiquez l'état (totalement-conforme, partiellement-conforme), le taux et la date.
                  etat: non-conforme
                  contact: ""          # adresse électronique ou page pour signaler un défaut d'accessibilité
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

                ## Exemple : remplacez ce titre par celui d'une action {#exemple-politique avancement=lancement finalites=climat,cohesion}

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

                ## Exemple : une action du fonctionnement interne {#exemple-fonctionnement avancement=poursuite finalites=epanouissement}

                Remplacez cette action par celles de la collectivité.
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

                ## Exemple : une pratique qui illustre {{element.ShortLabel.ToLower(French.Culture)}} {#{{ExamplePrefix}}{{element.Code}}}

                Décrivez comment la collectivité met en pratique cet élément.
                """;
        }

        foreach (var (file, text) in ContentSchemas.Generate())
        {
            files["schemas/" + file] = text;
        }

        return files.ToDictionary(f => f.Key, f => f.Value.EndsWith('\n') ? f.Value : f.Value + "\n", StringComparer.Ordinal);
    }

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
        _ => "autre",
    };

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
