namespace Rdd.Domain.Tests;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository's root: the nearest folder above the tests' output that holds <c>Rdd.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of a file given relative to the root, with forward slashes.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

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
}
