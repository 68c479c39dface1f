using Markdig;
using Rdd.Domain.Reports;
using Rdd.Domain.Validation;
using Rdd.Site.Content;
using Rdd.Site.Pages;
using Rdd.Site.Tests.Output;
using Rdd.Site.Tests.Site;

namespace Rdd.Site.Tests.Hardening;

/// <summary>
/// What Word puts in a text pasted into the content files is read as the author meant it: curly and French quotes,
/// non-breaking spaces, dashes for hyphens and minus signs, « a, b » lists, bullets; numbers and dates written the French
/// way get the value to write; a key figure may be a change (« −52 % »).
/// </summary>
public sealed class WordTypographyTests
{
    private const string Section = "2025/partie-1/01-climat.md";
    private const string PlanVelo = "## Plan vélo communal {#plan-velo avancement=lancement finalites=epanouissement termes=plan-climat:mobilites}";
    private const string KeyFigures = "2025/chiffres-cles.yml";

    private static Rdd.Domain.Reports.ReportAction PlanVeloAction(LoadedContent loaded, string id = "plan-velo") =>
        loaded.Latest!.Report.Parts.SelectMany(p => p.Sections).SelectMany(s => s.Actions).Single(a => a.Id == id);

    private static KeyFigure Figure(LoadedContent loaded, string id) => loaded.Latest!.Report.KeyFigures.Single(f => f.Id == id);

    // 1. Typography in action attributes and YAML codes.

    [Theory]
    [InlineData("avancement=“lancement”")]
    [InlineData("avancement=”lancement”")]
    [InlineData("avancement=„lancement“")]
    [InlineData("avancement=‘lancement’")]
    [InlineData("avancement=«\u00A0lancement\u00A0»")]
    [InlineData("avancement=«\u202Flancement\u202F»")]
    public void Load_CurlyAndFrenchQuotesAroundAnAttributeValue_AreQuotes(string progress)
    {
        using var content = new TempContent();
        content.Replace(Section, "avancement=lancement", progress);

        var loaded = content.Load();

        Diagnostics.None(loaded.Diagnostics);
        Assert.Equal(Progress.Launched, PlanVeloAction(loaded).Progress);
    }

    [Theory]
    [InlineData("finalites=epanouissement, cohesion")]
    [InlineData("finalites=epanouissement,\u00A0cohesion")]
    [InlineData("finalites=epanouissement ,cohesion")]
    [InlineData("finalites=epanouissement , cohesion")]
    [InlineData("finalites=“epanouissement, cohesion”")]
    public void Load_SpaceAfterACommaInAnAttributeList_ContinuesTheList(string finalities)
    {
        using var content = new TempContent();
        content.Replace(Section, "finalites=epanouissement", finalities);

        var loaded = content.Load();

        Diagnostics.None(loaded.Diagnostics);
        Assert.Equal(["epanouissement", "cohesion"], PlanVeloAction(loaded).Finalities);
        Assert.Equal(Progress.Launched, PlanVeloAction(loaded).Progress);
    }

    [Fact]
    public void Load_ListEndingWithAComma_DoesNotSwallowTheNextAttribute()
    {
        using var content = new TempContent();
        content.Replace(Section, "avancement=lancement finalites=epanouissement", "finalites=epanouissement, avancement=lancement");

        var loaded = content.Load();

        Diagnostics.None(loaded.Diagnostics);
        Assert.Equal(["epanouissement"], PlanVeloAction(loaded).Finalities);
        Assert.Equal(Progress.Launched, PlanVeloAction(loaded).Progress);
    }

    [Fact]
    public void Load_PartnersSeparatedBySemicolonsAndSpacesInFrenchQuotes_AreEachAPartner()
    {
        using var content = new TempContent();
        content.Replace(Section, "termes=plan-climat:mobilites}", "termes=plan-climat:mobilites partenaires=«\u00A0Région Occitanie ; SNCF\u2013Voyageurs\u00A0»}");

        var loaded = content.Load();

        Diagnostics.None(loaded.Diagnostics);
        Assert.Equal(["Région Occitanie", "SNCF\u2013Voyageurs"], PlanVeloAction(loaded).Partners);
    }

