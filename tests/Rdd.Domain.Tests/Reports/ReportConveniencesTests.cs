using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Tests.Support;

namespace Rdd.Domain.Tests.Reports;

/// <summary>The conveniences that spare callers nested <c>with</c> and arguments that do not matter.</summary>
public sealed class ReportConveniencesTests
{
    [Fact]
    public void PartTitle_NotGiven_IsTheDefaultTitleOfItsKind()
    {
        Assert.Equal(PartKind.InternalFunctioning.DefaultTitle(), new Part { Kind = PartKind.InternalFunctioning }.Title);
        Assert.Equal("Mes politiques", new Part { Kind = PartKind.PublicPolicies, Title = "Mes politiques" }.Title);
    }

    [Fact]
    public void AddAction_ExistingSection_AddsTheActionAtItsEnd()
    {
        var first = new ReportAction { Id = "a", Title = "A" };
        var report = SampleReports.Minimal with
        {
            Parts = [new Part { Kind = PartKind.PublicPolicies, Sections = [new Section { Id = "s", Title = "S", Actions = [first] }, new Section { Id = "t", Title = "T" }] }],
        };
        var added = new ReportAction { Id = "b", Title = "B" };

        var changed = report.AddAction("s", added);

        Assert.Equal([first, added], changed.Parts[0].Sections[0].Actions);
        Assert.Same(report.Parts[0].Sections[1], changed.Parts[0].Sections[1]);
        Assert.Equal([first], report.Parts[0].Sections[0].Actions);
    }

    [Fact]
    public void AddAction_UnknownSection_Throws()
    {
        var report = SampleReports.Minimal with { Parts = [new Part { Kind = PartKind.PublicPolicies, Sections = [new Section { Id = "s", Title = "S" }] }] };

        var exception = Assert.Throws<ArgumentException>(() => report.AddAction("inconnue", new ReportAction { Id = "b", Title = "B" }));

        Assert.Equal("sectionId", exception.ParamName);
        Assert.Contains("'inconnue'", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AuthorityKind.Department)]
    [InlineData(AuthorityKind.Region)]
    public void Assess_KindWithoutThreshold_NeedsNoPopulation(AuthorityKind kind)
    {
        var assessment = Obligations.Assess(kind, 2026);

        Assert.True(assessment.IsObliged);
        Assert.Equal(Obligations.Assess(kind, 1_000_000, 2026).Explanation, assessment.Explanation);
    }

    [Theory]
    [InlineData(AuthorityKind.Commune)]
    [InlineData(AuthorityKind.Intercommunality)]
    public void Assess_KindWithThreshold_ThrowsWithoutPopulation(AuthorityKind kind)
    {
        Assert.Throws<ArgumentException>(() => Obligations.Assess(kind, 2026));
    }
}
