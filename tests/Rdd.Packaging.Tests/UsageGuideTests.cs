using System.Text;

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
        var blocks = FencedBlocks(File.ReadAllLines(Path.Combine(PackedPackages.RepositoryRoot, Guide)));
        var report = Assert.Single(blocks, b => b.Language == "json").Text;
        var programs = blocks.Select((block, index) => (block, index)).Where(b => b.block.Language == "csharp").ToList();
        Assert.True(programs.Count >= 4, $"{Guide} should hold at least four C# programs, found {programs.Count}.");

        var failures = new List<string>();
        for (var n = 0; n < programs.Count; n++)
        {
            var (block, index) = programs[n];
            var following = index + 1 < blocks.Count ? blocks[index + 1] : null;
            var expected = following is { Language: "text" } ? following.Text : null;
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
        var guide = FencedBlocks(File.ReadAllLines(Path.Combine(PackedPackages.RepositoryRoot, Guide))).Where(b => b.Language == "csharp").Select(b => b.Text).ToHashSet();
        var examples = FencedBlocks(File.ReadAllLines(Path.Combine(PackedPackages.RepositoryRoot, Readme))).Where(b => b.Language == "csharp").Skip(1).ToList();

        Assert.NotEmpty(examples);
        Assert.All(examples, e => Assert.True(guide.Contains(e.Text), $"{Readme}, C# block at line {e.Line}, is not a block of {Guide}: copy it there, so that it is run."));
    }

    /// <summary>Builds and runs one block; the reason it fails, or null.</summary>
    private static string? Run(PackedPackages packages, int number, FencedBlock block, string report, string? expected)
    {
        var where = $"{Guide}, C# block {number} (line {block.Line})";
        var project = Path.Combine(packages.Folder, $"guide-{number}");
        Directory.CreateDirectory(project);
        File.Copy(packages.NuGetConfig, Path.Combine(project, "nuget.config"));
        File.WriteAllText(Path.Combine(project, "MonRapport.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Rdd.Domain" Version="{packages.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), block.Text, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(project, "rapport.json"), report, new UTF8Encoding(false));

        // Built first: dotnet run would mix the build's output with the program's.
        var build = DotnetProcess.Run(DotnetProcess.Dotnet, ["build", project, "-nodeReuse:false", "-p:UseSharedCompilation=false"], project);
        if (build.ExitCode != 0)
        {
            return $"{where} did not build against the package: {build}";
        }

        var run = DotnetProcess.Run(DotnetProcess.Dotnet, ["run", "--project", project, "--no-build"], project);
        if (run.ExitCode != 0)
        {
            return $"{where} did not exit with 0: {run}";
        }

        if (expected is not null && Normalize(run.Output) != Normalize(expected))
        {
            return $"{where} printed what the guide does not show.\nThe guide shows:\n{expected}\nThe program printed:\n{run.Output}";
        }

        return null;
    }

    private static string Normalize(string text) => string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim();

    /// <summary>The fenced blocks of a Markdown page, in order, with their language and first line.</summary>
    private static List<FencedBlock> FencedBlocks(string[] lines)
    {
        var blocks = new List<FencedBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
            Assert.True(end > i, $"The block at line {i + 1} is not closed.");
            blocks.Add(new FencedBlock(lines[i][3..].Trim(), string.Join('\n', lines[(i + 1)..end]) + "\n", i + 2));
            i = end;
        }

        return blocks;
    }

    private sealed record FencedBlock(string Language, string Text, int Line);
}
