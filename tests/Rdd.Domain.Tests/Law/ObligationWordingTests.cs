using NodaTime;
using Rdd.Domain.Law;

namespace Rdd.Domain.Tests.Law;

/// <summary>The explanations of the law print dates as French text does and cite each article once.</summary>
public sealed class ObligationWordingTests
{
    [Fact]
    public void Explanation_PresentationOnTheFirstOfTheMonth_WritesTheDateInFrenchWith1er()
    {
        var assessment = Obligations.Assess(AuthorityKind.Commune, 60_000, 2025, new LocalDate(2025, 1, 1));

        Assert.Contains("Présenté le 1er janvier 2025", assessment.Explanation, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}|\d{2}/\d{2}/\d{4}", assessment.Explanation);
    }

    [Fact]
    public void Explanation_BelowTheThreshold_CitesTheArticleOnce()
    {
        var explanation = Obligations.Assess(AuthorityKind.Commune, 30_000, 2025).Explanation;

        Assert.Contains("fixé par la loi (CGCT, art. L2311-1-1)", explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("l'article CGCT", explanation, StringComparison.Ordinal);
    }
}
