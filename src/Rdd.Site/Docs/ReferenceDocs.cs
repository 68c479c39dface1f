using System.Text;
using Rdd.Domain.Json;
using Rdd.Domain.Validation;
using Rdd.Site.Content;
using Rdd.Site.Extensions;
using Rdd.Site.Import;
using Rdd.Site.Output;

namespace Rdd.Site.Docs;

/// <summary>
/// The reference pages of docs/ generated from the code, so that they cannot drift from it: one page per diagnostic
/// code (from the descriptors) with an index, every key of the content format (from <see cref="ContentShapes"/>), and
/// the legal framework the library encodes (<see cref="LegalFrameworkDoc"/>).
/// Written by the hidden verb <c>rdd docs -o docs</c>; a test compares them with the committed files.
/// </summary>
internal static class ReferenceDocs
{
    public const string DiagnosticsFolder = "diagnostics";

    public const string ContentKeysPage = "auteurs/cles-du-contenu.md";

    /// <summary>What the heading attributes of an action mean; every name of <see cref="HeadingAttributes.Names"/> must have one.</summary>
    private static readonly Dictionary<string, string> AttributeDescriptions = new(StringComparer.Ordinal)
    {
        ["finalites"] = "Finalités servies par l'action (climat, biodiversite, cohesion, epanouissement, production), séparées par des virgules ; `f=` est un raccourci.",
        ["avancement"] = "Où en est l'action : lancement, poursuite, renforcement, renouvellement, achevement ou projet.",
        ["elements"] = "Éléments déterminants de la démarche (partie 3) : participation, pilotage, transversalite, evaluation, amelioration.",
        ["termes"] = "Termes des référentiels de la stratégie, `taxonomie:code`, séparés par des virgules.",
        ["odd"] = "Objectifs de développement durable de l'Agenda 2030, numéros 1 à 17.",
        ["chiffres"] = "Identifiants des chiffres clés (chiffres-cles.yml) qui mesurent l'action.",
        ["partenaires"] = "Partenaires, séparés par des points-virgules, entre guillemets s'ils contiennent des espaces.",
        ["lieux"] = "Lieux concernés, séparés par des points-virgules, entre guillemets s'ils contiennent des espaces.",
        ["suite_de"] = "Identifiant de l'action du rapport de l'année précédente que celle-ci poursuit ; `suite=` est un raccourci.",
    };

    /// <summary>Every documented diagnostic code, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
    [
        .. ReportValidator.Default.Descriptors
            .Concat(ContentDiagnostics.All)
            .Concat(ExtensionDiagnostics.All)
            .Concat(ImportDiagnostics.All)
            .Append(LinkChecker.BrokenLink)
            .Append(AtomicWriter.CannotWrite)
            .Concat(ReportJson.Descriptors)
            .Append(AuditReader.Malformed)
            .DistinctBy(d => d.Code)
            .OrderBy(d => d.Code, StringComparer.Ordinal),
    ];

