using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Rdd.Site.Output;

namespace Rdd.Site.Tests.Site;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
internal static class SiteRepo
{

    public static string Root => RepositoryRoot.Path;

    /// <summary>The default content: the 2024 report of Carcassonne Agglo.</summary>
    public static string DefaultContent => Path.Combine(Root, "content");

    /// <summary>The small fictional content.</summary>
    public static string FixtureContent => Path.Combine(Root, "tests", "fixtures", "commune-fictive");

    public static string Readme => Path.Combine(Root, "README.md");
}

/// <summary>A temporary folder, deleted (with its read-only parts made writable again) when disposed.</summary>
internal sealed class SiteTempFolder : IDisposable
{
    public SiteTempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rdd-site-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Copies a folder recursively into this one, under <paramref name="name"/>.</summary>
    public string CopyFrom(string source, string name)
    {
        var target = Combine(name);
        Copy(new DirectoryInfo(source), target);
        return target;
    }

    private static void Copy(DirectoryInfo source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in source.EnumerateFiles())
        {
            file.CopyTo(System.IO.Path.Combine(target, file.Name));
        }

        foreach (var dir in source.EnumerateDirectories())
        {
            Copy(dir, System.IO.Path.Combine(target, dir.Name));
        }
    }

    public void Dispose()
    {
        try
        {
            if (!OperatingSystem.IsWindows())
            {
                foreach (var dir in Directory.EnumerateDirectories(Path, "*", SearchOption.AllDirectories).Prepend(Path))
                {
                    File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            }

            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}

/// <summary>A built site with its pages parsed once.</summary>
internal sealed class BuiltSite
{
    private static readonly HtmlParser Parser = new();

    public BuiltSite(string name, string contentRoot, SiteBuild build)
    {
        Name = name;
        ContentRoot = contentRoot;
        Build = build;
        Assert.True(build.Success, $"The site of {name} did not build:\n" + string.Join("\n", build.Diagnostics.Select(d => d.ToString())));
        Files = build.Files!;
        var check = ContentChecker.Check(contentRoot);
        Report = check.Content.Latest!.Report;
        Settings = check.Content.Site;
        Pages = Files.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(p => p, p => (IDocument)Parser.ParseDocument(Files.Text(p)), StringComparer.Ordinal);
    }

    public string Name { get; }

    public string ContentRoot { get; }

    public SiteBuild Build { get; }

    public SiteFiles Files { get; }

    /// <summary>The report as the content loader reads it, to compare pages with.</summary>
    public Rdd.Domain.Reports.Report Report { get; }

    public Rdd.Site.Content.SiteSettings Settings { get; }

    /// <summary>Every HTML file by relative path, parsed.</summary>
    public IReadOnlyDictionary<string, IDocument> Pages { get; }

    public string BasePath => Build.Site!.Urls.BasePath;

    public IDocument Page(string file) => Pages.TryGetValue(file, out var page) ? page : throw new Xunit.Sdk.XunitException($"{Name}: no page {file}; pages: {string.Join(", ", Pages.Keys)}");

    /// <summary>
    /// Resolves an href or src of <paramref name="page"/> to a file of the site and an optional fragment; null file when
    /// the address leaves the site (another scheme or origin).
    /// </summary>
    public (bool Internal, string? File, string? Fragment) Resolve(string page, string address)
    {
        if (address.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || address.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
            || address.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || address.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || address.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || address.StartsWith("//", StringComparison.Ordinal))
        {
            return (false, null, null);
        }

        var hash = address.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? address : address[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(address[(hash + 1)..]);
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }

        if (path.Length == 0)
        {
            return (true, page, fragment);
        }

        // Resolve against the page's own URL, as a browser would, then strip the base path.
        var pageUrl = new Uri(new Uri("https://site.invalid" + BasePath), page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page);
        var target = new Uri(pageUrl, path);
        if (target.Host != "site.invalid")
        {
            return (false, null, null);
        }

        var absolute = Uri.UnescapeDataString(target.AbsolutePath);
        if (!absolute.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return (true, null, fragment);
        }

        var relative = absolute[BasePath.Length..];
        var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        return (true, Files.Contains(file) ? file : null, fragment);
    }
}

/// <summary>Collects problems over many pages and fails once, listing them all.</summary>
internal static class PageAssert
{
    public static void NoProblems(BuiltSite site, string what, Func<string, IDocument, IEnumerable<string>> check)
    {
        var problems = site.Pages.OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => check(p.Key, p.Value).Select(problem => $"  {p.Key}: {problem}"))
            .ToList();
        if (problems.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"{site.Name}: {what} — {problems.Count} problem(s):\n{string.Join("\n", problems.Take(200))}");
        }
    }
}
