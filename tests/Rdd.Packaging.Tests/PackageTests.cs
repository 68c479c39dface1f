using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text;

namespace Rdd.Packaging.Tests;

/// <summary>
/// The packages work as their users get them: the rdd tool installs from its package and builds a site; a console
/// program that references the Rdd.Domain package runs the README's example. Slow (they pack, restore and build).
/// </summary>
[Trait("Category", "Packaging")]
public sealed class PackageTests(PackedPackages packages) : IClassFixture<PackedPackages>
{
    private const string ReadmeSection = "## Utiliser Rdd.Domain depuis C#";

    [Fact]
    public void Tool_InstalledFromItsPackage_BuildsTheDefaultContent()
    {
        Assert.True(packages.PackFailure is null, packages.PackFailure);
        var toolPath = Path.Combine(packages.Folder, "tool");
        var output = Path.Combine(packages.Folder, "site");

        var install = DotnetProcess.Run(DotnetProcess.Dotnet,
            ["tool", "install", "Rdd.Site", "--tool-path", toolPath, "--version", packages.Version, "--configfile", packages.NuGetConfig],
            packages.Folder);
        Assert.True(install.ExitCode == 0, $"dotnet tool install failed: {install}");

        var rdd = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "rdd.exe" : "rdd");
        var build = DotnetProcess.Run(rdd, ["build", Path.Combine(PackedPackages.RepositoryRoot, "content"), "-o", output], packages.Folder);

        Assert.True(build.ExitCode == 0, $"rdd build failed: {build}");
        Assert.True(File.Exists(Path.Combine(output, "index.html")), $"rdd build wrote no index.html: {build}");

        // On Linux x64 the tool comes precompiled (ReadyToRun, docs/performance.md); elsewhere, as portable IL.
        var assemblies = Directory.GetFiles(Path.Combine(toolPath, ".store"), "Rdd.Site.dll", SearchOption.AllDirectories);
        var assembly = Assert.Single(assemblies);
        using var reader = new PEReader(File.OpenRead(assembly));
        var readyToRun = reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
        Assert.Equal(RuntimeInformation.RuntimeIdentifier == "linux-x64", readyToRun);
    }

    [Fact]
    public void Library_ReferencedFromItsPackage_RunsTheReadmeExample()
    {
        Assert.True(packages.PackFailure is null, packages.PackFailure);
        var project = Path.Combine(packages.Folder, "console");
        Directory.CreateDirectory(project);
        File.Copy(packages.NuGetConfig, Path.Combine(project, "nuget.config"));
        File.WriteAllText(Path.Combine(project, "ReadmeExample.csproj"), $"""
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
        File.WriteAllText(Path.Combine(project, "Program.cs"), ProgramFromReadme(), new UTF8Encoding(false));

        var run = DotnetProcess.Run(DotnetProcess.Dotnet, ["run", "--project", project, "-nodeReuse:false", "-p:UseSharedCompilation=false"], project);

        Assert.True(run.ExitCode == 0, $"dotnet run of the README example failed: {run}");
        Assert.Contains("la collectivité présente, préalablement aux débats sur le projet de budget 2025, un rapport", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"$schema\": \"rapport.schema.json\"", run.Output, StringComparison.Ordinal);
    }

    /// <summary>The usings the README's example needs, then its ```csharp block under <see cref="ReadmeSection"/>, read from README.md.</summary>
    private static string ProgramFromReadme()
    {
        var lines = File.ReadAllLines(Path.Combine(PackedPackages.RepositoryRoot, "README.md"));
        var section = Array.IndexOf(lines, ReadmeSection);
        Assert.True(section >= 0, $"README.md has no « {ReadmeSection} » section.");
        var begin = Array.FindIndex(lines, section, l => l.Trim() == "```csharp");
        var end = begin < 0 ? -1 : Array.FindIndex(lines, begin + 1, l => l.Trim() == "```");
        Assert.True(begin > section && end > begin, $"The « {ReadmeSection} » section of README.md has no ```csharp block.");
        var code = string.Join('\n', lines[(begin + 1)..end]);
        return "using Rdd.Domain.Json;\nusing Rdd.Domain.Law;\nusing Rdd.Domain.Reports;\nusing Rdd.Domain.Validation;\n\n" + code + "\n";
    }
}
