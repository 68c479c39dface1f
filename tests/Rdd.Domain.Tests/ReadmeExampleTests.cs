namespace Rdd.Domain.Tests;

[CollectionDefinition(nameof(ReadmeExampleTests), DisableParallelization = true)]
public sealed class ConsoleCollection;

/// <summary>The READMEs' C# example is the compiled <see cref="ReadmeExample"/>, and it works.</summary>
[Collection(nameof(ReadmeExampleTests))]
public class ReadmeExampleTests
{
    private const string BeginMarker = "// readme:begin";
    private const string EndMarker = "// readme:end";

    private const string ReportJsonText = """
        {
          "authority": {
            "name": "Carcassonne Agglo",
            "kind": "intercommunality",
            "population": 115000
          },
          "year": 2024,
          "budgetYear": 2025
        }
        """;

    [Theory]
    [InlineData("src/Rdd.Domain/README.md")]
    [InlineData("README.md")]
    public void ReadmeExample_IsTheReadmeCode(string readme)
    {
        var example = ExampleLines();
        var blocks = CSharpBlocks(File.ReadAllLines(RepositoryFiles.PathOf(readme)));

        Assert.True(
            blocks.Any(block => block.SequenceEqual(example)),
            $"{readme} has no ```csharp block holding exactly the usings of tests/Rdd.Domain.Tests/ReadmeExample.cs, "
            + "then the lines between its readme markers (dedented). Copy them into the README:\n"
            + string.Join('\n', example));
    }

    [Fact]
    public void ReadmeExample_AReport_PrintsItsDiagnosticsAndItsObligation()
    {
        var (exitCode, text) = Run(ReportJsonText);

        Assert.Equal(1, exitCode);
        Assert.Contains("error RDD1001: La partie 1", text, StringComparison.Ordinal);
        Assert.Contains("la collectivité présente, préalablement aux débats sur le projet de budget 2025, un rapport", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadmeExample_MalformedJson_PrintsWhereAndReturnsOne()
    {
        var (exitCode, text) = Run("{\n  \"year\": \"deux mille\"\n}");

        Assert.Equal(1, exitCode);
        Assert.Matches(@"\.json\(2,[0-9]+\): error RDD1090: JSON du rapport illisible", text);
    }

    private static (int ExitCode, string Text) Run(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), "rdd-readme-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            return (ReadmeExample.Run([path]), output.ToString());
        }
        finally
        {
            Console.SetOut(console);
            File.Delete(path);
        }
    }

    /// <summary>The usings of ReadmeExample.cs, a blank line, then the lines between its markers, dedented: a whole program.</summary>
    private static List<string> ExampleLines()
    {
        var source = File.ReadAllLines(RepositoryFiles.PathOf("tests/Rdd.Domain.Tests/ReadmeExample.cs"));
        var begin = Array.FindIndex(source, l => l.Trim() == BeginMarker);
        var end = Array.FindIndex(source, l => l.Trim() == EndMarker);
        Assert.True(begin >= 0 && end > begin, "ReadmeExample.cs must hold the readme:begin and readme:end markers, in that order.");
        var lines = source[(begin + 1)..end];
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return [.. source.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal)), string.Empty, .. lines.Select(l => l.Trim().Length == 0 ? string.Empty : l[indent..])];
    }

    private static List<List<string>> CSharpBlocks(string[] readme)
    {
        var blocks = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in readme)
        {
            if (current is null && line.Trim() == "```csharp")
            {
                current = [];
            }
            else if (current is not null && line.Trim() == "```")
            {
                blocks.Add(current);
                current = null;
            }
            else
            {
                current?.Add(line.TrimEnd());
            }
        }

        return blocks;
    }
}
