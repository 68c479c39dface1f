using System.Text;

namespace Rdd.Packaging.Tests;

/// <summary>
/// A fresh console project, as <c>dotnet new console</c> makes it (implicit usings, nullable), that references the
/// packed Rdd.Domain through the packages' nuget.config, with warnings as errors.
/// </summary>
internal static class ConsoleProject
{
    /// <summary>Writes the project into <c>packages.Folder/name</c>, with that program, and returns its folder.</summary>
    public static string Create(PackedPackages packages, string name, string program)
    {
        var project = Path.Combine(packages.Folder, name);
        Directory.CreateDirectory(project);
        File.Copy(packages.NuGetConfig, Path.Combine(project, "nuget.config"));
        File.WriteAllText(Path.Combine(project, name + ".csproj"), $"""
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
        File.WriteAllText(Path.Combine(project, "Program.cs"), program, new UTF8Encoding(false));
        return project;
    }

    /// <summary>
    /// Builds the project, then runs it with these arguments in its folder. Built first: dotnet run would mix the
    /// build's output with the program's, and hand the build's switches to the program as its arguments.
    /// </summary>
    public static (ProcessResult Build, ProcessResult? Run) BuildAndRun(string project, params string[] arguments)
    {
        var build = DotnetProcess.Run(DotnetProcess.Dotnet, ["build", project, "-nodeReuse:false", "-p:UseSharedCompilation=false"], project);
        if (build.ExitCode != 0)
        {
            return (build, null);
        }

        return (build, DotnetProcess.Run(DotnetProcess.Dotnet, ["run", "--project", project, "--no-build", "--", .. arguments], project));
    }
}
