using Rdd.Domain;
using Rdd.Domain.Reports;

namespace Rdd.Site.Content;

/// <summary>
/// The article of the authority's name as <c>site.yml</c> writes it (« article: la »), and the one <c>rdd new</c>
/// proposes — and the loader assumes when the key is absent — from the name's first word.
/// </summary>
internal static class AuthorityArticles
{
    /// <summary>The values of <c>article:</c>, in the order the docs give them.</summary>
    public static readonly IReadOnlyList<string> Codes = ["la", "le", "l'", "les", "aucun"];

    /// <summary>The first words of authorities' names that take « la », « le » or « l' », without accents, lower case.</summary>
    private static readonly Dictionary<string, AuthorityArticle> ByFirstWord = new(StringComparer.Ordinal)
    {
        ["ville"] = AuthorityArticle.Feminine,
        ["commune"] = AuthorityArticle.Feminine,
        ["communaute"] = AuthorityArticle.Feminine,
        ["metropole"] = AuthorityArticle.Feminine,
        ["region"] = AuthorityArticle.Feminine,
        ["collectivite"] = AuthorityArticle.Feminine,
        ["mairie"] = AuthorityArticle.Feminine,
        ["departement"] = AuthorityArticle.Masculine,
        ["conseil"] = AuthorityArticle.Masculine,
        ["syndicat"] = AuthorityArticle.Masculine,
        ["pays"] = AuthorityArticle.Masculine,
        ["pole"] = AuthorityArticle.Masculine,
        ["territoire"] = AuthorityArticle.Masculine,
        ["agglomeration"] = AuthorityArticle.Elided,
        ["eurometropole"] = AuthorityArticle.Elided,
        ["etablissement"] = AuthorityArticle.Elided,
    };

    /// <summary>
    /// The article a name most likely takes: « la » for « Ville de Montreuil », « le » for « Département du Gard »,
    /// « l' » for « Eurométropole de Strasbourg », none for a proper name (« Carcassonne Agglo », « Montreuil »).
    /// </summary>
    public static AuthorityArticle Guess(string name)
    {
        var firstWord = name.Trim().Split([' ', '\u00a0', '-', '\''], 2)[0];
        return ByFirstWord.GetValueOrDefault(Rdd.Domain.Codes.Normalize(firstWord), AuthorityArticle.None);
    }

    /// <summary>Reads a value of <c>article:</c>, the apostrophe as a word processor types it (« l’ ») included.</summary>
    public static AuthorityArticle? Parse(string? text) => text?.Trim().Replace('\u2019', '\'').ToLowerInvariant() switch
    {
        "la" => AuthorityArticle.Feminine,
        "le" => AuthorityArticle.Masculine,
        "l'" => AuthorityArticle.Elided,
        "les" => AuthorityArticle.Plural,
        "aucun" => AuthorityArticle.None,
        _ => null,
    };

    /// <summary>The value of <c>article:</c> that means <paramref name="article"/>.</summary>
    public static string Code(AuthorityArticle article) => article switch
    {
        AuthorityArticle.Feminine => "la",
        AuthorityArticle.Masculine => "le",
        AuthorityArticle.Elided => "l'",
        AuthorityArticle.Plural => "les",
        _ => "aucun",
    };
}
