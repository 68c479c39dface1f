using Rdd.Domain.Validation;

namespace Rdd.Site.Output;

/// <summary>
/// The last stage: writes a site so that a failed or interrupted build never damages the previous one. Files are
/// written into a new folder beside the output; only when all are written does that folder take the output's place.
/// </summary>
public static class AtomicWriter
{
    /// <summary>RDD3002: the output folder cannot be written.</summary>
    public static DiagnosticDescriptor CannotWrite { get; } = new("RDD3002", Severity.Error,
        "Dossier de sortie impossible à écrire",
        "Le site est écrit dans un dossier temporaire voisin du dossier de sortie, puis prend sa place ; il faut pouvoir écrire dans le dossier parent.",
        "Vérifiez les droits d'écriture, l'espace disque, ou choisissez un autre dossier avec -o.");

    private const string StagingMarker = ".rdd-staging-";
    private const string RetiredMarker = ".rdd-previous-";

    /// <summary>
    /// Creates the staging folder of a build that writes its files as they are made (<see cref="SiteFiles(string)"/>):
    /// a new folder beside <paramref name="output"/>, which <see cref="Write"/> then puts in its place, or
    /// <see cref="Discard"/> removes.
    /// </summary>
    /// <param name="output">The output folder.</param>
    /// <param name="failure">Why the folder could not be made, else null.</param>
    /// <returns>The staging folder, or null on failure.</returns>
    public static string? Stage(string output, out Diagnostic? failure)
    {
        var (_, parent, name) = Names(output);
        var staging = StagingName(parent, name);
        try
        {
            Directory.CreateDirectory(parent);
            RecoverInterruptedSwap(parent, name);
            Directory.CreateDirectory(staging);
            failure = null;
            return staging;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = Failed(output, staging, e);
            return null;
        }
    }

    /// <summary>Removes the staging folder of a build that must not be published (content errors, broken links, failure).</summary>
    /// <param name="staging">The folder <see cref="Stage"/> made.</param>
    public static void Discard(string staging)
    {
        ArgumentNullException.ThrowIfNull(staging);
        TryDelete(staging);
    }

    /// <summary>The diagnostic of a build whose files could not be written into the staging folder.</summary>
    /// <param name="output">The output folder.</param>
    /// <param name="staging">The staging folder, removed.</param>
    /// <param name="exception">What failed.</param>
    /// <returns>RDD3002.</returns>
    public static Diagnostic Failed(string output, string staging, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        TryDelete(staging);
        return CannotWrite.Create($"Le site n'a pas pu être écrit dans « {output} » : {exception.Message} Le site précédent est inchangé.", null, new SourceLocation(output));
    }

    /// <summary>
    /// Writes <paramref name="files"/> as the content of <paramref name="output"/>. Files already written to a staging
    /// folder (<see cref="Stage"/>) are not written again: that folder takes the output's place.
    /// </summary>
    /// <param name="files">The files.</param>
    /// <param name="output">The output folder.</param>
    /// <returns>A diagnostic when writing failed (the previous output is then intact), else null.</returns>
    public static Diagnostic? Write(SiteFiles files, string output)
    {
        ArgumentNullException.ThrowIfNull(files);
        Diagnostic? stageFailure = null;
        if ((files.Folder ?? Stage(output, out stageFailure)) is not { } staging)
        {
            return stageFailure;
        }

        try
        {
            if (files.Folder is null)
            {
                var targets = files.Paths.Select(path => (Path: path, Target: SiteFiles.PathIn(staging, path))).ToList();
                foreach (var folder in targets.Select(t => Path.GetDirectoryName(t.Target)!).Distinct(StringComparer.Ordinal))
                {
                    Directory.CreateDirectory(folder);
                }

                // Files are independent once their folders exist: they are written in parallel.
                Parallel.ForEach(targets, t => File.WriteAllBytes(t.Target, files[t.Path]));
            }

            var (full, parent, name) = Names(output);
            Swap(staging, full, parent, name);
            return null;
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is IOException or UnauthorizedAccessException))
        {
            return Failed(output, staging, e.InnerExceptions[0]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(output, staging, e);
        }
    }

    private static (string Full, string Parent, string Name) Names(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return (full, Path.GetDirectoryName(full) ?? ".", Path.GetFileName(full));
    }

    private static string StagingName(string parent, string name) => Path.Combine(parent, name + StagingMarker + Guid.NewGuid().ToString("N")[..8]);

    private static void Swap(string staging, string output, string parent, string name)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }

        var retired = Path.Combine(parent, name + RetiredMarker + Guid.NewGuid().ToString("N")[..8]);
        Directory.Move(output, retired);
        Directory.Move(staging, output);
        TryDelete(retired);
    }

    /// <summary>
    /// A build killed between the two moves of <see cref="Swap"/> leaves the previous site under a retired name and no
    /// output: put it back. Leftover staging folders of killed builds are removed.
    /// </summary>
    private static void RecoverInterruptedSwap(string parent, string name)
    {
        var output = Path.Combine(parent, name);
        var retired = Directory.EnumerateDirectories(parent, name + RetiredMarker + "*").Order(StringComparer.Ordinal).ToList();
        if (!Directory.Exists(output) && retired.Count > 0)
        {
            Directory.Move(retired[^1], output);
            retired.RemoveAt(retired.Count - 1);
        }

        foreach (var leftover in retired.Concat(Directory.EnumerateDirectories(parent, name + StagingMarker + "*")))
        {
            TryDelete(leftover);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover folder is removed by the next build; it never replaces the output.
        }
    }
}
