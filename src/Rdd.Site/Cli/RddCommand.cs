namespace Rdd.Site.Cli;

/// <summary>The <c>rdd</c> command: dispatches to its verbs.</summary>
internal static class RddCommand
{
    private static readonly HashSet<string> Valued = new(StringComparer.Ordinal) { "format", "f", "o", "output", "base-path", "port", "p", "name", "nom", "kind", "nature", "population", "year", "annee", "extension", "siret", "site", "article", "niveaux", "levels", "ci" };

    private const string Help = """
        rdd — le rapport sur la situation en matière de développement durable, vérifié et publié.

        Usage :
          rdd [DOSSIER] [--port N]                           ouvre l'éditeur du rapport dans le navigateur (DOSSIER : sinon content,
                                                             ici ou à côté de rdd) ; s'il n'y a pas encore de rapport, la page
                                                             « Créer le rapport » le crée
          rdd new DOSSIER --name "Ville de …" --kind commune --population 58000 [--year 2025] [--siret 14CHIFFRES]
                  [--ci github|gitlab]                       crée le dossier de contenu d'un nouveau rapport (avec --ci : la
                                                             publication automatique sur GitHub ou GitLab Pages)
          rdd import DOCUMENT.docx -o DOSSIER --name … --kind … --population N [--year AAAA] [--niveaux partie,section,action]
                                                             crée le dossier de contenu à partir d'un document Word (le rapport
                                                             de l'an dernier) et écrit le rapport d'import import.md
          rdd check [DOSSIER] [--format text|json|github]   vérifie le contenu (par défaut : content)
          rdd build [DOSSIER] [-o SORTIE] [--base-path /p/]  construit le site (par défaut : _site)
                    [--extension A.dll,B.dll]                 (check et build) charge des extensions en plus de celles de site.yml
          rdd serve [DOSSIER] [--port N]                     prévisualise le site et le recharge à chaque modification
          rdd export [DOSSIER] --format json|csv -o SORTIE   exporte les données ouvertes sans construire le site
                                                             (SORTIE : un dossier ; ou, en json, un fichier .json pour le rapport seul)
          rdd export [DOSSIER] --format docx -o rapport.docx exporte le rapport en un document Word accessible (pour le conseil)
          rdd pdf [DOSSIER] [-o FICHIER.pdf]                 imprime le rapport complet en PDF avec Chromium (par défaut : rapport.pdf)
          rdd audit [DOSSIER] [--site SITE]                  vérifie l'accessibilité de chaque page dans Chromium (axe-core,
                                                             lien d'évitement, 320 px, ordre des titres) et écrit le rapport
                                                             audit-accessibilite.json que cite la déclaration d'accessibilité
          rdd referentiels --extension A.dll -o DOSSIER      écrit chaque référentiel que déclarent les extensions en un fichier
                                                             YAML de stratégie (DOSSIER : par exemple content/2024/strategie)
          rdd schema                                         affiche le schéma JSON du rapport
          rdd schema --contenu [DOSSIER]                     écrit les schémas des fichiers YAML dans DOSSIER/schemas

        Depuis le dossier du dépôt Rdd, sans installer l'outil : dotnet run --project src/Rdd.Site -- check DOSSIER
        (de même pour chaque commande).
        Codes de sortie : 0 sans erreur, 1 si le contenu (ou, pour audit, une page) a des erreurs, 2 si la commande
        est mal écrite, 3 si Chromium manque ou échoue (audit).
        """;

    public static int Run(string[] args, Console console)
    {
        var arguments = Arguments.Parse(args, Valued, out var error);
        if (error is not null)
        {
            return console.UsageError(error, "rdd --help");
        }

        if (arguments.Flag("help", "h"))
        {
            console.Out.WriteLine(Help);
            return ExitCodes.Success;
        }

        // Without a command (a double-click), or with a folder dropped on it: the editor, or the welcome page.
        if (arguments.Verb is null || (!Verbs.ContainsKey(arguments.Verb) && Directory.Exists(arguments.Verb)))
        {
            foreach (var option in arguments.Given.Where(o => o is not ("port" or "p")))
            {
                return console.UsageError($"Option inconnue --{option}.", StartCommand.Usage);
            }

            return StartCommand.Run(arguments, console);
        }

        if (!Verbs.ContainsKey(arguments.Verb) && LooksLikeAPath(arguments.Verb))
        {
            return console.UsageError($"Le dossier « {arguments.Verb} » n'existe pas : indiquez le dossier d'un rapport, ou lancez rdd sans argument pour en créer un.", StartCommand.Usage);
        }

        if (!Verbs.TryGetValue(arguments.Verb, out var verb))
        {
            return console.UsageError($"Commande inconnue « {arguments.Verb} »{Suggest(arguments.Verb, Verbs.Keys)}", "rdd --help");
        }

        foreach (var option in arguments.Given.Where(o => !verb.Options.Contains(o)))
        {
            return console.UsageError($"Option inconnue --{option}{Suggest(option, verb.Options)}", verb.Usage);
        }

        // The native rdd cannot load extension assemblies: the portable one it carries runs such commands.
        if (PortableRuntime.IsNative && PortableRuntime.NeedsExtensions(arguments))
        {
            return PortableRuntime.Run(args, console);
        }

        return verb.Run(arguments, console);
    }

    private sealed record Verb(string Usage, string[] Options, Func<Arguments, Console, int> Run);

    private static readonly Dictionary<string, Verb> Verbs = new(StringComparer.Ordinal)
    {
        ["check"] = new(CheckCommand.Usage, ["format", "f", "extension"], CheckCommand.Run),
        ["build"] = new(BuildCommand.Usage, ["o", "output", "base-path", "extension"], BuildCommand.Run),
        ["serve"] = new(ServeCommand.Usage, ["port", "p"], ServeCommand.Run),
        ["new"] = new(NewCommand.Usage, NewCommand.Options, NewCommand.Run),
        ["import"] = new(ImportCommand.Usage, ImportCommand.Options, ImportCommand.Run),
        ["export"] = new(ExportCommand.Usage, ["format", "f", "o", "output"], ExportCommand.Run),
        ["pdf"] = new(PdfCommand.Usage, ["o", "output"], PdfCommand.Run),
        ["audit"] = new(AuditCommand.Usage, ["site"], AuditCommand.Run),
        ["referentiels"] = new(ReferentielsCommand.Usage, ["extension", "o", "output"], ReferentielsCommand.Run),
        ["schema"] = new(SchemaCommand.Usage, ["contenu", "content"], SchemaCommand.Run),
        ["docs"] = new(DocsCommand.Usage, ["o", "output"], DocsCommand.Run),
    };

    private static string Suggest(string word, IEnumerable<string> candidates) =>
        Rdd.Domain.Codes.Suggest(word, candidates) is { } s ? $" : vouliez-vous dire « {s} » ?" : ".";

    /// <summary>Whether a first argument that is no command was meant as a folder (« ./rapport », « C:\\Rapports »…).</summary>
    private static bool LooksLikeAPath(string argument) =>
        argument.Contains('/', StringComparison.Ordinal) || argument.Contains('\\', StringComparison.Ordinal) || argument.StartsWith('.') || Path.IsPathRooted(argument);
}
