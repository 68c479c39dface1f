using System.Text.Json;
using AngleSharp.Html.Parser;
using Rdd.Site.Search;

namespace Rdd.Site.Tests.Search;

/// <summary>The search index <c>recherche/index.json</c>, its normalisation, and the page <c>/recherche/</c>.</summary>
public sealed class SearchIndexTests
{
    private const int ActionCount = 152;

    [Theory]
    [InlineData("Vélo", "velo")]
    [InlineData("Énergies", "energies")]
    [InlineData("ÉCOLE Maternelle", "ecole maternelle")]
    [InlineData("Œuvre cœur", "oeuvre coeur")]
    [InlineData("", "")]
    public void Normalize_RemovesAccentsAndCase(string text, string expected) => Assert.Equal(expected, SearchText.Normalize(text));

    [Fact]
    public void Words_SplitOnPunctuation_AndLeaveOutOneLetterWords()
    {
        Assert.Equal(["eau", "potable", "2024", "5"], SearchText.Words("l’eau « potable » — 2024, à 5 %"));
    }

    [Fact]
    public void DistinctWords_DropWordsThatBeginAnother()
    {
        Assert.Equal(["energies", "velos"], SearchText.DistinctWords(["Énergie, énergies", "vélo vélos ve"]));
    }

    [Theory]
    [InlineData("velo", true)]
    [InlineData("Vélo", true)]
    [InlineData("energie", true)]
    [InlineData("energie velo", true)]
    [InlineData("energie train", false)]
    [InlineData("nergie", false)]
    [InlineData("", false)]
    public void Matches_EveryQueryWordBeginsAWord(string query, bool expected) =>
        Assert.Equal(expected, SearchText.Matches(query, SearchText.DistinctWords(["Des énergies renouvelables", "Savoir rouler à vélo"])));

    [Theory]
    [InlineData("assainisement", "assainissement", true)]
    [InlineData("assainissemnet", "assainissement", true)]
    [InlineData("asainissement", "assainissement", true)]
    [InlineData("assainissements", "assainissement", true)]
    [InlineData("assainiss", "assainissement", true)]
    [InlineData("assaimisenent", "assainissement", false)]
    [InlineData("renouvelablse", "renouvelables", true)]
    [InlineData("mobilite", "immobilier", false)]
    public void BeginsWithOneTypo_AllowsOneLetterReplacedAddedLeftOutOrSwapped(string typed, string word, bool expected) =>
        Assert.Equal(expected, SearchText.BeginsWithOneTypo(typed, word));

    [Theory]
    [InlineData("assainisement", true)]
    [InlineData("velos", false)]
    [InlineData("vellos", false)]
    [InlineData("renouvelabels", true)]
    [InlineData("renouvelabels velo", true)]
    [InlineData("renouvelabels train", false)]
    public void MatchesWithOneTypo_OnlyInWordsOfSixCharactersOrMore(string query, bool expected) =>
        Assert.Equal(expected, SearchText.MatchesWithOneTypo(query, SearchText.DistinctWords(["Des énergies renouvelables", "Savoir rouler à vélo", "Assainissement"])));

    [Fact]
    public void Index_HasEveryAction_WithItsSectionPartAndLink()
    {
        using var json = JsonDocument.Parse(DefaultSite.Build.Files!["recherche/index.json"]);
        var root = json.RootElement;
        var sections = root.GetProperty("sections");
        var actions = root.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(ActionCount, actions.Count);
        Assert.Equal(3, root.GetProperty("parts").GetArrayLength());
        Assert.Equal(5, root.GetProperty("finalites").EnumerateObject().Count());
        var ids = DefaultSite.Build.Site!.Pages.OfType<Rdd.Site.Pages.SectionPage>().SelectMany(p => p.Actions).Select(a => a.Anchor).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), actions.Select(a => a.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        foreach (var action in actions)
        {
            var section = sections[action.GetProperty("s").GetInt32()];
            Assert.Equal(section.GetProperty("p").GetInt32(), action.GetProperty("p").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(action.GetProperty("t").GetString()));
            var words = action.GetProperty("w").GetString()!;
            Assert.Equal(words, SearchText.Normalize(words));
        }
    }

