using NodaTime;
using Rdd.Domain.Reports;
using Rdd.Domain.Validation;

namespace Rdd.Site.Tests.Content;

public sealed class MappingReaderTests
{
    private const string Figures = "2025/chiffres-cles.yml";
    private const string Budget = "2025/budget.yml";

    [Fact]
    public void Number_DecimalComma_SuggestsAPoint()
    {
        using var content = new TempContent();
        content.Replace(Figures, "valeur: 52", "valeur: 12,5");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2012");

        Diagnostics.At(diagnostic, "RDD2012", Figures, 5, 13);
        Assert.Contains("pas « 12,5 »", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Utilisez un point décimal : 12.5.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1 850")]
    [InlineData("1\u00a0850")]
    [InlineData("1\u202f850")]
    public void Number_SpacedThousands_SuggestsTheNumberWithoutSpace(string written)
    {
        using var content = new TempContent();
        content.Replace(Figures, "valeur: 52", "valeur: " + written);

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2012");

        Diagnostics.At(diagnostic, "RDD2012", Figures, 5, 13);
        Assert.Contains("Écrivez les nombres sans espace : 1850.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Number_SpacedThousandsWithDecimalComma_SuggestsTheNumber()
    {
        using var content = new TempContent();
        content.Replace(Figures, "valeur: 52", "valeur: 1 850,5");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2012");

        Assert.Contains(": 1850.5.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Number_Text_ReportsRdd2012WithoutSuggestion()
    {
        using var content = new TempContent();
        content.Replace(Figures, "valeur: 52", "valeur: beaucoup");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2012");

        Diagnostics.At(diagnostic, "RDD2012", Figures, 5, 13);
        Assert.EndsWith("« valeur » attend un nombre, pas « beaucoup ».", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Integer_SpacedThousands_SuggestsTheNumberWithoutSpace()
    {
        using var content = new TempContent();
        content.Replace("site.yml", "population: 61200", "population: 61 200");

        var check = content.Check();

        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, "RDD2012");
        Diagnostics.At(diagnostic, "RDD2012", "site.yml", 6, 15);
        Assert.Contains("attend un nombre entier, pas « 61 200 ». Écrivez les nombres sans espace : 61200.", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(check.Content.Years);
    }

    [Fact]
    public void Integer_Decimal_ReportsRdd2012()
    {
        using var content = new TempContent();
        content.Replace("2025/rapport.yml", "annee_budget: 2026", "annee_budget: 2026.5");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2012");

        Diagnostics.At(diagnostic, "RDD2012", "2025/rapport.yml", 3, 15);
    }

    [Fact]
    public void Text_GivenAList_ReportsRdd2012AtTheList()
    {
        using var content = new TempContent();
        content.Replace("2025/rapport.yml", "titre: Rapport", "titre: [Rapport, 2025]\nancien_titre: Rapport");

        var diagnostics = content.Load().Diagnostics;

        var diagnostic = Diagnostics.Single(diagnostics, "RDD2012");
        Diagnostics.At(diagnostic, "RDD2012", "2025/rapport.yml", 4, 8);
        Assert.Contains("pas une liste", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UnknownKey_SuggestsTheClosestAndReportsNothingElse()
    {
        using var content = new TempContent();
        content.Replace(Figures, "    libelle: de produits", "    libele: de produits");

        var check = content.Check();

        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, "RDD2011");
        Diagnostics.At(diagnostic, "RDD2011", Figures, 7, 5);
        Assert.Equal("Clé inconnue « libele » dans chiffre. Vouliez-vous dire « libelle » ?", diagnostic.Message);
    }

    [Fact]
    public void Open_UnknownKeyLikeNoOther_ListsThePossibleKeys()
    {
        using var content = new TempContent();
        content.Replace("2025/rapport.yml", "annee_budget: 2026", "annee_budget: 2026\nzzz: 1");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2011");

        Diagnostics.At(diagnostic, "RDD2011", "2025/rapport.yml", 4, 1);
        Assert.Contains("Clés possibles : annee, annee_budget, titre", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingRequiredKey_ReportsRdd2013AtTheMapping()
    {
        using var content = new TempContent();
        content.Replace(Figures, "    libelle: de pistes cyclables livrées\n", string.Empty);

        var check = content.Check();

        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, "RDD2013");
        Diagnostics.At(diagnostic, "RDD2013", Figures, 8, 5);
        Assert.StartsWith("La clé obligatoire « libelle » manque dans chiffre", diagnostic.Message, StringComparison.Ordinal);

        // The figure is kept, so that references to it do not become second errors; nothing is published anyway.
        Assert.Equal(2, check.Content.Latest!.Report.KeyFigures.Count);
    }

    [Theory]
    [InlineData("annee: 2025", "annee:")]
    [InlineData("annee: 2025", "annee: ~")]
    public void Open_RequiredKeyWithoutValue_ReportsRdd2013AtTheKey(string old, string replacement)
    {
        // Found by ContentLoaderProperties: an empty required year dropped the whole year without a word.
        using var content = new TempContent();
        content.Replace("2025/rapport.yml", old, replacement);

        var check = content.Check();

        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, "RDD2013");
        Diagnostics.At(diagnostic, "RDD2013", "2025/rapport.yml", 2, 1);
        Assert.StartsWith("La clé obligatoire « annee » n'a pas de valeur dans rapport.yml", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(check.Success);
    }

    [Fact]
    public void Open_MissingRequiredTopLevelKey_ReportsRdd2013AtTheFirstKey()
    {
        using var content = new TempContent();
        content.Replace(Budget, "annee: 2025\n", string.Empty);

        var check = content.Check();

        Diagnostics.At(Diagnostics.Only(check.Result.Diagnostics, "RDD2013"), "RDD2013", Budget, 2, 1);
        Assert.Null(check.Content.Latest!.Report.Budget);
    }

    [Fact]
    public void Open_KeysWithAccentsCaseAndDashes_AreAccepted()
    {
        using var content = new TempContent();
        content.Replace(Figures, "    libelle: de produits", "    Libellé: de produits");
        content.Replace("2025/rapport.yml", "annee_budget: 2026", "année-budget: 2027");

        var check = content.Check();

        Diagnostics.None(check.Content.Diagnostics);
        Assert.Equal(2027, check.Content.Latest!.Report.BudgetYear);
        Assert.Equal("de produits durables et de qualité dans les cantines", check.Content.Latest.Report.KeyFigures[0].Label);
    }

    [Fact]
    public void Open_SameKeyWithAndWithoutAccent_ReportsRdd2014AtTheSecond()
    {
        using var content = new TempContent();
        content.Replace(Figures, "    libelle: de produits durables et de qualité dans les cantines", "    libelle: de produits durables et de qualité dans les cantines\n    libellé: autre");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2014");

        Diagnostics.At(diagnostic, "RDD2014", Figures, 8, 5);
        Assert.Contains("« libelle »", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NotAMapping_ReportsRdd2012()
    {
        using var content = new TempContent();
        content.Write("2025/glossaire.yml", "- sigle: PCAET\n");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2012");

        Diagnostics.At(diagnostic, "RDD2012", "2025/glossaire.yml", 1, 1);
        Assert.Contains("« glossaire.yml » doit être un bloc de clés", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Choice_UnknownValue_SuggestsTheClosest()
    {
        using var content = new TempContent();
        content.Replace("site.yml", "nature: commune", "nature: comune");

        var check = content.Check();

        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, "RDD2015");
        Diagnostics.At(diagnostic, "RDD2015", "site.yml", 5, 11);
        Assert.Equal("Valeur « comune » non reconnue pour « nature ». Vouliez-vous dire « commune » ?", diagnostic.Message);
        Assert.Null(check.Content.Site.Authority);
    }

    [Fact]
    public void Choice_ValueLikeNoChoice_ListsTheChoices()
    {
        using var content = new TempContent();
        content.Replace("site.yml", "etat: partiellement-conforme", "etat: audit en cours");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2015");

        Diagnostics.At(diagnostic, "RDD2015", "site.yml", 13, 9);
        Assert.Contains("Valeurs possibles : totalement-conforme, partiellement-conforme, non-conforme.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Choice_CapitalsAndAccents_AreNormalised()
    {
        using var content = new TempContent();
        content.Replace("site.yml", "nature: commune", "nature: Commune");
        content.Replace(Figures, "    libelle: de pistes", "    approximation: Plus de\n    libelle: de pistes");

        var check = content.Check();

        Diagnostics.None(check.Result.Diagnostics);
        Assert.Equal(Approximation.AtLeast, check.Content.Latest!.Report.KeyFigures[1].Approximation);
    }

    [Fact]
    public void Amount_NonCommunique_IsNotGivenWithTheNote()
    {
        using var content = new TempContent();
        content.Replace(Budget, "    fonctionnement: 8100000", "    fonctionnement: non communiqué\n    note: Absent du document source.");

        var check = content.Check();

        var line = check.Content.Latest!.Report.Budget!.Lines[1];
        Assert.Equal(BudgetAmount.NotGiven("Absent du document source."), line.Operating);
        Assert.False(line.Operating!.IsGiven);
        Assert.Equal(BudgetAmount.Given(5400000m), line.Investment);
        Assert.DoesNotContain(check.Content.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("Non communiqué")]
    [InlineData("non-communique")]
    [InlineData("NC")]
    public void Amount_NotGivenSpellings_AreNotGiven(string written)
    {
        using var content = new TempContent();
        content.Replace(Budget, "    investissement: 5400000", "    investissement: " + written);

        var loaded = content.Load();

        Diagnostics.None(loaded.Diagnostics);
        Assert.Equal(BudgetAmount.NotGiven(), loaded.Latest!.Report.Budget!.Lines[1].Investment);
    }

    [Fact]
    public void Amount_MissingKey_IsANullCell()
    {
        using var content = new TempContent();
        content.Replace(Budget, "    investissement: 5400000\n", string.Empty);

        var loaded = content.Load();

        Diagnostics.None(loaded.Diagnostics);
        var line = loaded.Latest!.Report.Budget!.Lines[1];
        Assert.Null(line.Investment);
        Assert.Equal(BudgetAmount.Given(8100000m), line.Operating);
    }

    [Fact]
    public void Amount_Empty_ReportsRdd2012()
    {
        using var content = new TempContent();
        content.Replace(Budget, "    investissement: 5400000", "    investissement:");

        var diagnostic = Diagnostics.Only(content.Load().Diagnostics, "RDD2012");

        Diagnostics.At(diagnostic, "RDD2012", Budget, 12, 20);
        Assert.Contains("« non communiqué »", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_NotIso_ReportsRdd2012AtTheValue()
    {
        using var content = new TempContent();
        content.Replace("2025/rapport.yml", "date_presentation: 2026-01-22", "date_presentation: 22/01/2026");

        var check = content.Check();

        var diagnostic = Diagnostics.Only(check.Content.Diagnostics, "RDD2012");
        Diagnostics.At(diagnostic, "RDD2012", "2025/rapport.yml", 5, 20);
        Assert.Contains("AAAA-MM-JJ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(check.Content.Latest!.Report.PresentationDate);
    }

    [Fact]
    public void Objects_NotAList_ReportsRdd2012()
    {
        using var content = new TempContent();
        content.Write("2025/glossaire.yml", "glossaire: PCAET\n");

        var diagnostic = Diagnostics.Only(content.Load().Diagnostics, "RDD2012");

        Diagnostics.At(diagnostic, "RDD2012", "2025/glossaire.yml", 1, 12);
        Assert.Contains("tiret", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void List_CommaSeparatedText_IsAList()
    {
        using var content = new TempContent();
        content.Replace("2025/indicateurs.yml", "finalites: [climat]", "finalites: climat, production");

        var loaded = content.Load();

        Diagnostics.None(loaded.Diagnostics);
        Assert.Equal(["climat", "production"], loaded.Latest!.Report.Indicators[0].Finalities);
    }

    [Fact]
    public void YearValues_KeyThatIsNotAYear_ReportsRdd2012AndKeepsTheOthers()
    {
        using var content = new TempContent();
        content.Replace("2025/indicateurs.yml", "serie: { 2023: 9310, 2024: 8900 }", "serie: { 2023: 9310, l'an dernier: 8900 }");

        var loaded = content.Load();

        var diagnostic = Diagnostics.Only(loaded.Diagnostics, "RDD2012");
        Diagnostics.At(diagnostic, "RDD2012", "2025/indicateurs.yml", 9, 26);
        Assert.Equal([new IndicatorPoint(2023, 9310m)], loaded.Latest!.Report.Indicators[0].Series);
    }

    [Fact]
    public void YearValues_ValueThatIsNotANumber_ReportsRdd2012()
    {
        using var content = new TempContent();
        content.Replace("2025/indicateurs.yml", "2024: 8900", "2024: 8 900");

        var diagnostic = Diagnostics.Only(content.Load().Diagnostics, "RDD2012");

        Diagnostics.At(diagnostic, "RDD2012", "2025/indicateurs.yml", 9, 32);
        Assert.Contains("Écrivez les nombres sans espace : 8900.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_IndicatorYearAndAccessibilityDate_AreRead()
    {
        using var content = new TempContent();
        content.Replace("2025/indicateurs.yml", "    valeur: 8420", "    annee: 2024\n    valeur: 8420");

        var loaded = content.Load();

        Assert.Equal(2024, loaded.Latest!.Report.Indicators[0].Year);
        Assert.Equal(new LocalDate(2025, 9, 15), loaded.Site.Accessibility.AuditDate);
    }
}
