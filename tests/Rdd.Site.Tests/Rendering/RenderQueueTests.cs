using Microsoft.AspNetCore.Components;
using Rdd.Site.Pages;
using Rdd.Site.Rendering;

namespace Rdd.Site.Tests.Rendering;

/// <summary>The render queue: heaviest page first, each page once, a builder's failure thrown once the workers stopped.</summary>
public sealed class RenderQueueTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private static readonly SiteChrome Chrome = new()
    {
        AuthorityName = "Commune fictive",
        ReportTitle = "Rapport",
        SiteTitle = "Rapport",
        HomeHref = "/",
        StylesheetHref = "/assets/site.css",
        FaviconHref = "/assets/favicon.svg",
        Menu = [],
        FooterLinks = [],
        AccessibilityStatus = "Accessibilité : non conforme",
        ContentSecurityPolicy = PageBuilder.ContentSecurityPolicy,
    };

    /// <summary>A section page whose render weight is its number of actions.</summary>
    private static SectionPage Section(string id, int actions) => new()
    {
        Path = $"/partie-1/{id}/",
        Title = id,
        Introduction = new MarkupString(string.Empty),
        Actions = Enumerable.Range(0, actions).Select(i => new ActionView { Anchor = $"{id}-{i}", Title = $"Action {i}", HeadingLevel = 2, Body = new MarkupString("<p>Texte.</p>") }).ToList(),
    };

    [Fact]
    public async Task Run_WaitingPages_AreRenderedHeaviestFirstThenInTheOrderPosted()
    {
        await using var renderer = new PageRenderer(1);
        using var firstStarted = new ManualResetEventSlim();
        using var othersPosted = new ManualResetEventSlim();
        var order = new List<string>();
        await RenderQueue.RunAsync(
            renderer,
            (job, _) =>
            {
                order.Add(job.Page.Title);
                firstStarted.Set();
                // The only worker holds the first page until the others wait in the queue together.
                Assert.True(othersPosted.Wait(Patience));
            },
            queue =>
            {
                queue.Post(string.Empty, Chrome, Section("premiere", 1));
                Assert.True(firstStarted.Wait(Patience));
                queue.Post(string.Empty, Chrome, Section("legere", 1));
                queue.Post(string.Empty, Chrome, Section("lourde", 9));
                queue.Post(string.Empty, Chrome, Section("moyenne", 5));
                queue.Post(string.Empty, Chrome, Section("legere-bis", 1));
                othersPosted.Set();
                return 0;
            },
            CancellationToken.None);
        Assert.Equal(["premiere", "lourde", "moyenne", "legere", "legere-bis"], order);
    }

    [Fact]
    public async Task Run_PagePostedTwice_IsRenderedOnceAndTheBuilderResultIsReturned()
    {
        await using var renderer = new PageRenderer(2);
        var rendered = new System.Collections.Concurrent.ConcurrentBag<string>();
        var page = Section("unique", 3);
        var result = await RenderQueue.RunAsync(
            renderer,
            (job, html) => rendered.Add(System.Text.Encoding.UTF8.GetString(html)),
            queue =>
            {
                queue.Post(string.Empty, Chrome, page);
                queue.Post("2023/", Chrome, page);
                return "fini";
            },
            CancellationToken.None);
        Assert.Equal("fini", result);
        Assert.Contains("id=\"unique-2\"", Assert.Single(rendered), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BuilderFailure_IsThrownAsItWasAfterThePagesPostedBeforeItAreRendered()
    {
        await using var renderer = new PageRenderer(2);
        var rendered = 0;
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => RenderQueue.RunAsync<int>(
            renderer,
            (_, _) => Interlocked.Increment(ref rendered),
            queue =>
            {
                queue.Post(string.Empty, Chrome, Section("a", 1));
                queue.Post(string.Empty, Chrome, Section("b", 2));
                throw new InvalidOperationException("panne du constructeur");
            },
            CancellationToken.None));
        Assert.Equal("panne du constructeur", failure.Message);
        Assert.Equal(2, rendered);
    }

    [Fact]
    public async Task Run_RenderingFailure_ReachesTheCaller()
    {
        await using var renderer = new PageRenderer(1);
        var failure = await Assert.ThrowsAsync<IOException>(() => RenderQueue.RunAsync(
            renderer,
            (_, _) => throw new IOException("disque plein"),
            queue =>
            {
                queue.Post(string.Empty, Chrome, Section("a", 1));
                return 0;
            },
            CancellationToken.None));
        Assert.Equal("disque plein", failure.Message);
    }
}
