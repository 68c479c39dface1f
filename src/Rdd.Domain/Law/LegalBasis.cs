using NodaTime;

namespace Rdd.Domain.Law;

/// <summary>
/// A legal provision that a fact of the framework rests on: an article of a code, a law, a decree or a circular.
/// </summary>
/// <param name="Reference">The short citation, as French lawyers write it (e.g. « CGCT, art. L2311-1-1 »).</param>
/// <param name="Summary">What the provision says, in French, in a sentence an author understands.</param>
/// <param name="Origin">The text that created or last reworded the provision (e.g. « Loi n° 2010-788 du 12 juillet 2010, art. 255 »).</param>
/// <param name="Date">The date of that text (its signature), when known.</param>
/// <param name="Certainty">How well the library's sources establish the provision's wording.</param>
public sealed record LegalBasis(string Reference, string Summary, string Origin, LocalDate? Date, SourceCertainty Certainty = SourceCertainty.Checked)
{
    /// <inheritdoc />
    public override string ToString() => Reference;
}

/// <summary>How well a legal fact was checked by the library's authors.</summary>
public enum SourceCertainty
{
    /// <summary>Checked against the text or its official notice.</summary>
    Checked,

    /// <summary>Known second-hand (a translation, a commentary or one copy); the French wording was not checked word for word.</summary>
    SecondHand,

    /// <summary>
    /// Not seen: inferred from the structure of sibling articles (e.g. a sentence verified in the départements' and
    /// régions' articles, and probably also in the communes'). Cite it only with that caveat.
    /// </summary>
    Probable,
}

/// <summary>French wording of <see cref="SourceCertainty"/> values.</summary>
public static class SourceCertaintyExtensions
{
    /// <summary>The caveat shown after a citation of that certainty, or an empty string for <see cref="SourceCertainty.Checked"/>.</summary>
    /// <param name="certainty">The certainty.</param>
    /// <returns>E.g. « texte connu de seconde main ».</returns>
    public static string FrenchCaveat(this SourceCertainty certainty) => certainty switch
    {
        SourceCertainty.SecondHand => "texte connu de seconde main",
        SourceCertainty.Probable => "disposition probable, non vérifiée",
        _ => string.Empty,
    };

    /// <summary>The French label of the certainty, for tables (« vérifié », « de seconde main », « probable »).</summary>
    /// <param name="certainty">The certainty.</param>
    /// <returns>The label.</returns>
    public static string FrenchLabel(this SourceCertainty certainty) => certainty switch
    {
        SourceCertainty.SecondHand => "de seconde main",
        SourceCertainty.Probable => "probable, non vérifié",
        _ => "vérifié",
    };
}
