using Rdd.Domain.Reports;
using Rdd.Domain.Tests.Support;
using Rdd.Domain.Validation;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Tests.Validation.Rules;

public sealed class EmptySectionRuleTests
{
    private static readonly EmptySectionRule Rule = new();

    [Fact]
    public void EmptySectionRule_EverySectionHasActions_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, SampleReports.Minimal));
    }

    [Fact]
    public void EmptySectionRule_SectionWithoutAction_WarnsRDD1005NamingIt()
    {
        var report = SampleReports.Minimal.WithPart(PartKind.InternalFunctioning, p => p with
        {
            Sections = [.. p.Sections, new Section { Id = "batiments", Title = "Patrimoine bâti" }],
        });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1005", diagnostic.Code);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(new ElementRef(ElementKind.Section, "batiments"), diagnostic.Element);
        Assert.Contains("« Patrimoine bâti » (partie 2)", diagnostic.Message, StringComparison.Ordinal);
    }
}
