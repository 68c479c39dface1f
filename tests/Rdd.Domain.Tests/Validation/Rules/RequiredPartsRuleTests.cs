using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Tests.Support;
using Rdd.Domain.Validation;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Tests.Validation.Rules;

public sealed class RequiredPartsRuleTests
{
    private static readonly RequiredPartsRule Rule = new();

    [Fact]
    public void RequiredPartsRule_ThreePartsWithActions_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, SampleReports.Minimal));
    }

    [Fact]
    public void RequiredPartsRule_MissingPart2_ErrsRDD1001NamingIt()
    {
        var report = SampleReports.Minimal with { Parts = SampleReports.Minimal.Parts.Where(p => p.Kind != PartKind.InternalFunctioning).ToList() };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal("RDD1001", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(ElementRef.ReportItself, diagnostic.Element);
        Assert.Contains("La partie 2 (« Le fonctionnement interne de la collectivité ») est absente", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredPartsRule_PartWithoutAction_ErrsRDD1001OnThePart()
    {
        var report = SampleReports.Minimal.WithPart(PartKind.Modalities, p => p with { Sections = [new Section { Id = "vide", Title = "Vide" }] });

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.Equal(new ElementRef(ElementKind.Part, "3"), diagnostic.Element);
        Assert.Contains("ne contient aucune action", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AuthorityKind.Intercommunality, "CGCT, art. D2311-15")]
    [InlineData(AuthorityKind.Department, "CGCT, art. D3311-8")]
    [InlineData(AuthorityKind.Region, "CGCT, art. D4311-6")]
    [InlineData(AuthorityKind.Corsica, "CGCT, art. D4425-12")]
    [InlineData(AuthorityKind.LyonMetropolis, "CGCT, art. D3661-7")]
    [InlineData(AuthorityKind.Martinique, "CGCT, art. L72-100-2")]
    public void RequiredPartsRule_MissingPart2_CitesTheKindsOwnArticle(AuthorityKind kind, string article)
    {
        var report = SampleReports.Minimal with
        {
            Authority = new Authority { Name = "Collectivité", Kind = kind, Population = 400_000 },
            Parts = SampleReports.Minimal.Parts.Where(p => p.Kind != PartKind.InternalFunctioning).ToList(),
        };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.EndsWith($"est absente : le texte l'impose ({article}).", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredPartsRule_Part3OfGuyane_SaysNoKnownTextSetsIt()
    {
        var report = SampleReports.Minimal.WithPart(PartKind.Modalities, p => p with { Sections = [new Section { Id = "vide", Title = "Vide" }] }) with
        {
            Authority = new Authority { Name = "Collectivité territoriale de Guyane", Kind = AuthorityKind.FrenchGuiana, Population = 290_000 },
        };

        var diagnostic = Assert.Single(RuleRunner.Run(Rule, report));

        Assert.EndsWith("ne contient aucune action : le format du rapport la prévoit, comme le décret n° 2011-687 pour les autres collectivités.", diagnostic.Message, StringComparison.Ordinal);
    }
}
