namespace Rdd.Site.Tests.Site;

/// <summary>The same content gives the same bytes, wherever it lies on disk and whatever the rendering order.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public async Task Build_TwoCopiesOfTheContent_AreByteIdentical()
    {
        using var temp = new SiteTempFolder();
        var first = temp.CopyFrom(SiteRepo.DefaultContent, "premiere-copie");
        var second = temp.CopyFrom(SiteRepo.DefaultContent, "seconde");
        var builds = await Task.WhenAll(
            SiteGenerator.BuildAsync(first, new BuildOptions()),
            SiteGenerator.BuildAsync(second, new BuildOptions { Parallelism = 1 }));
        Assert.All(builds, b => Assert.True(b.Success, string.Join("\n", b.Diagnostics)));
        var (a, b) = (builds[0].Files!, builds[1].Files!);
        Assert.Equal(a.Paths, b.Paths);
        var different = a.Paths.Where(p => !a[p].AsSpan().SequenceEqual(b[p])).ToList();
        Assert.True(different.Count == 0, $"{different.Count} file(s) differ between the two builds:\n  {string.Join("\n  ", different)}");
        var leaking = a.Paths.Where(p => a.Text(p).Contains(temp.Path, StringComparison.Ordinal)).ToList();
        Assert.True(leaking.Count == 0, $"file(s) naming the content's folder on disk:\n  {string.Join("\n  ", leaking)}");
    }
}
