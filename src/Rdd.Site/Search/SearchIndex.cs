using System.Text.Encodings.Web;
using System.Text.Json;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Site.Pages;

namespace Rdd.Site.Search;

/// <summary>
/// Writes <c>recherche/index.json</c>, read by <c>assets/recherche.js</c>: the parts, the sections, the finalités, and for each
/// action its id, title, part, section, link, finalités, progress and words (normalised, distinct, see <see cref="SearchText"/>).
/// </summary>
/// <remarks>
/// Shape: <c>{"parts":[{"n":1,"t":"Partie 1 — …"}],"sections":[{"p":1,"t":"Mobilités","h":"/partie-1/mobilites/"}],
/// "finalites":{"climat":"Climat"},"actions":[{"id":"…","t":"…","p":1,"s":0,"h":"/partie-1/mobilites/#id","f":["climat"],"a":"Lancement","w":"velo …"}]}</c>;
/// <c>s</c> is the index of the action's section in <c>sections</c>.
/// </remarks>
internal static class SearchIndex
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Build(BuildContext context)
    {
        var report = context.Report;
        var sections = report.Parts.SelectMany(p => p.Sections.Select(s => (Part: p, Section: s))).ToList();
        // The words are most of the work, and each action's are found alone: in parallel, then written in order.
        var words = new string[context.Actions.Count];
        Parallel.For(0, words.Length, i => words[i] = SearchText.DistinctWordsText(Texts(context.Actions[i])));
        // Written straight into a buffer sized at once for the words and the rest of each action (the index is megabytes
        // on large reports; a writer over a stream would hold it all in a buffer of its own, grown step by step, first).
        var buffer = new System.Buffers.ArrayBufferWriter<byte>((int)Math.Min(int.MaxValue / 2, words.Sum(w => (long)w.Length * 11 / 10) + (words.Length * 400L) + 65536));
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("parts");
            foreach (var part in report.Parts)
            {
                json.WriteStartObject();
                json.WriteNumber("n", (int)part.Kind);
                json.WriteString("t", $"{BuildContext.PartLabel(part)} — {part.Title}");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            var sectionIndex = new Dictionary<Rdd.Domain.Reports.Section, int>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < sections.Count; i++)
            {
                sectionIndex[sections[i].Section] = i;
            }

            json.WriteStartArray("sections");
            foreach (var (part, section) in sections)
            {
                json.WriteStartObject();
                json.WriteNumber("p", (int)part.Kind);
                json.WriteString("t", section.Title);
                json.WriteString("h", context.Urls.Href(SiteUrls.Section((int)part.Kind, section.Id)));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("finalites");
            foreach (var finality in Finalities.All)
            {
                json.WriteString(finality.Code, finality.ShortLabel);
            }

            json.WriteEndObject();
            json.WriteStartArray("actions");
            for (var i = 0; i < words.Length; i++)
            {
                var placed = context.Actions[i];
                var action = placed.Action;
                json.WriteStartObject();
                json.WriteString("id", action.Id);
                json.WriteString("t", action.Title);
                json.WriteNumber("p", (int)placed.Part.Kind);
                json.WriteNumber("s", sectionIndex[placed.Section]);
                json.WriteString("h", context.ActionHref(placed));
                json.WriteStartArray("f");
                foreach (var code in placed.Finalities.Select(Finalities.Find).OfType<Finality>().Select(f => f.Code))
                {
                    json.WriteStringValue(code);
                }

                json.WriteEndArray();
                json.WriteStartArray("x");
                foreach (var term in placed.Terms)
                {
                    json.WriteStringValue($"{Rdd.Domain.Codes.Normalize(term.Taxonomy)}:{Rdd.Domain.Codes.Normalize(term.Code)}");
                }

                json.WriteEndArray();
                if (action.Progress?.FrenchLabel() is { } progress)
                {
                    json.WriteString("a", progress);
                }

                json.WriteString("w", words[i]);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The texts an action is found by. The Markdown itself is searched: its syntax characters are not letters, so
    /// words are found without parsing it again.
    /// </summary>
    private static string?[] Texts(PlacedAction placed)
    {
        ArgumentNullException.ThrowIfNull(placed);
        var action = placed.Action;
        return [action.Title, action.Body, .. action.Partners, .. action.Places];
    }
}
