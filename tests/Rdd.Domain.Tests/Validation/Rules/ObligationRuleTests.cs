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
        Assert.Contains("présenté le 10 février 2025, soit à partir du 1er janvier 2025", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("CGCT, art. L2311-1-1, rédaction issue de la loi n° 2021-1485, art. 35", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("D2311-15-1", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ObligationRule_DigitalStrategyReviewInAReportPresentedBefore2025_IsNotRequired()
    {
        var report = SampleReports.Minimal with { PresentationDate = new NodaTime.LocalDate(2024, 12, 10), DigitalStrategyReview = null };

        Assert.Empty(RuleRunner.Run(Rule, report));
    }

    [Fact]
    public void ObligationRule_DigitalStrategyReviewBeforeBudget2025WithoutPresentationDate_IsNotRequired()
    {
        var report = SampleReports.Minimal with { Year = 2023, BudgetYear = 2024, PresentationDate = null, DigitalStrategyReview = null };

        Assert.Empty(RuleRunner.Run(Rule, report));
    }

    [Fact]
    public void ObligationRule_DigitalStrategyReviewMissingWithoutPresentationDate_SaysTheBudgetYearDecided()
    {
        var report = SampleReports.Minimal with { PresentationDate = null, DigitalStrategyReview = null };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1041", diagnostic.Code);
        Assert.Contains("Sa date de présentation n'étant pas indiquée (date_presentation dans rapport.yml), l'année du budget en décide : il précède le budget 2025.", diagnostic.Message, StringComparison.Ordinal);
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
        Assert.Contains("(CGCT, art. L2311-1-1, rédaction en vigueur)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ObligationRule_LyonMetropolisWithoutOdd_InformsRDD1042UnderItsOwnArticle()
    {
        var report = SampleReports.Minimal.WithAction("stationnement-cyclable", a => a with { Terms = [] }) with
        {
            Authority = new Authority { Name = "Métropole de Lyon", Kind = AuthorityKind.LyonMetropolis, Population = 1_400_000 },
        };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1042", diagnostic.Code);
        Assert.Contains("(CGCT, art. L3661-2, rédaction en vigueur)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ObligationRule_NoActionInPreparation_InformsRDD1043UnderTheKindsLegislativeArticle()
    {
        var report = SampleReports.Minimal.WithAction("compteurs-eau", a => a with { Progress = Progress.Continued }) with
        {
            Authority = new Authority { Name = "Département", Kind = AuthorityKind.Department, Population = 400_000 },
        };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1043", diagnostic.Code);
        Assert.Equal(Severity.Info, diagnostic.Severity);
        Assert.Equal(ElementRef.ReportItself, diagnostic.Element);
        Assert.Equal("Aucune action n'est en projet (avancement=projet) : le rapport ne présente pas les orientations et programmes de nature à améliorer la situation (CGCT, art. L3311-2).", diagnostic.Message);
    }

    [Fact]
    public void ObligationRule_NoActionInPreparationForAnAuthorityNotObliged_IsNotInformed()
    {
        var report = SampleReports.Minimal.WithAction("compteurs-eau", a => a with { Progress = null }) with
        {
            Authority = new Authority { Name = "Ville Exemple", Kind = AuthorityKind.Commune, Population = 30_000 },
        };

        Assert.Equal(["RDD1040"], RuleRunner.Run(Rule, report).Select(d => d.Code));
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
