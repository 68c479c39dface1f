using Rdd.Domain.Taxonomies;
using Rdd.Domain.Tests.Support;
using Rdd.Domain.Validation;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Tests.Validation;

public sealed class ValidationContextTests
{
    [Fact]
    public void Diagnose_ElementInTheSourceMap_CarriesItsLocation()
    {
        var sources = new SourceMap();
        var location = new SourceLocation("2024/partie-3/01-gouvernance.md", 5, 3);
        sources.Add(new ElementRef(ElementKind.Section, "gouvernance"), location);
        var context = new ValidationContext(SampleReports.Minimal, TaxonomySet.For(SampleReports.Minimal), sources);

        var diagnostic = context.Diagnose(EmptySectionRule.EmptySection, "Section vide.", new ElementRef(ElementKind.Section, "gouvernance", "elements"));

        Assert.Equal(location, diagnostic.Location);
        Assert.Equal("2024/partie-3/01-gouvernance.md(5,3): warning RDD1005: Section vide.", diagnostic.ToString());
    }

    [Fact]
    public void Diagnose_NoElement_HasNoLocation()
    {
        var context = new ValidationContext(SampleReports.Minimal, TaxonomySet.For(SampleReports.Minimal), SourceMap.Empty);

        var diagnostic = context.Diagnose(EmptySectionRule.EmptySection, "Section vide.");

        Assert.Null(diagnostic.Location);
        Assert.Equal("warning RDD1005: Section vide.", diagnostic.ToString());
    }

    [Fact]
    public void Obligation_IsAssessedFromTheReportAuthorityAndBudgetYear()
    {
        var context = new ValidationContext(SampleReports.Minimal, TaxonomySet.For(SampleReports.Minimal), SourceMap.Empty);

        Assert.True(context.Obligation.IsObliged);
        Assert.Contains("budget 2025", context.Obligation.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_WithSourceMap_LocateTheirDiagnostics()
    {
        var report = SampleReports.Minimal.WithAction("achats-responsables", a => a with { Figures = ["inconnu"] });
        var sources = new SourceMap();
        var location = new SourceLocation("2024/partie-2/01-achats.md", 4, 1);
        sources.Add(new ElementRef(ElementKind.Action, "achats-responsables"), location);

        var diagnostic = Assert.Single(RuleRunner.Run(new ReferencesRule(), report, sources));

        Assert.Equal(location, diagnostic.Location);
    }
}
