using System.Runtime.InteropServices;
using System.Text;

namespace Rdd.Packaging.Tests;

/// <summary>
/// The packages work as their users get them: the rdd tool installs from its package and builds a site; a console
/// program that references the Rdd.Domain package runs the example of the package's README. Slow (they pack, restore and build).
/// </summary>
[Trait("Category", "Packaging")]
[Collection(NativeBuilds.Name)]
public sealed class PackageTests(PackedPackages packages) : IClassFixture<PackedPackages>
{
    [Fact]
    public void Tool_InstalledFromItsPackage_BuildsTheDefaultContent()
    {
        var rdd = InstallTool(packages, "tool");
        var output = Path.Combine(packages.Folder, "site");

        var build = DotnetProcess.Run(rdd, ["build", Path.Combine(PackedPackages.RepositoryRoot, "content"), "-o", output], packages.Folder);

        Assert.True(build.ExitCode == 0, $"rdd build failed: {build}");
        Assert.True(File.Exists(Path.Combine(output, "index.html")), $"rdd build wrote no index.html: {build}");
        if (RuntimeInformation.RuntimeIdentifier != "linux-x64")
        {
            // Elsewhere the tool is the portable one, in IL.
            Assert.Single(Directory.GetFiles(Path.Combine(packages.Folder, "tool", ".store"), "Rdd.Site.dll", SearchOption.AllDirectories));
            return;
        }

        // On Linux x64 it is compiled ahead of time: a native executable, no assembly of its own beside it but the
        // portable rdd it hands extensions to (docs/performance.md) — and it writes the same site, byte for byte.
        var executable = new FileInfo(rdd).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? rdd;
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(executable)[..4]);
        var folder = Path.GetDirectoryName(executable)!;
        Assert.False(File.Exists(Path.Combine(folder, "Rdd.Site.dll")), "The native tool carries its own IL assembly.");
        var portable = Path.Combine(folder, "portable", "Rdd.Site.dll");
        Assert.True(File.Exists(portable), "The native tool lacks the portable rdd.");
        var portableOutput = Path.Combine(packages.Folder, "site-portable");
        var portableBuild = DotnetProcess.Run(DotnetProcess.Dotnet, [portable, "build", Path.Combine(PackedPackages.RepositoryRoot, "content"), "-o", portableOutput], packages.Folder);
        Assert.True(portableBuild.ExitCode == 0, $"the portable rdd failed: {portableBuild}");
        AssertSameFiles(portableOutput, output);
    }

    [Fact]
    public void Tool_SiteWithAnExtension_IsBuiltWithIt()
    {
        var rdd = InstallTool(packages, "tool-extension");
        var sample = Path.Combine(packages.Folder, "sample");
        var compile = DotnetProcess.Run(DotnetProcess.Dotnet,
            ["build", Path.Combine(PackedPackages.RepositoryRoot, "samples", "Rdd.Sample.WaterFigures", "Rdd.Sample.WaterFigures.csproj"), "-c", "Release", "-o", sample, "--artifacts-path", Path.Combine(packages.Folder, "artifacts-sample"), "-nodeReuse:false", "-p:UseSharedCompilation=false"],
            packages.Folder);
        Assert.True(compile.ExitCode == 0, $"the sample extension did not build: {compile}");
        var content = Path.Combine(packages.Folder, "content-extension");
        CopyFolder(Path.Combine(PackedPackages.RepositoryRoot, "content"), content);
        Directory.CreateDirectory(Path.Combine(content, "extensions"));
        File.Copy(Path.Combine(sample, "Rdd.Sample.WaterFigures.dll"), Path.Combine(content, "extensions", "Rdd.Sample.WaterFigures.dll"));
        File.AppendAllText(Path.Combine(content, "site.yml"), "\nextensions:\n  - extensions/Rdd.Sample.WaterFigures.dll\n");
        var output = Path.Combine(packages.Folder, "site-extension");

        var build = DotnetProcess.Run(rdd, ["build", content, "-o", output], packages.Folder);

        // The native tool cannot load the assembly: the portable rdd it carries builds the site, with the extension's page.
        Assert.True(build.ExitCode == 0, $"rdd build of a site with an extension failed: {build}");
        Assert.True(File.Exists(Path.Combine(output, "eau", "index.html")), $"The extension's page is missing: {build}");
    }

    /// <summary>Installs the packed rdd tool into <paramref name="folder"/> of the packages' folder; the path of its executable.</summary>
    internal static string InstallTool(PackedPackages packages, string folder)
    {
        Assert.True(packages.PackFailure is null, packages.PackFailure);
        var toolPath = Path.Combine(packages.Folder, folder);
        var install = DotnetProcess.Run(DotnetProcess.Dotnet,
            ["tool", "install", "Rdd.Site", "--tool-path", toolPath, "--version", packages.Version, "--configfile", packages.NuGetConfig],
            packages.Folder);
        Assert.True(install.ExitCode == 0, $"dotnet tool install failed: {install}");
        return Path.Combine(toolPath, OperatingSystem.IsWindows() ? "rdd.exe" : "rdd");
    }

    internal static void AssertSameFiles(string expected, string actual)
    {
        var expectedFiles = Directory.GetFiles(expected, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(expected, f)).Order(StringComparer.Ordinal).ToList();
        var actualFiles = Directory.GetFiles(actual, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(actual, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedFiles, actualFiles);
        foreach (var file in expectedFiles)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs between the portable and the native rdd.");
        }
    }

    internal static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void Library_ReferencedFromItsPackage_RunsTheReadmeExample()
    {
        Assert.True(packages.PackFailure is null, packages.PackFailure);
        var project = ConsoleProject.Create(packages, "ReadmeExample", ProgramFromReadme());
        var report = Path.Combine(project, "rapport.json");
        File.WriteAllText(report, """
            {
              "authority": { "name": "Carcassonne Agglo", "kind": "intercommunality", "population": 115000 },
              "year": 2024,
              "budgetYear": 2025
            }
            """);

        var (build, run) = ConsoleProject.BuildAndRun(project, report);

        Assert.True(run is not null, $"The README example did not build against the package: {build}");

        // The report has no parts: errors, so the example's exit code is 1, after the diagnostics and the obligation.
        Assert.True(run.ExitCode == 1, $"dotnet run of the README example did not end as expected: {run}");
        Assert.Contains("error RDD1001: La partie 1", run.Output, StringComparison.Ordinal);
        Assert.Contains("la collectivité présente, préalablement aux débats sur le projet de budget 2025, un rapport", run.Output, StringComparison.Ordinal);
    }

    /// <summary>The first ```csharp block of the package's README (src/Rdd.Domain/README.md): a whole program.</summary>
    private static string ProgramFromReadme()
    {
        const string Readme = "src/Rdd.Domain/README.md";
        var block = MarkdownBlocks.Of(Readme).FirstOrDefault(b => b.Language == "csharp");
        Assert.True(block is not null, $"{Readme} has no ```csharp block.");
        return block.Text;
    }
}
