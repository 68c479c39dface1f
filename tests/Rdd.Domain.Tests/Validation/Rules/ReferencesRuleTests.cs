using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;
using Rdd.Domain.Tests.Support;
using Rdd.Domain.Validation;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Tests.Validation.Rules;

public sealed class ReferencesRuleTests
{
    private static readonly ReferencesRule Rule = new();

    [Fact]
    public void ReferencesRule_SampleReport_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, SampleReports.Minimal));
    }

    [Fact]
    public void ReferencesRule_UnknownTaxonomyOnAction_ErrsRDD1013WithSuggestion()
    {
        var report = SampleReports.Minimal.WithAction("compteurs-eau", a => a with { Terms = [new TermReference("projet-territoire", "ambition-1")] });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1013", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(new ElementRef(ElementKind.Action, "compteurs-eau", ElementAttributes.Terms), diagnostic.Element);
        Assert.Contains("taxonomie inconnue, « projet-territoire »", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Vouliez-vous dire « projet-de-territoire » ?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferencesRule_UnknownTermOnAction_ErrsRDD1013SuggestingACodeOfThatTaxonomy()
    {
        var report = SampleReports.Minimal.WithAction("compteurs-eau", a => a with { Terms = [new TermReference("projet-de-territoire", "ambition1")] });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Contains("terme inconnu de la taxonomie « Projet de territoire » : « ambition1 »", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Vouliez-vous dire « ambition-1 » ?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferencesRule_UnknownOdd_ErrsRDD1013()
    {
        var report = SampleReports.Minimal.WithAction("stationnement-cyclable", a => a with { Terms = [new TermReference("odd", "18")] });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Contains("« odd:18 »", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferencesRule_BuiltInTaxonomyTerms_Resolve()
    {
        var report = SampleReports.Minimal.WithAction("compteurs-eau", a => a with
        {
            Terms = [new TermReference("odd", "6"), new TermReference("finalites", "climat"), new TermReference("elements", "pilotage"), new TermReference("ODD", "13")],
        });

        Assert.Empty(RuleRunner.Run(Rule, report));
    }

    [Fact]
    public void ReferencesRule_UnknownTermOnSectionDefault_ErrsRDD1013OnTheSection()
    {
        var report = SampleReports.Minimal.WithSection("mobilites", s => s with { DefaultTerms = [new TermReference("pacte-vert", "axe-4")] });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal(new ElementRef(ElementKind.Section, "mobilites", ElementAttributes.Terms), diagnostic.Element);
        Assert.Contains("la section « Mobilités et déplacements »", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferencesRule_UnknownKeyFigure_ErrsRDD1014WithSuggestion()
    {
        var report = SampleReports.Minimal.WithAction("stationnement-cyclable", a => a with { Figures = ["covoiturage-trajet"] });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1014", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(new ElementRef(ElementKind.Action, "stationnement-cyclable", ElementAttributes.Figures), diagnostic.Element);
        Assert.Contains("« covoiturage-trajet »", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Vouliez-vous dire « covoiturage-trajets » ?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferencesRule_UnknownParent_ErrsRDD1016OnTheTerm()
    {
        var report = SampleReports.Minimal with
        {
            Taxonomies =
            [
                new Taxonomy
                {
                    Id = "projet-de-territoire",
                    Name = "Projet de territoire",
                    Terms =
                    [
                        new Term { Code = "defi-transitions", Label = "Relever le défi des transitions" },
                        new Term { Code = "ambition-1", Label = "Un territoire sobre et durable", Parent = "defi-transition" },
                    ],
                },
            ],
        };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1016", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(new ElementRef(ElementKind.Term, "projet-de-territoire:ambition-1", "parent"), diagnostic.Element);
        Assert.Contains("« Un territoire sobre et durable »", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Vouliez-vous dire « defi-transitions » ?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferencesRule_UnrelatedCode_GivesNoSuggestion()
    {
        var report = SampleReports.Minimal.WithAction("stationnement-cyclable", a => a with { Figures = ["budget-total-2024"] });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.DoesNotContain("Vouliez-vous dire", diagnostic.Message, StringComparison.Ordinal);
    }
}
