using Rdd.Site.Content;
using Rdd.Site.Data;

namespace Rdd.Site.Cli;

/// <summary>
/// <c>rdd export [CONTENT_DIR] --format json|csv -o DIR</c>: writes the open data files without building the site, with
/// the Data Package (<c>datapackage.json</c>) that describes the files written.
/// </summary>
internal static class ExportCommand
{
    public const string Usage = "rdd export [DOSSIER] --format json|csv -o SORTIE";

    public static int Run(Arguments args, Console console)
    {
        var format = args.Option("format", "f");
        var output = args.Option("o", "output");
        if (format is not ("json" or "csv") || output is null || args.Positional.Count > 1)
        {
            return console.UsageError("Indiquez le format (--format json ou csv) et le dossier de sortie (-o).", Usage);
        }

        var root = args.Positional.Count == 1 ? args.Positional[0] : "content";
        var check = ContentChecker.Check(root);
        DiagnosticWriter.WriteText(console.Out, root, check.Result.Diagnostics);
        if (!check.Success)
        {
            console.Out.WriteLine($"Rien n'est exporté : {DiagnosticWriter.Summary(check.Result)}");
            return ExitCodes.ContentErrors;
        }

        var year = check.Content.Latest!;
        // The Data Package describes the files written, and only them: with the CSV files, it gives their schemas.
        var files = OpenData.Build(year.Report, check.Content.Site.Licence)
            .Where(f => f.Name != DataPackage.FileName && (format == "json" ? f.Format.StartsWith("JSON", StringComparison.Ordinal) : f.Format == "CSV"))
            .ToList();
        files.Add(DataPackage.Build(year.Report, check.Content.Site.Licence, files));
        try
        {
            Directory.CreateDirectory(output);
            foreach (var file in files)
            {
                File.WriteAllBytes(Path.Combine(output, file.Name), file.Bytes);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"rdd : impossible d'écrire dans « {output} » : {e.Message}");
            return ExitCodes.ContentErrors;
        }

        console.Out.WriteLine($"{files.Count} fichier(s) écrit(s) dans {output.Replace('\\', '/')} : {string.Join(", ", files.Select(f => f.Name))}.");
        return ExitCodes.Success;
    }
}
