using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Rdd.Domain.Validation;
using Rdd.Site.Content;
using Rdd.Site.Output;
using Rdd.Site.Serve.Editor;
using Rdd.Site.Text;

namespace Rdd.Site.Serve;

/// <summary>
/// The preview server of <c>rdd serve</c>: builds the site in memory, serves it on 127.0.0.1 (a
/// <see cref="LocalWebServer"/>), rebuilds when a content file changes and tells open pages to reload. When the content has errors, the last good site keeps being
/// served and the errors show in the terminal and in a banner on the page. Under <c>/edition/</c>, the editor
/// (<see cref="EditorSession"/>) writes the content files from forms; each preview page links to its editor page.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>The path of the live-reload script added to every page.</summary>
    public const string ReloadScript = "/__rdd/reload.js";

    private const string EventsPath = "/__rdd/events";

    private const string StylePath = "/__rdd/preview.css";

    private readonly string _contentRoot;
    private readonly TextWriter _log;
    private readonly SemaphoreSlim _buildLock = new(1, 1);
    private readonly Rendering.PageRenderer _renderer = new();
    private readonly List<Channel> _listeners = [];
    private readonly object _listenersGate = new();
    private LocalWebServer? _server;
    private FileSystemWatcher? _watcher;
    private CancellationTokenSource? _debounce;
    private volatile SiteFiles? _files;
    private volatile string _lastEvent = "ok";
    private EditorSession? _editor;
    private readonly Dictionary<string, DateTime> _editorWrites = new(StringComparer.Ordinal);

    /// <summary>Creates a server for a content folder.</summary>
    /// <param name="contentRoot">The content folder.</param>
    /// <param name="log">Where to write what happens.</param>
    public PreviewServer(string contentRoot, TextWriter log)
    {
        _contentRoot = contentRoot;
        _log = log;
    }

    /// <summary>The address the site is served at, once started.</summary>
    public Uri? Address { get; private set; }

    /// <summary>The number of builds that succeeded.</summary>
    public int SuccessfulBuilds { get; private set; }

    /// <summary>The diagnostics of the last build.</summary>
    public IReadOnlyList<Diagnostic> LastDiagnostics { get; private set; } = [];

    /// <summary>What the banner of the preview's pages shows after the last build.</summary>
    internal PreviewReport? LastReport { get; private set; }

    /// <summary>The editor under <c>/edition/</c>, once started.</summary>
    internal EditorSession? Editor => _editor;

    /// <summary>The content as the last build read it, for the editor; null before the first build.</summary>
    internal LoadedContent? LastContent { get; private set; }

    /// <summary>Builds the site, starts serving it and watching the content.</summary>
    /// <param name="port">The port; 0 for any free port.</param>
    /// <returns>Whether the first build succeeded (the server starts either way).</returns>
    public async Task<bool> StartAsync(int port)
    {
        var first = await RebuildAsync("Première construction").ConfigureAwait(false);
        _server = await LocalWebServer.StartAsync(port, HandleAsync).ConfigureAwait(false);
        Address = _server.Address;
        _editor = new EditorSession(this, _contentRoot, Address, EditorModules.All);
        _watcher = new FileSystemWatcher(Path.GetFullPath(_contentRoot)) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        return first;
    }

    /// <summary>Rebuilds now, as after a change.</summary>
    /// <param name="reason">What triggered it, for the log.</param>
    /// <returns>Whether the build succeeded.</returns>
    public async Task<bool> RebuildAsync(string reason)
    {
        await _buildLock.WaitAsync().ConfigureAwait(false);
        try
        {
            var clock = Stopwatch.StartNew();
            var build = await SiteGenerator.BuildAsync(_contentRoot, new BuildOptions { PreviewScript = ReloadScript, Renderer = _renderer }).ConfigureAwait(false);
            LastDiagnostics = build.Diagnostics;
            LastContent = build.Content;
            var errors = build.Result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            foreach (var diagnostic in build.Result.Diagnostics)
            {
                _log.WriteLine(diagnostic.Location is null ? diagnostic.ToString() : diagnostic with { Location = diagnostic.Location with { Path = Path.Combine(_contentRoot, diagnostic.Location.Path).Replace('\\', '/') } });
            }

            var report = PreviewReport.Of(build.Files is not null, build.Diagnostics, hasSite: _files is not null);
            LastReport = report;
            if (build.Files is null)
            {
                _log.WriteLine($"{reason} : {FrenchCount.Of(errors.Count, "erreur", "erreurs")} ; {(_files is null ? "aucun site n'a encore pu être construit." : "le dernier site valide reste servi.")}");
                Broadcast(ReportEvent(report), keep: true);
                return false;
            }

            _files = build.Files;
            SuccessfulBuilds++;
            clock.Stop();
            _log.WriteLine($"{reason} : {build.Files.Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal))} pages reconstruites en {clock.ElapsedMilliseconds} ms.");
            // The pages reload, then get the warnings of this build when they connect again.
            _lastEvent = report.HasAnything ? ReportEvent(report) : "ok";
            Broadcast(Event("reload", clock.ElapsedMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture)), keep: false);
            return true;
        }
        finally
        {
            _buildLock.Release();
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(_contentRoot), e.FullPath).Replace('\\', '/');
        if (relative.Split('/').Any(part => part.StartsWith('.')) || relative.EndsWith('~') || WrittenByEditor(relative))
        {
            return;
        }

        // Editors write a file in several steps: wait for the burst to end, then rebuild once.
        var debounce = new CancellationTokenSource();
        Interlocked.Exchange(ref _debounce, debounce)?.Cancel();
        _ = Task.Delay(80, debounce.Token).ContinueWith(
            _ => RebuildAsync($"Modification de {relative}"),
            debounce.Token,
            TaskContinuationOptions.OnlyOnRanToCompletion,
            TaskScheduler.Default);
    }

    /// <summary>
    /// Tells the watcher that the editor is about to write <paramref name="paths"/> and rebuilds itself afterwards:
    /// their changes, seen in the next seconds, start no second build.
    /// </summary>
    /// <param name="paths">The files, relative to the content folder.</param>
    internal void ExpectWrites(IEnumerable<string> paths)
    {
        lock (_editorWrites)
        {
            foreach (var path in paths)
            {
                _editorWrites[path] = DateTime.UtcNow;
            }
        }
    }

    private bool WrittenByEditor(string relative)
    {
        lock (_editorWrites)
        {
            return _editorWrites.TryGetValue(relative, out var when) && DateTime.UtcNow - when < TimeSpan.FromSeconds(2);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (_editor is not null && EditorSession.IsEditorPath(path))
        {
            await _editor.HandleAsync(context).ConfigureAwait(false);
            return;
        }

        if (path == ReloadScript)
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            await context.Response.WriteAsync(SiteAssets.Resource("preview.js")).ConfigureAwait(false);
            return;
        }

        if (path == StylePath)
        {
            context.Response.ContentType = "text/css; charset=utf-8";
            await context.Response.WriteAsync(SiteAssets.Resource("preview.css")).ConfigureAwait(false);
            return;
        }

        if (path == EventsPath)
        {
            await StreamEventsAsync(context).ConfigureAwait(false);
            return;
        }

        var files = _files;
        if (files is null)
        {
            // No site was ever built: the page says so, its banner lists what to correct (as the terminal does), and it reloads once corrected.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(NoSitePage(LastReport)).ConfigureAwait(false);
            return;
        }

        await LocalWebServer.ServeFileAsync(context, files, WithEditLink).ConfigureAwait(false);
    }

    /// <summary>
    /// A page of the preview with a link « Modifier cette page » at the top of its main content, to its editor page
    /// (added here, when the page is served: the site <c>rdd build</c> writes has no editor link).
    /// </summary>
    /// <param name="path">The page's path.</param>
    /// <param name="html">The page, as the build wrote it.</param>
    /// <returns>The page with the link; the page itself when it has no main content.</returns>
    internal static byte[] WithEditLink(string path, byte[] html)
    {
        var main = html.AsSpan().IndexOf("<main "u8);
        var end = main < 0 ? -1 : html.AsSpan(main).IndexOf((byte)'>');
        if (end < 0)
        {
            return html;
        }

        var link = Encoding.UTF8.GetBytes($"\n<p class=\"rdd-edit-link\"><a href=\"{System.Net.WebUtility.HtmlEncode(EditorUrls.FromPreview(path))}\">Modifier cette page</a></p>");
        var at = main + end + 1;
        return [.. html.AsSpan(0, at), .. link, .. html.AsSpan(at)];
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = new Channel();
        lock (_listenersGate)
        {
            _listeners.Add(channel);
        }

        try
        {
            if (_lastEvent != "ok")
            {
                await context.Response.WriteAsync(_lastEvent, context.RequestAborted).ConfigureAwait(false);
            }

            await context.Response.WriteAsync(": connecté\n\n", context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            while (!context.RequestAborted.IsCancellationRequested)
            {
                var message = await channel.ReadAsync(context.RequestAborted).ConfigureAwait(false);
                await context.Response.WriteAsync(message, context.RequestAborted).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
        finally
        {
            lock (_listenersGate)
            {
                _listeners.Remove(channel);
            }
        }
    }

    /// <summary>
    /// The page served while no build has succeeded yet: what happens, in French, and the reload script, whose banner
    /// lists each error and warning with its file and line (the site's CSP: no inline script or style).
    /// </summary>
    internal static string NoSitePage(PreviewReport? report) =>
        "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Le site n'a pas encore pu être construit — aperçu Rdd</title>"
        + $"<link rel=\"stylesheet\" href=\"{StylePath}\"><script src=\"{ReloadScript}\" defer></script></head><body><main>"
        + "<h1>Le site n'a pas encore pu être construit</h1>"
        + $"<p>{System.Net.WebUtility.HtmlEncode(report?.Title ?? "Le contenu a des erreurs.")}</p>"
        + "<p>Chaque erreur est détaillée en bas de cette page, avec son fichier et sa ligne, et dans la fenêtre où l'aperçu a été lancé. "
        + "Corrigez le contenu et enregistrez : cette page se recharge d'elle-même.</p></main></body></html>";

    /// <summary>The server-sent event that carries <paramref name="report"/> to the page's banner.</summary>
    internal static string ReportEvent(PreviewReport report) => Event("diagnostics", JsonSerializer.Serialize(report, PreviewJson.Default.PreviewReport));

    private static string Event(string name, string data) =>
        new StringBuilder().Append("event: ").Append(name).Append('\n').Append("data: ").Append(data.Replace("\n", " ", StringComparison.Ordinal)).Append("\n\n").ToString();

    /// <summary>Sends <paramref name="message"/> to the open pages; when <paramref name="keep"/>, pages that connect later get it too.</summary>
    private void Broadcast(string message, bool keep)
    {
        if (keep)
        {
            _lastEvent = message;
        }

        lock (_listenersGate)
        {
            foreach (var listener in _listeners)
            {
                listener.Write(message);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        _debounce?.Cancel();
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }

        _buildLock.Dispose();
        await _renderer.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>A queue of messages for one open page.</summary>
    private sealed class Channel
    {
        private readonly System.Threading.Channels.Channel<string> _queue = System.Threading.Channels.Channel.CreateUnbounded<string>();

        public void Write(string message) => _queue.Writer.TryWrite(message);

        public ValueTask<string> ReadAsync(CancellationToken cancellation) => _queue.Reader.ReadAsync(cancellation);
    }
}

/// <summary>Source-generated JSON for the preview server's messages.</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(PreviewReport))]
internal sealed partial class PreviewJson : System.Text.Json.Serialization.JsonSerializerContext;
