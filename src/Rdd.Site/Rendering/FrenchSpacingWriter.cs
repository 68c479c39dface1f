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
/// what the author typed or part of a program. One pass, one character of look-behind and one held-back space: the
/// page is never buffered.
/// </remarks>
public sealed class FrenchSpacingWriter(TextWriter inner) : TextWriter
{
    /// <summary>U+00A0 as the page's encoder writes it, so that a page spells every non-breaking space alike.</summary>
    private const string NoBreakSpace = "&#xA0;";

    private static readonly string[] VerbatimElements = ["pre", "code", "kbd", "samp", "script", "style", "textarea"];

    private State _state = State.Text;
    private bool _heldSpace;
    private char _beforeSpace;
    private bool _numeroBeforeSpace;
    private char _previous;

    /// <summary>The last characters of text, oldest first, to recognise « n° » however the page's encoder wrote it.</summary>
    private readonly char[] _recent = new char[8];
    private readonly StringBuilder _tagName = new();
    private bool _closingTag;
    private string? _verbatim;
    private int _verbatimMatched;

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
    public override void Write(char value)
    {
        switch (_state)
        {
            case State.Text:
                WriteText(value);
                break;
            case State.TagName:
                inner.Write(value);
                ReadTagName(value);
                break;
            case State.Tag:
                inner.Write(value);
                if (value == '>')
                {
                    EndTag();
                }

                break;
            default:
                inner.Write(value);
                MatchVerbatimEnd(value);
                break;
        }
    }

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
        // Text that holds neither a space nor a tag, and the inside of a tag, are written as whole runs; the rest,
        // character by character.
        while (!buffer.IsEmpty)
        {
            var run = _state switch
            {
                State.Text when !_heldSpace && _previous != '«' => buffer.IndexOfAny(' ', '<'),
                State.Tag => buffer.IndexOf('>'),
                _ => 0,
            };
            run = run < 0 ? buffer.Length : run;
            if (run == 0)
            {
                Write(buffer[0]);
                buffer = buffer[1..];
                continue;
            }

            inner.Write(buffer[..run]);
            if (_state == State.Text)
            {
                foreach (var c in buffer[Math.Max(0, run - _recent.Length)..run])
                {
                    Remember(c);
                }
            }

            buffer = buffer[run..];
        }
    }

    /// <inheritdoc />
    public override void Flush()
    {
        ReleaseSpace(" ");
        inner.Flush();
    }

    /// <inheritdoc />
    public override Task FlushAsync()
    {
        ReleaseSpace(" ");
        return inner.FlushAsync();
    }

    private void WriteText(char value)
    {
        if (value == ' ')
        {
            if (_previous == '«')
            {
                inner.Write(NoBreakSpace);
                Remember(';');
                return;
            }

            ReleaseSpace(" ");
            _heldSpace = true;
            _beforeSpace = _previous;
            _numeroBeforeSpace = EndsWithNumero();
            return;
        }

        if (_heldSpace)
        {
            ReleaseSpace(NeedsNoBreak(value) ? NoBreakSpace : " ");
        }

        inner.Write(value);
        Remember(value);
        if (value == '<')
        {
            _state = State.TagName;
            _tagName.Clear();
            _closingTag = false;
        }
    }

    /// <summary>Whether the held space, followed by <paramref name="after"/>, must not break.</summary>
    private bool NeedsNoBreak(char after) =>
        after is ':' or ';' or '!' or '?' or '»'
        || (_numeroBeforeSpace && char.IsAsciiDigit(after))
        || (char.IsAsciiDigit(_beforeSpace) && after is '%' or '€');

    private void Remember(char value)
    {
        _previous = value;
        Array.Copy(_recent, 1, _recent, 0, _recent.Length - 1);
        _recent[^1] = value;
    }

    /// <summary>Whether the text ends with « n° », the degree sign written as is or as an entity (« n&amp;#176; »).</summary>
    private bool EndsWithNumero()
    {
        var recent = _recent.AsSpan();
        return Numero(recent, "°") || Numero(recent, "&#176;") || Numero(recent, "&#xB0;");

        static bool Numero(ReadOnlySpan<char> text, string degree) =>
            text.EndsWith(degree, StringComparison.OrdinalIgnoreCase) && text.Length > degree.Length && text[^(degree.Length + 1)] is 'n' or 'N';
    }

    private void ReleaseSpace(string space)
    {
        if (_heldSpace)
        {
            inner.Write(space);
            _heldSpace = false;
            Remember(' ');
        }
    }

    private void ReadTagName(char value)
    {
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
    }

    private void EndTag()
    {
        Remember('>');
        _verbatim = _closingTag ? null : Array.Find(VerbatimElements, e => _tagName.Equals(e));
        _state = _verbatim is null ? State.Text : State.Verbatim;
        _verbatimMatched = 0;
    }

    /// <summary>Follows « &lt;/name » through a verbatim element's content, and goes back to tags at its end.</summary>
    private void MatchVerbatimEnd(char value)
    {
        var expected = _verbatimMatched switch
        {
            0 => '<',
            1 => '/',
            _ => _verbatimMatched - 2 < _verbatim!.Length ? _verbatim[_verbatimMatched - 2] : '\0',
        };
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

                return;
            }

            _verbatimMatched = value == '<' ? 1 : 0;
            return;
        }

        _verbatimMatched = char.ToLowerInvariant(value) == expected ? _verbatimMatched + 1 : value == '<' ? 1 : 0;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            ReleaseSpace(" ");
        }

        base.Dispose(disposing);
    }
}
