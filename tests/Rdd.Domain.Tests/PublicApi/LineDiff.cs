using System.Text;

namespace Rdd.Domain.Tests.PublicApi;

/// <summary>A readable line diff (« - » approved only, « + » actual only) from the longest common subsequence of lines.</summary>
internal static class LineDiff
{
    public static string Describe(string expected, string actual, int limit = 80)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var output = new StringBuilder();
        var shown = 0;
        int x = 0, y = 0;
        while ((x < a.Length || y < b.Length) && shown < limit)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                output.Append("- ").Append(a[x++]).Append('\n');
                shown++;
            }
            else
            {
                output.Append("+ ").Append(b[y++]).Append('\n');
                shown++;
            }
        }

        return shown == limit ? output.Append("… (more differences)\n").ToString() : output.ToString();
    }
}
