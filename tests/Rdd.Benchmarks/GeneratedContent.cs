using System.Globalization;
using Rdd.ContentGenerator;
using Rdd.Domain.Reports;
using Rdd.Site.Content;

namespace Rdd.Benchmarks;

/// <summary>Synthetic content folders of N actions, generated once per process under the temporary folder.</summary>
public static class GeneratedContent
{
    /// <summary>The folder holding the content of <paramref name="actions"/> actions, written when missing.</summary>
    /// <param name="actions">The number of actions.</param>
    /// <returns>The content folder.</returns>
    public static string Folder(int actions)
    {
        var root = Path.Combine(Path.GetTempPath(), "rdd-benchmarks", "contenu-" + actions.ToString(CultureInfo.InvariantCulture) + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        if (!Directory.Exists(root))
        {
            SyntheticContent.Create(actions).WriteContent(root);
        }

        return root;
    }

    /// <summary>The report of <paramref name="actions"/> actions, read from its generated folder.</summary>
    /// <param name="actions">The number of actions.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOperationException">The generated content has errors.</exception>
    public static Report Report(int actions)
    {
        var content = ContentLoader.Load(Folder(actions));
        return content.Latest?.Report ?? throw new InvalidOperationException("The generated content could not be read.");
    }

    /// <summary>Removes the folders this process generated.</summary>
    public static void Clean()
    {
        var root = Path.Combine(Path.GetTempPath(), "rdd-benchmarks");
        if (!Directory.Exists(root))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(root, "contenu-*-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture)))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The repository's default content folder (<c>content/</c>), found by walking up to <c>Rdd.sln</c>; RDD_CONTENT overrides it.</summary>
    /// <returns>The folder.</returns>
    /// <exception cref="DirectoryNotFoundException">The repository was not found.</exception>
    public static string DefaultContent()
    {
        if (Environment.GetEnvironmentVariable("RDD_CONTENT") is { Length: > 0 } overridden)
        {
            return overridden;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Rdd.sln")))
            {
                return Path.Combine(folder.FullName, "content");
            }
        }

        throw new DirectoryNotFoundException("Rdd.sln not found above " + AppContext.BaseDirectory + "; set RDD_CONTENT.");
    }
}