    [Fact]
    public void Index_FindsVeloAndEnergies_ByTheScriptsRule()
    {
        using var json = JsonDocument.Parse(DefaultSite.Build.Files!["recherche/index.json"]);
        var actions = json.RootElement.GetProperty("actions").EnumerateArray()
            .Select(a => (Title: a.GetProperty("t").GetString()!, Words: (IReadOnlyCollection<string>)a.GetProperty("w").GetString()!.Split(' ')))
            .ToList();
        var velo = actions.Where(a => SearchText.Matches("velo", a.Words)).Select(a => a.Title).ToList();
        Assert.Contains(velo, t => t.Contains("Vélo", StringComparison.Ordinal));
        var energie = actions.Where(a => SearchText.Matches("energie", a.Words)).Select(a => a.Title).ToList();
        Assert.Contains(energie, t => t.Contains("énergies", StringComparison.Ordinal));
        Assert.DoesNotContain(actions, a => SearchText.Matches("xyzzy", a.Words));
    }

    [Fact]
    public void Index_StaysSmall()
    {
        Assert.InRange(DefaultSite.Build.Files!["recherche/index.json"].Length, 10_000, 150_000);
    }

    [Fact]
    public void SearchPage_ListsEveryActionFromAToZ_WithItsPartAndSection()
    {
        var document = new HtmlParser().ParseDocument(DefaultSite.Text("recherche/index.html"));
        var entries = document.QuerySelectorAll(".az-list li").ToList();
        Assert.Equal(ActionCount, entries.Count);
        var expected = DefaultSite.Build.Site!.Pages.OfType<Rdd.Site.Pages.SectionPage>()
            .SelectMany(p => p.Actions.Select(a => "/" + p.Path.Trim('/') + "/#" + a.Anchor))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, entries.Select(li => li.QuerySelector("a")!.GetAttribute("href")!).Order(StringComparer.Ordinal));
        Assert.All(entries, li => Assert.Matches("— Partie [123] — .+", li.QuerySelector(".action-list-meta")!.TextContent));
        var titles = entries.Select(li => Rdd.Site.Pages.SearchPages.SortKey(li.QuerySelector("a")!.TextContent)).ToList();
        Assert.Equal(titles.Order(StringComparer.Ordinal), titles);

        var letters = document.QuerySelectorAll(".letters a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(letters);
        Assert.All(letters, href => Assert.NotNull(document.GetElementById(href.TrimStart('#'))));
    }

    [Fact]
    public void SearchPage_HidesTheFormWithoutJavaScript_AndLoadsItsOwnScript()
    {
        var document = new HtmlParser().ParseDocument(DefaultSite.Text("recherche/index.html"));
        var form = document.QuerySelector("form#recherche-formulaire")!;
        Assert.True(form.HasAttribute("hidden"));
        Assert.Equal("/recherche/index.json", form.GetAttribute("data-index"));
        Assert.Equal("Rechercher dans le rapport", document.QuerySelector("label[for=recherche-texte]")!.TextContent);
        Assert.Contains("une faute de frappe est tolérée dans les mots de six lettres ou plus", document.GetElementById("recherche-aide")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("search", document.GetElementById("recherche-texte")!.GetAttribute("type"));
        Assert.Equal(5, form.QuerySelectorAll("fieldset input[type=checkbox]").Length);
        Assert.Equal("polite", document.GetElementById("recherche-statut")!.GetAttribute("aria-live"));
        var script = Assert.Single(document.QuerySelectorAll("script"));
        Assert.Equal("/assets/recherche.js", script.GetAttribute("src"));
        Assert.True(script.HasAttribute("defer"));
        Assert.Empty(script.TextContent);
        Assert.True(DefaultSite.Build.Files!.Contains("assets/recherche.js"));
        Assert.DoesNotContain(" on", string.Concat(document.All.SelectMany(e => e.Attributes).Select(a => " " + a.Name)), StringComparison.Ordinal);
    }

    [Fact]
    public void OtherPages_LoadNoScript_AndLinkToSearchAndFullReport()
    {
        var home = new HtmlParser().ParseDocument(DefaultSite.Text("index.html"));
        Assert.Empty(home.QuerySelectorAll("script"));
        Assert.Equal("/recherche/", home.QuerySelector(".site-header a.header-search")!.GetAttribute("href"));
        Assert.Contains(home.QuerySelectorAll(".site-footer a"), a => a.GetAttribute("href") == "/rapport-complet/" && a.TextContent == "Le rapport complet (à imprimer)");
        Assert.Contains(home.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/rapport-complet/");
    }
}
