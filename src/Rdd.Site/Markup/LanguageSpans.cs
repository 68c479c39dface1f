using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Rdd.Site.Markup;

/// <summary>
/// « [SmartCity]{lang=en} »: a passage in another language, written <c>&lt;span lang="en"&gt;SmartCity&lt;/span&gt;</c>
/// so that a screen reader pronounces it in that language (RGAA 8.7). Only the <c>lang</c> attribute is read; the
/// text between the brackets is written as it is (no other Markdown inside), and anything else in braces is left
/// to the other parsers (a link, or plain text).
/// </summary>
internal sealed class LanguageSpans : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<Parser>())
        {
            // Before the link parser, which also opens on « [ ».
            pipeline.InlineParsers.Insert(0, new Parser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<SpanRenderer>())
        {
            html.ObjectRenderers.Insert(0, new SpanRenderer());
        }
    }

    /// <summary>Reads « [text]{lang=xx} » at the cursor, where xx is a language tag (« en », « de », « pt-BR »).</summary>
    /// <param name="text">The text from the opening bracket on.</param>
    /// <param name="length">The length of the whole construct.</param>
    /// <returns>The passage and its language, or null when the text does not start with the construct.</returns>
    internal static (string Passage, string Language)? Read(ReadOnlySpan<char> text, out int length)
    {
        length = 0;
        if (text.Length < 2 || text[0] != '[')
        {
            return null;
        }

        // The first bracket, line break or nested bracket after the opening one: only a closing bracket will do.
        var close = text[1..].IndexOfAny(']', '[', '\n') + 1;
        if (close <= 1 || text[close] != ']')
        {
            return null;
        }

        var passage = text[1..close];
        var rest = text[(close + 1)..];
        const string Opening = "{lang=";
        if (!rest.StartsWith(Opening, StringComparison.Ordinal))
        {
            return null;
        }

        var end = rest.IndexOf('}');
        if (end < 0)
        {
            return null;
        }

        var language = rest[Opening.Length..end].Trim('"');
        if (!IsLanguageTag(language) || passage.IsWhiteSpace())
        {
            return null;
        }

        length = close + 1 + end + 1;
        return (passage.ToString(), language.ToString());
    }

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly System.Buffers.SearchValues<char> LettersAndDigits = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /// <summary>A BCP 47 tag of the simple form authors write: two or three letters, then subtags of letters and digits.</summary>
    private static bool IsLanguageTag(ReadOnlySpan<char> tag)
    {
        var first = true;
        foreach (var range in tag.Split('-'))
        {
            var part = tag[range];
            var ok = first
                ? part.Length is 2 or 3 && !part.ContainsAnyExcept(Letters)
                : part.Length is >= 1 and <= 8 && !part.ContainsAnyExcept(LettersAndDigits);
            if (!ok)
            {
                return false;
            }

            first = false;
        }

        return !first;
    }

    /// <summary>A passage in another language.</summary>
    internal sealed class Span : LeafInline
    {
        public required string Passage { get; init; }

        public required string Language { get; init; }
    }

    private sealed class Parser : InlineParser
    {
        public Parser() => OpeningCharacters = ['['];

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            var start = slice.Start;
            if (Read(slice.AsSpan(), out var length) is not { } read)
            {
                return false;
            }

            processor.Inline = new Span
            {
                Passage = read.Passage,
                Language = read.Language,
                Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(start + length - 1)),
                Line = line,
                Column = column,
            };
            slice.Start = start + length;
            return true;
        }
    }

    private sealed class SpanRenderer : HtmlObjectRenderer<Span>
    {
        protected override void Write(HtmlRenderer renderer, Span span) =>
            renderer.Write("<span lang=\"").WriteEscape(span.Language).Write("\">").WriteEscape(span.Passage).Write("</span>");
    }
}
