using System.Text.RegularExpressions;

namespace Rdd.Site.Tests.Architecture;

/// <summary>
/// Rdd.Site's pipeline runs one way (docs/developpeurs/architecture.md): each folder of src/Rdd.Site is a namespace,
/// and no file of a stage names the namespace of a later stage — by a using, a qualified name, or a name qualified
/// from Rdd.Site (« Search.SearchIndex »).
/// </summary>
public sealed partial class DependencyTests
{
    /// <summary>The stages, in order: a folder may use the folders of its own stage and of the stages before it.</summary>
    private static readonly string[][] Stages =
    [
        ["Content"],
        ["Markup"],
        ["Data", "Search"],
        ["Pages"],
        ["Rendering", "Components"],
        ["Output", "Export"],
    ];

    /// <summary>Folders that use no other folder of Rdd.Site and that every folder may use: small helpers, and the accessibility audit, whose report Content and Pages read.</summary>
    private static readonly string[] Shared = ["Text", "Policy", "Audit"];

    /// <summary>The folders around the path, and what each may use besides the shared helpers.</summary>
    private static readonly Dictionary<string, string[]> Around = new(StringComparer.Ordinal)
    {
        // Loads the extensions' assemblies for the check, and adds their pages to the site.
        ["Extensions"] = ["Content", "Pages"],
        // Makes the files of a content folder from a Word document, as the author would write them: before the path.
        ["Import"] = ["Content"],
        // Documents the diagnostics of every stage, of the extensions and of the import.
        ["Docs"] = [.. Stages.SelectMany(s => s), "Extensions", "Import"],
        // Builds the site in memory and serves it; its welcome page imports a Word document as rdd import does.
        ["Serve"] = [.. Stages.SelectMany(s => s), "Extensions", "Import"],
        // One class per verb: runs the pipeline, serves, writes the docs.
        ["Cli"] = [.. Stages.SelectMany(s => s), "Extensions", "Serve", "Docs", "Import"],
    };

    private static string Source => Path.Combine(RepositoryRoot.Path, "src", "Rdd.Site");

    private static IEnumerable<string> Folders => Directory.GetDirectories(Source)
        .Select(Path.GetFileName)
        .OfType<string>()
        .Where(name => name is not ("bin" or "obj" or "Assets" or "Properties"));

    [Fact]
    public void Folders_OfRddSite_EachHaveTheirPlaceInThePipeline()
    {
        var placed = Stages.SelectMany(s => s).Concat(Shared).Concat(Around.Keys).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(Folders, f => !placed.Contains(f));
    }

    [Fact]
    public void Folders_OfRddSite_UseNoLaterStageNorAFolderTheyMayNotUse()
    {
        var folders = Folders.ToList();
        var broken = new List<string>();
        foreach (var folder in folders)
        {
            var allowed = Allowed(folder);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Source, folder), "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal)))
            {
                broken.AddRange(Uses(File.ReadAllText(file), folders)
                    .Where(used => used != folder && !allowed.Contains(used))
                    .Select(used => $"{Path.GetRelativePath(Source, file)} uses Rdd.Site.{used}"));
            }
        }

        Assert.Empty(broken);
    }

    [Theory]
    [InlineData("using Rdd.Site.Rendering;\nnamespace Rdd.Site.Tests;", "Rendering")]
    [InlineData("@using Rdd.Site.Rendering\n<p>@Page.Title</p>", "Rendering")]
    [InlineData("var html = Rdd.Site.Rendering.Pictograms.Use(code);", "Rendering")]
    [InlineData("var bytes = Search.SearchIndex.Build(source);", "Search")]
    [InlineData("var reference = new Pages.Link(href, text);", "Pages")]
    [InlineData("var n = page.Search.Count; // Rendering.Pictograms in a comment", null)]
    [InlineData("public required IReadOnlyList<PageAudit> Pages { get; init; }\npublic bool Passed => Pages.All(p => p.Passed);", null)]
    [InlineData("/// <see cref=\"Rendering.Pictograms\"/>\nvar path = \"Rdd.Site.Assets.\" + name;", null)]
    public void Uses_UsingOrQualifiedNameOrNameQualifiedFromRddSite_IsFoundButNotInComments(string code, string? used)
    {
        var found = Uses(code, ["Rendering", "Search", "Pages", "Assets"]);
        if (used is null)
        {
            Assert.Empty(found);
        }
        else
        {
            Assert.Equal([used], found);
        }
    }

    private static HashSet<string> Allowed(string folder)
    {
        var allowed = new HashSet<string>(Shared, StringComparer.Ordinal);
        if (Shared.Contains(folder))
        {
            return [];
        }

        if (Around.TryGetValue(folder, out var around))
        {
            allowed.UnionWith(around);
            return allowed;
        }

        var stage = Array.FindIndex(Stages, s => s.Contains(folder));
        allowed.UnionWith(Stages.Take(stage + 1).SelectMany(s => s));
        return allowed;
    }

    /// <summary>The folders of Rdd.Site a source file names, comments left out.</summary>
    private static List<string> Uses(string code, IReadOnlyCollection<string> folders)
    {
        var text = Comment().Replace(code, string.Empty);

        // A member of the file named like a folder (« public IReadOnlyList<PageAudit> Pages { get; } », then « Pages.All(…) »)
        // is not that folder.
        var members = Member().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        return folders.Where(folder =>
                Regex.IsMatch(text, $@"(?<![\w.])(?:global::)?Rdd\.Site\.{folder}\b(?!\.[a-z""])", RegexOptions.CultureInvariant)
                || (!members.Contains(folder) && Regex.IsMatch(text, $@"(?<![\w.]){folder}\.[A-Z]", RegexOptions.CultureInvariant)))
            .ToList();
    }

    [GeneratedRegex(@"//.*|/\*[\s\S]*?\*/|@\*[\s\S]*?\*@")]
    private static partial Regex Comment();

    /// <summary>A property or field declared in the file: its type, then its name, then « { », « = » or « ; ».</summary>
    [GeneratedRegex(@"\b(?:public|internal|private|protected)\s+(?:(?:static|readonly|required|override|virtual|sealed)\s+)*[\w<>\[\],.?\s]+?\s(\w+)\s*(?:\{|=|;)")]
    private static partial Regex Member();
}
