using Rdd.Domain.Validation;

namespace Rdd.Site.Content;

/// <summary>The names authors write in a heading's attribute block, and what each fills in the model.</summary>
internal sealed partial class HeadingAttributes
{
    /// <summary>The attribute names, and their short aliases.</summary>
    public static readonly IReadOnlyList<string> Names = ["finalites", "avancement", "elements", "termes", "odd", "chiffres", "partenaires", "lieux", "suite_de"];

    /// <summary>The model's attribute (<see cref="ElementAttributes"/>) each name fills: what diagnostics point at.</summary>
    public static readonly IReadOnlyDictionary<string, string> ElementAttributeOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["finalites"] = ElementAttributes.Finalities,
        ["avancement"] = ElementAttributes.Progress,
        ["elements"] = ElementAttributes.GovernanceElements,
        ["termes"] = ElementAttributes.Terms,
        ["odd"] = ElementAttributes.Terms,
        ["chiffres"] = ElementAttributes.Figures,
        ["partenaires"] = ElementAttributes.Partners,
        ["lieux"] = ElementAttributes.Places,
        ["suite_de"] = ElementAttributes.ContinuesFrom,
    };

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal) { ["f"] = "finalites", ["suite"] = "suite_de" };
}
