using System.Text;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;

namespace Rdd.Site.Content.Editing;

/// <summary>
/// An action's heading line as content/README.md documents it: « ## Titre {#id avancement=… finalites=… elements=…
/// termes=… odd=… chiffres=… partenaires="…;…" lieux="…;…" suite_de=…} », the id always written so that it stays
/// when the title changes, each attribute only when it has a value. An existing heading is rewritten only where the
/// form changed it: aliases, unknown attributes and the order the author chose are kept.
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
        foreach (var (name, value) in Attributes(action))
        {
            Add(line, name, value);
        }

        return line.Append('}').ToString();
    }

    /// <summary>
    /// The heading <paramref name="line"/>, which reads as <paramref name="current"/>, rewritten for <paramref name="edited"/>:
    /// each attribute whose value changed is rewritten in its place (under the name the author wrote, an alias
    /// included), removed when emptied, or added at the end of the block; everything else of the block — attributes
    /// the form does not edit, unknown ones, their order and spacing — is kept as written.
    /// </summary>
    /// <param name="line">The heading line as written, without its line ending.</param>
    /// <param name="current">The action as read from that line.</param>
    /// <param name="edited">The action as it should read.</param>
    /// <returns>The new line.</returns>
    // Long: two passes over one buffer, the items as written (from the last, so that offsets hold) then the attributes the block lacks.
    public static string Format(string line, ReportAction current, ReportAction edited)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(edited);
        var text = line.TrimEnd();
        var parsed = HeadingAttributes.Parse(text, 1, new SourceText(string.Empty, text), 1, new DiagnosticBag());
        if (parsed.BlockStart < 0 || text[^1] != '}')
        {
            return Format(edited);
        }

        var before = Attributes(current).ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
        var after = Attributes(edited).ToList();
        var block = new StringBuilder(text[(parsed.BlockStart + 1)..^1]);
        var offset = parsed.BlockStart + 1;
        foreach (var span in parsed.Spans.Reverse())
        {
            string? replacement = span.Name switch
            {
                AttributeSpan.IdName when edited.Id != current.Id => "#" + edited.Id,
                { } name when after.FirstOrDefault(a => a.Name == name) is { Name: not null } attribute && attribute.Value != before[name] =>
                    attribute.Value is null ? string.Empty : WrittenName(text, span) + "=" + attribute.Value,
                _ => null,
            };
            if (replacement is null)
            {
                continue;
            }

            var start = span.Start - offset;
            var end = span.End - offset;
            if (replacement.Length == 0)
            {
                // The attribute and the spaces before it go.
                while (start > 0 && block[start - 1] is ' ' or '\t')
                {
                    start--;
                }
            }

            block.Remove(start, end - start).Insert(start, replacement);
        }

        var written = parsed.Spans.Select(s => s.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var (name, value) in after.Where(a => !written.Contains(a.Name) && a.Value != before[a.Name]))
        {
            var position = block.Length;
            while (position > 0 && char.IsWhiteSpace(block[position - 1]))
            {
                position--;
            }

            if (value is not null)
            {
                block.Insert(position, " " + name + "=" + value);
            }
        }

        return "## " + edited.Title + " {" + block + "}";
    }

    /// <summary>The name of an attribute as written in its item, before « = » (« f » for an alias of « finalites »).</summary>
    private static string WrittenName(string text, AttributeSpan span) => text[span.Start..text.IndexOf('=', span.Start)];

    /// <summary>The attributes of an action's heading, in the documented order, each with its value as written (null when it has none).</summary>
    private static IEnumerable<(string Name, string? Value)> Attributes(ReportAction action) =>
    [
        ("avancement", action.Progress?.Code()),
        ("finalites", Join(action.Finalities)),
        ("elements", Join(action.GovernanceElements)),
        ("termes", Join(action.Terms.Where(t => t.Taxonomy != SustainableDevelopmentGoals.Id).Select(t => t.Taxonomy + ":" + t.Code))),
        ("odd", Join(action.Terms.Where(t => t.Taxonomy == SustainableDevelopmentGoals.Id).Select(t => t.Code))),
        ("chiffres", Join(action.Figures)),
        ("partenaires", Quoted(action.Partners)),
        ("lieux", Quoted(action.Places)),
        ("suite_de", action.ContinuesFrom),
    ];

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
