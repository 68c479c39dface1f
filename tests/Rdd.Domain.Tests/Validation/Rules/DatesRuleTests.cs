using NodaTime;
using Rdd.Domain.Reports;
using Rdd.Domain.Tests.Support;
using Rdd.Domain.Validation;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Tests.Validation.Rules;

public sealed class DatesRuleTests
{
    private static readonly DatesRule Rule = new();

    [Fact]
    public void DatesRule_SampleReport_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, SampleReports.Minimal));
    }

    [Fact]
    public void DatesRule_PresentedAfterBudgetDebate_ErrsRDD1030WithBothDates()
    {
        var report = SampleReports.Minimal with { PresentationDate = new LocalDate(2025, 3, 15), BudgetDebateDate = new LocalDate(2025, 3, 1) };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1030", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(ElementRef.ReportItself.At("presentation-date"), diagnostic.Element);
        Assert.Contains("15 mars 2025", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("débat budgétaire du 1er mars 2025", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("préalablement aux débats sur le projet de budget", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DatesRule_PresentedOnTheDayOfTheDebate_IsAllowed()
    {
        var report = SampleReports.Minimal with { PresentationDate = new LocalDate(2025, 3, 1), BudgetDebateDate = new LocalDate(2025, 3, 1) };

        Assert.Empty(RuleRunner.Run(Rule, report));
    }

    [Fact]
    public void DatesRule_OneDateUnknown_IsNotChecked()
    {
        var report = SampleReports.Minimal with { PresentationDate = new LocalDate(2025, 3, 15), BudgetDebateDate = null };

        Assert.Empty(RuleRunner.Run(Rule, report));
    }

    [Fact]
    public void DatesRule_PeriodOfAnotherYear_WarnsRDD1031()
    {
        var report = SampleReports.Minimal with { Period = ActionPeriod.OfYear(2023) };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1031", diagnostic.Code);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(ElementRef.ReportItself.At("period"), diagnostic.Element);
        Assert.Contains("ne couvre pas l'année 2024", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DatesRule_PeriodStraddlingTheYear_IsAllowed()
    {
        var report = SampleReports.Minimal with { Period = new ActionPeriod(new LocalDate(2023, 7, 1), new LocalDate(2024, 6, 30)) };

        Assert.Empty(RuleRunner.Run(Rule, report));
    }

    [Fact]
    public void DatesRule_PeriodEndingBeforeItStarts_WarnsRDD1031()
    {
        var report = SampleReports.Minimal with { Period = new ActionPeriod(new LocalDate(2024, 12, 31), new LocalDate(2024, 1, 1)) };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1031", diagnostic.Code);
        Assert.Contains("après sa fin", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void DatesRule_BudgetOfReportYearOrBudgetYear_IsAllowed(int budgetYear)
    {
        var report = SampleReports.Minimal with { Budget = SampleReports.Minimal.Budget! with { Year = budgetYear } };

        Assert.Empty(RuleRunner.Run(Rule, report));
    }

    [Fact]
    public void DatesRule_BudgetOfAnotherYear_WarnsRDD1031OnTheBudget()
    {
        var report = SampleReports.Minimal with { Budget = SampleReports.Minimal.Budget! with { Year = 2022 } };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1031", diagnostic.Code);
        Assert.Equal(new ElementRef(ElementKind.Budget, "", "year"), diagnostic.Element);
        Assert.Contains("porte sur 2022", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DatesRule_BudgetYearBeforeReportYear_ErrsRDD1032()
    {
        var report = SampleReports.Minimal with { BudgetYear = 2023, Budget = null };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1032", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(ElementRef.ReportItself.At("budget-year"), diagnostic.Element);
        Assert.Contains("Le rapport sur 2024 précède le budget 2023", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DatesRule_BudgetYearEqualToReportYear_IsAllowed()
    {
        var report = SampleReports.Minimal with { BudgetYear = 2024 };

        Assert.Empty(RuleRunner.Run(Rule, report));
    }
}
