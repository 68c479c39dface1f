namespace Rdd.Site.Serve;

/// <summary>Finds the Chromium (or Chrome) executable.</summary>
internal static class Chromium
{
    /// <summary>The names looked for in the PATH, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["chromium", "chromium-browser", "chrome", "google-chrome", "google-chrome-stable", "msedge"];

    /// <summary>Where Windows installs Chrome and Edge, under Program Files.</summary>
    private static readonly string[] WindowsPaths = [@"Google\Chrome\Application\chrome.exe", @"Microsoft\Edge\Application\msedge.exe"];

    /// <summary>Says, in French, that Chromium is missing, how to install it and where rdd looks for it.</summary>
    /// <param name="error">The error output.</param>
    /// <param name="purpose">What the command does with Chromium (« rdd pdf imprime le rapport »).</param>
    public static void ReportMissing(TextWriter error, string purpose)
    {
        error.WriteLine($"rdd : Chromium est introuvable. {purpose} avec Chromium (ou Google Chrome, ou Microsoft Edge) sans fenêtre ;");
        error.WriteLine("installez-le, par exemple sous Debian ou Ubuntu : sudo apt-get install chromium");
        error.WriteLine("(rdd le cherche dans /usr/bin/chromium, puis sous les noms chromium, chromium-browser, chrome, google-chrome et msedge dans le PATH, et là où Windows installe Chrome et Edge ; la variable RDD_CHROMIUM peut donner son chemin).");
    }

    /// <summary>The executable: $RDD_CHROMIUM, /usr/bin/chromium, the first of <see cref="Names"/> in the PATH, or Chrome or Edge where Windows installs them.</summary>
    /// <returns>Its full path, or null when none is installed.</returns>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("RDD_CHROMIUM") is { Length: > 0 } given)
        {
            return File.Exists(given) ? Path.GetFullPath(given) : null;
        }

        if (File.Exists("/usr/bin/chromium"))
        {
            return "/usr/bin/chromium";
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var extensions = OperatingSystem.IsWindows() ? [".exe", string.Empty] : new[] { string.Empty };
        var programs = OperatingSystem.IsWindows()
            ? new[] { "ProgramFiles", "ProgramFiles(x86)", "LocalAppData" }.Select(Environment.GetEnvironmentVariable).OfType<string>()
                .SelectMany(folder => WindowsPaths.Select(path => Path.Combine(folder, path)))
            : [];
        return Names
            .SelectMany(name => folders.SelectMany(folder => extensions.Select(extension => Path.Combine(folder, name + extension))))
            .Concat(programs)
            .FirstOrDefault(File.Exists);
    }
}
