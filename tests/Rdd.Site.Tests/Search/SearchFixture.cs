using Rdd.Site.Tests.Content;

namespace Rdd.Site.Tests.Search;

/// <summary>The default content built once for the search and printable-report tests.</summary>
internal static class DefaultSite
{
    private static readonly Lazy<SiteBuild> Lazy = new(() =>
    {
        var build = SiteGenerator.BuildAsync(ContentRoot, new BuildOptions { Parallelism = 2 }).GetAwaiter().GetResult();
        Assert.True(build.Success, string.Join('\n', build.Diagnostics.Where(d => d.Severity == Rdd.Domain.Validation.Severity.Error)));
        return build;
    });

    public static string ContentRoot => Path.Combine(RepositoryRoot.Path, "content");

    public static SiteBuild Build => Lazy.Value;

    public static string Text(string path) => Build.Files!.Text(path);
}
