using Rdd.Site.Import;

namespace Rdd.Site.Cli;

/// <summary>
/// <c>rdd import FILE.docx -o DIR --name … --kind … --population … [--year …] [--niveaux partie,section,action]</c>:
/// makes a content folder from a Word document (<see cref="DocxImporter"/>), written only when the import succeeds,
/// in one go; prints the import report, which is also <c>import.md</c> in the folder.
/// </summary>
internal static class ImportCommand
{
    public const string Usage = "rdd import DOCUMENT.docx -o DOSSIER --name \"Ville de …\" --kind commune|epci|… --population N [--year AAAA] [--niveaux partie,section,action] [--siret 14CHIFFRES] [--article la|le|l'|les|aucun]";

    /// <summary>The options of the command.</summary>
    public static string[] Options { get; } = [.. AuthorityOptions.Names, "o", "output", "niveaux", "levels"];

    public static int Run(Arguments args, Console console)
    {
        var output = args.Option("o", "output");
        if (args.Positional.Count != 1 || output is null)
        {
            return console.UsageError("Indiquez le document à importer et le dossier à créer (-o).", Usage);
        }

        var document = args.Positional[0];
        if (AuthorityOptions.Read(args, console, Usage, out var exitCode) is not { } authority)
        {
            return exitCode!.Value;
        }

        var levels = HeadingLevels.Default;
        if (args.Option("niveaux", "levels") is { } levelsText)
        {
            if (HeadingLevels.Parse(levelsText, out var levelsError) is not { } parsed)
            {
                return console.UsageError(levelsError!, Usage);
            }

            levels = parsed;
        }

        if (AuthorityOptions.FolderProblem(output, "rdd import") is { } problem)
        {
            return console.UsageError(problem, Usage);
        }

        if (!File.Exists(document))
        {
            console.Error.WriteLine($"rdd : le document « {document} » est introuvable.");
            return ExitCodes.ContentErrors;
        }

        var result = Import(document, authority, levels);
        DiagnosticWriter.WriteText(console.Out, Path.GetDirectoryName(document) ?? string.Empty, result.Diagnostics);
        if (result.Report is not { } report)
        {
            console.Out.WriteLine("Rien n'est écrit : le document n'a pas pu être importé.");
            return ExitCodes.ContentErrors;
        }

        try
        {
            FolderWriter.Write(result.Files, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"rdd : impossible d'écrire dans « {output} » : {e.Message} Rien n'est écrit.");
            return ExitCodes.ContentErrors;
        }

        PrintReport(console, report, output);
        return ExitCodes.Success;
    }

    /// <summary>Imports the document as the authority's report, cut at the heading levels.</summary>
    private static ImportResult Import(string document, AuthorityOptions authority, HeadingLevels levels)
    {
        var options = new ImportOptions
        {
            Name = authority.Name,
            Kind = authority.Kind,
            Population = authority.Population,
            Year = authority.Year,
            Siret = authority.Siret,
            Article = authority.Article,
            Levels = levels,
            SourceName = Path.GetFileName(document),
        };
        using var stream = File.OpenRead(document);
        return DocxImporter.Import(stream, options);
    }

    /// <summary>Prints the import report once the folder is written, and what to do next.</summary>
    private static void PrintReport(Console console, ImportReport report, string output)
    {
        console.Out.Write(report.ToMarkdown());
        console.Out.WriteLine();
        console.Out.WriteLine($"Ce rapport d'import est aussi dans {Path.Combine(output, ImportReport.FileName).Replace('\\', '/')}.");
        NewCommand.WriteNextSteps(console.Out, output, PrintedCommand.RunsFromSources);
    }
}
