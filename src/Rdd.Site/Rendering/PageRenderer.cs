using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Rdd.Site.Pages;

namespace Rdd.Site.Rendering;

/// <summary>
/// The fourth stage: renders page models to HTML with Razor components and ASP.NET Core's <see cref="HtmlRenderer"/>
/// (no web server), one renderer per core, pages in parallel, results in site order.
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private const int PagesPerRenderer = 8;

    private readonly HtmlRenderer[] _renderers;

    /// <summary>Creates a renderer.</summary>
    /// <param name="parallelism">How many pages to render at once; by default, one per core.</param>
    public PageRenderer(int? parallelism = null)
    {
        // French text stays readable in the HTML (« é », not « &#xE9; »): only markup-significant characters are escaped.
        _services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All))
            .BuildServiceProvider();
        var count = Math.Max(1, parallelism ?? Environment.ProcessorCount);
        _renderers = Enumerable.Range(0, count).Select(_ => new HtmlRenderer(_services, NullLoggerFactory.Instance)).ToArray();
    }

    /// <summary>Renders every page of the site.</summary>
    /// <param name="site">The site.</param>
    /// <param name="progress">Told after each page, with the number of pages done.</param>
    /// <param name="cancellation">Stops the rendering.</param>
    /// <returns>The HTML of each page in UTF-8, in the order of <see cref="SiteModel.Pages"/>.</returns>
    /// <remarks>Pages are written straight to UTF-8 bytes: a large page (the full report) never exists as a UTF-16 string too.</remarks>
    public async Task<IReadOnlyList<byte[]>> RenderAsync(SiteModel site, IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(site);
        var results = new byte[site.Pages.Count][];
        var indexes = new Dictionary<PageModel, int>(ReferenceEqualityComparer.Instance);
        var jobs = System.Threading.Channels.Channel.CreateUnbounded<RenderJob>();
        // The heaviest pages first (the full report, then the largest sections): the last pages taken are small ones, so
        // that every core stays busy to the end.
        foreach (var index in Enumerable.Range(0, results.Length).OrderByDescending(i => site.Pages[i].RenderWeight))
        {
            indexes[site.Pages[index]] = index;
            jobs.Writer.TryWrite(new RenderJob(string.Empty, site.Chrome, site.Pages[index]));
        }

        jobs.Writer.Complete();
        var done = 0;
        await RenderAllAsync(jobs.Reader, (job, html) =>
        {
            results[indexes[job.Page]] = html.ToArray();
            progress?.Report(Interlocked.Increment(ref done));
        }, cancellation).ConfigureAwait(false);
        return results;
    }

    /// <summary>
    /// Renders pages as they come, until <paramref name="jobs"/> is completed, one worker per renderer, handing each
    /// page to <paramref name="rendered"/> as soon as it is rendered: pages are rendered while others are still built.
    /// </summary>
    /// <param name="jobs">The pages to render, with their layout; completed by the writer when there are no more.</param>
    /// <param name="rendered">Called on a rendering thread with each job and its HTML in UTF-8.</param>
    /// <param name="cancellation">Stops the rendering.</param>
    /// <returns>When every page is rendered.</returns>
    public async Task RenderAllAsync(System.Threading.Channels.ChannelReader<RenderJob> jobs, RenderedJob rendered, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(rendered);
        // A renderer keeps every root component it rendered until it is disposed: each worker takes a fresh one every
        // few pages, so that the component trees of pages already written (the full report holds thousands) are freed.
        var workers = _renderers.Select(_ => Task.Run(async () =>
        {
            var count = 0;
            var renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
            // One buffer per worker, reused from page to page: pages (the full report is megabytes) do not each leave
            // a large array behind for the garbage collector.
            using var buffer = new MemoryStream();
            using var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 16 * 1024, leaveOpen: true);
            try
            {
                while (await jobs.WaitToReadAsync(cancellation).ConfigureAwait(false))
                {
                    while (jobs.TryRead(out var job))
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

                        await RenderUtf8Async(renderer, job.Chrome, job.Page, writer).ConfigureAwait(false);
                        rendered(job, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
                    }
                }
            }
            finally
            {
                await renderer.DisposeAsync().ConfigureAwait(false);
            }
        }, cancellation));
        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    /// <summary>Renders one page.</summary>
    /// <param name="chrome">The layout.</param>
    /// <param name="page">The page.</param>
    /// <returns>The HTML.</returns>
    public Task<string> RenderAsync(SiteChrome chrome, PageModel page) => RenderAsync(_renderers[0], chrome, page);

    private static Task<string> RenderAsync(HtmlRenderer renderer, SiteChrome chrome, PageModel page) =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Chrome"] = chrome, ["Page"] = page });
            var output = await renderer.RenderComponentAsync(page.Component, parameters).ConfigureAwait(false);
            using var html = new StringWriter();
            using var spaced = new FrenchSpacingWriter(html);
            output.WriteHtmlTo(spaced);
            spaced.Flush();
            return html.ToString();
        });

    private static Task RenderUtf8Async(HtmlRenderer renderer, SiteChrome chrome, PageModel page, StreamWriter writer) =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Chrome"] = chrome, ["Page"] = page });
            var output = await renderer.RenderComponentAsync(page.Component, parameters).ConfigureAwait(false);
            var spaced = new FrenchSpacingWriter(writer);
            output.WriteHtmlTo(spaced);
            await spaced.FlushAsync().ConfigureAwait(false);
        });

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var renderer in _renderers)
        {
            await renderer.DisposeAsync().ConfigureAwait(false);
        }

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