    /// <summary>The generated files, by path relative to docs/, with « \n » line ends.</summary>
    public static IReadOnlyDictionary<string, string> Generate()
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [DiagnosticsFolder + "/README.md"] = DiagnosticIndex(),
            [ContentKeysPage] = ContentKeys(),
            [LegalFrameworkDoc.Page] = LegalFrameworkDoc.Generate(GeneratedNotice),
        };
        foreach (var descriptor in Descriptors)
        {
            files[$"{DiagnosticsFolder}/{descriptor.Code}.md"] = DiagnosticPage(descriptor);
        }

        return files;
    }

    /// <summary>Writes the generated files under <paramref name="docsFolder"/> and removes diagnostic pages of codes that no longer exist.</summary>
    /// <returns>How many files changed.</returns>
    public static int Write(string docsFolder)
    {
        var generated = Generate();
        var changed = 0;
        var diagnostics = Path.Combine(docsFolder, DiagnosticsFolder);
        if (Directory.Exists(diagnostics))
        {
            foreach (var stale in Directory.EnumerateFiles(diagnostics, "RDD*.md").Where(f => !generated.ContainsKey(DiagnosticsFolder + "/" + Path.GetFileName(f))))
            {
                File.Delete(stale);
                changed++;
            }
        }

        foreach (var (path, text) in generated)
        {
            var full = Path.Combine(docsFolder, path);
            if (File.Exists(full) && File.ReadAllText(full) == text)
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
            changed++;
        }

        return changed;
    }

    private const string GeneratedNotice = "<!-- Généré par « rdd docs -o docs » à partir du code : ne pas modifier à la main. -->\n\n";

    private static string DiagnosticIndex()
    {
        var text = new StringBuilder(GeneratedNotice)
            .Append("# Les codes de diagnostic\n\n")
            .Append("`rdd check` et `rdd build` signalent chaque problème par un code, une gravité, un message en français et l'endroit du contenu ")
            .Append("concerné (`fichier(ligne,colonne): error RDD1011: message`). Une **erreur** empêche la publication ; un **avertissement** ")
            .Append("et une **information** la permettent.\n\n")
            .Append("| plage | origine |\n|---|---|\n")
            .Append("| RDD1xxx | contrôles de cohérence du rapport au regard du cadre légal (Rdd.Domain) |\n")
            .Append("| RDD2xxx | lecture du dossier de contenu (fichiers, YAML, Markdown) et extensions |\n")
            .Append("| RDD3xxx | écriture du site (liens, dossier de sortie) |\n")
            .Append("| RDD4xxx | import d'un document Word (`rdd import`) |\n")
            .Append("| RDD9xxx | règles ajoutées par des extensions ; RDD9999 : une règle a échoué |\n\n")
            .Append("| code | gravité | titre |\n|---|---|---|\n");
        foreach (var d in Descriptors)
        {
            text.Append($"| [{d.Code}]({d.Code}.md) | {d.Severity.FrenchLabel()} | {Cell(d.Title)} |\n");
        }

        return text.ToString();
    }

    private static string DiagnosticPage(DiagnosticDescriptor d)
    {
        var example = d.Example?.Trim() ?? $"""
            Ce que la commande affiche :

            ```text
            {ExampleFile(d.Code)}: {d.Severity.Keyword()} {d.Code}: …
            ```

            Le message précise l'élément concerné (action, section, clé, fichier) ; corrigez-le à l'endroit indiqué, puis relancez `rdd check`.
            """;
        return new StringBuilder(GeneratedNotice)
            .Append($"# {d.Code} — {d.Title}\n\n")
            .Append($"**Gravité :** {d.Severity.FrenchLabel()} (`{d.Severity.Keyword()}`){(d.Severity == Severity.Error ? " — le site n'est pas publié tant qu'elle demeure" : string.Empty)}.\n\n")
            .Append($"## Pourquoi\n\n{d.Explanation}\n\n")
            .Append($"## Comment corriger\n\n{d.Fix}\n\n{DiagnosticFixes.For(d.Code)}\n\n")
            .Append($"## Exemple\n\n{example.Replace("\r\n", "\n", StringComparison.Ordinal)}\n\n")
            .Append("[Tous les codes](README.md)\n")
            .ToString();
    }

    private static string ExampleFile(string code) => code[3] switch
    {
        '1' => "content/2024/partie-1/01-mobilites.md(12,1)",
        '2' => "content/site.yml(4,3)",
        '3' => "_site/index.html",
        _ => "content/2024/partie-1/02-eau.md(10,1)",
    };

    private static string ContentKeys()
    {
        var text = new StringBuilder(GeneratedNotice)
            .Append("# Toutes les clés du contenu\n\n")
            .Append("La référence de chaque fichier YAML et de chaque en-tête Markdown du dossier de contenu. Pour apprendre à écrire un rapport, ")
            .Append("commencez par [content/README.md](../../content/README.md). Les mêmes descriptions apparaissent dans votre éditeur grâce aux ")
            .Append("schémas de `content/schemas/` (`rdd schema --contenu DOSSIER`).\n\n");
        var seen = new HashSet<Shape>();
        foreach (var shape in new[] { ContentShapes.Site, ContentShapes.ReportSettings, ContentShapes.PartFrontMatter, ContentShapes.TextFrontMatter, ContentShapes.SectionFrontMatter }
            .Concat(ContentShapes.SchemaFiles.Select(s => s.Shape)))
        {
            AppendShape(text, shape, seen);
        }

        text.Append("## Attributs d'une action\n\n")
            .Append("Écrits en fin de titre d'action, entre accolades : `## Titre {#identifiant finalites=climat avancement=lancement}`.\n\n")
            .Append("| attribut | signification |\n|---|---|\n");
        foreach (var name in HeadingAttributes.Names)
        {
            var description = AttributeDescriptions.TryGetValue(name, out var d) ? d : throw new InvalidOperationException($"The action attribute « {name} » has no description in ReferenceDocs.");
            text.Append($"| `{name}` | {Cell(description)} |\n");
        }

        return text.ToString();
    }

    private static void AppendShape(StringBuilder text, Shape shape, HashSet<Shape> seen)
    {
        if (!seen.Add(shape))
        {
            return;
        }

        text.Append($"## {shape.Name}\n\n{shape.Description}\n\n| clé | type | obligatoire | description |\n|---|---|---|---|\n");
        foreach (var field in shape.Fields)
        {
            var details = field.Choices is { } choices ? $" Valeurs : {string.Join(", ", choices.Select(c => $"`{c}`"))}."
                : field.Pattern is { } pattern ? $" Forme : `{pattern}`." : string.Empty;
            var item = field.Item is { } i ? $" Voir [{i.Name}](#{Anchor(i.Name)})." : string.Empty;
            text.Append($"| `{field.Key}` | {KindLabel(field.Kind)} | {(field.Required ? "oui" : "non")} | {Cell(field.Description + details + item)} |\n");
        }

        text.Append('\n');
        foreach (var child in shape.Fields.Select(f => f.Item).OfType<Shape>())
        {
            AppendShape(text, child, seen);
        }
    }

    private static string KindLabel(ValueKind kind) => kind switch
    {
        ValueKind.Text => "texte",
        ValueKind.Integer => "entier",
        ValueKind.Number => "nombre",
        ValueKind.Date => "date AAAA-MM-JJ",
        ValueKind.TextList => "liste de textes",
        ValueKind.Object => "bloc",
        ValueKind.ObjectList => "liste de blocs",
        ValueKind.AmountOrNotGiven => "montant ou « non communiqué »",
        ValueKind.YearValues => "valeurs par année",
        _ => kind.ToString(),
    };

    private static string Anchor(string heading) => Rdd.Domain.Codes.Slugify(heading);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
