using YamlDotNet.RepresentationModel;

namespace Rdd.Site.Tests.Cli;

/// <summary><c>rdd new --ci github|gitlab</c>: a pipeline that parses as YAML and whose every rdd command line rdd accepts.</summary>
public sealed class NewCommandCiTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rdd-new-ci-tests", Guid.NewGuid().ToString("N"));

    private string Repository => Path.Combine(_root, "depot");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Rdd.Site.Cli.RddCommand.Run(args, new Rdd.Site.Cli.Console(output, error));
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("github", ".github/workflows/rdd.yml", "${{ github.event.repository.name }}")]
    [InlineData("gitlab", ".gitlab-ci.yml", "$CI_PROJECT_NAME")]
    public void New_Ci_WritesAPipelineWhoseRddCommandsRddAcceptsOnTheNewFolder(string ci, string path, string projectName)
    {
        var (code, _, _) = Run("new", Repository, "--name", "Ville de Belval", "--kind", "commune", "--population", "58000", "--year", "2025", "--ci", ci);

        Assert.Equal(0, code);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Repository, path))));
        var commands = Scalars(yaml.Documents.Single().RootNode)
            .SelectMany(s => s.Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("rdd ", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(["check", "build"], commands.Select(c => c.Split(' ')[1]));
        foreach (var command in commands)
        {
            // Run from the repository's root, which is the folder rdd new created; the project is named « depot ».
            var args = command.Replace(projectName, "depot", StringComparison.Ordinal).Split(' ')[1..]
                .Select(a => a == "." || a.StartsWith("../", StringComparison.Ordinal) ? Path.GetFullPath(Path.Combine(Repository, a)) : a)
                .ToArray();
            var (exit, output, error) = Run(args);
            Assert.True(args[0] == "check" ? exit is 0 or 1 : exit == 0, $"{command} : {exit}\n{output}\n{error}");
        }

        Assert.Contains("/depot/", File.ReadAllText(Path.Combine(_root, ci == "github" ? "_site" : "public", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void New_WithoutCi_WritesNoPipeline()
    {
        Run("new", Repository, "--name", "Ville de Belval", "--kind", "commune", "--population", "58000", "--year", "2025");

        Assert.False(Directory.Exists(Path.Combine(Repository, ".github")));
        Assert.False(File.Exists(Path.Combine(Repository, ".gitlab-ci.yml")));
    }

    [Fact]
    public void New_UnknownCi_IsAUsageErrorInFrenchAndWritesNothing()
    {
        var (code, _, error) = Run("new", Repository, "--name", "Ville de Belval", "--kind", "commune", "--population", "58000", "--ci", "jenkins");

        Assert.Equal(2, code);
        Assert.Contains("Publication automatique inconnue « jenkins » : github ou gitlab.", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Repository));
    }

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? string.Empty],
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars),
        YamlMappingNode mapping => mapping.Children.SelectMany(p => Scalars(p.Key).Concat(Scalars(p.Value))),
        _ => [],
    };
}
