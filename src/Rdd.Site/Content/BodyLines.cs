namespace Rdd.Site.Content;

/// <summary>
/// The lines of a Markdown body, taken as pieces of the body rather than split apart: where each line starts is
/// recorded once, and a run of lines is cut out of the body when it is asked for.
/// </summary>
internal sealed class BodyLines
{
    private readonly string _body;

    /// <summary>Where each line starts and, last, one past the end of the body.</summary>
    private readonly int[] _starts;

    public BodyLines(string body)
    {
        _body = body;
        var starts = new List<int> { 0 };
        for (var newline = body.IndexOf('\n'); newline >= 0; newline = body.IndexOf('\n', newline + 1))
        {
            starts.Add(newline + 1);
        }

        starts.Add(body.Length + 1);
        _starts = starts.ToArray();
    }

    /// <summary>The number of lines.</summary>
    public int Count => _starts.Length - 1;

    /// <summary>Lines [<paramref name="from"/>, <paramref name="to"/>) joined by line feeds, as <c>string.Join('\n', lines[from..to])</c> would give them.</summary>
    public string Get(int from, int to) => to <= from ? string.Empty : _body[_starts[from]..(_starts[to] - 1)];

    /// <summary><c>Get(from, to).Trim()</c>, cut out of the body once instead of cut, then trimmed into a second copy.</summary>
    public string Trimmed(int from, int to)
    {
        if (to <= from)
        {
            return string.Empty;
        }

        var lines = _body.AsSpan(_starts[from], _starts[to] - 1 - _starts[from]);
        var trimmed = lines.Trim();
        return trimmed.Length == 0 ? string.Empty : _body.Substring(_starts[from] + (lines.Length - lines.TrimStart().Length), trimmed.Length);
    }

    /// <summary>The line that holds the character at <paramref name="offset"/> of the body.</summary>
    public int LineOf(int offset)
    {
        var index = Array.BinarySearch(_starts, offset);
        return Math.Max(0, index >= 0 ? index : ~index - 1);
    }
}
