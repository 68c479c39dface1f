using System.Diagnostics;
using Rdd.Domain.Validation;
using Rdd.Site.Content;
using Rdd.Site.Output;
using Rdd.Site.Pages;
using Rdd.Site.Rendering;

namespace Rdd.Site;

/// <summary>
/// The whole way through: content → model → diagnostics → pages → HTML → files. Each stage is a plain call on the
/// previous one's result; nothing is written unless every stage succeeded.
/// </summary>
public static class SiteGenerator
{
    /// <summary>Builds the site of a content folder in memory.</summary>
    /// <param name="contentRoot">The content folder.</param>
    /// <param name="options">The build options.</param>
    /// <param name="progress">Told of each stage.</param>
    /// <param name="cancellation">Stops the build.</param>
    /// <returns>The files and diagnostics; <see cref="SiteBuild.Files"/> is null when the content has errors.</returns>
    public static async Task<SiteBuild> BuildAsync(string contentRoot, BuildOptions options, IProgress<BuildProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        WarmUp.Start();
        // The renderers are made while the content is read, on the core that reading leaves idle.
        var making = options.Renderer is null ? Task.Run(() => new PageRenderer(options.Parallelism)) : null;
        progress?.Report(new BuildProgress("Lecture et vérification du contenu", 0, 0));
        CheckResult check;
        try
        {
            check = ContentChecker.Check(contentRoot, options.Validator, options.Extensions);
        }
        catch
        {
            if (making is not null)
            {
                await (await making.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }

        var ownRenderer = making is null ? null : await making.ConfigureAwait(false);
        await using var disposeOwn = ownRenderer;
        var diagnostics = check.Result.Diagnostics.ToList();
        if (!check.Success)
        {
            return new SiteBuild(null, null, diagnostics, clock.Elapsed);
        }

        BuildTimings.Mark("lecture et vérification");
        var renderer = options.Renderer ?? ownRenderer!;
        var files = options.StagingFolder is null ? new SiteFiles() : new SiteFiles(options.StagingFolder);
        var scans = new System.Collections.Concurrent.ConcurrentDictionary<string, (HashSet<string> Ids, List<string> Links)>(StringComparer.Ordinal);

        // Pages are rendered as soon as they are built, while the others are built: each one's links are read and
        // the page is added (written, when staging) as soon as it is rendered.
        var jobs = System.Threading.Channels.Channel.CreateUnbounded<RenderJob>(new System.Threading.Channels.UnboundedChannelOptions { SingleWriter = true });
        var rendered = 0;
        var total = 0;
        var rendering = renderer.RenderAllAsync(
            jobs.Reader,
            (job, bytes) =>
            {
                var path = job.Folder + SiteUrls.FileOf(job.Page.Path);
                scans[path] = LinkChecker.Scan(bytes);
                files.Add(path, bytes);
                progress?.Report(new BuildProgress("Mise en page", Interlocked.Increment(ref rendered), Volatile.Read(ref total)));
            },
            cancellation);
        var sent = new HashSet<PageModel>(ReferenceEqualityComparer.Instance);
        IReadOnlyList<YearSite> years = [];
        Exception? failure = null;
        try
        {
            // Extensions' pages add links to the layout of every page: with extensions, pages wait for the final layout.
            var streamed = check.Extensions.PageProviders.Count == 0;
            years = PageBuilder.BuildAll(check.Content, options.BasePath, options.PreviewScript, streamed ? (folder, chrome, page) =>
            {
                sent.Add(page);
                jobs.Writer.TryWrite(new RenderJob(folder, chrome, page));
            }
            : null);
            years = [.. Extensions.ExtensionPages.Add(years, check.Content, check.Extensions.PageProviders, diagnostics)];
            foreach (var year in years)
            {
                foreach (var page in year.Site.Pages.Where(p => !sent.Contains(p)))
                {
                    jobs.Writer.TryWrite(new RenderJob(year.Folder, year.Site.Chrome, page));
                }
            }

            Volatile.Write(ref total, years.Sum(y => y.Site.Pages.Count));

            // The open data and the search index are written while the last pages are rendered.
            foreach (var year in years)
            {
                foreach (var dataFile in year.Site.DataFiles)
                {
                    files.Add(year.Folder + Data.OpenData.Folder + "/" + dataFile.Name, dataFile.Bytes);
                }

                foreach (var (path, bytes) in year.Site.ExtraFiles)
                {
                    files.Add(year.Folder + path, bytes);
                }
            }
        }
#pragma warning disable CA1031 // Rethrown below, once the renderers have stopped.
        catch (Exception e)
#pragma warning restore CA1031
        {
            failure = e;
        }
        finally
        {
            jobs.Writer.Complete();
        }

        BuildTimings.Mark("pages (modèles)");
        await rendering.ConfigureAwait(false);
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        var site = years[^1].Site;
        BuildTimings.Mark("mise en page (Razor)");
        foreach (var medium in check.Content.Media)
        {
            files.Add(Policy.MediaPolicy.PublishedPath(medium), await File.ReadAllBytesAsync(Path.Combine(contentRoot, medium), cancellation).ConfigureAwait(false));
        }

        SiteAssets.Add(files, years.Select(y => y.Site).ToList(), check.Content.Site.AccentColour, contentRoot, check.Content.Site.Logo, check.Content.Site.Url);
        BuildTimings.Mark("fichiers annexes");
        progress?.Report(new BuildProgress("Vérification des liens", total, total));
        var broken = LinkChecker.Check(files, site.Urls.BasePath, years.Select(y => y.Site.Chrome.PreviewScriptHref).OfType<string>().ToList(), scans);
        diagnostics.AddRange(broken);
        BuildTimings.Mark("vérification des liens");
        return new SiteBuild(broken.Count == 0 ? files : null, site, diagnostics, clock.Elapsed);
    }
}

/// <summary>
/// With RDD_TIMINGS=1, writes to the error output when each stage of a build ended, counted from the start of the
/// process (so that the runtime's start-up shows), and the memory then in use: for profiling (docs/performance.md).
/// </summary>
internal static class BuildTimings
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("RDD_TIMINGS") == "1";

    public static void Mark(string stage)
    {
        if (!Enabled)
        {
            return;
        }

        using var process = Process.GetCurrentProcess();
        var elapsed = (long)(DateTime.Now - process.StartTime).TotalMilliseconds;
        System.Console.Error.WriteLine($"[{elapsed,6} ms, CPU {(long)process.TotalProcessorTime.TotalMilliseconds,6} ms] {stage} (tas {GC.GetTotalMemory(false) >> 20} Mo, processus {process.WorkingSet64 >> 20} Mo, pic {process.PeakWorkingSet64 >> 20} Mo, alloué {GC.GetTotalAllocatedBytes() >> 20} Mo, GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, pauses {(long)GC.GetTotalPauseDuration().TotalMilliseconds} ms, JIT {System.Runtime.JitInfo.GetCompiledMethodCount()} méthodes en {(long)System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds} ms)");
        // The collections since the previous stage: which generation, how long they paused the program, what survived.
        foreach (var info in new[] { GC.GetGCMemoryInfo(GCKind.Ephemeral), GC.GetGCMemoryInfo(GCKind.FullBlocking), GC.GetGCMemoryInfo(GCKind.Background) })
        {
            if (info.Index > _lastIndex)
            {
                System.Console.Error.WriteLine($"           GC n° {info.Index} : génération {info.Generation}{(info.Concurrent ? " (en arrière-plan)" : string.Empty)}, pause {(long)info.PauseDurations[0].TotalMilliseconds} + {(long)info.PauseDurations[1].TotalMilliseconds} ms, {info.PromotedBytes >> 20} Mo promus, {(info.Compacted ? "compacté" : "balayé")}, tas après {info.HeapSizeBytes >> 20} Mo");
            }
        }

        _lastIndex = Math.Max(_lastIndex, GC.GetGCMemoryInfo(GCKind.Any).Index);
    }

    private static long _lastIndex;
}

/// <summary>How to build.</summary>
public sealed record BuildOptions
{
    /// <summary>The prefix the site is served under.</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>The validator; the default one when null.</summary>
    public ReportValidator? Validator { get; init; }

