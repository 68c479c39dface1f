using System.Runtime.ExceptionServices;
using Rdd.Site.Pages;

namespace Rdd.Site.Rendering;

/// <summary>
/// The one place where pages are rendered concurrently: page builders post pages as they are made, from any thread;
/// one worker per renderer takes the heaviest page waiting (the full report, then the largest sections), so that the
/// last pages taken are small ones and every core stays busy to the end; a failure of the builders or of the workers
/// reaches the caller once every worker has stopped.
/// </summary>
internal sealed class RenderQueue
{
    // Heaviest first; among pages of the same weight, the first posted first.
    private static readonly Comparer<(int Weight, long Order)> HeaviestFirst =
        Comparer<(int Weight, long Order)>.Create(static (a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Order.CompareTo(b.Order));

    private readonly PriorityQueue<RenderJob, (int Weight, long Order)> _waiting = new(HeaviestFirst);

    // Pages are records whose equality walks all they hold: a page is known by its reference.
    private readonly HashSet<PageModel> _posted = new(ReferenceEqualityComparer.Instance);

    // One count per page posted, and one per worker when the queue is completed: a worker that wakes to an empty queue stops.
    private readonly SemaphoreSlim _signal = new(0);
    private readonly int _workerCount;
    private readonly Task _workers;
    private long _order;
    private bool _completed;

    private RenderQueue(PageRenderer renderer, RenderedJob rendered, CancellationToken cancellation)
    {
        _workerCount = renderer.Parallelism;
        _workers = Task.WhenAll(Enumerable.Range(0, _workerCount)
            .Select(_ => Task.Run(() => renderer.RenderEachAsync(TakeAsync, rendered, cancellation), cancellation)));
    }

    /// <summary>
    /// Runs <paramref name="build"/>, which posts pages to the queue, while the pages are rendered; returns its result
    /// once every page posted is rendered.
    /// </summary>
    /// <typeparam name="T">What the builder returns.</typeparam>
    /// <param name="renderer">The renderer, whose parallelism decides how many workers render.</param>
    /// <param name="rendered">Called on a worker's thread with each page and its HTML.</param>
    /// <param name="build">Builds the pages, posting each to the queue; runs on the calling thread.</param>
    /// <param name="cancellation">Stops the rendering.</param>
    /// <returns>What <paramref name="build"/> returned.</returns>
    /// <remarks>
    /// When <paramref name="build"/> throws, the pages already posted are still rendered (the workers must stop before
    /// the caller disposes of the renderer), then its exception is thrown again as it was; a worker's failure is thrown
    /// when the builder succeeded.
    /// </remarks>
    public static async Task<T> RunAsync<T>(PageRenderer renderer, RenderedJob rendered, Func<RenderQueue, T> build, CancellationToken cancellation)
    {
        var queue = new RenderQueue(renderer, rendered, cancellation);
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        try
        {
            result = build(queue);
        }
#pragma warning disable CA1031 // Thrown again below, once the workers have stopped.
        catch (Exception e)
#pragma warning restore CA1031
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            queue.Complete();
        }

        await queue._workers.ConfigureAwait(false);
        failure?.Throw();
        return result;
    }

    /// <summary>Queues a page of a year's site, unless it was posted already; safe to call from several threads at once.</summary>
    /// <param name="folder">The year's folder in the site (empty for the latest year).</param>
    /// <param name="chrome">The year's layout.</param>
    /// <param name="page">The page.</param>
    public void Post(string folder, SiteChrome chrome, PageModel page)
    {
        lock (_waiting)
        {
            if (_completed)
            {
                throw new InvalidOperationException("The render queue is completed: no page can be posted any more.");
            }

            if (!_posted.Add(page))
            {
                return;
            }

            _waiting.Enqueue(new RenderJob(folder, chrome, page), (page.RenderWeight, _order++));
        }

        _signal.Release();
    }

    /// <summary>The next page to render, the heaviest waiting; null when the queue is completed and empty.</summary>
    private async ValueTask<RenderJob?> TakeAsync(CancellationToken cancellation)
    {
        await _signal.WaitAsync(cancellation).ConfigureAwait(false);
        lock (_waiting)
        {
            return _waiting.TryDequeue(out var job, out _) ? job : null;
        }
    }

    private void Complete()
    {
        lock (_waiting)
        {
            _completed = true;
        }

        _signal.Release(_workerCount);
    }
}
