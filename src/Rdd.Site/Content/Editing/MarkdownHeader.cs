namespace Rdd.Site.Content.Editing;

/// <summary>
/// The front matter of a Markdown file that is not a section (a part's partie.md, a text): a key set minimally
/// (<see cref="FrontMatterEditor"/>), or, in a file without front matter, a front matter added above its text.
/// </summary>
internal static class MarkdownHeader
{
    /// <summary>A new Markdown file with only a front matter holding its title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>« ---\ntitre: …\n---\n ».</returns>
    public static string NewFile(string title) => "---\ntitre: " + YamlScalars.Text(title) + "\n---\n";

    /// <summary>The text with <paramref name="key"/> of its front matter set to <paramref name="value"/>; every other line kept.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">Its value; absent to remove the key.</param>
    /// <returns>The new text.</returns>
    public static string Set(string text, string key, HeaderValue value)
    {
        var lines = new TextLines(text);
        var close = lines.Count > 0 && lines.Content(0).TrimStart('\uFEFF') == "---"
            ? Enumerable.Range(1, lines.Count - 1).FirstOrDefault(i => lines.Content(i).TrimEnd() is "---" or "...", -1)
            : -1;
        if (close < 0)
        {
            var front = new FrontMatterEditor(string.Empty, lines.NewLine);
            front.Set(key, value);
            return "---" + lines.NewLine + front.Text + "---" + lines.NewLine + (text.Length == 0 ? string.Empty : lines.NewLine + text.TrimStart('\uFEFF'));
        }

        var editor = new FrontMatterEditor(lines.Get(1, close), lines.NewLine);
        editor.Set(key, value);
        return lines.Replace(1, close, editor.Text);
    }
}
