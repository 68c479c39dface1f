namespace Rdd.Site.Tests.Content.Editing;

/// <summary>Which lines of a file an edit changed: what the editor's properties compare with the lines of the element edited.</summary>
internal static class LineDiff
{
    /// <summary>The first and last lines (from 1) of <paramref name="before"/> that differ from <paramref name="after"/>, by the longest common start and end; First &gt; Last when none do.</summary>
    public static (int First, int Last) Changed(string before, string after)
    {
        var old = before.Split('\n');
        var now = after.Split('\n');
        var prefix = 0;
        while (prefix < old.Length && prefix < now.Length && old[prefix] == now[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < old.Length - prefix && suffix < now.Length - prefix && old[^(suffix + 1)] == now[^(suffix + 1)])
        {
            suffix++;
        }

        return (prefix + 1, old.Length - suffix);
    }
}
