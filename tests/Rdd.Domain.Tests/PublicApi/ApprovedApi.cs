using System.Reflection;
using PublicApiGenerator;

namespace Rdd.Domain.Tests.PublicApi;

/// <summary>
/// The public API of a package, compared with the approved text committed beside its test. Shared by the tests of
/// Rdd.Domain and of Rdd.Site.Abstractions (linked into Rdd.Site.Tests with <see cref="LineDiff"/>).
/// </summary>
internal static class ApprovedApi
{
    /// <summary>Fails unless the public API of <paramref name="assembly"/> is the text of <paramref name="approvedPath"/>; with <c>RDD_UPDATE_API=1</c>, writes it there first.</summary>
    /// <param name="assembly">The package's assembly.</param>
    /// <param name="approvedPath">The full path of the approved file.</param>
    /// <param name="updateCommand">The command that updates the file, shown when it differs.</param>
    public static void AssertApproved(Assembly assembly, string approvedPath, string updateCommand)
    {
        var actual = Normalize(assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] }));
        if (Environment.GetEnvironmentVariable("RDD_UPDATE_API") == "1")
        {
            File.WriteAllText(approvedPath, actual);
        }

        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : string.Empty;
        Assert.True(approved == actual,
            $"The public API of {assembly.GetName().Name} differs from {Path.GetFileName(approvedPath)}:\n{LineDiff.Describe(approved, actual)}\n"
            + $"If the change is intended, update the file with: {updateCommand}, "
            + "then review and commit it (a removed or changed member breaks the package's users: change the version accordingly).");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
}
