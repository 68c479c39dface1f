using Rdd.Site.Serve.Welcome;

namespace Rdd.Site.Tests.Serve.Welcome;

/// <summary>The fields of « Créer le rapport »: checked as rdd new checks them, and the obligation in one sentence.</summary>
public sealed class WelcomeFormTests
{
    [Fact]
    public void Obligation_CommuneOf60000_IsObligedWithItsArticlesAndTheGreenBudgetAnnex()
    {
        var form = new WelcomeForm("Ville de Belval", "commune", "60 000", "2025", string.Empty);

        Assert.StartsWith("En tant que commune de plus de 50", form.Obligation, StringComparison.Ordinal);
        Assert.Contains("projet de budget 2026", form.Obligation, StringComparison.Ordinal);
        Assert.Contains("L2311-1-1", form.Obligation, StringComparison.Ordinal);
        Assert.Contains("Impact du budget pour la transition écologique", form.Obligation, StringComparison.Ordinal);
        Assert.Contains("exercice 2024", form.Obligation, StringComparison.Ordinal);
    }

    [Fact]
    public void Obligation_CommuneOf20000_IsNotObligedButTheGreenBudgetAnnexIs()
    {
        var form = new WelcomeForm("Ville de Belval", "commune", "20000", "2025", string.Empty);

        Assert.Contains("20", form.Obligation, StringComparison.Ordinal);
        Assert.Contains("le rapport n'est pas obligatoire, mais il reste possible", form.Obligation, StringComparison.Ordinal);
        Assert.Contains("Impact du budget pour la transition écologique", form.Obligation, StringComparison.Ordinal);
    }

    [Fact]
    public void Obligation_WithoutPopulation_IsNotGiven()
    {
        Assert.Null(new WelcomeForm("Ville de Belval", "commune", string.Empty, "2025", string.Empty).Obligation);
    }

    [Fact]
    public void Errors_EachWrongField_IsNamedWithItsOwnMessageAndNoFilesAreMade()
    {
        var form = new WelcomeForm(string.Empty, "canton", "beaucoup", "1999", "du", "jenkins");

        Assert.Equal(["nom", "nature", "population", "annee", "article", "ci"], form.Errors.Select(e => e.Field));
        Assert.Contains("« beaucoup » n'est pas un nombre entier", form.Errors[2].Message, StringComparison.Ordinal);
        Assert.Null(form.Files());
    }

    [Fact]
    public void Files_AreThoseOfRddNew_WithTheArticleGuessedFromTheName()
    {
        var form = new WelcomeForm("Ville de Belval", "commune", "60000", "2025", string.Empty);

        var files = form.Files();

        Assert.NotNull(files);
        Assert.Equal(Rdd.Site.Content.Scaffold.Files("Ville de Belval", Rdd.Domain.Law.AuthorityKind.Commune, 60000, 2025), files);
        Assert.Contains("article: la", files["site.yml"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("github", ".github/workflows/rdd.yml")]
    [InlineData("gitlab", ".gitlab-ci.yml")]
    public void Files_WithAPublicationChosen_AddThePipelineRddNewCiWrites(string ci, string path)
    {
        var files = new WelcomeForm("Ville de Belval", "commune", "60000", "2025", string.Empty, ci).Files();

        Assert.NotNull(files);
        Assert.Equal(Rdd.Site.Content.CiPipelines.With(Rdd.Site.Content.Scaffold.Files("Ville de Belval", Rdd.Domain.Law.AuthorityKind.Commune, 60000, 2025), ci)[path], files[path]);
        Assert.Single(files.Keys, k => k.StartsWith(".git", StringComparison.Ordinal));
    }

    [Fact]
    public void Kinds_AreTheKindsRddNewKnows_WithFrenchLabels()
    {
        Assert.Contains(("epci", "EPCI à fiscalité propre"), WelcomeForm.Kinds);
        Assert.Contains(("commune", "Commune"), WelcomeForm.Kinds);
        Assert.DoesNotContain(WelcomeForm.Kinds, k => k.Code == "autre");
    }
}
