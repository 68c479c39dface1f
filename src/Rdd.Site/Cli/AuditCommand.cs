using Rdd.Domain;
using Rdd.Site.Audit;
using Rdd.Site.Output;
using Rdd.Site.Serve;

namespace Rdd.Site.Cli;

/// <summary>
/// <c>rdd audit [CONTENT_DIR] [--site DIR]</c>: builds the site in memory (or takes a built one), serves it on
/// 127.0.0.1 and checks every page in headless Chromium (<see cref="SiteAuditor"/>); writes the dated report and its
/// summary beside site.yml, where the next build reads it for the accessibility statement.
/// </summary>
internal static class AuditCommand
{
    public const string Usage = "rdd audit [DOSSIER] [--site SITE]";

    public static int Run(Arguments args, Console console) => RunAsync(args, console).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(Arguments args, Console console)
    {
        if (args.Positional.Count > 1)
        {
            return console.UsageError("Un seul dossier de contenu est attendu.", Usage);
        }

        var root = args.Positional.Count == 1 ? args.Positional[0] : "content";
        var built = args.Option("site");
        if (built is { Length: 0 })
        {
            return console.UsageError("Indiquez le dossier du site construit après --site.", Usage);
        }

        if (!File.Exists(Path.Combine(root, "site.yml")))
        {
            console.Error.WriteLine($"rdd : « {root} » n'est pas un dossier de contenu (site.yml est introuvable) ; rdd audit y écrit son rapport, à côté de site.yml.");
            return ExitCodes.ContentErrors;
        }

        var chromium = Chromium.Find();
        if (chromium is null)
        {
            Chromium.ReportMissing(console.Error, "rdd audit vérifie chaque page");
            return ExitCodes.ToolMissing;
        }

        var files = built is null ? await BuildAsync(root, console).ConfigureAwait(false) : Read(built, console);
        if (files is null)
        {
            return ExitCodes.ContentErrors;
        }

        var pages = PagePaths(files);
        console.Out.WriteLine($"Vérification de {Count(pages.Count, "page", "pages")} dans Chromium ({chromium})…");
        if (await AuditAsync(chromium, files, pages, console).ConfigureAwait(false) is not { } report)
        {
            return ExitCodes.ToolMissing;
        }

        var summary = AuditSummary.Markdown(report);
        try
        {
            AuditWriter.Write(root, report, summary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"rdd : impossible d'écrire le rapport d'audit dans « {root} » : {e.Message}");
            return ExitCodes.ContentErrors;
        }

        console.Out.Write(summary);
        console.Out.WriteLine($"Rapport écrit dans {Path.Combine(root, AuditReport.FileName).Replace('\\', '/')} et {AuditReport.SummaryFileName} ; la prochaine construction du site le cite dans la déclaration d'accessibilité.");
        return report.Passed ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    /// <summary>The URL paths of the site's pages, the home page first, then in ordinal order.</summary>
    private static List<string> PagePaths(SiteFiles files) => files.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal))
        .Select(p => "/" + (p.EndsWith("index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p))
        .OrderBy(p => p != "/")
        .ThenBy(p => p, StringComparer.Ordinal)
        .ToList();

    /// <summary>Serves the site on 127.0.0.1 and checks each page in Chromium, printing those that fail; null when Chromium fails, said on the error output.</summary>
    private static async Task<AuditReport?> AuditAsync(string chromium, SiteFiles files, List<string> pages, Console console)
    {
        try
        {
            await using var server = await LocalWebServer.StartAsync(0, context => LocalWebServer.ServeFileAsync(context, files)).ConfigureAwait(false);
            await using var browser = await DevTools.LaunchAsync(chromium).ConfigureAwait(false);
            return await SiteAuditor.AuditAsync(browser, server.Address, pages, page =>
            {
                if (!page.Passed)
                {
                    console.Out.WriteLine($"  {page.Url} : {string.Join(" ; ", AuditSummary.Problems(page))}");
                }
            }).ConfigureAwait(false);
        }
        catch (DevToolsException e)
        {
            console.Error.WriteLine($"rdd : la vérification dans Chromium ({chromium}) a échoué : {e.Message}");
            return null;
        }
    }

    private static async Task<SiteFiles?> BuildAsync(string root, Console console)
    {
        var build = await SiteGenerator.BuildAsync(root, new BuildOptions()).ConfigureAwait(false);
        DiagnosticWriter.WriteText(console.Out, root, build.Result.Diagnostics);
        if (!build.Success)
        {
            console.Out.WriteLine($"Audit impossible : le site ne se construit pas. {DiagnosticWriter.Summary(build.Result)}");
            return null;
        }

        return build.Files;
    }

    /// <summary>A site built by <c>rdd build</c> (with the default base path, « / »), read into memory.</summary>
    private static SiteFiles? Read(string folder, Console console)
    {
        if (!File.Exists(Path.Combine(folder, "index.html")))
        {
            console.Error.WriteLine($"rdd : « {folder} » n'est pas un site construit par rdd build (index.html est introuvable).");
            return null;
        }

        var files = new SiteFiles();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files.Add(Path.GetRelativePath(folder, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }

        return files;
    }

    private static string Count(int n, string one, string many) => $"{French.Number(n)} {(n <= 1 ? one : many)}";
}
