using System.IO.Compression;
using Rdd.Domain.Validation;
using Rdd.Site.Data;
using Rdd.Site.Output;
using Rdd.Site.Pages;

namespace Rdd.Site.Serve.Publishing;

/// <summary>
/// « Publier »: check, build, then what the webmaster and the readers get, with the code of the commands that do each
/// (no pipeline of its own): the site written into a folder as <c>rdd build -o</c> writes it; in
/// <see cref="DownloadsFolder"/>, a ZIP of the site with <see cref="WebmasterNotes.FileName"/>, the open data files
/// and, when Chromium is there, the PDF of the whole report as <c>rdd pdf</c> prints it. Errors block; warnings
/// block until the author accepts them.
/// </summary>
/// <param name="contentRoot">The content folder.</param>
/// <param name="findChromium">Finds Chromium (<see cref="Chromium.Find"/>); null when there is none.</param>
internal sealed class SitePublisher(string contentRoot, Func<string?> findChromium)
{
    /// <summary>The ZIP of the site, in <see cref="DownloadsFolder"/>.</summary>
    public const string ZipFile = "site.zip";

    /// <summary>The PDF of the whole report, in <see cref="DownloadsFolder"/>.</summary>
    public const string PdfFile = "rapport.pdf";

    /// <summary>Why there is no PDF when Chromium is missing, and how to get one, in French.</summary>
    public const string PdfMissing = "Le PDF du rapport complet s'imprime avec Chromium, Google Chrome ou Microsoft Edge, introuvable sur cet ordinateur\u00A0: installez l'un d'eux puis publiez de nouveau, ou ouvrez la page «\u00A0Rapport complet\u00A0» du site dans votre navigateur et imprimez-la (Ctrl+P, «\u00A0Enregistrer au format PDF\u00A0»).";

    /// <summary>The folder of the open data files, in <see cref="DownloadsFolder"/> as in the site.</summary>
    public const string DataFolder = OpenData.Folder;

    /// <summary>Creates a publisher that looks for Chromium where <c>rdd pdf</c> does.</summary>
    /// <param name="contentRoot">The content folder.</param>
    public SitePublisher(string contentRoot)
        : this(contentRoot, Chromium.Find)
    {
    }

    /// <summary>
    /// Where the files to download are written, replaced whole by each publication: inside the content folder's
    /// <c>.rdd</c> folder, which the content ignores, as the editor's history does.
    /// </summary>
    public string DownloadsFolder { get; } = Path.Combine(Path.GetFullPath(contentRoot), ".rdd", "publication");