    [Theory]
    [InlineData('\u2013')]
    [InlineData('\u2014')]
    [InlineData('\u2011')]
    [InlineData('\u2212')]
    public void Check_DashTypedForAHyphenInIdsAndCodes_IsAHyphen(char dash)
    {
        using var content = new TempContent();
        content.Replace(Section, PlanVelo, $"## Plan vélo communal {{#plan{dash}velo avancement=lancement finalites=epanouissement termes=plan{dash}climat:mobilites chiffres=pistes{dash}cyclables}}");
        content.Replace(KeyFigures, "id: part-bio-local", $"id: part{dash}bio{dash}local");
        content.Replace("2025/partie-1/01-climat.md", "finalites: [climat]", $"finalites: [climat]\nid: lutte{dash}climat");

        var checkedContent = content.Check();

        Diagnostics.None(checkedContent.Result.Diagnostics.Where(d => d.Severity == Severity.Error));
        var action = PlanVeloAction(checkedContent.Content);
        Assert.Equal(["pistes-cyclables"], action.Figures);
        Assert.Equal("plan-climat", Assert.Single(action.Terms).Taxonomy);
        Assert.Equal("part-bio-local", Figure(checkedContent.Content, "part-bio-local").Id);
        Assert.Contains(checkedContent.Content.Latest!.Report.Parts[0].Sections, s => s.Id == "lutte-climat");
    }

    [Fact]
    public void Load_NonBreakingSpacesAndFrenchQuotesInAYamlListOfCodes_AreReadAsMeant()
    {
        using var content = new TempContent();
        content.Replace(Section, "finalites: [climat]", "finalites: [« climat », cohésion\u00A0]");

        var loaded = content.Load();

        Diagnostics.None(loaded.Diagnostics);
        Assert.Equal(["climat", "cohesion"], loaded.Latest!.Report.Parts[0].Sections[0].DefaultFinalities);
    }

    [Theory]
    [InlineData("unite: “%”")]
    [InlineData("unite: «\u00A0%\u00A0»")]
    [InlineData("unite: ‘%’")]
    public void Load_CurlyQuotesWrappingAWholeYamlValue_AreTakenOff(string unit)
    {
        using var content = new TempContent();
        content.Replace(KeyFigures, "unite: \"%\"", unit);
        content.Replace(KeyFigures, "theme: Alimentation", "theme: “Alimentation”");

        var loaded = content.Load();

        Diagnostics.None(loaded.Diagnostics);
        Assert.Equal("%", Figure(loaded, "part-bio-local").Unit);
        Assert.Equal("Alimentation", Figure(loaded, "part-bio-local").Theme);
    }

    [Fact]
    public void Load_FrenchQuotationMarksInAText_AreKeptAsTypography()
    {
        using var content = new TempContent();
        content.Replace(KeyFigures, "theme: Alimentation", "theme: « Alimentation »");

        var loaded = content.Load();

        Diagnostics.None(loaded.Diagnostics);
        Assert.Equal("« Alimentation »", Figure(loaded, "part-bio-local").Theme);
    }

