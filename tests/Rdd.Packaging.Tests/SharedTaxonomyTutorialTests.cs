using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Rdd.Packaging.Tests;

/// <summary>
/// Shared taxonomies as their users get them: the tutorial « Publier un référentiel partagé » of
/// docs/developpeurs/etendre.md followed step by step, and the package Rdd.Taxonomies.LeviersSgpe loaded by the
/// installed tool, native and portable. Slow (they pack, install the tool and build sites).
/// </summary>
[Trait("Category", "Packaging")]
[Collection(NativeBuilds.Name)]
public sealed class SharedTaxonomyTutorialTests(PackedPackages packages) : IClassFixture<PackedPackages>
{
    private const string Tutorial = "docs/developpeurs/etendre.md";

    [Fact]
    public void Tutorial_FollowedStepByStep_GivesTheTermPage()
    {
        var rdd = PackageTests.InstallTool(packages, "tool-tutorial");
        var project = Path.Combine(packages.Folder, "Rdd.Taxonomies.SchemaRegional");
        Directory.CreateDirectory(project);
        File.Copy(packages.NuGetConfig, Path.Combine(project, "nuget.config"));
        File.WriteAllText(Path.Combine(project, "Rdd.Taxonomies.SchemaRegional.csproj"), Block("xml").Replace("Version=\"0.1.0\"", $"Version=\"{packages.Version}\"", StringComparison.Ordinal), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(project, "SchemaRegionalExtension.cs"), Block("csharp"), new UTF8Encoding(false));
        var paquets = Path.Combine(packages.Folder, "paquets");

        var pack = DotnetProcess.Run(DotnetProcess.Dotnet, ["pack", project, "-c", "Release", "-o", paquets, "-nodeReuse:false", "-p:UseSharedCompilation=false"], project);

        Assert.True(pack.ExitCode == 0, $"The tutorial's project did not pack: {pack}");
        var content = Path.Combine(packages.Folder, "content-tutorial");
        PackageTests.CopyFolder(Path.Combine(PackedPackages.RepositoryRoot, "content"), content);
        ExtractLibrary(Path.Combine(paquets, "Rdd.Taxonomies.SchemaRegional.1.0.0.nupkg"), "Rdd.Taxonomies.SchemaRegional.dll", content);
        Tag(content, "schema-regional:sobriete-fonciere");
        var output = Path.Combine(packages.Folder, "site-tutorial");
        var build = DotnetProcess.Run(rdd, ["build", content, "-o", output], packages.Folder);
        Assert.True(build.ExitCode == 0, $"rdd build with the tutorial's package failed: {build}");
        var term = Path.Combine(output, "referentiels", "schema-regional", "sobriete-fonciere", "index.html");
        Assert.True(File.Exists(term), $"The term page is missing: {build}");
        Assert.Contains("programme de rénovation de son siège", File.ReadAllText(term), StringComparison.Ordinal);
    }

    [Fact]
    public void LeversPackage_InTheNativeAndThePortableTool_GivesTheSameSite()
    {
        var rdd = PackageTests.InstallTool(packages, "tool-levers");
        var content = Path.Combine(packages.Folder, "content-levers");
        PackageTests.CopyFolder(Path.Combine(PackedPackages.RepositoryRoot, "content"), content);
        ExtractLibrary(Path.Combine(packages.PackagesFolder, $"Rdd.Taxonomies.LeviersSgpe.{packages.Version}.nupkg"), "Rdd.Taxonomies.LeviersSgpe.dll", content);
        Tag(content, "leviers-sgpe:renovation-hors-changement-chaudieres");
        var output = Path.Combine(packages.Folder, "site-levers");

        var build = DotnetProcess.Run(rdd, ["build", content, "-o", output], packages.Folder);

        Assert.True(build.ExitCode == 0, $"rdd build with the levers package failed: {build}");
        Assert.True(File.Exists(Path.Combine(output, "referentiels", "leviers-sgpe", "renovation-hors-changement-chaudieres", "index.html")), $"The lever's page is missing: {build}");
        if (RuntimeInformation.RuntimeIdentifier != "linux-x64")
        {
            return;
        }

        // The native tool hands a site with extensions to the portable rdd it carries: run directly, it writes the same site.
        var executable = new FileInfo(rdd).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? rdd;
        var portable = Path.Combine(Path.GetDirectoryName(executable)!, "portable", "Rdd.Site.dll");
        var portableOutput = Path.Combine(packages.Folder, "site-levers-portable");
        var portableBuild = DotnetProcess.Run(DotnetProcess.Dotnet, [portable, "build", content, "-o", portableOutput], packages.Folder);
        Assert.True(portableBuild.ExitCode == 0, $"the portable rdd failed: {portableBuild}");
        PackageTests.AssertSameFiles(portableOutput, output);
    }

    /// <summary>The tutorial's block of that language, in its section « Publier un référentiel partagé ».</summary>
    private static string Block(string language)
    {
        const string Section = "Publier un référentiel partagé";
        static bool IsTheSection(string line) => line.StartsWith("## ", StringComparison.Ordinal) && line.EndsWith(Section, StringComparison.Ordinal);
        Assert.True(File.ReadAllLines(Path.Combine(PackedPackages.RepositoryRoot, Tutorial)).Any(IsTheSection), $"{Tutorial} has no section « {Section} ».");
        var block = MarkdownBlocks.Of(Tutorial).FirstOrDefault(b => b.Language == language && b.Before.Any(IsTheSection));
        Assert.True(block is not null, $"{Tutorial} has no ```{language} block in its tutorial.");
        return block.Text;
    }

    /// <summary>Step 4: the package's library into the content's <c>extensions/</c>, named in site.yml.</summary>
    private static void ExtractLibrary(string package, string library, string content)
    {
        Directory.CreateDirectory(Path.Combine(content, "extensions"));
        using (var zip = ZipFile.OpenRead(package))
        {
            zip.GetEntry("lib/net10.0/" + library)!.ExtractToFile(Path.Combine(content, "extensions", library));
        }

        File.AppendAllText(Path.Combine(content, "site.yml"), $"\nextensions:\n  - extensions/{library}\n");
    }

    /// <summary>The action « rénovation de son siège » of the default content, attached to one more term.</summary>
    private static void Tag(string content, string term)
    {
        var section = Path.Combine(content, "2024", "partie-2", "10-patrimoine.md");
        const string Heading = "{#renovation-du-siege avancement=lancement finalites=climat termes=pacte-vert:axe-1}";
        var text = File.ReadAllText(section);
        Assert.Contains(Heading, text, StringComparison.Ordinal);
        File.WriteAllText(section, text.Replace(Heading, Heading[..^1] + "," + term + "}", StringComparison.Ordinal));
    }
}