    /// <summary>The folder the site is written into unless the author chooses another: <c>_site</c> beside the content folder.</summary>
    public string DefaultOutput { get; } = Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentRoot))) ?? Path.GetFullPath(contentRoot), "_site");

    /// <summary>The files of the last publication, by path in <see cref="DownloadsFolder"/> (« site.zip », « donnees/actions.csv »); empty before any.</summary>
    public IReadOnlyList<string> Downloads => Directory.Exists(DownloadsFolder)
        ? Directory.EnumerateFiles(DownloadsFolder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(DownloadsFolder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
        : [];

    /// <summary>The full path of <paramref name="output"/> as the author typed it: a relative path is taken from the folder that holds the content folder.</summary>
    /// <param name="output">The folder as typed.</param>
    /// <returns>Its full path.</returns>
    public string FullOutput(string output) => Path.GetFullPath(output.Trim(), Path.GetDirectoryName(DefaultOutput)!);

    /// <summary>Checks, builds and writes everything, or says why not.</summary>
    /// <param name="request">What the author asked for.</param>
    /// <param name="cancellation">Stops the build.</param>
    /// <returns>What happened.</returns>
    public async Task<Publication> PublishAsync(PublishRequest request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (OutputProblem(request.Output) is { } problem)
        {
            return new Publication(PublicationOutcome.Refused, [], problem);
        }

        var output = FullOutput(request.Output);
        var basePath = SiteUrls.NormalizeBasePath(request.BasePath);
        var build = await SiteGenerator.BuildAsync(contentRoot, new BuildOptions { BasePath = basePath }, cancellation: cancellation).ConfigureAwait(false);
        var diagnostics = build.Result.Diagnostics;
        if (build.Files is not { } files)
        {
            return new Publication(PublicationOutcome.Blocked, diagnostics, "Le site n'est pas publié\u00A0: corrigez d'abord les erreurs.");
        }

        if (!request.WarningsAccepted && diagnostics.Any(d => d.Severity == Severity.Warning))
        {
            return new Publication(PublicationOutcome.WarningsToAccept, diagnostics, "Le contenu a des avertissements\u00A0: relisez-les, puis publiez en les acceptant.");
        }

        var downloads = new SiteFiles();
        downloads.Add(ZipFile, Zip(files, WebmasterNotes.Text(basePath, LocalWebServer.SiteHeaders(files).ToList())));
        foreach (var path in files.Paths.Where(p => p.StartsWith(DataFolder + "/", StringComparison.Ordinal) && p.IndexOf('/', DataFolder.Length + 1) < 0))
        {
            downloads.Add(path, files[path]);
        }

        if (AtomicWriter.Write(files, output) is { } failure)
        {
            return new Publication(PublicationOutcome.Blocked, [.. diagnostics, failure], "Le site n'a pas pu être écrit.");
        }

        var pdfUnavailable = await AddPdfAsync(files, downloads).ConfigureAwait(false);
        if (AtomicWriter.Write(downloads, DownloadsFolder) is { } downloadFailure)
        {
            return new Publication(PublicationOutcome.Blocked, [.. diagnostics, downloadFailure], "Le site est écrit, mais les fichiers à télécharger n'ont pas pu l'être.");
        }

        return new Publication(PublicationOutcome.Published, diagnostics, $"le site est écrit dans «\u00A0{output}\u00A0», avec le chemin de base «\u00A0{basePath}\u00A0».", pdfUnavailable);
    }

    /// <summary>
    /// Why the site cannot be written into <paramref name="output"/>, in French; null when it can. Publishing replaces
    /// the folder whole: never the content folder, a folder around it, or a folder of other files.
    /// </summary>
    /// <param name="output">The folder as the author typed it.</param>
    /// <returns>The problem, or null.</returns>
    public string? OutputProblem(string output)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            return "Indiquez le dossier où écrire le site.";
        }

        var full = Path.TrimEndingDirectorySeparator(FullOutput(output));
        var content = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentRoot));
        if (IsWithin(full, content) || IsWithin(content, full))
        {
            return $"Le site ne peut pas être écrit dans le dossier du contenu, ni dans un dossier qui le contient\u00A0: choisissez un autre dossier, par exemple «\u00A0{DefaultOutput}\u00A0».";
        }

        if (File.Exists(full))
        {
            return $"«\u00A0{full}\u00A0» est un fichier\u00A0: indiquez un dossier.";
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !File.Exists(Path.Combine(full, "index.html")))
        {
            return $"Le dossier «\u00A0{full}\u00A0» contient des fichiers qui ne sont pas un site\u00A0: la publication le remplacerait en entier. Choisissez un dossier nouveau ou vide, ou celui d'une publication précédente.";
        }

        return null;
    }

    /// <summary>The ZIP of the site: its files under their paths, and the notes for the webmaster at the root.</summary>
    /// <param name="files">The site.</param>
    /// <param name="notes">The text of <see cref="WebmasterNotes.FileName"/>.</param>
    /// <returns>The archive's bytes.</returns>
    internal static byte[] Zip(SiteFiles files, string notes)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, WebmasterNotes.FileName, System.Text.Encoding.UTF8.GetBytes(notes));
            foreach (var path in files.Paths.Order(StringComparer.Ordinal))
            {
                Add(archive, path, files[path]);
            }
        }

        return memory.ToArray();
    }

    private static void Add(ZipArchive archive, string path, byte[] bytes)
    {
        using var entry = archive.CreateEntry(path, CompressionLevel.Optimal).Open();
        entry.Write(bytes);
    }

    /// <summary>Prints the PDF into <paramref name="downloads"/>; returns why it is not there, or null.</summary>
    private async Task<string?> AddPdfAsync(SiteFiles files, SiteFiles downloads)
    {
        if (findChromium() is not { } chromium)
        {
            return PdfMissing;
        }

        var work = Directory.CreateTempSubdirectory("rdd-publier-");
        try
        {
            var pdf = Path.Combine(work.FullName, PdfFile);
            if (await ReportPrinter.PrintAsync(chromium, files, pdf).ConfigureAwait(false) is { } failure)
            {
                return $"Le PDF n'a pas pu être imprimé par {chromium} ({failure})\u00A0: le site est publié sans lui\u00A0; la page «\u00A0Rapport complet\u00A0» du site s'imprime aussi depuis le navigateur (Ctrl+P, «\u00A0Enregistrer au format PDF\u00A0»).";
            }

            downloads.Add(PdfFile, await File.ReadAllBytesAsync(pdf).ConfigureAwait(false));
            return null;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static bool IsWithin(string path, string folder) =>
        path.Equals(folder, StringComparison.Ordinal) || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
