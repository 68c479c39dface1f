using Rdd.Site.Cli;

namespace Rdd.Site.Tests.Cli;

/// <summary>
/// The native rdd hands the commands that need extensions to the portable one it carries: which commands, and where
/// it finds dotnet. The hand-off itself is tested on the installed tool (Rdd.Packaging.Tests).
/// </summary>
public sealed class PortableRuntimeTests
{
    private static readonly HashSet<string> Valued = new(StringComparer.Ordinal) { "o", "output", "extension", "format", "f" };

    [Fact]
    public void IsNative_InTheTestHost_IsFalse()
    {
        // Tests run the portable (JIT-compiled) rdd, which loads extensions itself.
        Assert.False(PortableRuntime.IsNative);
    }

    [Fact]
    public void NeedsExtensions_SiteYmlNamesOne_IsTrueForCommandsThatReadTheContent()
    {
        using var content = new TempContent();
        content.Edit("site.yml", text => text + "\nextensions:\n  - extensions/Eau.dll\n");

        foreach (var verb in new[] { "check", "build", "serve", "export", "pdf" })
        {
            Assert.True(PortableRuntime.NeedsExtensions(Parse(verb, content.Root)), verb);
        }

        Assert.False(PortableRuntime.NeedsExtensions(Parse("schema")));
        Assert.False(PortableRuntime.NeedsExtensions(Parse("docs")));
    }

    [Fact]
    public void NeedsExtensions_SiteWithout_IsFalse()
    {
        using var content = new TempContent();

        Assert.False(PortableRuntime.NeedsExtensions(Parse("build", content.Root)));
        Assert.False(PortableRuntime.NeedsExtensions(Parse("check", Path.Combine(content.Root, "absent"))));
    }

    [Fact]
    public void NeedsExtensions_ExtensionOption_IsTrue()
    {
        using var content = new TempContent();

        Assert.True(PortableRuntime.NeedsExtensions(Parse("check", content.Root, "--extension", "Eau.dll")));
    }

    [Fact]
    public void NeedsExtensions_MalformedSiteYml_IsFalseAndLeavesTheErrorToTheCommand()
    {
        using var content = new TempContent();
        content.Write("site.yml", "collectivite: [pas fermé\n");

        Assert.False(PortableRuntime.NeedsExtensions(Parse("build", content.Root)));
    }

    [Fact]
    public void FindDotnet_Candidates_AreTheHostPathThenDotnetRootThenThePath()
    {
        var files = new HashSet<string>(StringComparer.Ordinal) { "/opt/hote/dotnet", "/opt/racine/dotnet", "/opt/chemin/dotnet" };
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["DOTNET_HOST_PATH"] = "/opt/hote/dotnet",
            ["DOTNET_ROOT"] = "/opt/racine",
            ["PATH"] = "/usr/bin:/opt/chemin",
        };

        Assert.Equal("/opt/hote/dotnet", PortableRuntime.FindDotnet(Read(variables), files.Contains));
        variables["DOTNET_HOST_PATH"] = null;
        Assert.Equal("/opt/racine/dotnet", PortableRuntime.FindDotnet(Read(variables), files.Contains));
        variables["DOTNET_ROOT"] = null;
        Assert.Equal("/opt/chemin/dotnet", PortableRuntime.FindDotnet(Read(variables), files.Contains));
        files.Clear();
        Assert.Null(PortableRuntime.FindDotnet(Read(variables), files.Contains));
    }

    private static Arguments Parse(params string[] args)
    {
        var arguments = Arguments.Parse(args, Valued, out var error);
        Assert.Null(error);
        return arguments;
    }

    private static Func<string, string?> Read(Dictionary<string, string?> variables) => name => variables.GetValueOrDefault(name);
}
