namespace Rdd.Packaging.Tests;

/// <summary>
/// The guide docs/developpeurs/utiliser.md, as a developer at another authority follows it: every ```csharp block is
/// the Program.cs of a fresh console project (implicit usings on) that references the packed Rdd.Domain, next to the
/// guide's rapport.json; it must build, exit with 0 and, where the guide shows its output (the ```text block that
/// follows it), print exactly that. Slow (it packs Rdd.Domain, restores and builds once per block).
/// </summary>
[Trait("Category", "Packaging")]
public sealed class UsageGuideTests(PackedDomainPackage domain) : IClassFixture<PackedDomainPackage>
{
    private const string Guide = "docs/developpeurs/utiliser.md";

    [Fact]
    public void UsageGuide_EveryCSharpBlock_RunsAsShown()
    {
        var packages = domain.Packages;
        Assert.True(packages.PackFailure is null, packages.PackFailure);
        var blocks = MarkdownBlocks.Of(Guide);
        var report = Assert.Single(blocks, b => b.Language == "json").Text;
        var programs = blocks.Select((block, index) => (block, index)).Where(b => b.block.Language == "csharp").ToList();
        Assert.True(programs.Count >= 4, $"{Guide} should hold at least four C# programs, found {programs.Count}.");

        var failures = new List<string>();
        for (var n = 0; n < programs.Count; n++)
        {
            var (block, index) = programs[n];
            var expected = index + 1 < blocks.Count && blocks[index + 1] is { Language: "text" } output ? output.Text : null;
            if (Run(packages, n + 1, block, report, expected) is { } failure)
            {
                failures.Add(failure);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void PackageReadme_LaterExamples_AreTheGuides()
    {
        // The README's first example is tests/Rdd.Domain.Tests/ReadmeExample.cs; the others are run here, as the guide's.
        const string Readme = "src/Rdd.Domain/README.md";
        var guide = MarkdownBlocks.Of(Guide).Where(b => b.Language == "csharp").Select(b => b.Text).ToHashSet();
        var examples = MarkdownBlocks.Of(Readme).Where(b => b.Language == "csharp").Skip(1).ToList();

        Assert.NotEmpty(examples);
        Assert.All(examples, e => Assert.True(guide.Contains(e.Text), $"{Readme}, C# block at line {e.Line}, is not a block of {Guide}: copy it there, so that it is run."));
    }

    /// <summary>Builds and runs one block; the reason it fails, or null.</summary>
    private static string? Run(PackedPackages packages, int number, FencedBlock block, string report, string? expected)
    {
        var where = $"{Guide}, C# block {number} (line {block.Line})";
        var project = ConsoleProject.Create(packages, $"MonRapport{number}", block.Text);
        File.WriteAllText(Path.Combine(project, "rapport.json"), report);

        var (build, run) = ConsoleProject.BuildAndRun(project);

        if (run is null)
        {
            return $"{where} did not build against the package: {build}";
        }

        if (run.ExitCode != 0)
        {
            return $"{where} did not exit with 0: {run}";
        }

        return expected is null || Normalize(run.Output) == Normalize(expected)
            ? null
            : $"{where} printed what the guide does not show.\nThe guide shows:\n{expected}\nThe program printed:\n{run.Output}";
    }

    private static string Normalize(string text) => string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim();
}
