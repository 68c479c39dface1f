namespace Rdd.Packaging.Tests;

/// <summary>
/// The test classes that compile rdd to native code (the tool package, the standalone binary): one at a time, since two
/// Native AOT compilations at once on CI's two cores take longer than both in turn, and made the first one time out.
/// </summary>
[CollectionDefinition(Name)]
public sealed class NativeBuilds
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Compilations natives";
}
