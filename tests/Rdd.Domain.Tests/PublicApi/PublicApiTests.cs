using PublicApiGenerator;
using Rdd.Domain.Validation;

namespace Rdd.Domain.Tests.PublicApi;

/// <summary>
/// The public API of Rdd.Domain (the NuGet package) changes only on purpose: it is compared with the approved text
/// committed beside this test, and a reviewer sees every change in the diff of Rdd.Domain.approved.txt.
/// </summary>
public sealed class PublicApiTests
{
    private const string ApprovedFile = "tests/Rdd.Domain.Tests/PublicApi/Rdd.Domain.approved.txt";

    [Fact]
    public void PublicApi_EqualsTheApprovedApi()
    {
        var actual = Normalize(typeof(ReportValidator).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] }));
        var path = RepositoryFiles.PathOf(ApprovedFile);
        if (Environment.GetEnvironmentVariable("RDD_UPDATE_API") == "1")
        {
            File.WriteAllText(path, actual);
        }

        var approved = File.Exists(path) ? Normalize(File.ReadAllText(path)) : string.Empty;
        Assert.True(approved == actual,
            $"The public API of Rdd.Domain differs from {ApprovedFile}:\n{LineDiff.Describe(approved, actual)}\n"
            + "If the change is intended, update the file with: RDD_UPDATE_API=1 dotnet test tests/Rdd.Domain.Tests --filter PublicApi, "
            + "then review and commit it (a removed or changed member breaks the package's users: change the version accordingly).");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
}
