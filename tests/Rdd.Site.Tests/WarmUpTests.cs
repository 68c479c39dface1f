using Rdd.Domain.Json;
using Rdd.Site.Content;
using Rdd.Site.Tests.Site;

namespace Rdd.Site.Tests;

/// <summary>The warm-up a build starts on another thread changes nothing the build writes.</summary>
public class WarmUpTests
{
    [Fact]
    public void PrepareJsonContract_WhileSerializing_ChangesNoText()
    {
        var report = ContentChecker.Check(SiteRepo.DefaultContent).Content.Latest!.Report;
        var before = ReportJson.Serialize(report);
        var texts = new string[2];

        Parallel.Invoke(
            WarmUp.PrepareJsonContract,
            () => texts[0] = ReportJson.Serialize(report),
            WarmUp.PrepareJsonContract,
            () => texts[1] = ReportJson.Serialize(report));

        Assert.All(texts, text => Assert.Equal(before, text));
    }
}
