namespace Rdd.Site.Tests.Cli;

/// <summary>The tests that set RDD_CHROMIUM, a variable of the whole process: they never run at the same time.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumVariable
{
    /// <summary>The collection's name.</summary>
    public const string Name = "RDD_CHROMIUM";
}
