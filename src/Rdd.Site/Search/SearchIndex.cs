using System.Text.Encodings.Web;
using System.Text.Json;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;

namespace Rdd.Site.Search;

/// <summary>
/// Writes <c>recherche/index.json</c>, read by <c>assets/recherche.js</c>: the parts, the sections with the words of their
/// introductions, the finalités, each action (id, title, part, section, finalités, terms, progress and words, normalised
/// and distinct, see <see cref="SearchText"/>), and the other entries a reader may look for (<see cref="SearchEntry"/>).
/// </summary>
/// <remarks>
/// Shape: <c>{"parts":[{"n":1,"t":"Partie 1 — …"}],"sections":[{"p":1,"t":"Mobilités","h":"/partie-1/mobilites/","i":"habitat …"}],
/// "finalites":{"climat":"Climat"},"actions":[{"id":"…","t":"…","p":1,"s":0,"f":["climat"],"x":["pacte-vert:axe-2"],"a":"Lancement","w":"velo …"}],
/// "e":[{"k":"g","t":"PCAET","d":"Plan Climat Air Energie Territorial","h":"/glossaire/#sigle-pcaet","w":"pcaet …"},
/// {"k":"r","t":"…","d":"Pacte vert","h":"…","x":"pacte-vert:axe-6","w":"…"}]}</c>;
/// <c>s</c> is the index of the action's section in <c>sections</c>, and an action's link is its section's <c>h</c>,
/// « # » and its <c>id</c> (not written for each action: 4 % of the index on large reports). The words of titles are
/// not written apart: the script takes them from the titles.
/// </remarks>
internal static class SearchIndex
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the index.</summary>
    /// <param name="source">What the index holds, addresses already made.</param>
    /// <returns>The JSON, in UTF-8.</returns>
    public static byte[] Build(SearchSource source)
    {
        var report = source.Report;
        var sections = report.Parts.SelectMany(p => p.Sections.Select(s => (Part: p, Section: s))).ToList();
        // The words are most of the work, and each action's are found alone: in parallel, then written in order.
        var words = new string[source.Actions.Count];
        Parallel.For(0, words.Length, i => words[i] = SearchText.DistinctWordsText(Texts(source.Actions[i])));
        // Written straight into a buffer sized at once for the words and the rest of each action (the index is megabytes
        // on large reports; a writer over a stream would hold it all in a buffer of its own, grown step by step, first).
        var buffer = new System.Buffers.ArrayBufferWriter<byte>((int)Math.Min(int.MaxValue / 2, words.Sum(w => (long)w.Length * 11 / 10) + (words.Length * 400L) + 65536));
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            WriteParts(json, source);
            WriteSections(json, source, sections);
            WriteFinalities(json);
            WriteActions(json, source, sections, words);
            WriteEntries(json, source);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteParts(Utf8JsonWriter json, SearchSource source)
    {
        var report = source.Report;
        json.WriteStartArray("parts");
        for (var i = 0; i < report.Parts.Count; i++)
        {
            json.WriteStartObject();
            json.WriteNumber("n", (int)report.Parts[i].Kind);
            json.WriteString("t", source.PartTitles[i]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSections(Utf8JsonWriter json, SearchSource source, List<(Part Part, Section Section)> sections)
    {
        json.WriteStartArray("sections");
        for (var i = 0; i < sections.Count; i++)
        {
            var (part, section) = sections[i];
            json.WriteStartObject();
            json.WriteNumber("p", (int)part.Kind);
            json.WriteString("t", section.Title);
            json.WriteString("h", source.SectionHrefs[i]);
            json.WriteString("i", SearchText.DistinctWordsText([section.Introduction]));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteFinalities(Utf8JsonWriter json)
    {
        json.WriteStartObject("finalites");
        foreach (var finality in Finalities.All)
        {
            json.WriteString(finality.Code, finality.ShortLabel);
        }

        json.WriteEndObject();
    }

    private static void WriteActions(Utf8JsonWriter json, SearchSource source, List<(Part Part, Section Section)> sections, string[] words)
    {
        var sectionIndex = new Dictionary<Rdd.Domain.Reports.Section, int>();
        for (var i = 0; i < sections.Count; i++)
        {
            sectionIndex[sections[i].Section] = i;
        }

        json.WriteStartArray("actions");
        for (var i = 0; i < words.Length; i++)
        {
            var placed = source.Actions[i];
            var action = placed.Action;
            json.WriteStartObject();
            json.WriteString("id", action.Id);
            json.WriteString("t", action.Title);
            json.WriteNumber("p", (int)placed.Part.Kind);
            json.WriteNumber("s", sectionIndex[placed.Section]);
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
    }

    private static void WriteEntries(Utf8JsonWriter json, SearchSource source)
    {
        json.WriteStartArray("e");
        foreach (var entry in source.Entries)
        {
            json.WriteStartObject();
            json.WriteString("k", entry.Kind);
            json.WriteString("t", entry.Title);
            if (entry.Detail is { Length: > 0 } detail)
            {
                json.WriteString("d", detail);
            }

            json.WriteString("h", entry.Href);
            if (entry.Key is { } key)
            {
                json.WriteString("x", key);
            }

            json.WriteString("w", SearchText.DistinctWordsText([entry.Title, entry.Detail, .. entry.Texts]));
            json.WriteEndObject();
        }

        json.WriteEndArray();
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

/// <summary>What the search index is written from: the report, and the addresses and titles the pages gave it.</summary>
/// <param name="Report">The report.</param>
/// <param name="Actions">Every action, in the report's order.</param>
/// <param name="PartTitles">Each part's title as the pages show it (« Partie 1 — … »), in the report's order.</param>
/// <param name="SectionHrefs">The address of each section's page, in the report's order.</param>
/// <param name="Entries">The other entries a reader may look for.</param>
internal sealed record SearchSource(Report Report, IReadOnlyList<PlacedAction> Actions, IReadOnlyList<string> PartTitles, IReadOnlyList<string> SectionHrefs, IReadOnlyList<SearchEntry> Entries);

/// <summary>An entry of the search index other than an action.</summary>
/// <param name="Kind">One letter the script turns into where it was found: see the constants.</param>
/// <param name="Title">What the result shows, and the words ranked first.</param>
/// <param name="Detail">Shown after the title: a glossary entry's expansion, a key figure's theme, a term's taxonomy.</param>
/// <param name="Href">Where it is shown on the site.</param>
/// <param name="Texts">The other texts it is found by (a glossary entry's definition, a term's description).</param>
internal sealed record SearchEntry(string Kind, string Title, string? Detail, string Href, IReadOnlyList<string?> Texts)
{
    /// <summary>A term's key, as the actions attached to it list it in <c>x</c>: a hit on the term finds them too.</summary>
    public string? Key { get; init; }

    /// <summary>A part's title: « dans le titre d'une partie ».</summary>
    public const string Part = "p";

    /// <summary>A glossary entry: « dans le glossaire ».</summary>
    public const string Glossary = "g";

    /// <summary>A key figure: « dans les chiffres clés ».</summary>
    public const string KeyFigure = "c";

    /// <summary>An indicator: « dans les indicateurs ».</summary>
    public const string Indicator = "i";

    /// <summary>A term of the strategy or an ODD: « dans le référentiel … ».</summary>
    public const string Term = "r";

    /// <summary>A page an extension adds: the script, which has no place of its own for it, says « dans le rapport ».</summary>
    public const string Page = "s";
}
