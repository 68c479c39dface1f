using System.Buffers;
using System.Text;

namespace Rdd.Site.Rendering;

/// <summary>
/// Writes HTML through to another writer, making the spaces of its text the ones French typography asks for: a
/// non-breaking space (U+00A0) where a plain one stands before « : ; ! ? » and « », after « «, between « n° » and
/// its number and between a number and « % » or « € ». Generated sentences and the author's text alike, typed with
/// ordinary spaces, never break a line before a colon or leave a guillemet alone at the start of a line.
/// </summary>
/// <remarks>
/// Only text between tags changes: tags and their attributes pass as they are, and so does everything inside
/// <c>pre</c>, <c>code</c>, <c>kbd</c>, <c>samp</c>, <c>script</c>, <c>style</c> and <c>textarea</c>, where a space is
/// what the author typed or part of a program. One pass; text is written in runs up to the next space that must not
/// break, so that the pass costs little on the 12 MB printable report of 4 000 actions (docs/performance.md); a space
/// that ends one write waits for the next one to know what follows it.
/// </remarks>
public sealed class FrenchSpacingWriter(TextWriter inner) : TextWriter
{
    /// <summary>U+00A0 as the page's encoder writes it, so that a page spells every non-breaking space alike.</summary>
    private const string NoBreakSpace = "&#xA0;";

    private static readonly string[] VerbatimElements = ["pre", "code", "kbd", "samp", "script", "style", "textarea"];

    private static readonly SearchValues<char> SpaceOrTag = SearchValues.Create(" <");

    private State _state = State.Text;
    private bool _heldSpace;
    private readonly StringBuilder _tagName = new();
    private bool _closingTag;
    private string? _verbatim;
    private int _verbatimMatched;

    /// <summary>The last characters of text written, oldest first: what stands before a space.</summary>
    private readonly char[] _recent = new char[8];