    [Fact]
    public void Load_CurlyQuotesThatBreakTheYaml_AreExplained()
    {
        using var content = new TempContent();
        content.Replace("2025/rapport.yml", "titre: Rapport sur la situation en matière de développement durable 2025", "titre: “Rapport 2025 : la situation”");

        var diagnostic = Diagnostics.Single(content.Load().Diagnostics, "RDD2010");

        Assert.Equal("2025/rapport.yml", diagnostic.Location?.Path);
        Assert.Equal(4, diagnostic.Location?.Line);
        Assert.Contains("Les guillemets typographiques (“ ”, ‘ ’, « ») que pose un traitement de texte ne sont pas des guillemets pour YAML : entourez la valeur de guillemets droits, \"comme ceci\".", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("–3")]
    [InlineData("−3")]
    [InlineData("“-3”")]
    public void Load_DashOrMinusSignBeforeANumber_IsAMinus(string written)
    {
        using var content = new TempContent();
        content.Replace(KeyFigures, "valeur: 3\n", $"valeur: {written}\n");

        var loaded = content.Load();

        Diagnostics.None(loaded.Diagnostics);
        Assert.Equal(-3m, Figure(loaded, "pistes-cyclables").Value);
    }

    // 2. Bullets pasted from Word.

    [Theory]
    [InlineData("• Arceaux\n• Pistes\n• Zones 30")]
    [InlineData("•\tArceaux\n•\tPistes\n•\tZones 30")]
    [InlineData("▪ Arceaux\n▪ Pistes\n▪ Zones 30")]
    [InlineData("•Arceaux\n•Pistes\n•Zones 30")]
    [InlineData("– Arceaux\n– Pistes\n– Zones 30")]
    [InlineData("\uF0B7\tArceaux\n\uF0B7\tPistes\n\uF0B7\tZones 30")]
    [InlineData("    • Arceaux\n    • Pistes\n    • Zones 30")]
    public void Load_LinesOfWordBullets_AreAListAndTheFileIsUnchanged(string bullets)
    {
        using var content = new TempContent();
        content.Replace(Section, "Douze kilomètres", $"Nos axes :\n{bullets}\n\nDouze kilomètres");
        var written = content.Read(Section);

        var loaded = content.Load();

        Diagnostics.None(loaded.Diagnostics);
        var html = Markdown.ToHtml(PlanVeloAction(loaded).Body);
        Assert.Contains("<p>Nos axes :</p>\n<ul>\n<li>Arceaux</li>\n<li>Pistes</li>\n<li>Zones 30</li>\n</ul>", html, StringComparison.Ordinal);
        Assert.Equal(written, content.Read(Section));
    }

    [Fact]
    public void Load_SecondLevelBulletAfterAnItem_IsANestedList()
    {
        using var content = new TempContent();
        content.Replace(Section, "Douze kilomètres", "• Pistes\n◦ Rue de la Gare\no\tAvenue Foch\n• Arceaux\n\nDouze kilomètres");

        var loaded = content.Load();

        Diagnostics.None(loaded.Diagnostics);
        var html = Markdown.ToHtml(PlanVeloAction(loaded).Body);
        Assert.Contains("<li>Pistes\n<ul>\n<li>Rue de la Gare</li>\n<li>Avenue Foch</li>\n</ul>\n</li>\n<li>Arceaux</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BulletsInTheMiddleOfALine_GetAWarningSayingHowToWriteAList()
    {
        using var content = new TempContent();
        content.Replace(Section, "Douze kilomètres de pistes", "Nos axes : • Pistes • Arceaux\n\nDouze kilomètres de pistes");

        var diagnostic = Diagnostics.Only(content.Load().Diagnostics, "RDD2061");

        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Diagnostics.At(diagnostic, "RDD2061", Section, 12, 12);
        Assert.Equal("Puce « • » au milieu d'une ligne : « Nos axes : • Pistes • Arceaux ». Un lecteur d'écran n'y voit pas de liste ; mettez chaque élément sur sa propre ligne, commençant par « - » suivi d'une espace.", diagnostic.Message);
    }

    [Theory]
    [InlineData("```\n• garde\n```")]
    [InlineData("Les émissions – de 5 % – baissent.")]
    [InlineData("Les émissions baissent\n–5 % en un an.")]
    public void Load_DashesAndBulletsThatAreNotListMarkers_AreLeftAsWritten(string text)
    {
        using var content = new TempContent();
        content.Replace(Section, "Douze kilomètres de pistes cyclables programmés d'ici 2028, dont trois livrés en 2025.", text);

        var loaded = content.Load();

        Diagnostics.None(loaded.Diagnostics);
        Assert.Equal(text, PlanVeloAction(loaded).Body);
    }

    // 3. Numbers and dates in YAML data.

    [Fact]
    public void Load_LikelyThousandsPoint_GetsAWarningGivingBothReadings()
    {
        using var content = new TempContent();
        content.Replace(KeyFigures, "valeur: 3\n", "valeur: 1.850\n");

        var loaded = content.Load();

        var diagnostic = Diagnostics.Only(loaded.Diagnostics, "RDD2060");
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Diagnostics.At(diagnostic, "RDD2060", KeyFigures, 10, 13);
        Assert.Equal("« valeur » vaut « 1.850 », lu 1,85 : en YAML, le point est le séparateur décimal. S'il s'agit de 1\u202F850, écrivez 1850 ; s'il s'agit bien de 1,85, écrivez 1.85.", diagnostic.Message);
        Assert.Equal(1.85m, Figure(loaded, "pistes-cyclables").Value);
    }

    [Theory]
    [InlineData("1.85")]
    [InlineData("0.125")]
    [InlineData("1850")]
    public void Load_NumberThatIsNotAmbiguous_GetsNoWarning(string written)
    {
        using var content = new TempContent();
        content.Replace(KeyFigures, "valeur: 3\n", $"valeur: {written}\n");

        Diagnostics.None(content.Load().Diagnostics);
    }

    [Theory]
    [InlineData(KeyFigures, "valeur: 3\n", "valeur: 2,4 M€\n", "« valeur » attend un nombre, pas « 2,4 M€ ». Écrivez le nombre seul, sans unité ni espace, avec un point décimal : 2400000 (ou 2.4 avec « unite: M€ »).")]
    [InlineData(KeyFigures, "valeur: 3\n", "valeur: -30 %\n", "« valeur » attend un nombre, pas « -30 % ». Écrivez le nombre seul, sans unité ni espace, avec un point décimal : -30 ; l'unité s'écrit à part, dans « unite: ».")]
    [InlineData(KeyFigures, "valeur: 3\n", "valeur: –30\u00A0%\n", "« valeur » attend un nombre, pas « –30\u00A0% ». Écrivez le nombre seul, sans unité ni espace, avec un point décimal : -30 ; l'unité s'écrit à part, dans « unite: ».")]
    [InlineData("2025/budget.yml", "fonctionnement: 12500000", "fonctionnement: 850 000 €", "« fonctionnement » attend un nombre, pas « 850 000 € ». Écrivez le nombre seul, sans unité ni espace, avec un point décimal : 850000 ; les montants s'écrivent en euros.")]
    [InlineData("2025/budget.yml", "fonctionnement: 12500000", "fonctionnement: 12,5 millions d’euros", "« fonctionnement » attend un nombre, pas « 12,5 millions d’euros ». Écrivez le nombre seul, sans unité ni espace, avec un point décimal : 12500000 ; les montants s'écrivent en euros.")]
    [InlineData("2025/budget.yml", "fonctionnement: 12500000", "fonctionnement: 12.500.000", "« fonctionnement » attend un nombre, pas « 12.500.000 ». Écrivez : 12500000.")]
    [InlineData("2025/budget.yml", "fonctionnement: 12500000", "fonctionnement: 12\u202F500\u202F000", "« fonctionnement » attend un nombre, pas « 12\u202F500\u202F000 ». Écrivez les nombres sans espace : 12500000.")]
    public void Load_NumberWrittenTheFrenchWay_IsAnErrorGivingTheNumberToWrite(string file, string old, string written, string message)
    {
        using var content = new TempContent();
        content.Replace(file, old, written);

        var diagnostic = Diagnostics.Only(content.Load().Diagnostics, "RDD2012");

        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(file, diagnostic.Location?.Path);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void Load_WholeNumberWithThousandsPoints_GetsTheNumberToWrite()
    {
        using var content = new TempContent();
        content.Replace("2025/rapport.yml", "annee_budget: 2026", "annee_budget: 2.026");

        var diagnostic = Diagnostics.Only(content.Load().Diagnostics, "RDD2012");

        Assert.Equal("« annee_budget » attend un nombre entier, pas « 2.026 ». Écrivez les nombres sans séparateur des milliers : 2026.", diagnostic.Message);
    }

    [Theory]
    [InlineData("15/01/2026", "2026-01-15")]
    [InlineData("15.01.2026", "2026-01-15")]
    [InlineData("5-1-26", "2026-01-05")]
    [InlineData("15 janvier 2026", "2026-01-15")]
    [InlineData("1er février 2026", "2026-02-01")]
    public void Load_DateWrittenTheFrenchWay_GetsTheDateToWrite(string written, string proposed)
    {
        using var content = new TempContent();
        content.Replace("2025/rapport.yml", "date_presentation: 2026-01-22", $"date_presentation: {written}");

        var diagnostic = Diagnostics.Only(content.Load().Diagnostics, "RDD2012");

        Diagnostics.At(diagnostic, "RDD2012", "2025/rapport.yml", 5, 20);
        Assert.Equal($"« date_presentation » attend une date AAAA-MM-JJ (par exemple 2025-02-10), pas « {written} » : écrivez {proposed}.", diagnostic.Message);
    }

    [Fact]
    public void Load_ImpossibleDate_GetsNoProposal()
    {
        using var content = new TempContent();
        content.Replace("2025/rapport.yml", "date_presentation: 2026-01-22", "date_presentation: 31/02/2026");

        var diagnostic = Diagnostics.Only(content.Load().Diagnostics, "RDD2012");

        Assert.Equal("« date_presentation » attend une date AAAA-MM-JJ (par exemple 2025-02-10), pas « 31/02/2026 ».", diagnostic.Message);
    }

    [Fact]
    public void Check_BudgetAmountOfZero_GetsAnInformationRecallingNonCommunique()
    {
        using var content = new TempContent();
        content.Replace("2025/budget.yml", "investissement: 5400000", "investissement: 0");
        content.Replace("2025/budget.yml", "total_investissement: 8600000", "total_investissement: 3200000");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD1025");

        Assert.Equal(Severity.Info, diagnostic.Severity);
        Diagnostics.At(diagnostic, "RDD1025", "2025/budget.yml", 12, 21);
        Assert.Equal("Le montant d'investissement de « Cadre de vie » est de 0\u00A0€ : le site affichera que rien n'a été dépensé. Si le montant n'est pas connu, écrivez « non communiqué » à la place de 0.", diagnostic.Message);
    }

    // 4. Key figures that are changes.

    [Theory]
    [InlineData("baisse", Change.Decrease, "\u221252\u00A0%")]
    [InlineData("Baisse", Change.Decrease, "\u221252\u00A0%")]
    [InlineData("hausse", Change.Increase, "+52\u00A0%")]
    public void Check_KeyFigureDeclaredAChange_IsReadAndShownWithItsSign(string written, Change change, string shown)
    {
        using var content = new TempContent();
        content.Replace(KeyFigures, "    unite: \"%\"\n", $"    unite: \"%\"\n    evolution: {written}\n");

        var checkedContent = content.Check();

        Diagnostics.None(checkedContent.Result.Diagnostics);
        var figure = Figure(checkedContent.Content, "part-bio-local");
        Assert.Equal(change, figure.Change);
        Assert.Equal(52m, figure.Value);
        Assert.Equal(shown, KeyFigureViews.Value(figure));
    }

    [Fact]
    public void Check_IncreaseAbove100Percent_IsLegitimate()
    {
        using var content = new TempContent();
        content.Replace(KeyFigures, "    valeur: 52\n    unite: \"%\"\n", "    valeur: 1500\n    unite: \"%\"\n    evolution: hausse\n");

        var checkedContent = content.Check();

        Diagnostics.None(checkedContent.Result.Diagnostics);
        Assert.Equal("+1\u202F500\u00A0%", KeyFigureViews.Value(Figure(checkedContent.Content, "part-bio-local")));
    }

    [Fact]
    public void Check_NegativeShare_IsStillRDD1021AndSaysHowToWriteADecrease()
    {
        using var content = new TempContent();
        content.Replace(KeyFigures, "valeur: 52\n", "valeur: –52\n");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD1021");

        Diagnostics.At(diagnostic, "RDD1021", KeyFigures, 5, 13);
        Assert.Equal("Le chiffre clé « de produits durables et de qualité dans les cantines » vaut \u221252 % : un pourcentage est compris entre 0 et 100. S'il s'agit d'une baisse, écrivez la valeur sans signe (52) et « evolution: baisse » : le site affichera « \u221252\u00A0% ».", diagnostic.Message);
    }

    [Fact]
    public void Check_ShareAbove100_IsStillRDD1021AndSaysHowToWriteAnIncrease()
    {
        using var content = new TempContent();
        content.Replace(KeyFigures, "valeur: 52\n", "valeur: 150\n");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD1021");

        Assert.EndsWith("S'il s'agit d'une hausse, ajoutez « evolution: hausse » : le site affichera « +150\u00A0% ».", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DecreaseWrittenWithASign_IsRDD1026()
    {
        using var content = new TempContent();
        content.Replace(KeyFigures, "    valeur: 52\n    unite: \"%\"\n", "    valeur: -52\n    unite: \"%\"\n    evolution: baisse\n");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD1026");

        Diagnostics.At(diagnostic, "RDD1026", KeyFigures, 5, 13);
        Assert.Equal("Le chiffre clé « de produits durables et de qualité dans les cantines » est une baisse (evolution: baisse) et sa valeur a un signe (\u221252) : écrivez-la sans signe, 52 ; le site affichera « \u221252\u00A0% ».", diagnostic.Message);
    }

    [Fact]
    public void Check_DecreaseAbove100Percent_IsRDD1021()
    {
        using var content = new TempContent();
        content.Replace(KeyFigures, "    valeur: 52\n    unite: \"%\"\n", "    valeur: 120\n    unite: \"%\"\n    evolution: baisse\n");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD1021");

        Assert.Equal("Le chiffre clé « de produits durables et de qualité dans les cantines » est une baisse de 120 % : une baisse ne dépasse pas 100 %.", diagnostic.Message);
    }

    [Fact]
    public void Load_UnknownDirection_IsRDD2015SuggestingTheClosest()
    {
        using var content = new TempContent();
        content.Replace(KeyFigures, "    unite: \"%\"\n", "    unite: \"%\"\n    evolution: bais\n");

        var diagnostic = Diagnostics.Only(content.Load().Diagnostics, "RDD2015");

        Assert.Equal("Valeur « bais » non reconnue pour « evolution ». Vouliez-vous dire « baisse » ?", diagnostic.Message);
    }

    [Fact]
    public void Build_DecreaseAndPastedList_AreShownOnTheSiteAndInItsOpenData()
    {
        using var content = new TempContent();
        content.Replace(KeyFigures, "    unite: \"%\"\n", "    unite: \"%\"\n    evolution: baisse\n");
        content.Replace(Section, "Douze kilomètres", "• Arceaux\n• Pistes\n\nDouze kilomètres");
        using var output = new SiteTempFolder();
        var site = output.Combine("site");

        var (code, stdout, stderr) = BuildCommandOutputTests.Rdd("build", content.Root, "-o", site);

        Assert.True(code == 0, stdout + stderr);
        var home = File.ReadAllText(Path.Combine(site, "index.html"));
        Assert.Contains("<p class=\"key-figure-value\">\u221252&#xA0;%</p>", home, StringComparison.Ordinal);
        var section = File.ReadAllText(Path.Combine(site, "partie-1", "climat", "index.html"));
        Assert.Contains("<ul>\n<li>Arceaux</li>\n<li>Pistes</li>\n</ul>", section, StringComparison.Ordinal);
        Assert.DoesNotContain("•", section, StringComparison.Ordinal);
        Assert.Contains("part-bio-local;Alimentation;52;%;de produits durables et de qualité dans les cantines;exact;baisse", File.ReadAllText(Path.Combine(site, "donnees", "chiffres-cles.csv")), StringComparison.Ordinal);
        Assert.Contains("\"change\": \"decrease\"", File.ReadAllText(Path.Combine(site, "donnees", "rapport.json")), StringComparison.Ordinal);
    }
}
