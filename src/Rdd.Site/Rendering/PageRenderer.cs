using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Rdd.Site.Pages;

namespace Rdd.Site.Rendering;

/// <summary>
/// The fourth stage: renders page models to HTML with Razor components and ASP.NET Core's <see cref="HtmlRenderer"/>
/// (no web server); <see cref="RenderQueue"/> runs one worker (<see cref="RenderEachAsync"/>) per core.
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    /// <summary>UTF-8 without the byte order mark: pages start with their doctype.</summary>
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ServiceProvider _services;
    private const int PagesPerRenderer = 8;

    private readonly int _parallelism;

    // The renderer of single pages (RenderAsync(chrome, page)); each worker of RenderEachAsync makes its own.
    private readonly HtmlRenderer _single;

    /// <summary>Creates a renderer.</summary>
    /// <param name="parallelism">How many pages to render at once; by default, one per core.</param>
    public PageRenderer(int? parallelism = null)
    {
        // French text stays readable in the HTML (« é », not « &#xE9; »): only markup-significant characters are escaped.
        _services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All))
            .BuildServiceProvider();
        _parallelism = Math.Max(1, parallelism ?? Environment.ProcessorCount);
        _single = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    /// <summary>How many pages are rendered at once: the number of workers of a <see cref="RenderQueue"/>.</summary>
    internal int Parallelism => _parallelism;

    /// <summary>
    /// One worker's loop: renders the pages <paramref name="next"/> gives, one after another, until it gives null,
    /// handing each page to <paramref name="rendered"/> as soon as it is rendered.
    /// </summary>
    /// <param name="next">The next page to render; null when there are no more.</param>
    /// <param name="rendered">Called with each job and its HTML in UTF-8.</param>
    /// <param name="cancellation">Stops the rendering.</param>
    /// <returns>When <paramref name="next"/> gave null.</returns>
    internal async Task RenderEachAsync(Func<CancellationToken, ValueTask<RenderJob?>> next, RenderedJob rendered, CancellationToken cancellation)
    {
        // A renderer keeps every root component it rendered until it is disposed: the worker takes a fresh one every
        // few pages, so that the component trees of pages already written (the full report holds thousands) are freed.
        var count = 0;
        var renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        // One buffer per worker, reused from page to page: pages (the full report is megabytes) do not each leave
        // a large array behind for the garbage collector.
        using var buffer = new MemoryStream();
        using var writer = new StreamWriter(buffer, Utf8, 16 * 1024, leaveOpen: true);
        try
        {
            while (await next(cancellation).ConfigureAwait(false) is { } job)
            {
                if (++count % PagesPerRenderer == 0)
                {
                    await renderer.DisposeAsync().ConfigureAwait(false);
                    renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
                }

                buffer.SetLength(0);
                // A page holding actions takes about 4 KB of HTML for each: the buffer is sized once for the
                // large pages, rather than doubled step by step (each step a large array for the collector).
                var estimate = (long)job.Page.RenderWeight * 4096;
                if (estimate > buffer.Capacity && estimate < int.MaxValue / 2)
                {
                    buffer.Capacity = (int)estimate;
                }

                await RenderUtf8Async(renderer, job.Chrome, job.Page, writer, buffer).ConfigureAwait(false);
                rendered(job, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            }
        }
        finally
        {
            await renderer.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Renders one page.</summary>
    /// <param name="chrome">The layout.</param>
    /// <param name="page">The page.</param>
    /// <returns>The HTML.</returns>
    public async Task<string> RenderAsync(SiteChrome chrome, PageModel page)
    {
        using var buffer = new MemoryStream();
        using var writer = new StreamWriter(buffer, Utf8, leaveOpen: true);
        await RenderUtf8Async(_single, chrome, page, writer, buffer).ConfigureAwait(false);
        return Utf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Renders a page into <paramref name="buffer"/> through <paramref name="writer"/>, which writes into it, then spaces it (<see cref="FrenchSpacing"/>).</summary>
    private static Task RenderUtf8Async(HtmlRenderer renderer, SiteChrome chrome, PageModel page, StreamWriter writer, MemoryStream buffer) =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Chrome"] = chrome, ["Page"] = page });
            var output = await renderer.RenderComponentAsync(PageComponents.For(page), parameters).ConfigureAwait(false);
            output.WriteHtmlTo(writer);
            await writer.FlushAsync().ConfigureAwait(false);
            FrenchSpacing.Apply(buffer);
        });

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _single.DisposeAsync().ConfigureAwait(false);
        await _services.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>A page to render, with the layout of its year's site and that site's folder.</summary>
/// <param name="Folder">The year's folder in the site (empty for the latest year).</param>
/// <param name="Chrome">The layout.</param>
/// <param name="Page">The page.</param>
public sealed record RenderJob(string Folder, SiteChrome Chrome, PageModel Page);

/// <summary>Receives a page as soon as it is rendered.</summary>
/// <param name="job">The page.</param>
/// <param name="html">Its HTML in UTF-8, valid only during the call.</param>
public delegate void RenderedJob(RenderJob job, ReadOnlySpan<byte> html);
