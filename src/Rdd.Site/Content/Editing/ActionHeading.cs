using System.Text;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;

namespace Rdd.Site.Content.Editing;

/// <summary>
/// An action's heading line as content/README.md documents it: « ## Titre {#id avancement=… finalites=… elements=…
/// termes=… odd=… chiffres=… partenaires="…;…" lieux="…;…" suite_de=…} », the id always written so that it stays
/// when the title changes, each attribute only when it has a value.
/// </summary>
internal static class ActionHeading
{
    /// <summary>The heading of <paramref name="action"/>, without its line ending.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The line.</returns>
    public static string Format(ReportAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var line = new StringBuilder("## ").Append(action.Title).Append(" {#").Append(action.Id);
        Add(line, "avancement", action.Progress?.Code());
        Add(line, "finalites", Join(action.Finalities));
        Add(line, "elements", Join(action.GovernanceElements));
        Add(line, "termes", Join(action.Terms.Where(t => t.Taxonomy != SustainableDevelopmentGoals.Id).Select(t => t.Taxonomy + ":" + t.Code)));
        Add(line, "odd", Join(action.Terms.Where(t => t.Taxonomy == SustainableDevelopmentGoals.Id).Select(t => t.Code)));
        Add(line, "chiffres", Join(action.Figures));
        Add(line, "partenaires", Quoted(action.Partners));
        Add(line, "lieux", Quoted(action.Places));
        Add(line, "suite_de", action.ContinuesFrom);
        return line.Append('}').ToString();
    }

    private static void Add(StringBuilder line, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            line.Append(' ').Append(name).Append('=').Append(value);
        }
    }

    private static string? Join(IEnumerable<string> codes) => string.Join(',', codes) is { Length: > 0 } joined ? joined : null;

    /// <summary>Names separated by « ; », between straight quotes (or « … » when a name holds a straight quote).</summary>
    private static string? Quoted(IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return null;
        }

        var joined = string.Join(';', names);
        return joined.Contains('"', StringComparison.Ordinal) ? "«" + joined + "»" : "\"" + joined + "\"";
    }
}
