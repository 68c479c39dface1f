using Rdd.Domain.Validation;

namespace Rdd.Domain.Tests.PublicApi;

/// <summary>
/// The public API of Rdd.Domain (the NuGet package) changes only on purpose: it is compared with the approved text
/// committed beside this test, and a reviewer sees every change in the diff of Rdd.Domain.approved.txt.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_EqualsTheApprovedApi()
    {
        ApprovedApi.AssertApproved(
            typeof(ReportValidator).Assembly,
            RepositoryFiles.PathOf("tests/Rdd.Domain.Tests/PublicApi/Rdd.Domain.approved.txt"),
            "RDD_UPDATE_API=1 dotnet test tests/Rdd.Domain.Tests --filter PublicApi");
    }
}
