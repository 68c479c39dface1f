using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Rdd.Domain;
using Rdd.Site.Output;
using Rdd.Site.Pages;

namespace Rdd.Site.Serve;

/// <summary>
/// Prints the page « /rapport-complet/ » of a site built in memory to PDF: serves the site on 127.0.0.1 and lets
/// headless Chromium print it (which titles the PDF after the page's title element and tags it in the page's
/// language). <c>rdd pdf</c> and the editor's « Publier » page both print with it.
/// </summary>
internal static partial class ReportPrinter
{
    /// <summary>How long Chromium may take to print.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Prints the full report of <paramref name="files"/> into <paramref name="target"/> (its folder created if needed).</summary>
    /// <param name="chromium">The Chromium executable (<see cref="Chromium.Find"/>).</param>
    /// <param name="files">The site; its printable report is replaced by the page to print.</param>
    /// <param name="target">The PDF file to write.</param>
    /// <returns>Null when the PDF is written; else what Chromium did instead, in French.</returns>
    /// <exception cref="IOException">The PDF cannot be written where asked.</exception>
    /// <exception cref="UnauthorizedAccessException">The PDF cannot be written where asked.</exception>
    public static async Task<string?> PrintAsync(string chromium, SiteFiles files, string target)
    {
        var page = SiteUrls.FileOf(SiteUrls.FullReport);
        files.Add(page, ForPrint(files.Text(page)));
        var work = Directory.CreateTempSubdirectory("rdd-pdf-");
        try
        {
            await using var server = await LocalWebServer.StartAsync(0, context => LocalWebServer.ServeFileAsync(context, files)).ConfigureAwait(false);
            var printed = Path.Combine(work.FullName, "rapport.pdf");
            var result = await RunChromiumAsync(chromium, new Uri(server.Address, SiteUrls.FullReport.TrimStart('/')), printed, Path.Combine(work.FullName, "profil")).ConfigureAwait(false);
            if (result is not null)
            {
                return result;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            File.Move(printed, target, overwrite: true);
            return null;
        }
        finally
        {
            TryDelete(work);
        }
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

    private static async Task<string?> RunChromiumAsync(string chromium, Uri url, string pdf, string profile)
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
