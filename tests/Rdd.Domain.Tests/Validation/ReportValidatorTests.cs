using System.Text.RegularExpressions;
using FsCheck.Xunit;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;
using Rdd.Domain.Tests.Support;
using Rdd.Domain.Validation;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Tests.Validation;

public sealed class ReportValidatorTests
{
    [Fact]
    public void Validate_SampleReport_HasNoDiagnostics()
    {
        var result = ReportValidator.Default.Validate(SampleReports.Minimal);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Validate_RuleThatThrows_YieldsRDD9999AndOtherRulesStillRun()
    {
        var validator = new ReportValidatorBuilder().AddRule(new ThrowingRule()).AddRule(new ConstantRule()).Build();
        var report = SampleReports.Minimal with { Parts = [] };

        var result = validator.Validate(report);

        var failure = Assert.Single(result.Diagnostics, d => d.Code == "RDD9999");
        Assert.Equal(Severity.Error, failure.Severity);
        Assert.Contains(nameof(ThrowingRule), failure.Message, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == ConstantRule.Descriptor.Code);
        Assert.Contains(result.Diagnostics, d => d.Code == RequiredPartsRule.MissingPart.Code);
    }

    [Fact]
    public void Validate_RulesRunTogether_FindingsComeInTheRulesOrder()
    {
        // The first rule is the slowest: run at the same time, it finishes last, and its finding still comes first.
        var validator = new ReportValidatorBuilder().AddRule(new SlowRule("première", 200)).AddRule(new SlowRule("deuxième", 0)).AddRule(new SlowRule("troisième", 50)).Build();

        var result = validator.Validate(SampleReports.Minimal);

        Assert.Equal(["première", "deuxième", "troisième"], result.Diagnostics.Where(d => d.Code == SlowRule.Descriptor.Code).Select(d => d.Message));
    }

    [Fact]
    public void AddRule_CustomRule_RunsAfterBuiltInRules()
    {
        var validator = new ReportValidatorBuilder().AddRule(new ConstantRule()).Build();

        Assert.IsType<ConstantRule>(validator.Rules[^1]);
        Assert.Equal(BuiltInRules.All.Count + 1, validator.Rules.Count);
        Assert.Contains(validator.Validate(SampleReports.Minimal).Diagnostics, d => d.Code == ConstantRule.Descriptor.Code);
    }

    [Fact]
    public void RemoveRule_BuiltInRule_IsNoLongerRun()
    {
        var report = SampleReports.Minimal.WithAction("achats-responsables", a => a with { Finalities = [] });
        var validator = new ReportValidatorBuilder().RemoveRule<FinalityAlignmentRule>().Build();

        var result = validator.Validate(report);

        Assert.DoesNotContain(validator.Rules, r => r is FinalityAlignmentRule);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == FinalityAlignmentRule.ActionWithoutFinality.Code);
        Assert.Contains(ReportValidator.Default.Validate(report).Diagnostics, d => d.Code == FinalityAlignmentRule.ActionWithoutFinality.Code);
    }

    [Fact]
    public void Descriptors_Default_ListsEveryCodeOnceInOrder()
    {
        var codes = ReportValidator.Default.Descriptors.Select(d => d.Code).ToList();

        Assert.Equal(codes.Distinct(StringComparer.Ordinal).Count(), codes.Count);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Contains("RDD9999", codes);
        foreach (var code in BuiltInRules.All.SelectMany(r => r.Descriptors).Select(d => d.Code))
        {
            Assert.Contains(code, codes);
        }
    }

    [Fact]
    public void Descriptors_WithAddedRule_IncludeItsCodes()
    {
        var validator = new ReportValidatorBuilder().AddRule(new ConstantRule()).Build();

        Assert.Contains(validator.Descriptors, d => d.Code == ConstantRule.Descriptor.Code);
    }

    [Fact]
    public void Descriptors_Default_CodesMatchRddAndFourDigits()
    {
        Assert.All(ReportValidator.Default.Descriptors, d => Assert.Matches(new Regex(@"^RDD\d{4}$"), d.Code));
    }

