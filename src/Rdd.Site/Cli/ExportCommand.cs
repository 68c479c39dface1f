using Rdd.Site.Content;
using Rdd.Site.Data;
using Rdd.Site.Export;
using Rdd.Site.Text;

namespace Rdd.Site.Cli;

/// <summary>
/// <c>rdd export [CONTENT_DIR] --format json|csv -o DIR</c>: writes the open data files without building the site.
/// The JSON report is one file: <c>--format json -o rapport.json</c> writes it there. The CSV data is several files: a
/// path that looks like a file (ending in .csv or .json) is refused rather than made into a folder of that name.
/// The Data Package (<c>datapackage.json</c>) that describes the files written comes with them.
/// <c>--format docx -o rapport.docx</c> writes the whole report as one accessible Word document (<see cref="DocxExporter"/>).
/// </summary>
internal static class ExportCommand
{
    public const string Usage = "rdd export [DOSSIER] --format json|csv|docx -o SORTIE";

    public static int Run(Arguments args, Console console)
    {
        var format = args.Option("format", "f");
        var output = args.Option("o", "output");
        if (format is not ("json" or "csv" or "docx") || output is null || args.Positional.Count > 1)
        {
            return console.UsageError("Indiquez le format (--format json, csv ou docx) et la sortie (-o) : un dossier, ou un fichier .json ou .docx.", Usage);
        }

        if (format == "docx" && !output.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            return console.UsageError($"« {output} » n'est pas le nom d'un document Word : écrivez par exemple -o rapport.docx.", Usage);
        }

        var singleFile = format == "docx" || LooksLikeAFile(output);
        if (format != "docx" && singleFile && !(format == "json" && output.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
        {
            return console.UsageError(format == "csv"
                ? $"« {output} » ressemble à un nom de fichier, mais le format csv écrit plusieurs fichiers (actions.csv, chiffres-cles.csv, budget.csv, indicateurs.csv) : indiquez un dossier, par exemple -o donnees-csv."
                : $"« {output} » ressemble à un fichier CSV, mais le format demandé est json : écrivez -o rapport.json pour le rapport seul, ou un dossier (-o donnees) pour le rapport et son schéma.", Usage);
        }

        var root = args.Positional.Count == 1 ? args.Positional[0] : "content";
        var check = ContentChecker.Check(root);
        DiagnosticWriter.WriteText(console.Out, root, check.Result.Diagnostics);
        if (!check.Success)
        {
            console.Out.WriteLine($"Rien n'est exporté : {DiagnosticWriter.Summary(check.Result)}");
            return ExitCodes.ContentErrors;
        }

        if (format == "docx")
        {
            return WriteDocument(console, output, check.Content);
        }

        if (singleFile)
        {
            return WriteReport(console, output, check.Content.Latest!.Report);
        }

        return WriteFolder(console, output, format, check.Content);
    }

    /// <summary>Whether an output path names a file rather than a folder: it ends in .json or .csv.</summary>
    internal static bool LooksLikeAFile(string output) =>
        Path.GetExtension(output.TrimEnd('/', '\\')) is { } extension
        && (extension.Equals(".json", StringComparison.OrdinalIgnoreCase) || extension.Equals(".csv", StringComparison.OrdinalIgnoreCase));

    /// <summary>Writes the latest report's open data files of the format, and the Data Package that describes them, in a folder.</summary>
    private static int WriteFolder(Console console, string output, string format, LoadedContent content)
    {
        var report = content.Latest!.Report;

        // The Data Package describes the files written, and only them: with the CSV files, it gives their schemas.
        var files = OpenData.Build(report, content.Site.Licence)
            .Where(f => f.Name != DataPackage.FileName && (format == "json" ? f.Format.StartsWith("JSON", StringComparison.Ordinal) : f.Format == "CSV"))
            .ToList();
        files.Add(DataPackage.Build(report, content.Site.Licence, files));
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

        console.Out.WriteLine($"{FrenchCount.Of(files.Count, "fichier écrit", "fichiers écrits")} dans {output.Replace('\\', '/')} : {string.Join(", ", files.Select(f => f.Name))}.");
        return ExitCodes.Success;
    }

    /// <summary>Writes the report as a Word document; the file appears only once complete.</summary>
    private static int WriteDocument(Console console, string output, LoadedContent content)
    {
        using var document = new MemoryStream();
        var warnings = DocxExporter.Export(content, document);
        if (WriteFile(console, output, document.ToArray(), string.Empty) is { } failed)
        {
            return failed;
        }

        console.Out.WriteLine($"Rapport écrit dans {output.Replace('\\', '/')} (document Word : titres, sommaire, tableaux et images décrits, en français).");
        foreach (var warning in warnings)
        {
            console.Out.WriteLine($"avertissement : {warning}");
        }

        return ExitCodes.Success;
    }

    /// <summary>Writes one file (its folder created if needed), refusing a folder of that name; the exit code of a failure, else null.</summary>
    private static int? WriteFile(Console console, string output, byte[] bytes, string otherwise)
    {
        try
        {
            if (Directory.Exists(output))
            {
                console.Error.WriteLine($"rdd : « {output} » est un dossier : donnez le nom du fichier à écrire{otherwise}.");
                return ExitCodes.ContentErrors;
            }

            if (Path.GetDirectoryName(Path.GetFullPath(output)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllBytes(output, bytes);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"rdd : impossible d'écrire « {output} » : {e.Message}");
            return ExitCodes.ContentErrors;
        }
    }

    /// <summary>Writes the report's canonical JSON alone, in the file named (its folder created if needed).</summary>
    private static int WriteReport(Console console, string output, Rdd.Domain.Reports.Report report)
    {
        if (WriteFile(console, output, Rdd.Domain.Json.ReportJson.SerializeToUtf8Bytes(report), " ou ce dossier sans « .json » à la fin pour y écrire le rapport et son schéma") is { } failed)
        {
            return failed;
        }

        console.Out.WriteLine($"Rapport écrit dans {output.Replace('\\', '/')} (JSON canonique ; son schéma s'affiche avec « {PrintedCommand.Of("schema")} »).");
        return ExitCodes.Success;
    }
}
