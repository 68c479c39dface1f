using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Tests.Support;
using Rdd.Domain.Validation;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Tests.Validation.Rules;

public sealed class ObligationRuleTests
{
    private static readonly ObligationRule Rule = new();

    [Fact]
    public void ObligationRule_ObligedAuthorityWithEveryContent_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, SampleReports.Minimal));
    }

    [Fact]
    public void ObligationRule_CommuneBelowThreshold_InformsRDD1040AndStaysValid()
    {
        var report = SampleReports.Minimal with { Authority = new Authority { Name = "Ville Exemple", Kind = AuthorityKind.Commune, Population = 30_000 } };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));
        var result = ReportValidator.Default.Validate(report);

        Assert.Equal("RDD1040", diagnostic.Code);
        Assert.Equal(Severity.Info, diagnostic.Severity);
        Assert.Equal(new ElementRef(ElementKind.Authority, ""), diagnostic.Element);
        Assert.Contains("50", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("000 habitants", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void ObligationRule_OtherBody_InformsRDD1040()
    {
        var report = SampleReports.Minimal with { Authority = new Authority { Name = "Syndicat des eaux", Kind = AuthorityKind.Other, Population = 200_000 } };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1040", diagnostic.Code);
        Assert.Contains("n'est pas soumis", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ObligationRule_EpciWithoutDigitalStrategyReview_WarnsRDD1041()
    {
        var report = SampleReports.Minimal with { DigitalStrategyReview = "  " };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1041", diagnostic.Code);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(ElementRef.ReportItself.At("digital-strategy-review"), diagnostic.Element);
        Assert.Contains("stratégie numérique responsable", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("D2311-15-1", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ObligationRule_DigitalStrategyReviewBeforeBudget2025_IsNotRequired()
    {
        var report = SampleReports.Minimal with { Year = 2023, BudgetYear = 2024, DigitalStrategyReview = null };

        Assert.Empty(RuleRunner.Run(Rule, report));
    }

    [Fact]
    public void ObligationRule_DepartmentWithoutDigitalStrategyReview_IsNotWarned()
    {
        var report = SampleReports.Minimal with
        {
            Authority = new Authority { Name = "Département", Kind = AuthorityKind.Department, Population = 400_000 },
            DigitalStrategyReview = null,
        };

        Assert.Empty(RuleRunner.Run(Rule, report));
    }

    [Fact]
    public void ObligationRule_NoActionReferringToAnOdd_InformsRDD1042()
    {
        var report = SampleReports.Minimal.WithAction("stationnement-cyclable", a => a with { Terms = [] });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1042", diagnostic.Code);
        Assert.Equal(Severity.Info, diagnostic.Severity);
        Assert.Equal(ElementRef.ReportItself, diagnostic.Element);
        Assert.Contains("objectif de développement durable (ODD)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ObligationRule_OddGivenBySectionDefault_Counts()
    {
        var report = SampleReports.Minimal
            .WithAction("stationnement-cyclable", a => a with { Terms = [] })
            .WithSection("achats", s => s with { DefaultTerms = [new TermReference("odd", "12")] });

        Assert.Empty(RuleRunner.Run(Rule, report));
    }

    [Fact]
    public void ObligationRule_RegionWithoutOdd_IsNotInformed()
    {
        var report = SampleReports.Minimal.WithAction("stationnement-cyclable", a => a with { Terms = [] }) with
        {
            Authority = new Authority { Name = "Région", Kind = AuthorityKind.Region, Population = 6_000_000 },
        };

        Assert.Empty(RuleRunner.Run(Rule, report));
    }
}
