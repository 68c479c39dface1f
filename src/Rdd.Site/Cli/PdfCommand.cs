using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Rdd.Domain;
using Rdd.Site.Pages;
using Rdd.Site.Serve;
using Rdd.Site.Text;

namespace Rdd.Site.Cli;

/// <summary>
/// <c>rdd pdf [CONTENT_DIR] [-o FILE.pdf]</c>: builds the site in memory, serves it on 127.0.0.1 and prints the page
/// « /rapport-complet/ » to PDF with headless Chromium (which titles the PDF after the page's title element and tags it
/// in the page's language).
/// </summary>
internal static partial class PdfCommand
{
    public const string Usage = "rdd pdf [DOSSIER] [-o FICHIER.pdf]";

    /// <summary>How long Chromium may take to print.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static int Run(Arguments args, Console console) => RunAsync(args, console).GetAwaiter().GetResult();

    // Long on purpose: the command's steps in order (arguments, Chromium, build, serve, print, move), each with its
    // message and exit code.
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

        var files = build.Files!;
        var page = SiteUrls.FileOf(SiteUrls.FullReport);
        files.Add(page, ForPrint(files.Text(page)));
        var target = Path.GetFullPath(output);
        var work = Directory.CreateTempSubdirectory("rdd-pdf-");
        try
        {
            await using var server = await LocalWebServer.StartAsync(0, context => LocalWebServer.ServeFileAsync(context, files)).ConfigureAwait(false);
            var printed = Path.Combine(work.FullName, "rapport.pdf");
            var result = await PrintAsync(chromium, new Uri(server.Address, SiteUrls.FullReport.TrimStart('/')), printed, Path.Combine(work.FullName, "profil")).ConfigureAwait(false);
            if (result is not null)
            {
                console.Error.WriteLine($"rdd : Chromium ({chromium}) n'a pas produit le PDF : {result}");
                return ExitCodes.ContentErrors;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(printed, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"rdd : impossible d'écrire « {output} » : {e.Message}");
            return ExitCodes.ContentErrors;
        }
        finally
        {
            TryDelete(work);
        }

        var bytes = File.ReadAllBytes(target);
        var pages = CountPages(bytes);
        console.Out.WriteLine($"PDF écrit dans {output.Replace('\\', '/')} : {(pages > 0 ? FrenchCount.Of(pages, "page", "pages") + ", " : string.Empty)}{(bytes.Length / 1024.0).ToString("0", French.Culture)} ko ; {DiagnosticWriter.Summary(build.Result)}");
        return ExitCodes.Success;
    }

    /// <summary>
    /// Links to other pages of the site would lead, in the PDF, to the temporary server: they are kept as text.
    /// Links within the page (contents, figures) and to other sites stay links.
    /// </summary>
    /// <param name="html">The printable report page.</param>
    /// <returns>The page to print.</returns>
    internal static string ForPrint(string html) => InternalLink().Replace(html, "<a$1");

    [GeneratedRegex(@"<a(\b[^>]*?)\shref=""/[^""]*""", RegexOptions.CultureInvariant)]
    private static partial Regex InternalLink();

    /// <summary>The number of pages of a PDF, counted from its page objects; 0 when they cannot be found.</summary>
    /// <param name="pdf">The PDF's bytes.</param>
    /// <returns>The page count.</returns>
    internal static int CountPages(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex PageObject();

    private static async Task<string?> PrintAsync(string chromium, Uri url, string pdf, string profile)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--mute-audio",
            "--user-data-dir=" + profile, "--no-pdf-header-footer", "--generate-pdf-document-outline",
            "--print-to-pdf=" + pdf, url.AbsoluteUri])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new IOException("Chromium n'a pas démarré.");
        var errors = process.StandardError.ReadToEndAsync();
        var outputs = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return $"il n'a pas terminé en {Timeout.TotalMinutes.ToString("0", French.Culture)} minutes.";
        }

        var log = (await errors.ConfigureAwait(false)) + (await outputs.ConfigureAwait(false));
        if (!File.Exists(pdf) || !IsPdf(pdf))
        {
            var lines = log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return $"code de sortie {process.ExitCode}. {string.Join(Environment.NewLine, lines.TakeLast(5))}";
        }

        return null;
    }

    private static bool IsPdf(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[5];
        return stream.Read(head) == 5 && head.SequenceEqual("%PDF-"u8);
    }

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>Finds the Chromium (or Chrome) executable.</summary>
internal static class Chromium
{
    /// <summary>The names looked for in the PATH, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["chromium", "chromium-browser", "chrome", "google-chrome", "google-chrome-stable", "msedge"];

    /// <summary>Where Windows installs Chrome and Edge, under Program Files.</summary>
    private static readonly string[] WindowsPaths = [@"Google\Chrome\Application\chrome.exe", @"Microsoft\Edge\Application\msedge.exe"];

    /// <summary>Says, in French, that Chromium is missing, how to install it and where rdd looks for it.</summary>
    /// <param name="error">The error output.</param>
    /// <param name="purpose">What the command does with Chromium (« rdd pdf imprime le rapport »).</param>
    public static void ReportMissing(TextWriter error, string purpose)
    {
        error.WriteLine($"rdd : Chromium est introuvable. {purpose} avec Chromium (ou Google Chrome, ou Microsoft Edge) sans fenêtre ;");
        error.WriteLine("installez-le, par exemple sous Debian ou Ubuntu : sudo apt-get install chromium");
        error.WriteLine("(rdd le cherche dans /usr/bin/chromium, puis sous les noms chromium, chromium-browser, chrome, google-chrome et msedge dans le PATH, et là où Windows installe Chrome et Edge ; la variable RDD_CHROMIUM peut donner son chemin).");
    }

    /// <summary>The executable: $RDD_CHROMIUM, /usr/bin/chromium, the first of <see cref="Names"/> in the PATH, or Chrome or Edge where Windows installs them.</summary>
    /// <returns>Its full path, or null when none is installed.</returns>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("RDD_CHROMIUM") is { Length: > 0 } given)
        {
            return File.Exists(given) ? Path.GetFullPath(given) : null;
        }

        if (File.Exists("/usr/bin/chromium"))
        {
            return "/usr/bin/chromium";
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var extensions = OperatingSystem.IsWindows() ? [".exe", string.Empty] : new[] { string.Empty };
        var programs = OperatingSystem.IsWindows()
            ? new[] { "ProgramFiles", "ProgramFiles(x86)", "LocalAppData" }.Select(Environment.GetEnvironmentVariable).OfType<string>()
                .SelectMany(folder => WindowsPaths.Select(path => Path.Combine(folder, path)))
            : [];
        return Names
            .SelectMany(name => folders.SelectMany(folder => extensions.Select(extension => Path.Combine(folder, name + extension))))
            .Concat(programs)
            .FirstOrDefault(File.Exists);
    }
}
