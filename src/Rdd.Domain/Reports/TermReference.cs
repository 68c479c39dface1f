namespace Rdd.Domain.Reports;

/// <summary>A reference from an action to a term of a taxonomy (an ambition of the projet de territoire, an ODD, an axis of a plan).</summary>
/// <param name="Taxonomy">The taxonomy's id (e.g. <c>odd</c>, <c>pacte-vert</c>).</param>
/// <param name="Code">The term's code in that taxonomy (e.g. <c>13</c>, <c>axe-4</c>).</param>
/// <remarks>
/// Both are kept in canonical form (<see cref="Codes.Normalize"/>: « ODD:Énergie » is <c>odd:energie</c>), whether the
/// reference is built, changed by <c>with</c> or read, so that two references to the same term are equal.
/// </remarks>
public sealed record TermReference(string Taxonomy, string Code)
{
    /// <summary>The taxonomy's id, in canonical form.</summary>
    public string Taxonomy { get; init => field = Codes.CanonicalTerm(value); } = Codes.CanonicalTerm(Taxonomy);

    /// <summary>The term's code, in canonical form.</summary>
    public string Code { get; init => field = Codes.CanonicalTerm(value); } = Codes.CanonicalTerm(Code);

    /// <summary>The reference as authors write it: <c>taxonomy:code</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{Taxonomy}:{Code}";
}
