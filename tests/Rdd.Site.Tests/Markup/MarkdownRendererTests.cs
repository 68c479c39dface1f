using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Rdd.Domain.Reports;
using Rdd.Site.Markup;
using Rdd.Site.Rendering;

namespace Rdd.Site.Tests.Markup;

/// <summary>The author's Markdown: raw HTML shown as text, headings under the page's, acronyms marked once, tables.</summary>
public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new(
    [
        new GlossaryEntry { Term = "QPV", Expansion = "Quartier prioritaire de la politique de la ville" },
        new GlossaryEntry { Term = "PCAET", Expansion = "Plan climat-air-énergie territorial" },
        new GlossaryEntry { Term = "CO2", Expansion = "Dioxyde de carbone" },
        new GlossaryEntry { Term = "R&D", Expansion = "Recherche « et » développement <sic>" },
    ]);

    private static IElement Body(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        return document.Body!;
    }

    private static string Render(string markdown, int level = 2, AbbreviationScope? scope = null) =>
        Renderer.Render(markdown, level, scope ?? new AbbreviationScope());

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Avant <script>alert(1)</script> après")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("Une image <img src=\"x\" onerror=\"alert(1)\"> en ligne")]
    [InlineData("<div onclick=\"alert(1)\">bloc</div>")]
    [InlineData("<iframe src=\"//exemple.invalid\"></iframe>")]
    [InlineData("<style>body{display:none}</style>")]
    [InlineData("<a href=\"javascript:alert(1)\">lien</a>")]
    [InlineData("<!-- commentaire -->")]
    public void Render_RawHtml_IsShownAsTextNeverInterpreted(string markdown)
    {
        var html = Render(markdown);
        var body = Body(html);
        Assert.Empty(body.QuerySelectorAll("script, img, iframe, style, div, a"));
        Assert.DoesNotContain(body.Descendants<IElement>().SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);

        // The author sees what they wrote.
        Assert.Contains(markdown.Trim(), body.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[cliquez](javascript:alert(1))", "cliquez")]
    [InlineData("[cliquez](JavaScript:alert(1))", "cliquez")]
    [InlineData("[cliquez](vbscript:msgbox)", "cliquez")]
    [InlineData("[cliquez](data:text/html;base64,PHNjcmlwdD4=)", "cliquez")]
    [InlineData("![une image](javascript:alert(1))", "une image")]
    public void Render_LinksThatWouldRunScript_AreShownAsTheirText(string markdown, string text)
    {
        var body = Body(Render(markdown));
        Assert.Empty(body.QuerySelectorAll("a, img"));
        Assert.Equal(text, body.TextContent.Trim());
    }

    [Theory]
    [InlineData("[la loi](https://www.legifrance.gouv.fr/)", "https://www.legifrance.gouv.fr/")]
    [InlineData("[écrire](mailto:dd@exemple.fr)", "mailto:dd@exemple.fr")]
    [InlineData("[le budget](/budget/)", "/budget/")]
    public void Render_OrdinaryLinks_AreKept(string markdown, string href) =>
        Assert.Equal(href, Assert.Single(Body(Render(markdown)).QuerySelectorAll("a")).GetAttribute("href"));

    [Theory]
    [InlineData("# Un\n\n## Deux\n\n### Trois", 2, new[] { 2, 3, 4 })]
    [InlineData("# Un\n\n## Deux", 3, new[] { 3, 4 })]
    [InlineData("## Deux\n\n### Trois", 2, new[] { 2, 3 })]
    [InlineData("### Trois\n\n#### Quatre", 2, new[] { 2, 3 })]
    [InlineData("#### Quatre", 3, new[] { 3 })]
    [InlineData("# Un\n\n###### Six", 4, new[] { 4, 6 })]
    [InlineData("Titre\n=====\n\nSous-titre\n----------", 3, new[] { 3, 4 })]
    public void Render_Headings_AreShiftedSoTheHighestBecomesTheGivenLevel(string markdown, int level, int[] expected)
    {
        var levels = Body(Render(markdown, level)).QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0');
        Assert.Equal(expected, levels);
    }

    [Fact]
    public void Render_TextWithoutHeadings_IsUnchangedByTheShift() =>
        Assert.Equal("<p>Un paragraphe.</p>", Render("Un paragraphe.", 5));

    [Fact]
    public void Render_Acronym_IsMarkedOnItsFirstUseOnlyWithItsExpansionAsTitle()
    {
        var scope = new AbbreviationScope();
        var first = Body(Render("Les QPV de l'agglomération : trois QPV.", 2, scope));
        var abbr = Assert.Single(first.QuerySelectorAll("abbr"));
        Assert.Equal("QPV", abbr.TextContent);
        Assert.Equal("Quartier prioritaire de la politique de la ville", abbr.GetAttribute("title"));
        Assert.Equal("Les QPV de l'agglomération : trois QPV.", first.TextContent.Trim());

        // Later text of the same page: no more abbr for QPV, but a first PCAET is marked.
        var later = Body(Render("Un QPV et le PCAET.", 2, scope));
        Assert.Equal(["PCAET"], later.QuerySelectorAll("abbr").Select(a => a.TextContent));

        // Another page starts afresh.
        Assert.Single(Body(Render("Un QPV.", 2, new AbbreviationScope())).QuerySelectorAll("abbr"));
    }

    [Fact]
    public void RenderPlain_PlainTitles_ShareThePageScope()
    {
        var scope = new AbbreviationScope();
        var title = Renderer.RenderPlain("Le PCAET & les QPV <2024>", scope);
        Assert.Equal(["PCAET", "QPV"], Body(title).QuerySelectorAll("abbr").Select(a => a.TextContent));
        Assert.Contains("&amp;", title, StringComparison.Ordinal);
        Assert.Contains("&lt;2024&gt;", title, StringComparison.Ordinal);
        Assert.Empty(Body(Render("Le PCAET des QPV.", 2, scope)).QuerySelectorAll("abbr"));
    }

    [Theory]
    [InlineData("Les AQPV ne sont pas des quartiers.")]
    [InlineData("Plusieurs QPVs.")]
    [InlineData("Le QPV2 n'existe pas.")]
    [InlineData("Émission de CO2e.")]
    [InlineData("PCAETS")]
    [InlineData("Le code `QPV` reste du code.")]
    public void Render_AcronymInsideAWordOrInCode_IsNotMarked(string markdown) =>
        Assert.Empty(Body(Render(markdown)).QuerySelectorAll("abbr"));

    [Theory]
    [InlineData("(QPV)", "QPV")]
    [InlineData("« QPV »", "QPV")]
    [InlineData("Le QPV.", "QPV")]
    [InlineData("d'QPV-Est", "QPV")]
    [InlineData("Moins de CO2 !", "CO2")]
    [InlineData("La R&D locale", "R&D")]
    public void Render_AcronymBetweenPunctuation_IsMarked(string markdown, string term) =>
        Assert.Equal(term, Assert.Single(Body(Render(markdown)).QuerySelectorAll("abbr")).TextContent);

    [Fact]
    public void Render_AbbrTitle_IsEncoded()
    {
        var html = Render("La R&D.");
        Assert.DoesNotContain("<sic>", html, StringComparison.Ordinal);
        Assert.Equal("Recherche « et » développement <sic>", Body(html).QuerySelector("abbr")!.GetAttribute("title"));
    }

    [Fact]
    public void Render_AcronymsInEmphasisListItemsAndLinkText_AreMarked()
    {
        var body = Body(Render("- **Le QPV** du centre\n- [le PCAET](/referentiels/)\n- *CO2* évité"));
        Assert.Equal(["QPV", "PCAET", "CO2"], body.QuerySelectorAll("abbr").Select(a => a.TextContent));
        Assert.Equal("PCAET", body.QuerySelector("a > abbr")?.TextContent);
    }

    [Fact]
    public void Render_WithoutAGlossary_MarksNothing()
    {
        var renderer = new MarkdownRenderer([]);
        Assert.Equal("<p>Les QPV.</p>", renderer.Render("Les QPV.", 2, new AbbreviationScope()));
        Assert.Equal("Les QPV &amp; co", renderer.RenderPlain("Les QPV & co", new AbbreviationScope()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Render_EmptyText_RendersNothing(string markdown) => Assert.Equal(string.Empty, Render(markdown));

    [Fact]
    public void Render_PipeTables_HaveColumnHeadersAndNoInlineStyle()
    {
        var html = Render("| Politique | Montant |\n|:--|--:|\n| Eau | 12 € |\n| Habitat | 3 € |");
        var table = Assert.Single(Body(html).QuerySelectorAll("table"));
        Assert.Equal(["Politique", "Montant"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.All(table.QuerySelectorAll("th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Equal(2, table.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(["Eau", "12 €", "Habitat", "3 €"], table.QuerySelectorAll("tbody td").Select(td => td.TextContent));
        Assert.Empty(table.QuerySelectorAll("[style]"));
        Assert.Equal("align-right", table.QuerySelectorAll("tbody td")[1].ClassName);
    }

    [Fact]
    public void Render_StrikethroughAndLists_AreRendered()
    {
        var body = Body(Render("~~ancien~~ nouveau\n\n1. un\n2. deux"));
        Assert.NotNull(body.QuerySelector("del"));
        Assert.Equal(2, body.QuerySelectorAll("ol > li").Length);
    }

    [Theory]
    [InlineData("un projet [SmartCity]{lang=en} primé", "en", "SmartCity")]
    [InlineData("les [serious games]{lang=en}…", "en", "serious games")]
    [InlineData("[Ostal]{lang=oc} de la vila", "oc", "Ostal")]
    [InlineData("[Ação]{lang=pt-BR}", "pt-BR", "Ação")]
    [InlineData("[Stadtwerke]{lang=\"de\"}", "de", "Stadtwerke")]
    public void Render_PassageMarkedWithItsLanguage_IsASpanWithLang(string markdown, string language, string passage)
    {
        var body = Body(Render(markdown));
        var span = Assert.Single(body.QuerySelectorAll("span[lang]"));
        Assert.Equal(language, span.GetAttribute("lang"));
        Assert.Equal(passage, span.TextContent);
        Assert.DoesNotContain("{lang", body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("[", body.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[texte]{lang=anglais}")]
    [InlineData("[texte]{lang=e}")]
    [InlineData("[texte]{class=rouge}")]
    [InlineData("[texte]{lang=en")]
    [InlineData("[]{lang=en}")]
    [InlineData("[un [mot] imbriqué]{lang=en}")]
    public void Render_AnythingElseInBraces_IsNoLanguageSpan(string markdown) =>
        Assert.Empty(Body(Render(markdown)).QuerySelectorAll("span[lang]"));

    [Fact]
    public void Render_PassageMarkedWithALanguage_IsWrittenAsTextNeverAsHtml()
    {
        var body = Body(Render("[<b>gras</b>]{lang=en}"));
        var span = Assert.Single(body.QuerySelectorAll("span[lang=en]"));
        Assert.Empty(span.Children);
        Assert.Equal("<b>gras</b>", span.TextContent);
    }

    [Fact]
    public void Render_LinkMarkedWithALanguage_IsStillALink()
    {
        var body = Body(Render("[le plan](https://exemple.fr/plan.pdf){lang=en}"));
        Assert.Single(body.QuerySelectorAll("a"));
        Assert.Empty(body.QuerySelectorAll("span[lang]"));
    }
}
