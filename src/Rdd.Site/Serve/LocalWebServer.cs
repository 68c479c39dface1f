using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Rdd.Site.Output;

namespace Rdd.Site.Serve;

/// <summary>
/// Serves a site built in memory on 127.0.0.1, as a static host serves the published folder: a folder's index.html,
/// a redirect from « /partie-1 » to « /partie-1/ », the site's 404.html with the status 404, each file's content type,
/// and the headers of the site's <c>_headers</c> file (its Content-Security-Policy and the other security headers,
/// which Netlify and Cloudflare Pages read from that file). <c>rdd serve</c> answers its own paths (reload script,
/// banner) before the site's; <c>rdd pdf</c> lets Chromium load the full report from it.
/// </summary>
internal sealed class LocalWebServer : IAsyncDisposable
{
    /// <summary>The file of the site that lists the headers of its responses, in the format of Netlify and Cloudflare Pages.</summary>
    public const string HeadersFile = "_headers";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication _app;

    private LocalWebServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The address the server listens at, ending with « / ».</summary>
    public Uri Address { get; }

    /// <summary>Starts listening on 127.0.0.1 (never on another interface: the preview shows a report before it is published).</summary>
    /// <param name="port">The port; 0 for any free port.</param>
    /// <param name="handle">Answers each request; <see cref="ServeFileAsync"/> answers with a file of the site.</param>
    /// <returns>The running server.</returns>
    /// <exception cref="IOException">The port is taken.</exception>
    public static async Task<LocalWebServer> StartAsync(int port, RequestDelegate handle)
    {
        // An empty host: no settings file, no logging, nothing watched. The default hosts read appsettings.json from the
        // current folder and watch that folder, and every folder under it, for changes: run from a home folder, the
        // server would spend its first seconds, and the system's file watches, on thousands of folders that are not
        // the content's (and the preview's own watcher of the content would then get none).
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        var app = builder.Build();
        app.Run(handle);
        try
        {
            await app.StartAsync().ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LocalWebServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Answers <paramref name="context"/> with the file of <paramref name="files"/> its path names, as a static host would.</summary>
    /// <param name="context">The request.</param>
    /// <param name="files">The site.</param>
    /// <param name="page">Changes an HTML page before it is sent (its path and bytes); null to send pages as built.</param>
    /// <returns>When the response is written.</returns>
    public static async Task ServeFileAsync(HttpContext context, SiteFiles files, Func<string, byte[], byte[]>? page = null)
    {
        var response = context.Response;
        var path = context.Request.Path.Value ?? "/";
        var file = Uri.UnescapeDataString(path.TrimStart('/'));
        if (file.Length == 0 || file.EndsWith('/'))
        {
            file += "index.html";
        }
        else if (!files.Contains(file) && files.Contains(file + "/index.html"))
        {
            response.Redirect(path + "/");
            return;
        }

        foreach (var (name, value) in SiteHeaders(files))
        {
            response.Headers[name] = value;
        }

        // Every build replaces the site: a page seen before a change must not come back from the browser's cache.
        response.Headers.CacheControl = "no-store";
        if (!files.Contains(file))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            file = "404.html";
            if (!files.Contains(file))
            {
                return;
            }
        }

        response.ContentType = ContentType(file);
        var bytes = files[file];
        await response.Body.WriteAsync(page is not null && file.EndsWith(".html", StringComparison.Ordinal) ? page(path, bytes) : bytes).ConfigureAwait(false);
    }

    /// <summary>The content type of a file, with its charset for text (the site writes UTF-8).</summary>
    /// <param name="file">The file's path.</param>
    /// <returns>For example « text/html; charset=utf-8 »; « application/octet-stream » for an unknown extension.</returns>
    public static string ContentType(string file) =>
        !ContentTypes.TryGetContentType(file, out var type) ? "application/octet-stream"
        : type.StartsWith("text/", StringComparison.Ordinal) ? type + "; charset=utf-8"
        : type;

    /// <summary>The headers the site's <see cref="HeadersFile"/> gives every path (« /* »); none when it has none.</summary>
    /// <param name="files">The site.</param>
    /// <returns>The names and values, in the file's order.</returns>
    internal static IEnumerable<(string Name, string Value)> SiteHeaders(SiteFiles files)
    {
        if (!files.Contains(HeadersFile))
        {
            yield break;
        }

        var forEveryPath = false;
        foreach (var line in files.Text(HeadersFile).Split('\n'))
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]))
            {
                forEveryPath = line.TrimEnd() == "/*";
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (forEveryPath && colon > 0)
            {
                yield return (line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
