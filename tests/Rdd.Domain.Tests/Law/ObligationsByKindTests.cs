using NodaTime;
using Rdd.Domain.Law;

namespace Rdd.Domain.Tests.Law;

/// <summary>Each kind of authority cites its own articles (issue 18), as LEGAL.md § 1 lists them.</summary>
public sealed class ObligationsByKindTests
{
    public static TheoryData<AuthorityKind, string, string?> ArticlesByKind { get; } = new()
    {
        { AuthorityKind.Commune, "CGCT, art. L2311-1-1", "CGCT, art. D2311-15" },
        { AuthorityKind.Intercommunality, "CGCT, art. L2311-1-1", "CGCT, art. D2311-15" },
        { AuthorityKind.Department, "CGCT, art. L3311-2", "CGCT, art. D3311-8" },
        { AuthorityKind.Region, "CGCT, art. L4310-1", "CGCT, art. D4311-6" },
        { AuthorityKind.Corsica, "CGCT, art. L4425-7", "CGCT, art. D4425-12" },
        { AuthorityKind.LyonMetropolis, "CGCT, art. L3661-2", "CGCT, art. D3661-7" },
        { AuthorityKind.Martinique, "CGCT, art. L72-100-2", null },
        { AuthorityKind.FrenchGuiana, "CGCT, art. L7111-4", null },
    };

    [Theory]
    [MemberData(nameof(ArticlesByKind))]
    public void Assess_EachKind_IsObligedUnderItsOwnArticlesOnly(AuthorityKind kind, string legislative, string? regulatory)
    {
        var assessment = Obligations.Assess(kind, 1_000_000, 2025);

        Assert.True(assessment.IsObliged);
        Assert.Equal(regulatory is null ? [legislative] : [legislative, regulatory], assessment.LegalBases.Select(b => b.Reference));
        Assert.Contains(legislative, assessment.Explanation, StringComparison.Ordinal);
        var cited = assessment.Requirements.Select(assessment.BasisOf).OfType<LegalBasis>().Select(b => b.Reference).ToList();
        Assert.All(cited, reference => Assert.True(reference.StartsWith(legislative, StringComparison.Ordinal) || reference == regulatory, $"{kind} cites « {reference} »"));
    }

    [Theory]
    [MemberData(nameof(ArticlesByKind))]
    public void Requirements_ThreeContents_RestOnTheKindsRegulatoryArticleOrElseItsLegislativeOne(AuthorityKind kind, string legislative, string? regulatory)
    {
        Assert.Equal(regulatory ?? legislative, Obligations.PolicyReview.BasisFor(kind)?.Reference);
        Assert.Equal(regulatory ?? legislative, Obligations.InternalReview.BasisFor(kind)?.Reference);
        Assert.Equal(regulatory, Obligations.ModalitiesAnalysis.BasisFor(kind)?.Reference);
        Assert.Equal(legislative, Obligations.ForwardLook.BasisFor(kind)?.Reference);
    }

    [Fact]
    public void Assess_Commune_NeverCitesTheDepartmentsArticles()
    {
        var assessment = Obligations.Assess(AuthorityKind.Commune, 62_000, 2026);

        Assert.DoesNotContain("L3311-2", assessment.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(assessment.Requirements, r => assessment.BasisOf(r)!.Reference.Contains("L3311-2", StringComparison.Ordinal));
    }

    [Fact]
    public void Obligation_LyonMetropolis_HasItsRegulatoryArticleSeenSecondHand()
    {
        var lyon = Obligations.All.Single(o => o.Kind == AuthorityKind.LyonMetropolis);

        Assert.Equal("CGCT, art. D3661-7", lyon.Regulatory?.Reference);
        Assert.Equal(SourceCertainty.SecondHand, lyon.Regulatory?.Certainty);
        Assert.Equal(2015, lyon.FirstBudgetYear);
    }

    [Theory]
    [InlineData(AuthorityKind.Martinique)]
    [InlineData(AuthorityKind.FrenchGuiana)]
    public void Assess_SingleAuthoritiesOfDecember2015_AreObligedFromTheBudgetOf2016(AuthorityKind kind)
    {
        Assert.False(Obligations.Assess(kind, 350_000, 2015).IsObliged);
        Assert.True(Obligations.Assess(kind, 350_000, 2016).IsObliged);
    }

    [Theory]
    [InlineData(AuthorityKind.Department, "CGCT, art. D3311-8", SourceCertainty.Checked)]
    [InlineData(AuthorityKind.Region, "CGCT, art. D4311-6", SourceCertainty.Checked)]
    [InlineData(AuthorityKind.LyonMetropolis, "CGCT, art. D3661-7", SourceCertainty.SecondHand)]
    [InlineData(AuthorityKind.Commune, "CGCT, art. D2311-15", SourceCertainty.Probable)]
    [InlineData(AuthorityKind.Intercommunality, "CGCT, art. D2311-15", SourceCertainty.Probable)]
    [InlineData(AuthorityKind.Corsica, "CGCT, art. D4425-12", SourceCertainty.Probable)]
    public void FrameworkOfReferenceClause_IsCitedFromTheKindsOwnArticleWithItsCertainty(AuthorityKind kind, string reference, SourceCertainty certainty)
    {
        var clause = Obligations.All.Single(o => o.Kind == kind).FrameworkOfReferenceClause;

        Assert.Equal(reference, clause?.Reference);
        Assert.Equal(certainty, clause?.Certainty);
        Assert.Contains("cadre de référence", clause?.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AuthorityKind.Commune, "L2311-1-1")]
    [InlineData(AuthorityKind.Intercommunality, "L2311-1-1")]
    [InlineData(AuthorityKind.Department, "L3311-2")]
    [InlineData(AuthorityKind.LyonMetropolis, "L3661-2")]
    [InlineData(AuthorityKind.Martinique, "L72-100-2")]
    public void Agenda2030_KindsWhoseArticleCarriesTheClause_AreAskedForItUnderTheirOwnArticle(AuthorityKind kind, string article)
    {
        var assessment = Obligations.Assess(kind, 1_000_000, 2025);

        Assert.Contains(Obligations.Agenda2030, assessment.Requirements);
        Assert.Equal($"CGCT, art. {article}, rédaction en vigueur", assessment.BasisOf(Obligations.Agenda2030)?.Reference);
    }

    [Theory]
    [InlineData(AuthorityKind.Region)]
    [InlineData(AuthorityKind.Corsica)]
    [InlineData(AuthorityKind.FrenchGuiana)]
    public void Agenda2030_KindsWhereTheClauseIsUnverified_AreNotAskedForIt(AuthorityKind kind)
    {
        Assert.DoesNotContain(Obligations.Agenda2030, Obligations.Assess(kind, 1_000_000, 2025).Requirements);
    }

    [Fact]
    public void DigitalStrategyReview_LegalBasis_IsTheLawArticleAsAmendedIn2021NotTheDecree()
    {
        var basis = Obligations.DigitalStrategyReview.BasisFor(AuthorityKind.Commune);

        Assert.NotNull(basis);
        Assert.StartsWith("CGCT, art. L2311-1-1", basis.Reference, StringComparison.Ordinal);
        Assert.Contains("2021-1485", basis.Origin, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2021, 11, 15), basis.Date);
        Assert.Contains("2021-1485", LegalTexts.CgctL2311_1_1.Origin, StringComparison.Ordinal);
        Assert.DoesNotContain(Obligations.Requirements, r => r.Bases.Values.Contains(LegalTexts.CgctD2311_15_1));
    }

