using Rdd.Domain.Law;
using Rdd.Site.Content;

namespace Rdd.Site.Cli;

/// <summary>
/// <c>rdd new DIR --name "Ville de …" --kind commune --population 58000 --year 2025</c>: scaffolds a content folder
/// for another authority, into a new or empty folder only, and says whether the report is mandatory; with
/// <c>--ci github|gitlab</c>, the pipeline that checks and publishes it (<see cref="CiPipelines"/>).
/// </summary>
internal static class NewCommand
{
    public const string Usage = "rdd new DOSSIER --name \"Ville de …\" --kind commune|epci|departement|region|corse|metropole-lyon|martinique|guyane --population N [--year AAAA] [--siret 14CHIFFRES] [--article la|le|l'|les|aucun] [--ci github|gitlab]";

    /// <summary>The options of <c>rdd new</c>: the authority's and <c>--ci</c>.</summary>
    public static string[] Options { get; } = [.. AuthorityOptions.Names, "ci"];

    public static int Run(Arguments args, Console console)
    {
        if (args.Positional.Count != 1)
        {
            return console.UsageError("Indiquez le dossier à créer.", Usage);
        }

        var folder = args.Positional[0];
        if (AuthorityOptions.Read(args, console, Usage, out var exitCode) is not { } authority)
        {
            return exitCode!.Value;
        }

        var ci = args.Option("ci");
        if (!CiPipelines.IsKnown(ci))
        {
            return console.UsageError($"Publication automatique inconnue « {ci} » : github ou gitlab.", Usage);
        }

        if (AuthorityOptions.FolderProblem(folder, "rdd new") is { } problem)
        {
            return console.UsageError(problem, Usage);
        }

        var (name, kind, population, year, siret, article) = authority;
        var obligation = Obligations.Assess(kind, population, year + 1);
        console.Out.WriteLine(obligation.Explanation);
        if (!obligation.IsObliged)
        {
            console.Out.WriteLine("Vous pouvez tout de même publier un rapport : le dossier est créé.");
        }

        // The green budget annex is a separate obligation (loi n° 2023-1322, art. 191), on the accounts of the last closed financial year.
        console.Out.WriteLine(Obligations.AssessGreenBudget(kind, population, year - 1).Explanation);

        try
        {
            Scaffold.Write(folder, CiPipelines.With(Scaffold.Files(name, kind, population, year, siret, article), ci));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"rdd : impossible d'écrire dans « {folder} » : {e.Message}");
            return ExitCodes.ContentErrors;
        }

        var written = new Rdd.Domain.Reports.Authority { Name = name, Kind = kind, Population = population, Article = article };
        console.Out.WriteLine($"Dans les phrases du site, le nom s'écrira « {written.NameInSentence} » et « {written.NameAfterDe} » (« article: {AuthorityArticles.Code(written.Article)} » dans site.yml, à corriger si besoin).");
        WriteNextSteps(console.Out, folder, PrintedCommand.RunsFromSources);
        return ExitCodes.Success;
    }

    /// <summary>What to run next, on the folder just created, as this rdd is run.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="folder">The folder as the author named it.</param>
    /// <param name="fromSources">Whether rdd runs from the repository's sources.</param>
    internal static void WriteNextSteps(TextWriter output, string folder, bool fromSources)
    {
        output.WriteLine($"Dossier de contenu créé dans {folder.Replace('\\', '/')} ; son fichier README.md dit quoi écrire et où. Étapes suivantes :");
        output.WriteLine($"  {PrintedCommand.Of("check", folder, fromSources)}   liste ce qu'il reste à compléter (avertissements)");
        output.WriteLine($"  {PrintedCommand.Of("serve", folder, fromSources)}   prévisualise le site pendant l'écriture");
        if (PrintedCommand.Where("check", folder, fromSources) is { } where)
        {
            output.WriteLine(where);
        }
    }
}
