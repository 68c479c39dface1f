namespace Rdd.Site.Cli;

/// <summary>
/// The content folder <c>rdd</c> without a command opens: the one given, else <c>content</c> in the current folder,
/// else <c>content</c> beside the executable (where a downloaded rdd started with a double-click finds the report it
/// created). A content folder is one that holds <c>site.yml</c>. When none exists yet, the welcome page creates it:
/// where it was given (a new or empty folder), else beside the executable.
/// </summary>
/// <param name="Root">The content folder's full path.</param>
/// <param name="Exists">Whether it holds a report already (the editor opens) or is to be created (the welcome page opens).</param>
internal sealed record ContentLocation(string Root, bool Exists)
{
    /// <summary>The name of the content folder looked for.</summary>
    public const string FolderName = "content";

    /// <summary>Finds the content folder.</summary>
    /// <param name="given">The folder given on the command line, or null.</param>
    /// <param name="currentDirectory">The current folder.</param>
    /// <param name="executableDirectory">The folder of the rdd executable.</param>
    /// <returns>Where the content is, or is to be created.</returns>
    public static ContentLocation Find(string? given, string currentDirectory, string executableDirectory)
    {
        if (given is not null)
        {
            var full = Path.GetFullPath(given, currentDirectory);
            return new(full, IsContent(full));
        }

        var candidates = new[] { Path.Combine(currentDirectory, FolderName), Path.Combine(executableDirectory, FolderName) };
        return candidates.FirstOrDefault(IsContent) is { } found
            ? new(Path.GetFullPath(found), true)
            : new(Path.GetFullPath(candidates[1]), false);
    }

    private static bool IsContent(string folder) => File.Exists(Path.Combine(folder, "site.yml"));

    /// <summary>The log file of an rdd started without a terminal: <c>rdd.log</c>, beside the content folder.</summary>
    public string LogFile => Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Root)) ?? Root, "rdd.log");
}