    /// <summary>Extension assemblies to load besides those of site.yml (<c>--extension</c>), relative to the current folder.</summary>
    public IReadOnlyList<string> Extensions { get; init; } = [];

    /// <summary>How many pages to render at once; one per core when null.</summary>
    public int? Parallelism { get; init; }

    /// <summary>A renderer to reuse across builds (the preview server keeps one warm); a new one is made and disposed when null.</summary>
    public PageRenderer? Renderer { get; init; }

    /// <summary>
    /// A folder (from <see cref="Output.AtomicWriter.Stage"/>) the files are written to as they are made, so that the
    /// site is never held whole in memory; null to keep them in memory (the preview server, tests).
    /// </summary>
    public string? StagingFolder { get; init; }

    /// <summary>The path of the preview server's reload script, added to every page; null for a published site.</summary>
    public string? PreviewScript { get; init; }
}

/// <summary>A stage of the build and how far it went.</summary>
/// <param name="Stage">The stage, in French.</param>
/// <param name="Done">Items done.</param>
/// <param name="Total">Items in all (0 when unknown).</param>
public sealed record BuildProgress(string Stage, int Done, int Total);

/// <summary>The result of a build.</summary>
/// <param name="Files">The site's files, or null when it must not be written (content errors, broken links).</param>
/// <param name="Site">The site model, when the content could be read.</param>
/// <param name="Diagnostics">Every diagnostic.</param>
/// <param name="Elapsed">How long it took.</param>
public sealed record SiteBuild(SiteFiles? Files, SiteModel? Site, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed)
{
    /// <summary>Whether the site can be written.</summary>
    public bool Success => Files is not null;

    /// <summary>The diagnostics as a sorted result.</summary>
    public ValidationResult Result => new(Diagnostics);
}
