using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Rdd.Domain.Reports;
using Rdd.Domain.Validation;

namespace Rdd.Site.Content.Editing;

/// <summary>
/// A section file's text, read by the loader's own <see cref="SectionReader"/> (its model and where each action's
/// heading is), and the new texts of the edits the editor makes to it: each replaces, inserts or removes only the
/// lines of the element it changes; every other line — the front matter, the introduction, comments, blank lines,
/// line endings, the other actions — is kept byte for byte.
/// </summary>
internal sealed partial class SectionText
{
    private readonly TextLines _lines;

    /// <summary>Each action's lines: its heading, its text, and the blank lines after it up to the next action.</summary>
    private readonly List<ActionBlock> _blocks;

    private SectionText(string path, string text, Section? section, IReadOnlyList<Diagnostic> diagnostics, List<ActionBlock> blocks, int frontMatterEnd)
    {
        Path = path;
        Text = text;
        Section = section;
        Diagnostics = diagnostics;
        _lines = new TextLines(text);
        _blocks = blocks;
        FrontMatterEnd = frontMatterEnd;
    }

    /// <summary>The file's path in the content folder.</summary>
    public string Path { get; }

    /// <summary>The text, as written.</summary>
    public string Text { get; }

    /// <summary>The section as the loader reads it; null when the file could not be read.</summary>
    public Section? Section { get; }

    /// <summary>What reading it reported.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The index of the line that closes the front matter (« --- »); -1 when the file has none.</summary>
    internal int FrontMatterEnd { get; }

    [GeneratedRegex(@"^ {0,3}(=+|-+)[ \t]*$")]
    private static partial Regex SetextUnderline();

