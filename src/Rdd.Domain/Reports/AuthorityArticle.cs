namespace Rdd.Domain.Reports;

/// <summary>
/// The article French puts before an authority's name in a sentence: « la Ville de Montreuil », « le Département du
/// Gard », « l'Eurométropole de Strasbourg », « Carcassonne Agglo » (none). It decides the forms of
/// <see cref="Authority.NameInSentence"/>, <see cref="Authority.NameAfterDe"/> and <see cref="Authority.NameAfterA"/>.
/// </summary>
public enum AuthorityArticle
{
    /// <summary>No article: the name stands alone (« Carcassonne Agglo », « Montreuil »).</summary>
    None,

    /// <summary>« la » (« la Ville de Montreuil », « de la », « à la »).</summary>
    Feminine,

    /// <summary>« le » (« le Département du Gard », « du », « au »).</summary>
    Masculine,

    /// <summary>« l' », before a vowel (« l'Eurométropole de Strasbourg », « de l' », « à l' »).</summary>
    Elided,

    /// <summary>« les » (« les Hauts-de-Seine », « des », « aux »).</summary>
    Plural,
}
