namespace Rdd.Site.Cli;

/// <summary>
/// The commands that messages print for the author to run next, written as they can be run as given: « rdd check
/// DOSSIER » once the tool is installed, « dotnet run --project src/Rdd.Site -- check DOSSIER » from the repository's
/// folder when rdd runs from its sources; the folder the author named is kept.
/// </summary>
internal static class PrintedCommand
{
    /// <summary>How rdd is run from the repository's folder, before the tool is installed.</summary>
    public const string FromSources = "dotnet run --project src/Rdd.Site --";

    /// <summary>Whether this rdd runs from the repository's sources (« dotnet run »), not as an installed tool.</summary>
    public static bool RunsFromSources { get; } = IsSourceBuild(AppContext.BaseDirectory);

    /// <summary>Whether a program folder is the build output of src/Rdd.Site (src/Rdd.Site/bin/…).</summary>
    /// <param name="baseDirectory">The program's folder.</param>
    /// <returns>True for a build from the sources.</returns>
    public static bool IsSourceBuild(string baseDirectory) =>
        baseDirectory.Replace('\\', '/').Contains("/src/Rdd.Site/bin/", StringComparison.Ordinal);

    /// <summary>The command line that runs <paramref name="verb"/> on <paramref name="folder"/>, as this rdd is run.</summary>
    /// <param name="verb">The verb (« check »).</param>
    /// <param name="folder">The content folder as the author named it.</param>
    /// <returns>« rdd check /tmp/x », or « dotnet run --project src/Rdd.Site -- check /tmp/x » from the sources.</returns>
    public static string Of(string verb, string folder) => Of(verb, folder, RunsFromSources);

    /// <inheritdoc cref="Of(string, string)"/>
    /// <param name="verb">The verb (« check »).</param>
    /// <param name="folder">The content folder as the author named it.</param>
    /// <param name="fromSources">Whether rdd runs from the repository's sources.</param>
    public static string Of(string verb, string folder, bool fromSources) =>
        $"{(fromSources ? FromSources : "rdd")} {verb} {Quote(folder.Replace('\\', '/'))}";

    /// <summary>The command line that runs <paramref name="verb"/> without a folder, as this rdd is run (« rdd schema »).</summary>
    /// <param name="verb">The verb.</param>
    /// <returns>The command line.</returns>
    public static string Of(string verb) => $"{(RunsFromSources ? FromSources : "rdd")} {verb}";

    /// <summary>Where the printed commands are to be run, said once after them; null for an installed tool.</summary>
    /// <param name="verb">The verb of the example given for the installed tool.</param>
    /// <param name="folder">The content folder as the author named it.</param>
    /// <param name="fromSources">Whether rdd runs from the repository's sources.</param>
    /// <returns>A French sentence, or null.</returns>
    public static string? Where(string verb, string folder, bool fromSources) => fromSources
        ? $"(à lancer depuis le dossier du dépôt Rdd ; une fois l'outil installé avec « dotnet tool install --global Rdd.Site », la commande s'écrit « {Of(verb, folder, fromSources: false)} »)"
        : null;

    /// <summary>A folder as a shell reads it: quoted when it holds a space or a quote.</summary>
    private static string Quote(string folder) =>
        folder.Length > 0 && !folder.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '$' or '`' or '\\' or '&' or ';' or '|' or '(' or ')' or '*' or '?')
            ? folder
            : "'" + folder.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
