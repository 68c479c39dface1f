using System.Collections.Concurrent;
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
        var check = await LoadAndCheckAsync(contentRoot, options, making, progress).ConfigureAwait(false);
        await using var ownRenderer = making is null ? null : await making.ConfigureAwait(false);
        var diagnostics = check.Result.Diagnostics.ToList();
        if (!check.Success)
        {
            return new SiteBuild(null, null, diagnostics, clock.Elapsed) { Content = check.Content };
        }

        BuildTimings.Mark("lecture et vérification");
        var files = options.StagingFolder is null ? new SiteFiles() : new SiteFiles(options.StagingFolder);
        var rendering = new RenderedPages(files, progress);
        var years = await RenderQueue.RunAsync(
            options.Renderer ?? ownRenderer!,
            rendering.Add,
            queue => BuildPages(check, options, diagnostics, queue, rendering, files),
            cancellation).ConfigureAwait(false);
        BuildTimings.Mark("mise en page (Razor)");
        await AddAssetsAsync(files, check.Content, contentRoot, years, cancellation).ConfigureAwait(false);
        BuildTimings.Mark("fichiers annexes");
        progress?.Report(new BuildProgress("Vérification des liens", rendering.Total, rendering.Total));
        var site = years[^1].Site;
        var broken = LinkChecker.Check(files, site.Urls.BasePath, years.Select(y => y.Site.Chrome.PreviewScriptHref).OfType<string>().ToList(), rendering.Scans);
        diagnostics.AddRange(broken);
        BuildTimings.Mark("vérification des liens");
        return new SiteBuild(broken.Count == 0 ? files : null, site, diagnostics, clock.Elapsed) { Content = check.Content };
    }

    /// <summary>Reads and checks the content; the renderer being made is disposed of if reading throws.</summary>
    private static async Task<CheckResult> LoadAndCheckAsync(string contentRoot, BuildOptions options, Task<PageRenderer>? making, IProgress<BuildProgress>? progress)
    {
        progress?.Report(new BuildProgress("Lecture et vérification du contenu", 0, 0));
        try
        {
            return ContentChecker.Check(contentRoot, options.Validator, options.Extensions);
        }
        catch
        {
            if (making is not null)
            {
                await (await making.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>
    /// Builds the page models of every year, posting each page to the render queue as soon as it is built; with
    /// extensions, whose pages add links to the layout of every page, pages wait for the final layout (posting a page
    /// twice renders it once). The open data and the search index are then added (written, when staging) while the
    /// render queue's workers render the last pages: after them, on one thread, they cost ~40 ms of a 4 000-action
    /// build (docs/performance.md).
    /// </summary>
    private static IReadOnlyList<YearSite> BuildPages(CheckResult check, BuildOptions options, List<Diagnostic> diagnostics, RenderQueue queue, RenderedPages rendering, SiteFiles files)
    {
        var added = Extensions.ExtensionPages.Of(check.Extensions.PageProviders, diagnostics);
        var years = PageBuilder.BuildAll(check.Content, options.BasePath, options.PreviewScript, added is null ? queue.Post : null, added);
        foreach (var year in years)
        {
            foreach (var page in year.Site.Pages)
            {
                queue.Post(year.Folder, year.Site.Chrome, page);
            }
        }

        rendering.Total = years.Sum(y => y.Site.Pages.Count);
        AddDataFiles(files, years);
        BuildTimings.Mark("pages (modèles)");
        return years;
    }

    /// <summary>The open data and the search index of every year.</summary>
    private static void AddDataFiles(SiteFiles files, IReadOnlyList<YearSite> years)
    {
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

    /// <summary>The content's media, then the style sheet, pictograms, logo, site map and robots.txt.</summary>
    private static async Task AddAssetsAsync(SiteFiles files, LoadedContent content, string contentRoot, IReadOnlyList<YearSite> years, CancellationToken cancellation)
    {
        foreach (var medium in content.Media)
        {
            files.Add(Policy.MediaPolicy.PublishedPath(medium), await File.ReadAllBytesAsync(Path.Combine(contentRoot, medium), cancellation).ConfigureAwait(false));
        }

        SiteAssets.Add(files, years.Select(y => y.Site).ToList(), content.Site.AccentColour, contentRoot, content.Site.Logo, content.Site.Url);
    }

    /// <summary>
    /// Where rendered pages go, from the render queue's workers: each page's links are read for the link check and
    /// the page is added to the files (written, when staging) as soon as it is rendered.
    /// </summary>
    private sealed class RenderedPages(SiteFiles files, IProgress<BuildProgress>? progress)
    {
        private readonly ConcurrentDictionary<string, (HashSet<string> Ids, List<string> Links)> _scans = new(StringComparer.Ordinal);
        private int _rendered;
        private int _total;

        /// <summary>The links and ids of each page rendered, by path.</summary>
        public IReadOnlyDictionary<string, (HashSet<string> Ids, List<string> Links)> Scans => _scans;

        /// <summary>How many pages there are in all, once every page is built (0 until then).</summary>
        public int Total
        {
            get => Volatile.Read(ref _total);
            set => Volatile.Write(ref _total, value);
        }

        public void Add(RenderJob job, ReadOnlySpan<byte> html)
        {
            var path = job.Folder + SiteUrls.FileOf(job.Page.Path);
            _scans[path] = LinkChecker.Scan(html);
            files.Add(path, html);
            progress?.Report(new BuildProgress("Mise en page", Interlocked.Increment(ref _rendered), Total));
        }
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

    /// <summary>The content as it was read (the editor of <c>rdd serve</c> shows it), even when it has errors.</summary>
    public LoadedContent? Content { get; init; }

    /// <summary>The diagnostics as a sorted result.</summary>
    public ValidationResult Result => new(Diagnostics);
}
