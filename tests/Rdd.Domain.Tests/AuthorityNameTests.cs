using Rdd.Domain.Law;
using Rdd.Domain.Reports;

namespace Rdd.Domain.Tests;

/// <summary>The authority's name as French sentences write it, with its article contracted and elided.</summary>
public sealed class AuthorityNameTests
{
    private static Authority Named(string name, AuthorityArticle article) =>
        new() { Name = name, Article = article, Kind = AuthorityKind.Commune, Population = 60000 };

    [Theory]
    [InlineData("Ville de Montreuil", AuthorityArticle.Feminine, "la Ville de Montreuil", "La Ville de Montreuil", "de la Ville de Montreuil", "à la Ville de Montreuil")]
    [InlineData("Département du Gard", AuthorityArticle.Masculine, "le Département du Gard", "Le Département du Gard", "du Département du Gard", "au Département du Gard")]
    [InlineData("Eurométropole de Strasbourg", AuthorityArticle.Elided, "l'Eurométropole de Strasbourg", "L'Eurométropole de Strasbourg", "de l'Eurométropole de Strasbourg", "à l'Eurométropole de Strasbourg")]
    [InlineData("Hauts-de-Seine", AuthorityArticle.Plural, "les Hauts-de-Seine", "Les Hauts-de-Seine", "des Hauts-de-Seine", "aux Hauts-de-Seine")]
    [InlineData("Carcassonne Agglo", AuthorityArticle.None, "Carcassonne Agglo", "Carcassonne Agglo", "de Carcassonne Agglo", "à Carcassonne Agglo")]
    [InlineData("Annecy", AuthorityArticle.None, "Annecy", "Annecy", "d'Annecy", "à Annecy")]
    public void Name_EachArticle_GivesItsFormsInSentenceAtStartAfterDeAndAfterA(string name, AuthorityArticle article, string inSentence, string atStart, string afterDe, string afterA)
    {
        var authority = Named(name, article);

        Assert.Equal(inSentence, authority.NameInSentence);
        Assert.Equal(atStart, authority.NameAtSentenceStart);
        Assert.Equal(afterDe, authority.NameAfterDe);
        Assert.Equal(afterA, authority.NameAfterA);
    }

    [Fact]
    public void Article_NotGiven_IsNone() =>
        Assert.Equal(AuthorityArticle.None, new Authority { Name = "Montreuil", Kind = AuthorityKind.Commune, Population = 1 }.Article);
}
