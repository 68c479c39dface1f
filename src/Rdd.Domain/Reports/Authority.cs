using System.Text.Json.Serialization;
using Rdd.Domain.Law;

namespace Rdd.Domain.Reports;

/// <summary>The local authority that presents the report (« collectivité »).</summary>
public sealed record Authority
{
    /// <summary>The authority's name (e.g. « Carcassonne Agglo »).</summary>
    public required string Name { get; init; }

    /// <summary>
    /// The article French puts before <see cref="Name"/> in a sentence (« la Ville de Montreuil »); none by default, as
    /// for « Carcassonne Agglo ».
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public AuthorityArticle Article { get; init; }

    /// <summary>Its kind, which decides the obligation.</summary>
    public required AuthorityKind Kind { get; init; }

    /// <summary>Its legal form in French, when more precise than the kind (e.g. « communauté d'agglomération »).</summary>
    public string? LegalForm { get; init; }

    /// <summary>Its population (« population totale » of the census), as the thresholds of the CGCT count it.</summary>
    public required int Population { get; init; }

    /// <summary>Its SIREN number (9 digits), when given.</summary>
    public string? Siren { get; init; }

    /// <summary>
    /// The SIRET number (14 digits: the SIREN, then the 5-digit number of the establishment) of the establishment that
    /// publishes the report, when given. data.gouv.fr and the SCDL schemas (« socle commun des données locales ») key
    /// a publisher's data by it, so the open data files carry it on every row.
    /// </summary>
    public string? Siret { get; init; }

    /// <summary>The name as a sentence writes it, with its article: « la Ville de Montreuil », « l'Eurométropole de Strasbourg », « Carcassonne Agglo ».</summary>
    [JsonIgnore]
    public string NameInSentence => Forms.Alone + Name;

    /// <summary>The name at the start of a sentence: « La Ville de Montreuil », « Carcassonne Agglo ».</summary>
    [JsonIgnore]
    public string NameAtSentenceStart => French.UpperFirst(NameInSentence);

    /// <summary>The name after « de », contracted and elided: « de la Ville de Montreuil », « du Département du Gard », « de l'Eurométropole », « des … », « d'Annecy », « de Carcassonne Agglo ».</summary>
    [JsonIgnore]
    public string NameAfterDe => Forms.AfterDe + Name;

    /// <summary>The name after « à », contracted: « à la Ville de Montreuil », « au Département du Gard », « à l'Eurométropole », « aux … », « à Carcassonne Agglo ».</summary>
    [JsonIgnore]
    public string NameAfterA => Forms.AfterA + Name;

    /// <summary>What stands before the name: alone, after « de » and after « à », for its article.</summary>
    private (string Alone, string AfterDe, string AfterA) Forms => Article switch
    {
        AuthorityArticle.Feminine => ("la ", "de la ", "à la "),
        AuthorityArticle.Masculine => ("le ", "du ", "au "),
        AuthorityArticle.Elided => ("l'", "de l'", "à l'"),
        AuthorityArticle.Plural => ("les ", "des ", "aux "),
        _ => (string.Empty, StartsWithVowel(Name) ? "d'" : "de ", "à "),
    };

    private static bool StartsWithVowel(string text) =>
        text.Length > 0 && "AEIOUYÂÀÉÈÊËÎÏÔÖÛÙÜaeiouyâàéèêëîïôöûùü".Contains(text[0], StringComparison.Ordinal);
}
