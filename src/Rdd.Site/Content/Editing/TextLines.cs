using System.Text;

namespace Rdd.Site.Content.Editing;

/// <summary>
/// A file's text cut into lines that keep their own line ending (« \n », « \r\n », « \r », or none for a last line
/// without one): joined back, they give the text byte for byte. Line n here is line n for the loader, which reads the
/// same text with its line endings made « \n ».
/// </summary>
internal sealed class TextLines
{
    private readonly List<string> _lines;

    /// <summary>Cuts <paramref name="text"/> into lines.</summary>
    /// <param name="text">The text.</param>
    public TextLines(string text)
    {
        _lines = [];
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                _lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            _lines.Add(text[start..]);
        }

        NewLine = _lines.Count > 0 && _lines[0].EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
    }

    /// <summary>The number of lines.</summary>
    public int Count => _lines.Count;

    /// <summary>The file's line ending (that of its first line), which new lines are given.</summary>
    public string NewLine { get; }

    /// <summary>Line <paramref name="index"/> (from 0), with its line ending.</summary>
    /// <param name="index">The line's index.</param>
    /// <returns>The line.</returns>
    public string this[int index] => _lines[index];

    /// <summary>Line <paramref name="index"/> without its line ending.</summary>
    /// <param name="index">The line's index, from 0.</param>
    /// <returns>The line's text.</returns>
    public string Content(int index) => _lines[index].TrimEnd('\r', '\n');

    /// <summary>Whether line <paramref name="index"/> holds nothing but spaces.</summary>
    /// <param name="index">The line's index, from 0.</param>
    /// <returns>Whether it is blank.</returns>
    public bool IsBlank(int index) => string.IsNullOrWhiteSpace(_lines[index]);

    /// <summary>Lines [<paramref name="from"/>, <paramref name="to"/>) as written.</summary>
    /// <param name="from">The first line's index.</param>
    /// <param name="to">One past the last line's index.</param>
    /// <returns>Their text, line endings included.</returns>
    public string Get(int from, int to)
    {
        var text = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            text.Append(_lines[i]);
        }

        return text.ToString();
    }

    /// <summary><paramref name="text"/>'s lines, each ended by the file's line ending.</summary>
    /// <param name="text">Text whose lines are separated by « \n ».</param>
    /// <returns>The text with the file's line endings, ending with one.</returns>
    public string Lines(string text) => string.Concat(text.Split('\n').Select(line => line.TrimEnd('\r') + NewLine));

    /// <summary>The text with lines [<paramref name="from"/>, <paramref name="to"/>) replaced by <paramref name="replacement"/>.</summary>
    /// <param name="from">The first line replaced.</param>
    /// <param name="to">One past the last line replaced.</param>
    /// <param name="replacement">The new lines, line endings included.</param>
    /// <returns>The new text.</returns>
    public string Replace(int from, int to, string replacement) => Get(0, from) + replacement + Get(to, Count);
}
