using Rdd.Domain;
using Rdd.Domain.Validation;
using Rdd.Site.Output;

namespace Rdd.Site.Cli;

/// <summary><c>rdd build [CONTENT_DIR] [-o DIR] [--base-path /prefix/]</c>: checks the content and writes the site atomically.</summary>
internal static class BuildCommand
{
    public const string Usage = "rdd build [DOSSIER] [-o SORTIE] [--base-path /prefixe/] [--extension A.dll,B.dll]";

    public static int Run(Arguments args, Console console)
    {
        if (args.Positional.Count > 1)
        {
            return console.UsageError("Un seul dossier de contenu est attendu.", Usage);
        }

        var root = args.Positional.Count == 1 ? args.Positional[0] : "content";
        var output = args.Option("o", "output") ?? "_site";
        var basePath = args.Option("base-path") ?? "/";
        BuildTimings.Mark("démarrage");
        var progress = new ProgressLine(console);
        // Pages are written into a folder beside the output as they are rendered; it takes the output's place only
        // when the whole site is built and its links are sound, and is removed otherwise.
        if (AtomicWriter.Stage(output, out var stageFailure) is not { } staging)
        {
            DiagnosticWriter.WriteText(console.Out, root, [stageFailure!]);
            return ExitCodes.ContentErrors;
        }

        SiteBuild build;
        try
        {
            build = SiteGenerator.BuildAsync(root, new BuildOptions { BasePath = basePath, Extensions = Arguments.List(args.Option("extension")), StagingFolder = staging }, progress).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            progress.Clear();
            DiagnosticWriter.WriteText(console.Out, root, [AtomicWriter.Failed(output, staging, e)]);
            return ExitCodes.ContentErrors;
        }

        progress.Clear();
        DiagnosticWriter.WriteText(console.Out, root, build.Result.Diagnostics);
        if (!build.Success)
        {
            AtomicWriter.Discard(staging);
            console.Out.WriteLine($"Site non écrit : {DiagnosticWriter.Summary(build.Result)} Le site précédent, s'il existe, est inchangé.");
            return ExitCodes.ContentErrors;
        }

        if (AtomicWriter.Write(build.Files!, output) is { } failure)
        {
            DiagnosticWriter.WriteText(console.Out, root, [failure]);
            return ExitCodes.ContentErrors;
        }

        BuildTimings.Mark("écriture");
        var pages = build.Files!.Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal));
        var size = build.Files.Size / 1024.0 / 1024.0;
        console.Out.WriteLine($"Site écrit dans {output.Replace('\\', '/')} : {pages} pages, {build.Files.Count} fichiers ({size.ToString("0.0", French.Culture)} Mo), en {build.Elapsed.TotalSeconds.ToString("0.00", French.Culture)} s ; {DiagnosticWriter.Summary(build.Result)}");
        console.Out.WriteLine(PreviewHint(root, PrintedCommand.RunsFromSources));
        return ExitCodes.Success;
    }

    /// <summary>How to preview the site just built: the serve command on the same folder, as this rdd is run.</summary>
    /// <param name="root">The content folder as the author named it.</param>
    /// <param name="fromSources">Whether rdd runs from the repository's sources.</param>
    /// <returns>The line to print.</returns>
    internal static string PreviewHint(string root, bool fromSources) =>
        $"Pour le prévisualiser : {PrintedCommand.Of("serve", root, fromSources)}, puis ouvrez l'adresse affichée{(PrintedCommand.Where("serve", root, fromSources) is { } where ? " " + where : string.Empty)}.";

    /// <summary>One terminal line that shows the current stage, rewritten in place; silent when output is redirected.</summary>
    private sealed class ProgressLine(Console console) : IProgress<BuildProgress>
    {
        private readonly bool _interactive = console.IsInteractive;
        private readonly object _gate = new();
        private int _width;

        public void Report(BuildProgress value)
        {
            if (!_interactive)
            {
                return;
            }

            var text = value.Total > 0 ? $"{value.Stage} : {value.Done}/{value.Total}" : value.Stage + "…";
            lock (_gate)
            {
                console.Out.Write("\r" + text.PadRight(_width));
                _width = text.Length;
            }
        }

        public void Clear()
        {
            if (_interactive && _width > 0)
            {
                console.Out.Write("\r" + new string(' ', _width) + "\r");
            }
        }
    }
}