    [Fact]
    public void Validate_WithSourceMap_DiagnosticsCarryTheLocation()
    {
        var report = SampleReports.Minimal.WithAction("achats-responsables", a => a with { Finalities = ["climt"] });
        var sources = new SourceMap();
        var location = new SourceLocation("2024/partie-2/01-achats.md", 12, 4);
        sources.Add(new ElementRef(ElementKind.Action, "achats-responsables", ElementAttributes.Finalities), location);

        var result = ReportValidator.Default.Validate(report, sources);

        var unknown = Assert.Single(result.Diagnostics, d => d.Code == FinalityAlignmentRule.UnknownFinality.Code);
        Assert.Equal(location, unknown.Location);
        Assert.StartsWith("2024/partie-2/01-achats.md(12,4): error RDD1011:", unknown.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WithoutSourceMap_DiagnosticsHaveNoLocation()
    {
        var report = SampleReports.Minimal.WithAction("achats-responsables", a => a with { Finalities = ["climt"] });

        var result = ReportValidator.Default.Validate(report);

        Assert.All(result.Diagnostics, d => Assert.Null(d.Location));
    }

    public static TheoryData<string, Report> EdgeCaseReports => new()
    {
        { "empty report", new Report { Authority = new Authority { Name = "", Kind = AuthorityKind.Other, Population = 0 }, Year = 0, BudgetYear = 0 } },
        { "negative population and years", SampleReports.Minimal with { Authority = SampleReports.Minimal.Authority with { Population = -5 }, Year = -1, BudgetYear = int.MinValue } },
        { "undefined enum values", SampleReports.Minimal with { Authority = SampleReports.Minimal.Authority with { Kind = (AuthorityKind)99 }, Parts = [new Part { Kind = (PartKind)42, Title = "?", Sections = [new Section { Id = "x", Title = "x", Actions = [new ReportAction { Id = "y", Title = "y" }] }] }] } },
        { "empty strings everywhere", EmptyStrings() },
        { "no authority", SampleReports.Minimal with { Authority = null! } },
        { "null strings where required", NullStrings() },
        { "extreme amounts", SampleReports.Minimal with { Budget = new Budget { Year = int.MaxValue, Lines = [new BudgetLine { Id = "a", Policy = "A", Operating = BudgetAmount.Given(decimal.MaxValue), Investment = BudgetAmount.Given(decimal.MaxValue), StatedTotal = decimal.MaxValue }, new BudgetLine { Id = "b", Policy = "B", Operating = BudgetAmount.Given(decimal.MinValue), Investment = new BudgetAmount(null, "") }], StatedOperatingTotal = decimal.MaxValue, StatedInvestmentTotal = decimal.MinValue } } },
        { "inverted period and extreme dates", SampleReports.Minimal with { Period = new ActionPeriod(NodaTime.LocalDate.MaxIsoValue, NodaTime.LocalDate.MinIsoValue), PresentationDate = NodaTime.LocalDate.MaxIsoValue, BudgetDebateDate = NodaTime.LocalDate.MinIsoValue } },
    };

    [Theory]
    [MemberData(nameof(EdgeCaseReports))]
    public void Validate_EdgeCaseReport_NeverReportsRuleFailure(string scenario, Report report)
    {
        var result = ReportValidator.Default.Validate(report);

        Assert.False(result.Diagnostics.Any(d => d.Code == "RDD9999"), $"{scenario}: {string.Join(" | ", result.Diagnostics.Where(d => d.Code == "RDD9999"))}");
    }

    [Property]
    public bool Validate_ArbitraryIdsCodesAndAmounts_NeverReportsRuleFailure(string? id, string? code, decimal amount, int year, int population)
    {
        var report = SampleReports.Minimal
            .WithAction("compteurs-eau", a => a with
            {
                Id = id!,
                Title = code!,
                Finalities = [code!],
                GovernanceElements = [code!],
                Figures = [code!],
                Terms = [new TermReference(code!, id!), new TermReference("odd", code!)],
            })
            .WithSection("mobilites", s => s with { Id = code!, DefaultTerms = [new TermReference(id!, code!)] })
            .WithBudgetLine("grandes-infrastructures", l => l with { Id = id!, Policy = code!, Operating = BudgetAmount.Given(amount), Investment = new BudgetAmount(null, code), StatedTotal = amount });
        report = report with
        {
            Authority = report.Authority with { Population = population },
            Year = year,
            BudgetYear = year,
            Budget = report.Budget! with { Year = year, StatedOperatingTotal = amount, StatedInvestmentTotal = -amount },
            KeyFigures = [.. report.KeyFigures, new KeyFigure { Id = code!, Value = amount, Unit = code!, Label = id! }],
            Glossary = [new GlossaryEntry { Term = code!, Expansion = id! }, new GlossaryEntry { Term = code!, Expansion = id! }],
            Taxonomies = [new Taxonomy { Id = id!, Name = code!, Terms = [new Term { Code = code!, Label = id!, Parent = id }] }],
        };

        return !ReportValidator.Default.Validate(report).Diagnostics.Any(d => d.Code == "RDD9999");
    }

    private static Report EmptyStrings() => new()
    {
        Authority = new Authority { Name = "", Kind = AuthorityKind.Commune, Population = 60_000 },
        Year = 2024,
        BudgetYear = 2025,
        DigitalStrategyReview = "   ",
        Parts = [new Part { Kind = PartKind.Modalities, Title = "", Sections = [new Section { Id = "", Title = "", DefaultGovernanceElements = [""], DefaultTerms = [new TermReference("", "")], Actions = [new ReportAction { Id = "", Title = "", Finalities = [""], GovernanceElements = [""], Figures = [""], Terms = [new TermReference("", "")] }] }] }],
        KeyFigures = [new KeyFigure { Id = "", Value = 0, Unit = "", Label = "" }],
        Indicators = [new Indicator { Id = "", Label = "", Unit = " % ", Year = 0, Value = -1 }],
        Glossary = [new GlossaryEntry { Term = "", Expansion = "" }, new GlossaryEntry { Term = " ", Expansion = "" }],
        Taxonomies = [new Taxonomy { Id = "", Name = "", Terms = [new Term { Code = "", Label = "", Parent = "" }] }],
        Budget = new Budget { Year = 0, Lines = [new BudgetLine { Id = "", Policy = "" }] },
    };

    private static Report NullStrings() => new()
    {
        Authority = new Authority { Name = null!, Kind = AuthorityKind.Intercommunality, Population = 200_000 },
        Year = 2024,
        BudgetYear = 2025,
        Parts = [new Part { Kind = PartKind.PublicPolicies, Title = null!, Sections = [new Section { Id = null!, Title = null!, DefaultFinalities = [null!], DefaultGovernanceElements = [null!], DefaultTerms = [new TermReference(null!, null!)], Actions = [new ReportAction { Id = null!, Title = null!, Finalities = [null!], GovernanceElements = [null!], Figures = [null!], Terms = [new TermReference(null!, null!)] }] }] }],
        KeyFigures = [new KeyFigure { Id = null!, Value = 150, Unit = null!, Label = null! }],
        Indicators = [new Indicator { Id = null!, Label = null!, Unit = null!, Year = 0 }],
        Glossary = [new GlossaryEntry { Term = null!, Expansion = null! }, new GlossaryEntry { Term = null!, Expansion = null! }],
        Taxonomies = [new Taxonomy { Id = null!, Name = null!, Terms = [new Term { Code = null!, Label = null!, Parent = "x" }, new Term { Code = null!, Label = null! }] }],
        Budget = new Budget { Year = 2024, Lines = [new BudgetLine { Id = null!, Policy = null!, Operating = new BudgetAmount(null, null), StatedTotal = 5 }] },
    };

    private sealed class ThrowingRule : IReportRule
    {
        public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [];

        public IEnumerable<Diagnostic> Check(ValidationContext context) => throw new InvalidOperationException("panne simulée");
    }

    private sealed class SlowRule(string message, int milliseconds) : IReportRule
    {
        public static DiagnosticDescriptor Descriptor { get; } = new("RDD9002", Severity.Info, "Test", "Test", "Test");

        public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

        public IEnumerable<Diagnostic> Check(ValidationContext context)
        {
            Thread.Sleep(milliseconds);
            yield return context.Diagnose(Descriptor, message);
        }
    }

    private sealed class ConstantRule : IReportRule
    {
        public static DiagnosticDescriptor Descriptor { get; } = new("RDD9001", Severity.Info, "Test", "Test", "Test");

        public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

        public IEnumerable<Diagnostic> Check(ValidationContext context) => [context.Diagnose(Descriptor, "Toujours là.")];
    }
}
