using System.Diagnostics;
using Rdd.Site.Content;

namespace Rdd.Site.Cli;

/// <summary>
/// The rdd tool on Linux x64 is compiled ahead of time to native code, which cannot load extension assemblies. Its
/// package carries the portable rdd beside it (folder <see cref="Folder"/>); a command that needs extensions (declared
/// in site.yml, or given with <c>--extension</c>) is handed whole to that one, run by the machine's <c>dotnet</c>.
/// </summary>
internal static class PortableRuntime
{
    /// <summary>The folder of the portable rdd, beside the native executable.</summary>
    public const string Folder = "portable";

    /// <summary>The verbs that read the content and so may load its extensions, and <c>referentiels</c>, which loads those it is given.</summary>
    private static readonly HashSet<string> ContentVerbs = new(StringComparer.Ordinal) { "check", "build", "serve", "export", "pdf", "referentiels" };

    /// <summary>Whether this rdd is the native one, which cannot load extension assemblies.</summary>
    public static bool IsNative => !Extensions.ExtensionLoader.CanLoadAssemblies;

    /// <summary>Whether a command needs extensions: it reads a content folder whose site.yml names some, or is given <c>--extension</c>.</summary>
    /// <param name="arguments">The command line.</param>
    /// <returns>True when the command must run where assemblies can be loaded.</returns>
    public static bool NeedsExtensions(Arguments arguments)
    {
        if (arguments.Verb is null || !ContentVerbs.Contains(arguments.Verb))
        {
            return false;
        }

        if (Arguments.List(arguments.Option("extension")).Count > 0)
        {
            return true;
        }

        var root = arguments.Positional.Count == 1 ? arguments.Positional[0] : "content";
        return ContentLoader.DeclaresExtensions(root);
    }

    /// <summary>Runs the command with the portable rdd and returns its exit code; its output goes straight to this one's.</summary>
    /// <param name="args">The command line, as given.</param>
    /// <param name="console">Where to explain a failure.</param>
    /// <returns>The portable rdd's exit code.</returns>
    public static int Run(IReadOnlyList<string> args, Console console)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, Folder, "Rdd.Site.dll");
        if (!File.Exists(assembly))
        {
            console.Error.WriteLine($"rdd : ce site charge des extensions, que cette version de rdd, compilée pour ce système, ne peut pas charger ; sa version portable, qui le peut, manque ({assembly}). Réinstallez l'outil : dotnet tool update -g Rdd.Site.");
            return ExitCodes.Usage;
        }

        var dotnet = FindDotnet(Environment.GetEnvironmentVariable, File.Exists);
        if (dotnet is null)
        {
            console.Error.WriteLine("rdd : ce site charge des extensions, qui demandent le runtime .NET 10 : la commande « dotnet » est introuvable (ni DOTNET_HOST_PATH, ni DOTNET_ROOT, ni le PATH ne la donnent). Installez .NET 10 ou ajoutez-le au PATH.");
            return ExitCodes.Usage;
        }

        var start = new ProcessStartInfo(dotnet) { UseShellExecute = false };
        start.ArgumentList.Add(assembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            console.Error.WriteLine($"rdd : la version portable de rdd, qui charge les extensions, n'a pas pu être lancée ({dotnet}) : {e.Message}");
            return ExitCodes.Usage;
        }
    }

    /// <summary>
    /// The <c>dotnet</c> executable: <c>DOTNET_HOST_PATH</c>, then <c>DOTNET_ROOT</c>, then the folders of <c>PATH</c>,
    /// then the usual installation folders; null when none has it.
    /// </summary>
    /// <param name="variable">Reads an environment variable.</param>
    /// <param name="exists">Whether a file exists.</param>
    /// <returns>Its full path, or null.</returns>
    public static string? FindDotnet(Func<string, string?> variable, Func<string, bool> exists)
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var candidates = new List<string>();
        if (variable("DOTNET_HOST_PATH") is { Length: > 0 } host)
        {
            candidates.Add(host);
        }

        if (variable("DOTNET_ROOT") is { Length: > 0 } root)
        {
            candidates.Add(Path.Combine(root, name));
        }

        foreach (var folder in (variable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            candidates.Add(Path.Combine(folder, name));
        }

        if (variable("HOME") is { Length: > 0 } home)
        {
            candidates.Add(Path.Combine(home, ".dotnet", name));
        }

        candidates.Add(Path.Combine("/usr/share/dotnet", name));
        candidates.Add(Path.Combine("/usr/lib/dotnet", name));
        return candidates.FirstOrDefault(exists);
    }
}
