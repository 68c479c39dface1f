using Rdd.Domain.Reports;
using Rdd.Domain.Tests.Support;
using Rdd.Domain.Validation;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Tests.Validation.Rules;

public sealed class ImpossibleValuesRuleTests
{
    private static readonly ImpossibleValuesRule Rule = new();

    [Fact]
    public void ImpossibleValuesRule_SampleReport_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, SampleReports.Minimal));
    }

    [Fact]
    public void ImpossibleValuesRule_NegativePopulation_ErrsRDD1007OnTheAuthority()
    {
        var report = SampleReports.Minimal with { Authority = SampleReports.Minimal.Authority with { Population = -5 } };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal(("RDD1007", Severity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal("La population de la collectivité vaut -5 : elle ne peut pas être négative.", diagnostic.Message);
        Assert.Equal(ElementKind.Authority, diagnostic.Element?.Kind);
    }

    [Fact]
    public void ImpossibleValuesRule_BlankTitles_ErrRDD1008OnTheSectionAndTheAction()
    {
        var report = SampleReports.Minimal.WithPart(PartKind.InternalFunctioning, p => p with
        {
            Sections = [.. p.Sections, new Section { Id = "batiments", Title = " ", Actions = [new ReportAction { Id = "isolation", Title = "" }] }],
        });

        var diagnostics = RuleRunner.Run(Rule, report);

        Assert.Equal(
            [new ElementRef(ElementKind.Section, "batiments"), new ElementRef(ElementKind.Action, "isolation")],
            diagnostics.Select(d => d.Element));
        Assert.All(diagnostics, d => Assert.Equal("RDD1008", d.Code));
    }
}
