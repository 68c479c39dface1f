using Microsoft.Playwright;

namespace Rdd.Site.BrowserTests;

/// <summary>
/// Shared by every browser test: both sites (the real 2024 report in content/ and the fictional commune) built and
/// served once, and one headless Chromium — Debian's, never a downloaded one.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where Debian puts Chromium; tests/run-all.sh installs it.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    /// <summary>The real report (content/).</summary>
    public BuiltSite Report { get; private set; } = default!;

    /// <summary>The fictional commune (tests/fixtures/commune-fictive).</summary>
    public BuiltSite Commune { get; private set; } = default!;

    /// <summary>Both sites.</summary>
    public IReadOnlyList<BuiltSite> Sites => [Report, Commune];

    /// <summary>A site by its short name.</summary>
    /// <param name="name">« content » or « commune-fictive ».</param>
    /// <returns>The site.</returns>
    public BuiltSite Site(string name) => Sites.Single(s => s.Name == name);

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The repository's root folder.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is missing ({ChromiumPath}): the browser tests use Debian's Chromium and never download one. " +
                "Run `bash tests/run-all.sh`, which installs it (apt-get install chromium), or install the Debian package « chromium » yourself.");
        }

        // The .NET package ships its driver (with its own node); browsers are never downloaded: we launch Debian's.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var report = BuiltSite.StartAsync("content", Path.Combine(RepositoryRoot, "content"));
        var commune = BuiltSite.StartAsync("commune-fictive", Path.Combine(RepositoryRoot, "tests", "fixtures", "commune-fictive"));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Report = await report;
        Commune = await commune;
    }

    /// <summary>A new page in a new context.</summary>
    /// <param name="options">The context's options; a 1280 × 800 light-theme context when null.</param>
    /// <returns>The page; dispose its context when done.</returns>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            ColorScheme = ColorScheme.Light,
            Locale = "fr-FR",
        });
        return await context.NewPageAsync();
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Report is not null)
        {
            await Report.DisposeAsync();
        }

        if (Commune is not null)
        {
            await Commune.DisposeAsync();
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Rdd.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"Rdd.sln not found above {AppContext.BaseDirectory}.");
    }
}

/// <summary>The collection every browser test belongs to: one build, one server per site, one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Navigateur";
}
