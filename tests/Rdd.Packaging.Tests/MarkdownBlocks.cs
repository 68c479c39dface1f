namespace Rdd.Packaging.Tests;

/// <summary>The fenced code blocks of a Markdown page of the repository, which the tests compile and run.</summary>
internal static class MarkdownBlocks
{
    /// <summary>The page's fenced blocks, in order.</summary>
    /// <param name="page">The page's path from the repository's root.</param>
    public static IReadOnlyList<FencedBlock> Of(string page)
    {
        var lines = File.ReadAllLines(Path.Combine(PackedPackages.RepositoryRoot, page));
        var blocks = new List<FencedBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
            Assert.True(end > i, $"{page}: the block at line {i + 1} is not closed.");
            blocks.Add(new FencedBlock(lines[i].Trim()[3..].Trim(), string.Join('\n', lines[(i + 1)..end]) + "\n", i + 1, lines[..i]));
            i = end;
        }

        return blocks;
    }
}

/// <summary>A fenced block: its language, its text (ending with a new line), the line of its opening fence, and the lines before it.</summary>
internal sealed record FencedBlock(string Language, string Text, int Line, IReadOnlyList<string> Before)
{
    /// <summary>The title of the last <c>## </c> section the block is in, or null.</summary>
    public string? Section => Before.LastOrDefault(l => l.StartsWith("## ", StringComparison.Ordinal))?[3..].Trim();
}
