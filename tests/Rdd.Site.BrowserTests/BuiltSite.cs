using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Rdd.Site.BrowserTests;

/// <summary>A content folder built once, written to a temporary folder and served on 127.0.0.1 on a free port.</summary>
public sealed class BuiltSite : IAsyncDisposable
{
    private readonly WebApplication _server;

    private BuiltSite(string name, string folder, WebApplication server, Uri root, IReadOnlyList<string> pages, IReadOnlyDictionary<string, (string Kind, int Size)> kinds)
    {
        Name = name;
        Folder = folder;
        _server = server;
        Root = root;
        Pages = pages;
        _kinds = kinds;
    }

    private readonly IReadOnlyDictionary<string, (string Kind, int Size)> _kinds;

    /// <summary>A short name for messages (« content », « commune-fictive »).</summary>
    public string Name { get; }

    /// <summary>The folder the site is written to, as rdd build writes it.</summary>
    public string Folder { get; }

    /// <summary>The address of the site's root, ending with « / ».</summary>
    public Uri Root { get; }

    /// <summary>Every HTML page, as a path from the root (« / », « partie-1/ », « 404.html »), in the build's order.</summary>
    public IReadOnlyList<string> Pages { get; }

    /// <summary>The address of a page.</summary>
    /// <param name="page">A path from <see cref="Pages"/>.</param>
    /// <returns>The absolute address.</returns>
    public string Url(string page) => new Uri(Root, page.TrimStart('/')).ToString();

    /// <summary>
    /// One page of each of the given kinds (page model types: « HomePage », « SectionPage »…), the largest of its kind so
    /// that it holds the most components; all kinds when none is given.
    /// </summary>
    /// <param name="kinds">The page model type names.</param>
    /// <returns>The pages, in the order of <paramref name="kinds"/>.</returns>
    public IReadOnlyList<string> Representative(params string[] kinds)
    {
        var byKind = _kinds.GroupBy(k => k.Value.Kind).ToDictionary(g => g.Key, g => g.MaxBy(k => k.Value.Size).Key);
        return kinds.Length == 0
            ? byKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => k.Value).ToList()
            : kinds.Where(byKind.ContainsKey).Select(k => byKind[k]).ToList();
    }

    /// <summary>The kind of a page (its page model type's name).</summary>
    /// <param name="page">A path from <see cref="Pages"/>.</param>
    /// <returns>The kind.</returns>
    public string KindOf(string page) => _kinds[page].Kind;

    /// <summary>Builds and serves <paramref name="contentRoot"/>.</summary>
    /// <param name="name">A short name for messages.</param>
    /// <param name="contentRoot">The content folder.</param>
    /// <returns>The served site.</returns>
    public static async Task<BuiltSite> StartAsync(string name, string contentRoot)
    {
        var build = await SiteGenerator.BuildAsync(contentRoot, new BuildOptions { BasePath = "/" });
        if (!build.Success)
        {
            var errors = string.Join(Environment.NewLine, build.Diagnostics.Select(d => d.ToString()));
            throw new InvalidOperationException($"The build of {contentRoot} failed:{Environment.NewLine}{errors}");
        }

        var files = build.Files!;
        var folder = Path.Combine(Path.GetTempPath(), "rdd-browser-tests", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        var failure = Output.AtomicWriter.Write(files, folder);
        if (failure is not null)
        {
            throw new InvalidOperationException(failure.ToString());
        }

        var pages = files.Paths
            .Where(p => p.EndsWith(".html", StringComparison.Ordinal))
            .Select(p => p.EndsWith("index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .ToList();

        var kinds = build.Site!.Pages.ToDictionary(
            p => p.Path.TrimStart('/'),
            p => (p.GetType().Name, files[Rdd.Site.Pages.SiteUrls.FileOf(p.Path)].Length));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var provider = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = provider });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = provider });
        await app.StartAsync();
        var address = app.Urls.First();
        return new BuiltSite(name, folder, app, new Uri(address.TrimEnd('/') + "/"), pages, kinds);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
