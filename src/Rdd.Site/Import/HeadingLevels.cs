namespace Rdd.Site.Import;

/// <summary>What a heading of the document becomes in the report.</summary>
public enum HeadingRole
{
    /// <summary>Not a level of the report's structure: a subheading in the text (or dropped before any text).</summary>
    Text,

    /// <summary>A part of the report (partie-1 to partie-3).</summary>
    Part,

    /// <summary>A section: one file of a part.</summary>
    Section,

    /// <summary>An action: a « ## » heading of a section file.</summary>
    Action,
}

/// <summary>
/// Which heading level of the document is a part, a section or an action (<c>--niveaux partie,section,action</c>, the
/// default: Heading 1 → part, Heading 2 → section, Heading 3 → action). Other shapes: <c>partie,action</c> for a report
/// without sections (each part then has one section, of its own title), <c>section,action</c> for one without parts
/// (its sections go into part 1), <c>-,partie,section,action</c> when Heading 1 is only the document's title.
/// Headings below the last level are subheadings of the text.
/// </summary>
public sealed class HeadingLevels
{
    private readonly HeadingRole[] _roles;

    private HeadingLevels(HeadingRole[] roles) => _roles = roles;

    /// <summary>Heading 1 → part, Heading 2 → section, Heading 3 → action.</summary>
    public static HeadingLevels Default { get; } = new([HeadingRole.Part, HeadingRole.Section, HeadingRole.Action]);

    /// <summary>Whether some level is a part (else every section goes into part 1).</summary>
    public bool HasParts => _roles.Contains(HeadingRole.Part);

    /// <summary>Whether some level is a section (else each part has one section, of the part's title).</summary>
    public bool HasSections => _roles.Contains(HeadingRole.Section);

    /// <summary>The topmost role of the structure: its headings may also name the report's other chapters (introduction, reading guide…).</summary>
    public HeadingRole Top => _roles.First(r => r != HeadingRole.Text);

    /// <summary>The role of a heading of <paramref name="level"/> (1 to 9).</summary>
    public HeadingRole RoleOf(int level) => level >= 1 && level <= _roles.Length ? _roles[level - 1] : HeadingRole.Text;

    /// <summary>Reads <c>--niveaux</c>: the roles of Heading 1, 2, 3… separated by commas (partie, section, action, or « - » for a level that is none).</summary>
    /// <param name="text">The option's value.</param>
    /// <param name="error">Why it cannot be read, in French, else null.</param>
    /// <returns>The levels, or null.</returns>
    public static HeadingLevels? Parse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var roles = new List<HeadingRole>();
        foreach (var word in text.Split(',', StringSplitOptions.TrimEntries))
        {
            HeadingRole? role = Rdd.Domain.Codes.Normalize(word) switch
            {
                "partie" or "parties" => HeadingRole.Part,
                "section" or "sections" => HeadingRole.Section,
                "action" or "actions" => HeadingRole.Action,
                "-" or "" or "texte" => HeadingRole.Text,
                _ => null,
            };
            if (role is null)
            {
                error = $"Niveau inconnu « {word} » dans --niveaux : écrivez, pour Titre 1, Titre 2, Titre 3…, partie, section, action ou « - », séparés par des virgules (par exemple partie,section,action).";
                return null;
            }

            roles.Add(role.Value);
        }

        var structure = roles.Where(r => r != HeadingRole.Text).ToList();
        if (structure.Count == 0 || structure[^1] != HeadingRole.Action || structure.Distinct().Count() != structure.Count || !structure.SequenceEqual(structure.Order()))
        {
            error = $"--niveaux « {text} » : nommez chaque niveau au plus une fois, dans l'ordre partie, section, action, et terminez par action (par exemple partie,section,action ou partie,action).";
            return null;
        }

        error = null;
        return new HeadingLevels([.. roles]);
    }
}