    private enum State
    {
        Text,
        TagName,
        Tag,
        Verbatim,
    }

    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value) => Write([value]);

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (value is not null)
        {
            Write(value.AsSpan());
        }
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var used = _state switch
            {
                State.Text => WriteText(buffer),
                State.Tag => WriteTag(buffer),
                State.TagName => WriteTagName(buffer[0]),
                _ => WriteVerbatim(buffer[0]),
            };
            buffer = buffer[used..];
        }
    }

    /// <inheritdoc />
    public override void Flush()
    {
        ReleaseSpace(after: '\0');
        inner.Flush();
    }

    /// <inheritdoc />
    public override Task FlushAsync()
    {
        ReleaseSpace(after: '\0');
        return inner.FlushAsync();
    }

    /// <summary>Writes text up to its first tag, spaces made non-breaking where they must; returns how much was used.</summary>
    private int WriteText(ReadOnlySpan<char> text)
    {
        if (_heldSpace)
        {
            ReleaseSpace(after: text[0]);
        }

        var run = 0;
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOfAny(SpaceOrTag);
            if (next < 0)
            {
                i = text.Length;
                break;
            }

            i += next;
            if (text[i] == '<')
            {
                Flush(text[run..(i + 1)]);
                _state = State.TagName;
                _tagName.Clear();
                _closingTag = false;
                return i + 1;
            }

            if (i + 1 == text.Length)
            {
                // A space that ends this write: what follows it comes with the next one.
                Flush(text[run..i]);
                _heldSpace = true;
                return text.Length;
            }

            if (NeedsNoBreak(text[..i], text[i + 1]))
            {
                Flush(text[run..i]);
                inner.Write(NoBreakSpace);
                Remember("\u00a0");
                run = i + 1;
            }

            i++;
        }

        Flush(text[run..i]);
        return i;
    }

    /// <summary>Writes a run of text as it is, and remembers its end.</summary>
    private void Flush(ReadOnlySpan<char> run)
    {
        if (!run.IsEmpty)
        {
            inner.Write(run);
            Remember(run);
        }
    }

    /// <summary>Whether a space after <paramref name="before"/> (this write's text; earlier text in <see cref="_recent"/>) and before <paramref name="after"/> must not break.</summary>
    private bool NeedsNoBreak(ReadOnlySpan<char> before, char after)
    {
        if (after is ':' or ';' or '!' or '?' or '»')
        {
            return true;
        }

        // Most spaces stand between two letters: decided on the character before, without copying anything.
        var previous = before.IsEmpty ? _recent[^1] : before[^1];
        if (previous == '«')
        {
            return true;
        }

        if (after is '%' or '€')
        {
            return char.IsAsciiDigit(previous);
        }

        if (!char.IsAsciiDigit(after) || previous is not ('°' or ';'))
        {
            return false;
        }

        Span<char> tail = stackalloc char[_recent.Length];
        return EndsWithNumero(Tail(before, tail));
    }

    /// <summary>The last characters before a space: the end of <paramref name="before"/>, completed by earlier text.</summary>
    private ReadOnlySpan<char> Tail(ReadOnlySpan<char> before, Span<char> tail)
    {
        if (before.Length >= tail.Length)
        {
            return before[^tail.Length..];
        }

        var earlier = tail.Length - before.Length;
        _recent.AsSpan(_recent.Length - earlier).CopyTo(tail);
        before.CopyTo(tail[earlier..]);
        return tail;
    }

    /// <summary>Whether <paramref name="text"/> ends with « n° », the degree sign written as is or as an entity (« n&amp;#176; »).</summary>
    private static bool EndsWithNumero(ReadOnlySpan<char> text)
    {
        return Numero(text, "°") || Numero(text, "&#176;") || Numero(text, "&#xB0;");

        static bool Numero(ReadOnlySpan<char> text, string degree) =>
            text.EndsWith(degree, StringComparison.OrdinalIgnoreCase) && text.Length > degree.Length && text[^(degree.Length + 1)] is 'n' or 'N';
    }

    /// <summary>Writes the space held back at the end of the previous write, now that <paramref name="after"/> follows it (« \0 »: nothing more).</summary>
    private void ReleaseSpace(char after)
    {
        if (!_heldSpace)
        {
            return;
        }

        _heldSpace = false;
        var noBreak = after != '\0' && NeedsNoBreak([], after);
        inner.Write(noBreak ? NoBreakSpace : " ");
        Remember(noBreak ? "\u00a0" : " ");
    }

    private void Remember(ReadOnlySpan<char> text)
    {
        if (text.Length >= _recent.Length)
        {
            text[^_recent.Length..].CopyTo(_recent);
            return;
        }

        _recent.AsSpan(text.Length).CopyTo(_recent);
        text.CopyTo(_recent.AsSpan(_recent.Length - text.Length));
    }

    private int WriteTag(ReadOnlySpan<char> tag)
    {
        var end = tag.IndexOf('>');
        if (end < 0)
        {
            inner.Write(tag);
            return tag.Length;
        }

        inner.Write(tag[..(end + 1)]);
        EndTag();
        return end + 1;
    }

    private int WriteTagName(char value)
    {
        inner.Write(value);
        if (value == '/' && _tagName.Length == 0 && !_closingTag)
        {
            _closingTag = true;
        }
        else if (char.IsAsciiLetterOrDigit(value))
        {
            _tagName.Append(char.ToLowerInvariant(value));
        }
        else if (value == '>')
        {
            EndTag();
        }
        else
        {
            _state = State.Tag;
        }

        return 1;
    }

    private void EndTag()
    {
        Remember(">");
        _verbatim = _closingTag ? null : Array.Find(VerbatimElements, e => _tagName.Equals(e));
        _state = _verbatim is null ? State.Text : State.Verbatim;
        _verbatimMatched = 0;
    }

    /// <summary>Follows « &lt;/name » through a verbatim element's content, and goes back to tags at its end.</summary>
    private int WriteVerbatim(char value)
    {
        inner.Write(value);
        if (_verbatimMatched - 2 == _verbatim!.Length)
        {
            if (value is '>' or ' ' or '\t' or '\n')
            {
                _closingTag = true;
                _tagName.Clear().Append(_verbatim);
                if (value == '>')
                {
                    EndTag();
                }
                else
                {
                    _state = State.Tag;
                }

                return 1;
            }

            _verbatimMatched = value == '<' ? 1 : 0;
            return 1;
        }

        var expected = _verbatimMatched switch
        {
            0 => '<',
            1 => '/',
            _ => _verbatim[_verbatimMatched - 2],
        };
        _verbatimMatched = char.ToLowerInvariant(value) == expected ? _verbatimMatched + 1 : value == '<' ? 1 : 0;
        return 1;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            ReleaseSpace(after: '\0');
        }

        base.Dispose(disposing);
    }
}
