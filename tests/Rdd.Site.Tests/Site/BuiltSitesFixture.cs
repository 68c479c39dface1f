namespace Rdd.Site.Tests.Site;

/// <summary>Builds the default content and the fictional fixture once, in parallel, for every test class of the collection.</summary>
public sealed class BuiltSitesFixture : IAsyncLifetime
{
    public const string Default = "content";
    public const string Fixture = "commune-fictive";

    private BuiltSite? _default;
    private BuiltSite? _fixture;

    internal BuiltSite this[string name] => name switch
    {
        Default => _default ?? throw new InvalidOperationException("not built"),
        Fixture => _fixture ?? throw new InvalidOperationException("not built"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public async Task InitializeAsync()
    {
        var builds = await Task.WhenAll(
            SiteGenerator.BuildAsync(SiteRepo.DefaultContent, new BuildOptions()),
            SiteGenerator.BuildAsync(SiteRepo.FixtureContent, new BuildOptions()));
        _default = new BuiltSite(Default, SiteRepo.DefaultContent, builds[0]);
        _fixture = new BuiltSite(Fixture, SiteRepo.FixtureContent, builds[1]);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>The test classes that read the two built sites.</summary>
[CollectionDefinition(Name)]
public sealed class BuiltSitesCollection : ICollectionFixture<BuiltSitesFixture>
{
    public const string Name = "Built sites";
}
