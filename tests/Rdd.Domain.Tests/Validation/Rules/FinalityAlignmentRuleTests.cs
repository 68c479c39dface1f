using Rdd.Domain.Reports;
using Rdd.Domain.Tests.Support;
using Rdd.Domain.Validation;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Tests.Validation.Rules;

public sealed class FinalityAlignmentRuleTests
{
    private static readonly FinalityAlignmentRule Rule = new();

    [Fact]
    public void FinalityAlignmentRule_EveryActionAlignedAndEveryFinalityCovered_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, SampleReports.Minimal));
    }

    [Fact]
    public void FinalityAlignmentRule_ActionWithoutFinality_ErrsRDD1003NamingIt()
    {
        var report = SampleReports.Minimal
            .WithAction("compteurs-eau", a => a with { Finalities = [] })
            .WithAction("stationnement-cyclable", a => a with { Finalities = ["epanouissement", "biodiversite", "cohesion"] });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1003", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(new ElementRef(ElementKind.Action, "compteurs-eau", ElementAttributes.Finalities), diagnostic.Element);
        Assert.Contains("« Pose de compteurs d'eau communicants »", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FinalityAlignmentRule_Part3ActionWithoutFinality_IsAllowed()
    {
        Assert.Empty(RuleRunner.Run(Rule, SampleReports.Minimal, FinalityAlignmentRule.ActionWithoutFinality));
    }

    [Fact]
    public void FinalityAlignmentRule_UncoveredFinality_WarnsRDD1004NamingIt()
    {
        var report = SampleReports.Minimal.WithAction("achats-responsables", a => a with { Finalities = ["climat"] });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1004", diagnostic.Code);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Contains("(production)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FinalityAlignmentRule_UnknownFinality_ErrsRDD1011WithSuggestion()
    {
        var report = SampleReports.Minimal.WithAction("achats-responsables", a => a with { Finalities = ["production", "climt"] });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1011", diagnostic.Code);
        Assert.Equal(new ElementRef(ElementKind.Action, "achats-responsables", ElementAttributes.Finalities), diagnostic.Element);
        Assert.Contains("Vouliez-vous dire « climat » ?", diagnostic.Message, StringComparison.Ordinal);
    }
}
