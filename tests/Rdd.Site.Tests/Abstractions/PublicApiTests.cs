using PublicApiGenerator;
using Rdd.Site.Abstractions;

namespace Rdd.Site.Tests.Abstractions;

/// <summary>
/// The public API of Rdd.Site.Abstractions (the NuGet package extensions compile against) changes only on purpose: it
/// is compared with the approved text committed beside this test.
/// </summary>
public sealed class PublicApiTests
{
    private const string ApprovedFile = "tests/Rdd.Site.Tests/Abstractions/Rdd.Site.Abstractions.approved.txt";

    [Fact]
    public void PublicApi_EqualsTheApprovedApi()
    {
        var actual = Normalize(typeof(ISitePageProvider).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] }));
        var path = Path.Combine(RepositoryRoot.Path, ApprovedFile);
        if (Environment.GetEnvironmentVariable("RDD_UPDATE_API") == "1")
        {
            File.WriteAllText(path, actual);
        }

        var approved = File.Exists(path) ? Normalize(File.ReadAllText(path)) : string.Empty;
        Assert.True(approved == actual,
            $"The public API of Rdd.Site.Abstractions differs from {ApprovedFile}. If the change is intended, update the file with: "
            + "RDD_UPDATE_API=1 dotnet test tests/Rdd.Site.Tests --filter FullyQualifiedName~Abstractions.PublicApi, then review and commit it.\n"
            + "Approved:\n" + approved + "\nActual:\n" + actual);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
}
