using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;
using Rdd.Domain.Tests.Support;
using Rdd.Domain.Validation;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Tests.Validation.Rules;

public sealed class UniqueIdsRuleTests
{
    private static readonly UniqueIdsRule Rule = new();

    [Fact]
    public void UniqueIdsRule_SampleReport_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, SampleReports.Minimal));
    }

    [Fact]
    public void UniqueIdsRule_TwoActionsWithSameId_ErrsRDD1010NamingTheId()
    {
        var report = SampleReports.Minimal.WithAction("achats-responsables", a => a with { Id = "compteurs-eau" });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1010", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(new ElementRef(ElementKind.Action, "compteurs-eau", "id"), diagnostic.Element);
        Assert.Contains("« compteurs-eau » est utilisé deux fois", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UniqueIdsRule_TwoActionsWithSameTitleAndId_SaysTheyHaveTheSameTitle()
    {
        var first = SampleReports.Minimal.AllActions().First(a => a.Action.Id == "compteurs-eau").Action;
        var report = SampleReports.Minimal.WithAction("achats-responsables", a => a with { Id = first.Id, Title = first.Title });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1010", diagnostic.Code);
        Assert.StartsWith($"Deux actions ont le même titre « {first.Title} » : leur identifiant, tiré du titre, est donc le même (« compteurs-eau »)", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Il est déjà utilisé", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UniqueIdsRule_ThreeSectionsWithSameId_ErrsOnceWithTheCount()
    {
        var report = SampleReports.Minimal
            .WithSection("achats", s => s with { Id = "mobilites" })
            .WithSection("gouvernance", s => s with { Id = "mobilites" });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal(new ElementRef(ElementKind.Section, "mobilites", "id"), diagnostic.Element);
        Assert.Contains("« mobilites » est utilisé 3 fois", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UniqueIdsRule_SameIdInDifferentKinds_IsAllowed()
    {
        var report = SampleReports.Minimal.WithAction("compteurs-eau", a => a with { Id = "mobilites" });

        Assert.Empty(RuleRunner.Run(Rule, report));
    }

    [Fact]
    public void UniqueIdsRule_DuplicateKeyFigureBudgetLineAndIndicator_AreEachReported()
    {
        var figure = SampleReports.Minimal.KeyFigures[0];
        var indicator = SampleReports.Minimal.Indicators[0];
        var report = SampleReports.Minimal.WithBudgetLine("grandes-infrastructures", l => l with { Id = "developpement-economique" }) with
        {
            KeyFigures = [figure, figure],
            Indicators = [indicator, indicator],
        };

        var kinds = RuleRunner.Run(Rule, report).Select(d => d.Element?.Kind).ToList();

        Assert.Equal([ElementKind.KeyFigure, ElementKind.BudgetLine, ElementKind.Indicator], kinds);
    }

    [Fact]
    public void UniqueIdsRule_GlossaryTermsDifferingByCase_ErrsRDD1010()
    {
        var report = SampleReports.Minimal with
        {
            Glossary = [.. SampleReports.Minimal.Glossary, new GlossaryEntry { Term = "qpv", Expansion = "Quartier prioritaire" }],
        };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal(new ElementRef(ElementKind.GlossaryEntry, "QPV"), diagnostic.Element);
        Assert.Contains("« QPV » est défini deux fois", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("odd")]
    [InlineData("finalites")]
    [InlineData("elements")]
    public void UniqueIdsRule_TaxonomyReusingBuiltInId_ErrsRDD1010(string id)
    {
        var report = SampleReports.Minimal with
        {
            Taxonomies = [.. SampleReports.Minimal.Taxonomies, new Taxonomy { Id = id, Name = "Ma taxonomie" }],
        };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal(new ElementRef(ElementKind.Taxonomy, id, "id"), diagnostic.Element);
        Assert.Contains($"« {id} » est déjà utilisé par la taxonomie intégrée", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UniqueIdsRule_TwoReportTaxonomiesWithSameId_ErrsRDD1010()
    {
        var report = SampleReports.Minimal with
        {
            Taxonomies = [.. SampleReports.Minimal.Taxonomies, new Taxonomy { Id = "projet-de-territoire", Name = "Autre projet" }],
        };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal(ElementKind.Taxonomy, diagnostic.Element?.Kind);
        Assert.Contains("« projet-de-territoire » est utilisé deux fois", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UniqueIdsRule_TaxonomyReusingRegisteredId_ErrsRDD1010()
    {
        var registered = new Taxonomy { Id = "pcaet", Name = "Axes du PCAET" };
        var report = SampleReports.Minimal with { Taxonomies = [new Taxonomy { Id = "pcaet", Name = "Mon PCAET" }] };
        var validator = new ReportValidatorBuilder().AddTaxonomy(registered).Build();

        var diagnostic = Assert.Single(validator.Validate(report).Diagnostics, d => d.Code == "RDD1010");

        Assert.Contains("taxonomie enregistrée « Axes du PCAET »", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UniqueIdsRule_TermCodeTwiceInATaxonomy_ErrsRDD1010OnTheTerm()
    {
        var report = SampleReports.Minimal with
        {
            Taxonomies =
            [
                new Taxonomy
                {
                    Id = "pacte-vert",
                    Name = "Pacte vert",
                    Terms = [new Term { Code = "axe-1", Label = "Un" }, new Term { Code = "axe-1", Label = "Deux" }],
                },
            ],
        };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal(new ElementRef(ElementKind.Term, "pacte-vert:axe-1", "code"), diagnostic.Element);
        Assert.Contains("« axe-1 » est utilisé deux fois dans la taxonomie « Pacte vert »", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UniqueIdsRule_SameTermCodeInTwoTaxonomies_IsAllowed()
    {
        var report = SampleReports.Minimal with
        {
            Taxonomies =
            [
                .. SampleReports.Minimal.Taxonomies,
                new Taxonomy { Id = "pacte-vert", Name = "Pacte vert", Terms = [new Term { Code = "ambition-1", Label = "Un" }] },
            ],
        };

        Assert.Empty(RuleRunner.Run(Rule, report));
    }

    [Fact]
    public void UniqueIdsRule_EmptyIds_AreLeftToIdFormatRule()
    {
        var report = SampleReports.Minimal
            .WithAction("compteurs-eau", a => a with { Id = "" })
            .WithAction("achats-responsables", a => a with { Id = "" });

        Assert.Empty(RuleRunner.Run(Rule, report));
    }
}