    [Theory]
    [InlineData(2024, 12, 10, 2025, false)]
    [InlineData(2025, 1, 1, 2025, true)]
    [InlineData(2025, 2, 10, 2025, true)]
    [InlineData(2025, 1, 20, 2024, true)]
    public void DigitalStrategyReview_PresentationDate_DecidesOverTheBudgetYear(int year, int month, int day, int budgetYear, bool required)
    {
        var presented = new LocalDate(year, month, day);
        var assessment = Obligations.Assess(AuthorityKind.Intercommunality, 115_000, budgetYear, presented);

        Assert.Equal(required, assessment.Requirements.Contains(Obligations.DigitalStrategyReview));
        Assert.Contains($"Présenté le {French.Date(presented)}", assessment.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2024, false)]
    [InlineData(2025, true)]
    public void DigitalStrategyReview_WithoutPresentationDate_FallsBackOnTheBudgetYearAndSaysSo(int budgetYear, bool required)
    {
        var assessment = Obligations.Assess(AuthorityKind.Commune, 62_000, budgetYear, null);

        Assert.Equal(required, assessment.Requirements.Contains(Obligations.DigitalStrategyReview));
        Assert.Contains("La date de présentation n'étant pas indiquée, l'année du budget en tient lieu", assessment.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("La date de présentation", assessment.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_Department_SaysNothingOfTheDigitalStrategy()
    {
        Assert.DoesNotContain("numérique", Obligations.Assess(AuthorityKind.Department, 500_000, 2026, new LocalDate(2025, 11, 20)).Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AuthorityKind.Commune, 30_000, "CGCT, art. L2311-1-2")]
    [InlineData(AuthorityKind.Intercommunality, 115_000, "CGCT, art. L2311-1-2")]
    [InlineData(AuthorityKind.Department, 400_000, "CGCT, art. L3311-3")]
    public void Assess_MentionsTheEqualityReportWithItsArticle(AuthorityKind kind, int population, string article)
    {
        var assessment = Obligations.Assess(kind, population, 2026);

        Assert.Contains($"égalité entre les femmes et les hommes est aussi présenté avant le débat budgétaire ({article})", assessment.Explanation, StringComparison.Ordinal);
        Assert.Contains("SPASER, Code de la commande publique, art. L2111-3", assessment.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_CommuneOf15000_DoesNotMentionTheEqualityReport()
    {
        Assert.DoesNotContain("égalité", Obligations.Assess(AuthorityKind.Commune, 15_000, 2026).Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AuthorityKind.Martinique, "la collectivité territoriale de Martinique")]
    [InlineData(AuthorityKind.FrenchGuiana, "la collectivité territoriale de Guyane")]
    [InlineData(AuthorityKind.Commune, "une commune")]
    [InlineData(AuthorityKind.Intercommunality, "un EPCI à fiscalité propre")]
    public void FrenchLabelWithArticle_UsesTheRightArticle(AuthorityKind kind, string expected)
    {
        Assert.Equal(expected, kind.FrenchLabelWithArticle());
    }

    [Fact]
    public void LegalTexts_All_HaveAnOriginAndNoDuplicateReference()
    {
        Assert.All(LegalTexts.All, b => Assert.False(string.IsNullOrWhiteSpace(b.Origin)));
        Assert.Equal(LegalTexts.All.Count, LegalTexts.All.Select(b => b.Reference).Distinct().Count());
    }
}
