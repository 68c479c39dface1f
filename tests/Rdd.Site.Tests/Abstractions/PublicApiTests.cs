using Rdd.Domain.Tests.PublicApi;
using Rdd.Site.Abstractions;

namespace Rdd.Site.Tests.Abstractions;

/// <summary>
/// The public API of Rdd.Site.Abstractions (the NuGet package extensions compile against) changes only on purpose: it
/// is compared with the approved text committed beside this test.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_EqualsTheApprovedApi()
    {
        ApprovedApi.AssertApproved(
            typeof(ISitePageProvider).Assembly,
            Path.Combine(RepositoryRoot.Path, "tests", "Rdd.Site.Tests", "Abstractions", "Rdd.Site.Abstractions.approved.txt"),
            "RDD_UPDATE_API=1 dotnet test tests/Rdd.Site.Tests --filter FullyQualifiedName~Abstractions.PublicApi");
    }
}
