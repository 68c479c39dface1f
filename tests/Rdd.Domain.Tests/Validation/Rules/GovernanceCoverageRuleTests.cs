using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Tests.Support;
using Rdd.Domain.Validation;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Tests.Validation.Rules;

public sealed class GovernanceCoverageRuleTests
{
    private static readonly GovernanceCoverageRule Rule = new();

    [Fact]
    public void GovernanceCoverageRule_EveryElementIllustrated_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, SampleReports.Minimal));
    }

    [Fact]
    public void GovernanceCoverageRule_Part3MissingEvaluation_WarnsRDD1002NamingIt()
    {
        var report = SampleReports.Minimal.WithAction("evaluation-continue", a => a with { GovernanceElements = ["amelioration"] });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1002", diagnostic.Code);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(new ElementRef(ElementKind.Part, "3"), diagnostic.Element);
        Assert.Contains("« L'évaluation partagée » (evaluation)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AuthorityKind.Intercommunality, "(CGCT, art. D2311-15 : disposition probable, non vérifiée)")]
    [InlineData(AuthorityKind.Department, "(CGCT, art. D3311-8)")]
    [InlineData(AuthorityKind.Region, "(CGCT, art. D4311-6)")]
    [InlineData(AuthorityKind.LyonMetropolis, "(CGCT, art. D3661-7 : texte connu de seconde main)")]
    [InlineData(AuthorityKind.Corsica, "(CGCT, art. D4425-12 : disposition probable, non vérifiée)")]
    public void GovernanceCoverageRule_RDD1002_CitesTheFrameworkFromTheKindsOwnArticleWithItsCertainty(AuthorityKind kind, string citation)
    {
        var report = SampleReports.Minimal.WithAction("evaluation-continue", a => a with { GovernanceElements = ["amelioration"] }) with
        {
            Authority = new Authority { Name = "Collectivité", Kind = kind, Population = 400_000 },
        };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.EndsWith($"du cadre de référence de 2006, sur lequel l'analyse peut s'appuyer {citation}.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GovernanceCoverageRule_KindWithoutKnownRegulatoryArticle_CitesTheFrameworkOnly()
    {
        var report = SampleReports.Minimal.WithAction("evaluation-continue", a => a with { GovernanceElements = ["amelioration"] }) with
        {
            Authority = new Authority { Name = "Collectivité territoriale de Martinique", Kind = AuthorityKind.Martinique, Population = 350_000 },
        };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.EndsWith("(evaluation) du cadre de référence de 2006.", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("CGCT", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GovernanceCoverageRule_ElementOnlyInPart1_StillWarnsRDD1002()
    {
        var report = SampleReports.Minimal
            .WithAction("evaluation-continue", a => a with { GovernanceElements = ["amelioration"] })
            .WithAction("compteurs-eau", a => a with { GovernanceElements = ["evaluation"] });

        Assert.Single(RuleRunner.Run(Rule, report, GovernanceCoverageRule.UncoveredElement));
    }

    [Fact]
    public void GovernanceCoverageRule_ElementGivenBySectionDefault_CountsAsIllustrated()
    {
        var report = SampleReports.Minimal
            .WithAction("evaluation-continue", a => a with { GovernanceElements = [] })
            .WithSection("gouvernance", s => s with { DefaultGovernanceElements = ["participation", "evaluation", "amelioration"] });

        Assert.Empty(RuleRunner.Run(Rule, report));
    }

    [Fact]
    public void GovernanceCoverageRule_NoActionInPart3_ReportsNoCoverageWarning()
    {
        var report = SampleReports.Minimal.WithPart(PartKind.Modalities, p => p with { Sections = [] });

        Assert.Empty(RuleRunner.Run(Rule, report));
    }

    [Fact]
    public void GovernanceCoverageRule_Part3ActionWithoutElement_WarnsRDD1015()
    {
        var report = SampleReports.Minimal
            .WithSection("gouvernance", s => s with { DefaultGovernanceElements = [] })
            .WithAction("evaluation-continue", a => a with { GovernanceElements = ["participation", "evaluation", "amelioration"] })
            .WithAction("conseil-de-developpement", a => a with { GovernanceElements = [] })
            .WithPart(PartKind.Modalities, p => p with
            {
                Sections = [.. p.Sections, new Section { Id = "pilotage", Title = "Pilotage", DefaultGovernanceElements = ["pilotage", "transversalite"], Actions = [new Rdd.Domain.Reports.ReportAction { Id = "comite", Title = "Comité de pilotage" }] }],
            });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1015", diagnostic.Code);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(new ElementRef(ElementKind.Action, "conseil-de-developpement", ElementAttributes.GovernanceElements), diagnostic.Element);
        Assert.Contains("« Conseil de développement »", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GovernanceCoverageRule_Part1ActionWithoutElement_IsNotReported()
    {
        Assert.Empty(RuleRunner.Run(Rule, SampleReports.Minimal, GovernanceCoverageRule.ActionWithoutElement));
    }

    [Fact]
    public void GovernanceCoverageRule_UnknownElementOnAction_ErrsRDD1012WithSuggestion()
    {
        var report = SampleReports.Minimal.WithAction("evaluation-continue", a => a with { GovernanceElements = ["evalution", "amelioration"] });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report, GovernanceCoverageRule.UnknownElement));

        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(new ElementRef(ElementKind.Action, "evaluation-continue", ElementAttributes.GovernanceElements), diagnostic.Element);
        Assert.Contains("« evalution »", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Vouliez-vous dire « evaluation » ?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GovernanceCoverageRule_UnknownElementOnSectionDefault_ErrsRDD1012OnTheSection()
    {
        var report = SampleReports.Minimal.WithSection("gouvernance", s => s with { DefaultGovernanceElements = ["participation", "pilotge"] });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report, GovernanceCoverageRule.UnknownElement));

        Assert.Equal(new ElementRef(ElementKind.Section, "gouvernance", ElementAttributes.GovernanceElements), diagnostic.Element);
        Assert.Contains("Vouliez-vous dire « pilotage » ?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GovernanceCoverageRule_ElementWithAccentsAndCapitals_IsKnown()
    {
        var report = SampleReports.Minimal.WithAction("evaluation-continue", a => a with { GovernanceElements = ["Évaluation", "amelioration"] });

        Assert.Empty(RuleRunner.Run(Rule, report));
    }
}