    /// <summary>Reads <paramref name="text"/> as the section file <paramref name="path"/>.</summary>
    /// <param name="root">The content folder (the loader checks the images the text shows).</param>
    /// <param name="path">The file's path in the content folder.</param>
    /// <param name="text">Its text, as written (a byte-order mark and any line endings).</param>
    /// <returns>The section's text and model.</returns>
    public static SectionText Read(string root, string path, string text)
    {
        var bag = new DiagnosticBag();
        var headings = new List<(string Id, int Line)>();
        var source = new SourceText(path, text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
        var section = SectionReader.Read(
            source,
            ContentLoader.SlugOfFile(System.IO.Path.GetFileName(path)),
            bag,
            (element, location) =>
            {
                if (element.Kind == ElementKind.Action && element.Attribute is null)
                {
                    headings.Add((element.Id, location.Line));
                }
            },
            root,
            new HashSet<string>(StringComparer.Ordinal));
        var lines = new TextLines(text);
        var blocks = new List<ActionBlock>();
        for (var i = 0; i < headings.Count; i++)
        {
            var start = headings[i].Line - 1;
            var end = i + 1 < headings.Count ? headings[i + 1].Line - 1 : lines.Count;
            var headingEnd = start + 1 < end && !lines.Content(start).TrimStart().StartsWith('#') && SetextUnderline().IsMatch(lines.Content(start + 1)) ? start + 2 : start + 1;
            var contentEnd = end;
            while (contentEnd > headingEnd && lines.IsBlank(contentEnd - 1))
            {
                contentEnd--;
            }

            blocks.Add(new ActionBlock(headings[i].Id, start, headingEnd, contentEnd, end));
        }

        return new SectionText(path, text, section, bag.Items, blocks, FrontMatterClose(lines));
    }

    /// <summary>The action <paramref name="id"/> as read; null when the section has none of that id.</summary>
    /// <param name="id">The action's id.</param>
    /// <returns>The action.</returns>
    public ReportAction? Action(string id) => Section?.Actions.FirstOrDefault(a => a.Id == id);

    /// <summary>The lines of action <paramref name="id"/> (from 1): its heading to the last line of its text.</summary>
    /// <param name="id">The action's id.</param>
    /// <returns>The first and last lines; null when the section has no such action.</returns>
    public (int First, int Last)? LinesOf(string id) => Block(id) is { } block ? (block.Start + 1, Math.Max(block.Start + 1, block.ContentEnd)) : null;

    /// <summary>
    /// The text with action <paramref name="id"/> replaced by <paramref name="edited"/>: its heading line rewritten when
    /// its title or attributes changed, its text when its text changed; the blank lines around it kept.
    /// </summary>
    /// <param name="id">The action's id.</param>
    /// <param name="edited">The action as it should read.</param>
    /// <returns>The new text.</returns>
    /// <exception cref="ArgumentException">The section has no action <paramref name="id"/>.</exception>
    public string EditAction(string id, ReportAction edited)
    {
        var block = Block(id) ?? throw new ArgumentException($"The section has no action « {id} ».", nameof(id));
        var current = Action(id)!;
        var heading = SameHeading(current, edited) ? Ended(_lines.Get(block.Start, block.HeadingEnd), edited.Body.Length > 0) : _lines.Lines(ActionHeading.Format(_lines.Content(block.Start), current, edited));
        if (edited.Body == current.Body)
        {
            return _lines.Replace(block.Start, block.HeadingEnd, heading);
        }

        var gapEnd = block.HeadingEnd;
        while (gapEnd < block.ContentEnd && _lines.IsBlank(gapEnd))
        {
            gapEnd++;
        }

        var gap = gapEnd > block.HeadingEnd ? _lines.Get(block.HeadingEnd, gapEnd) : _lines.NewLine;
        var body = edited.Body.Length == 0 ? string.Empty : gap + BodyLines(edited.Body, block.ContentEnd == _lines.Count);
        return _lines.Replace(block.Start, block.ContentEnd, heading + body);
    }

    /// <summary>
    /// The text with <paramref name="action"/> added after action <paramref name="afterId"/>, or at the end of the
    /// section when null, separated from what precedes it by a blank line.
    /// </summary>
    /// <param name="action">The new action (its id already unique in the report).</param>
    /// <param name="afterId">The action it follows; null for the end of the section.</param>
    /// <returns>The new text.</returns>
    /// <exception cref="ArgumentException">The section has no action <paramref name="afterId"/>.</exception>
    public string AddAction(ReportAction action, string? afterId = null)
    {
        var written = _lines.Lines(ActionHeading.Format(action)) + (action.Body.Length == 0 ? string.Empty : _lines.NewLine + _lines.Lines(action.Body));
        if (afterId is null)
        {
            return AppendAtEnd(written);
        }

        var block = Block(afterId) ?? throw new ArgumentException($"The section has no action « {afterId} ».", nameof(afterId));
        if (block.End < _lines.Count)
        {
            // Between two actions: after the first one's text, before the blank lines that end it.
            return _lines.Replace(block.ContentEnd, block.ContentEnd, _lines.NewLine + written);
        }

        return AppendAtEnd(written);
    }

    /// <summary>The text without action <paramref name="id"/> (its heading, its text and the blank lines after it).</summary>
    /// <param name="id">The action's id.</param>
    /// <returns>The new text.</returns>
    /// <exception cref="ArgumentException">The section has no action <paramref name="id"/>.</exception>
    public string DeleteAction(string id)
    {
        var block = Block(id) ?? throw new ArgumentException($"The section has no action « {id} ».", nameof(id));
        return _lines.Replace(block.Start, block.End, string.Empty);
    }

    /// <summary>
    /// The text with action <paramref name="id"/> swapped with the one before it (<paramref name="down"/> false) or
    /// after it: the two actions' lines change places, the blank lines between them stay.
    /// </summary>
    /// <param name="id">The action's id.</param>
    /// <param name="down">Whether it goes down.</param>
    /// <returns>The new text; the text itself when the action is already first (or last).</returns>
    /// <exception cref="ArgumentException">The section has no action <paramref name="id"/>.</exception>
    public string MoveAction(string id, bool down)
    {
        var index = _blocks.FindIndex(b => b.Id == id);
        if (index < 0)
        {
            throw new ArgumentException($"The section has no action « {id} ».", nameof(id));
        }

        var other = down ? index + 1 : index - 1;
        if (other < 0 || other >= _blocks.Count)
        {
            return Text;
        }

        var (first, second) = down ? (_blocks[index], _blocks[other]) : (_blocks[other], _blocks[index]);
        var firstText = Content(first, ensureEnding: true);
        var secondText = Content(second, ensureEnding: true);
        var afterSecond = second.End == _lines.Count && !_lines[second.ContentEnd - 1].EndsWith('\n') && !_lines[second.ContentEnd - 1].EndsWith('\r');
        var moved = secondText + _lines.Get(first.ContentEnd, first.End) + (afterSecond ? firstText.TrimEnd('\r', '\n') : firstText);
        return _lines.Replace(first.Start, second.ContentEnd, moved);
    }

    /// <summary>The lines of action <paramref name="id"/> as written (its heading and text), to move it to another section.</summary>
    /// <param name="id">The action's id.</param>
    /// <returns>Its text, with a line ending after its last line.</returns>
    /// <exception cref="ArgumentException">The section has no action <paramref name="id"/>.</exception>
    public string ActionLines(string id) => Content(Block(id) ?? throw new ArgumentException($"The section has no action « {id} ».", nameof(id)), ensureEnding: true);

    /// <summary>The text with <paramref name="lines"/> (an action from another section, as written) added at the end.</summary>
    /// <param name="lines">The action's lines.</param>
    /// <returns>The new text.</returns>
    public string AppendActionLines(string lines) => AppendAtEnd(_lines.Lines(lines.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n')));

    /// <summary>
    /// The text with the front matter's fields set as <paramref name="edited"/> has them (title, group, finalités,
    /// elements, terms, ODD): only the lines of a field that changed are rewritten.
    /// </summary>
    /// <param name="edited">The section as it should read (its actions and introduction are not read).</param>
    /// <returns>The new text.</returns>
    /// <exception cref="InvalidOperationException">The file has no front matter.</exception>
    public string EditHeader(Section edited)
    {
        if (FrontMatterEnd < 0 || Section is null)
        {
            throw new InvalidOperationException($"The section « {Path} » has no front matter.");
        }

        var front = new FrontMatterEditor(_lines.Get(1, FrontMatterEnd), _lines.NewLine);
        foreach (var (key, value) in SectionHeader.Fields(edited))
        {
            if (!SectionHeader.Fields(Section).Contains((key, value), SectionHeader.FieldComparer))
            {
                front.Set(key, value);
            }
        }

        return _lines.Replace(1, FrontMatterEnd, front.Text);
    }

    /// <summary>
    /// The lines of the introduction (from 1): the first and last lines between the front matter and the first action
    /// that are not blank; null when the section has no introduction.
    /// </summary>
    public (int First, int Last)? IntroductionLines => Introduction() is var (first, last, _) && first < last ? (first + 1, last) : null;

    /// <summary>
    /// The text with the introduction (the Markdown between the front matter and the first action) replaced by
    /// <paramref name="introduction"/>: only its lines change, the blank lines around it are kept; an empty one removes
    /// it with the blank lines after it; a new one goes after the front matter, a blank line before and after it.
    /// </summary>
    /// <param name="introduction">The introduction as it should read, its lines separated by « \n »; empty for none.</param>
    /// <returns>The new text; the text itself when the introduction is the same.</returns>
    public string EditIntroduction(string introduction)
    {
        if (introduction == (Section?.Introduction ?? string.Empty))
        {
            return Text;
        }

        var (first, last, end) = Introduction();
        var start = FrontMatterEnd + 1;
        if (first < last)
        {
            return introduction.Length > 0
                ? _lines.Replace(first, last, BodyLines(introduction, last == _lines.Count))
                : _lines.Replace(end == _lines.Count ? start : first, end, string.Empty);
        }

        // None yet: after the front matter and a blank line (the first of those there are), a blank line before the first action.
        var written = _lines.Lines(introduction) + (end < _lines.Count && end <= start + 1 ? _lines.NewLine : string.Empty);
        return end > start
            ? _lines.Replace(start, start + 1, Ended(_lines[start], more: true) + written)
            : start > 0
                ? _lines.Replace(start - 1, start, Ended(_lines[start - 1], more: true) + _lines.NewLine + written)
                : _lines.Replace(0, 0, written);
    }

    /// <summary>
    /// The line of <paramref name="introduction"/> (from 1) that the reader would take for an action's heading — a
    /// « ## » title, or a line underlined with « --- » — or null when it has none.
    /// </summary>
    /// <param name="introduction">An introduction, in Markdown.</param>
    /// <returns>The line, or null.</returns>
    public static int? ActionHeadingIn(string introduction)
    {
        var heading = Markdown.Parse(introduction, MarkdownSafety.Pipeline).OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 2);
        return heading is null ? null : introduction.AsSpan(0, heading.Span.Start).Count('\n') + 1;
    }

    /// <summary><paramref name="text"/>, with a line ending added when it has none and <paramref name="more"/> lines follow it.</summary>
    private string Ended(string text, bool more) => more && !text.EndsWith('\n') && !text.EndsWith('\r') ? text + _lines.NewLine : text;

    private ActionBlock? Block(string id) => _blocks.FirstOrDefault(b => b.Id == id);

    private string Content(ActionBlock block, bool ensureEnding)
    {
        return Ended(_lines.Get(block.Start, block.ContentEnd), ensureEnding);
    }

    /// <summary>The body's lines with the file's line endings; the last without one when it ends a file that had none.</summary>
    private string BodyLines(string body, bool endsFile)
    {
        var lines = _lines.Lines(body);
        var last = _lines.Count == 0 ? string.Empty : _lines[_lines.Count - 1];
        return endsFile && !last.EndsWith('\n') && !last.EndsWith('\r') ? lines[..^_lines.NewLine.Length] : lines;
    }

    /// <summary>The text with <paramref name="written"/> added at its end, after a blank line.</summary>
    private string AppendAtEnd(string written)
    {
        var text = Text;
        if (text.Length > 0 && !text.EndsWith('\n') && !text.EndsWith('\r'))
        {
            text += _lines.NewLine;
        }

        var endsBlank = _lines.Count > 0 && _lines.IsBlank(_lines.Count - 1);
        return text + (endsBlank || text.Length == 0 ? string.Empty : _lines.NewLine) + written;
    }

    private static bool SameHeading(ReportAction current, ReportAction edited) =>
        ReportComparer.Structural.Equals(current with { Body = string.Empty }, edited with { Body = string.Empty });

    /// <summary>
    /// The introduction's lines, by index: [First, Last) its text (First == Last when it has none), [Last, End) the
    /// blank lines after it, up to the first « ## » heading (an action's, or one the reader reports and skips, such as
    /// a heading without title) or the end of the file.
    /// </summary>
    private (int First, int Last, int End) Introduction()
    {
        var start = FrontMatterEnd + 1;
        var end = _blocks.Count > 0 ? _blocks[0].Start : _lines.Count;
        if (ActionHeadingIn(_lines.Get(start, end)) is { } heading)
        {
            end = start + heading - 1;
        }

        var first = start;
        while (first < end && _lines.IsBlank(first))
        {
            first++;
        }

        var last = end;
        while (last > first && _lines.IsBlank(last - 1))
        {
            last--;
        }

        return (first, last, end);
    }

    /// <summary>The index of the line « --- » that closes the front matter, or -1.</summary>
    private static int FrontMatterClose(TextLines lines)
    {
        if (lines.Count == 0 || lines.Content(0).TrimStart('\uFEFF') != "---")
        {
            return -1;
        }

        for (var i = 1; i < lines.Count; i++)
        {
            if (lines.Content(i).TrimEnd() is "---" or "...")
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>An action's lines: [Start, HeadingEnd) its heading, [HeadingEnd, ContentEnd) its text, [ContentEnd, End) the blank lines after it.</summary>
    private sealed record ActionBlock(string Id, int Start, int HeadingEnd, int ContentEnd, int End);
}
