using Rdd.Domain;
using Rdd.Site.Serve;
using Rdd.Site.Text;

namespace Rdd.Site.Cli;

/// <summary>
/// <c>rdd pdf [CONTENT_DIR] [-o FILE.pdf]</c>: builds the site in memory and prints the page « /rapport-complet/ » to
/// PDF with headless Chromium (<see cref="ReportPrinter"/>).
/// </summary>
internal static class PdfCommand
{
    public const string Usage = "rdd pdf [DOSSIER] [-o FICHIER.pdf]";

    public static int Run(Arguments args, Console console) => RunAsync(args, console).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(Arguments args, Console console)
    {
        if (args.Positional.Count > 1)
        {
            return console.UsageError("Un seul dossier de contenu est attendu.", Usage);
        }

        var root = args.Positional.Count == 1 ? args.Positional[0] : "content";
        var output = args.Option("o", "output") ?? "rapport.pdf";
        if (output.Length == 0)
        {
            return console.UsageError("Indiquez le fichier PDF à écrire après -o.", Usage);
        }

        var chromium = Chromium.Find();
        if (chromium is null)
        {
            Chromium.ReportMissing(console.Error, "rdd pdf imprime le rapport");
            return ExitCodes.ContentErrors;
        }

        var build = await SiteGenerator.BuildAsync(root, new BuildOptions()).ConfigureAwait(false);
        DiagnosticWriter.WriteText(console.Out, root, build.Result.Diagnostics);
        if (!build.Success)
        {
            console.Out.WriteLine($"PDF non écrit : {DiagnosticWriter.Summary(build.Result)}");
            return ExitCodes.ContentErrors;
        }

        var target = Path.GetFullPath(output);
        try
        {
            if (await ReportPrinter.PrintAsync(chromium, build.Files!, target).ConfigureAwait(false) is { } failure)
            {
                console.Error.WriteLine($"rdd : Chromium ({chromium}) n'a pas produit le PDF : {failure}");
                return ExitCodes.ContentErrors;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"rdd : impossible d'écrire « {output} » : {e.Message}");
            return ExitCodes.ContentErrors;
        }

        var bytes = File.ReadAllBytes(target);
        var pages = ReportPrinter.CountPages(bytes);
        console.Out.WriteLine($"PDF écrit dans {output.Replace('\\', '/')} : {(pages > 0 ? FrenchCount.Of(pages, "page", "pages") + ", " : string.Empty)}{(bytes.Length / 1024.0).ToString("0", French.Culture)} ko ; {DiagnosticWriter.Summary(build.Result)}");
        return ExitCodes.Success;
    }
}
