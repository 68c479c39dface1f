using NodaTime;

namespace Rdd.Domain.Law;

/// <summary>
/// One of the five finalités of sustainable development (« finalité », Code de l'environnement, art. L110-1, III).
/// Every action of Parts 1 and 2 of a report is aligned with at least one of them (décret n° 2011-687).
/// </summary>
/// <param name="Code">The stable code authors write (e.g. <c>climat</c>).</param>
/// <param name="Number">The rank of the finalité in the article, 1 to 5.</param>
/// <param name="Label">The 2010 wording, which the decree and practice use (e.g. « La lutte contre le changement climatique »).</param>
/// <param name="ShortLabel">A short label for pictograms and table headers (e.g. « Climat »).</param>
public sealed record Finality(string Code, int Number, string Label, string ShortLabel)
{
    /// <summary>The successive wordings of this finalité, oldest first, each with the date from which it applies.</summary>
    public IReadOnlyList<DatedWording> Wordings { get; init => field = ValueList.From(value); } = ValueList<DatedWording>.Empty;

    /// <summary>The legal basis of the finalités.</summary>
    public LegalBasis LegalBasis => LegalTexts.EnvironmentCodeL110_1;

    /// <summary>The wording of the finalité in force on <paramref name="date"/>.</summary>
    /// <param name="date">The date at which to read the article.</param>
    /// <returns>The wording in force, or the 2010 wording for a date before any known wording.</returns>
    public string LabelOn(LocalDate date)
    {
        var label = Label;
        foreach (var wording in Wordings)
        {
            if (wording.From <= date)
            {
                label = wording.Text;
            }
        }

        return label;
    }

    /// <inheritdoc />
    public override string ToString() => Code;
}

/// <summary>A wording of a legal text together with the date from which it applies.</summary>
/// <param name="From">The first day the wording applies.</param>
/// <param name="Text">The wording.</param>
/// <param name="Basis">The text that introduced the wording.</param>
public sealed record DatedWording(LocalDate From, string Text, LegalBasis Basis);
