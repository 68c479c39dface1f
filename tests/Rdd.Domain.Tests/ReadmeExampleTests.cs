namespace Rdd.Domain.Tests;

[CollectionDefinition(nameof(ReadmeExampleTests), DisableParallelization = true)]
public sealed class ConsoleCollection;

/// <summary>The README's C# example is the compiled <see cref="ReadmeExample"/>, and it works.</summary>
[Collection(nameof(ReadmeExampleTests))]
public class ReadmeExampleTests
{
    private const string BeginMarker = "// readme:begin";
    private const string EndMarker = "// readme:end";

    [Fact]
    public void ReadmeExample_IsTheReadmeCode()
    {
        var example = ExampleLines();
        var blocks = CSharpBlocks(File.ReadAllLines(RepositoryFiles.PathOf("README.md")));

        Assert.True(
            blocks.Any(block => block.SequenceEqual(example)),
            "README.md has no ```csharp block holding exactly the lines between the readme markers of "
            + "tests/Rdd.Domain.Tests/ReadmeExample.cs (dedented). Copy them into the README:\n"
            + string.Join('\n', example));
    }

    [Fact]
    public void ReadmeExample_PrintsTheObligationItsLegalBasesTheDiagnosticsAndTheJson()
    {
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            ReadmeExample.Run();
        }
        finally
        {
            Console.SetOut(console);
        }

        var text = output.ToString();
        Assert.Contains("la collectivité présente, préalablement aux débats sur le projet de budget 2025, un rapport", text, StringComparison.Ordinal);
        Assert.Contains("- CGCT, art. L2311-1-1 : ", text, StringComparison.Ordinal);
        Assert.Contains("error RDD", text, StringComparison.Ordinal);
        Assert.Contains("\"$schema\": \"rapport.schema.json\"", text, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"intercommunality\"", text, StringComparison.Ordinal);
    }

    private static List<string> ExampleLines()
    {
        var source = File.ReadAllLines(RepositoryFiles.PathOf("tests/Rdd.Domain.Tests/ReadmeExample.cs"));
        var begin = Array.FindIndex(source, l => l.Trim() == BeginMarker);
        var end = Array.FindIndex(source, l => l.Trim() == EndMarker);
        Assert.True(begin >= 0 && end > begin, "ReadmeExample.cs must hold the readme:begin and readme:end markers, in that order.");
        var lines = source[(begin + 1)..end];
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return [.. lines.Select(l => l.Trim().Length == 0 ? string.Empty : l[indent..])];
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
