using System.Text.RegularExpressions;

namespace Rdd.Packaging.Tests;

/// <summary>
/// Packs Rdd.Domain, Rdd.Site.Abstractions, Rdd.Taxonomies.LeviersSgpe and Rdd.Site once for the tests of <see cref="PackageTests"/>, in Release, into a temporary folder,
/// with their own artifacts folder (the solution's Debug outputs stay untouched), and writes a nuget.config that reads
/// them first.
/// </summary>
public sealed partial class PackedPackages : IDisposable
{
    public PackedPackages()
        : this(["src/Rdd.Domain/Rdd.Domain.csproj", "src/Rdd.Site.Abstractions/Rdd.Site.Abstractions.csproj", "src/Rdd.Taxonomies.LeviersSgpe/Rdd.Taxonomies.LeviersSgpe.csproj", "src/Rdd.Site/Rdd.Site.csproj"])
    {
    }

    /// <summary>Packs only these projects (paths relative to the repository's root), for tests that need no more.</summary>
    internal PackedPackages(IReadOnlyList<string> projects)
    {
        Folder = Path.Combine(Path.GetTempPath(), "rdd-packaging-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Folder);
        Version = VersionPrefix().Match(File.ReadAllText(Path.Combine(RepositoryRoot, "Directory.Build.props"))).Groups[1].Value;
        foreach (var project in projects)
        {
            var pack = DotnetProcess.Run(DotnetProcess.Dotnet,
                ["pack", Path.Combine(RepositoryRoot, project), "-c", "Release", "-o", PackagesFolder, "--artifacts-path", Path.Combine(Folder, "artifacts"), "-nodeReuse:false", "-p:UseSharedCompilation=false"],
                RepositoryRoot, TimeSpan.FromMinutes(15));
            PackOutput += pack.Output;
            if (pack.ExitCode != 0)
            {
                PackFailure = $"dotnet pack {project} failed: {pack}";
                return;
            }
        }

        // The packages under test come from their folder only; everything else from the machine's cache, then nuget.org.
        // A global packages folder of its own keeps a stale Rdd.Domain of the same version out of the machine's cache.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom ? custom : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(NuGetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(Folder, "global-packages")}" />
              </config>
              <packageSources>
                <clear />
                <add key="rdd-local" value="{PackagesFolder}" />
                {(Directory.Exists(cache) ? $"<add key=\"machine-cache\" value=\"{cache}\" />" : string.Empty)}
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="rdd-local">
                  <package pattern="Rdd.*" />
                </packageSource>
                {(Directory.Exists(cache) ? "<packageSource key=\"machine-cache\"><package pattern=\"*\" /></packageSource>" : string.Empty)}
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
    }

    /// <summary>The repository's root: the nearest folder above the tests' output that holds <c>Rdd.sln</c>.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public string Folder { get; }

    public string PackagesFolder => Path.Combine(Folder, "packages");

    public string NuGetConfig => Path.Combine(Folder, "nuget.config");

    /// <summary>The version of every package, from Directory.Build.props.</summary>
    public string Version { get; }

    public string PackOutput { get; private set; } = string.Empty;

    public string? PackFailure { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Rdd.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Rdd.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex("<VersionPrefix>([^<]+)</VersionPrefix>")]
    private static partial Regex VersionPrefix();
}
