using System.Text.Json;
using AngleSharp.Html.Parser;
using Rdd.Site.Search;

namespace Rdd.Site.Tests.Search;

/// <summary>
/// What the search index of the default site lets a reader find besides the actions' own words: the sections' titles
/// and introductions, the parts, the glossary, the key figures, the indicators and the strategy terms.
/// </summary>
public sealed class SearchIndexContentTests
{
    private static readonly Lazy<JsonDocument> Index = new(() => JsonDocument.Parse(DefaultSite.Build.Files!["recherche/index.json"]));

    private static JsonElement Root => Index.Value.RootElement;

    private static List<JsonElement> Actions => Root.GetProperty("actions").EnumerateArray().ToList();

    private static List<JsonElement> Sections => Root.GetProperty("sections").EnumerateArray().ToList();

    private static List<JsonElement> Entries => Root.GetProperty("e").EnumerateArray().ToList();

    private static string Text(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value.GetString()! : string.Empty;

    private static IReadOnlyCollection<string> WordsOf(string stored) => stored.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Assainissement_FindsTheNineActionsOfItsSection_ByTheSectionTitle()
    {
        var sections = Sections;
        var matching = Enumerable.Range(0, sections.Count).Where(i => SearchText.Matches("assainissement", SearchText.Words(Text(sections[i], "t")).ToList())).ToList();
        var section = Assert.Single(matching);
        Assert.Equal("Eau et assainissement", Text(sections[section], "t"));
        var titles = Actions.Where(a => a.GetProperty("s").GetInt32() == section).Select(a => Text(a, "t")).ToList();
        Assert.Equal(9, titles.Count);
        Assert.Contains("Poursuite des travaux", titles);
        // The actions' own words find one of them only, outside the section: the section's title is what finds the nine.
        Assert.DoesNotContain(Actions.Where(a => SearchText.Matches("assainissement", WordsOf(Text(a, "w")))), a => a.GetProperty("s").GetInt32() == section);
    }

    [Fact]
    public void Sections_CarryTheWordsOfTheirIntroductions()
    {
        var mobility = Sections.Single(s => Text(s, "t") == "Mobilités et déplacements");
        var words = WordsOf(Text(mobility, "i"));
        Assert.Contains("assainissement", words);
        Assert.Equal(Text(mobility, "i"), SearchText.Normalize(Text(mobility, "i")));
        Assert.All(Sections, s => Assert.True(s.TryGetProperty("i", out _)));
    }

    [Theory]
    [InlineData("assainisement")]
    [InlineData("assainissemnet")]
    [InlineData("asainissement")]
    [InlineData("assainissemant")]
    public void OneTypo_InALongWord_StillFindsTheSection(string typed)
    {
        var found = Sections.Where(s => SearchText.MatchesWithOneTypo(typed, SearchText.Words(Text(s, "t")).ToList())).Select(s => Text(s, "t")).ToList();
        Assert.Equal(["Eau et assainissement"], found);
        Assert.DoesNotContain(Sections, s => SearchText.Matches(typed, SearchText.Words(Text(s, "t")).ToList()));
    }

    [Fact]
    public void Pcaet_FindsItsExpansionInTheGlossary_AndTheActionsUsingIt()
    {
        var glossary = Entries.Where(e => Text(e, "k") == SearchEntry.Glossary && SearchText.Matches("PCAET", WordsOf(Text(e, "w")))).ToList();
        var entry = Assert.Single(glossary);
        Assert.Equal("PCAET", Text(entry, "t"));
        Assert.Equal("Plan Climat Air Energie Territorial", Text(entry, "d"));
        Assert.Equal("/glossaire/#sigle-pcaet", Text(entry, "h"));

        var actions = Actions.Where(a => SearchText.Matches("PCAET", WordsOf(Text(a, "w")))).Select(a => Text(a, "id")).ToList();
        Assert.Contains("plan-climat-air-energie-territorial", actions);

        // The pacte vert's axis 6 names the PCAET: the actions attached to it are found through it.
        var term = Entries.Single(e => Text(e, "k") == SearchEntry.Term && SearchText.Matches("PCAET", WordsOf(Text(e, "w"))));
        Assert.Equal("pacte-vert:axe-6", Text(term, "x"));
        Assert.Equal("Pacte vert", Text(term, "d"));
        Assert.Contains(Actions, a => a.GetProperty("x").EnumerateArray().Any(x => x.GetString() == "pacte-vert:axe-6"));
    }

    [Fact]
    public void Entries_AreThePartsGlossaryKeyFiguresIndicatorsAndTerms_OfTheReport()
    {
        var report = Rdd.Site.Content.ContentLoader.Load(DefaultSite.ContentRoot).Latest!.Report;
        int Count(string kind) => Entries.Count(e => Text(e, "k") == kind);
        Assert.Equal(report.Parts.Count, Count(SearchEntry.Part));
        Assert.Equal(report.Glossary.Count, Count(SearchEntry.Glossary));
        Assert.Equal(report.KeyFigures.Count, Count(SearchEntry.KeyFigure));
        Assert.Equal(report.Indicators.Count, Count(SearchEntry.Indicator));
        Assert.True(Count(SearchEntry.Term) > 17, "the strategy terms and the 17 ODD");
        Assert.Contains(Entries, e => Text(e, "k") == SearchEntry.KeyFigure && Text(e, "t").Contains("travaux d’assainissement", StringComparison.Ordinal));
        Assert.All(Entries, e => Assert.Equal(Text(e, "w"), SearchText.Normalize(Text(e, "w"))));
    }

    [Fact]
    public void EveryEntry_LinksToAPageAndAnchorOfTheSite()
    {
        var parser = new HtmlParser();
        var pages = new Dictionary<string, AngleSharp.Html.Dom.IHtmlDocument>(StringComparer.Ordinal);
        foreach (var href in Entries.Select(e => Text(e, "h")).Concat(Sections.Select(s => Text(s, "h"))).Concat(Actions.Select(ActionHref)))
        {
            var hash = href.IndexOf('#', StringComparison.Ordinal);
            var path = Rdd.Site.Pages.SiteUrls.FileOf(hash < 0 ? href : href[..hash]);
            Assert.True(DefaultSite.Build.Files!.Contains(path), href);
            if (hash >= 0)
            {
                if (!pages.TryGetValue(path, out var document))
                {
                    pages[path] = document = parser.ParseDocument(DefaultSite.Text(path));
                }

                Assert.True(document.GetElementById(href[(hash + 1)..]) is not null, href);
            }
        }
    }

    [Fact]
    public void Actions_HaveNoLinkOfTheirOwn_TheirSectionsAndIdsMakeIt()
    {
        var expected = DefaultSite.Build.Site!.Pages.OfType<Rdd.Site.Pages.SectionPage>()
            .SelectMany(p => p.Actions.Select(a => "/" + p.Path.Trim('/') + "/#" + a.Anchor))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, Actions.Select(ActionHref).Order(StringComparer.Ordinal));
        Assert.All(Actions, a => Assert.False(a.TryGetProperty("h", out _)));
    }

    private static string ActionHref(JsonElement action) => Text(Sections[action.GetProperty("s").GetInt32()], "h") + "#" + Text(action, "id");
}
