using NodaTime;
using Rdd.Domain.Reports;
using Rdd.Domain.Validation;
using Rdd.Site.Content;

namespace Rdd.Site.Tests.Content;

public sealed class ContentLoaderTests
{
    private const string ClimateSection = "2025/partie-1/01-climat.md";

    [Fact]
    public void Check_Fixture_HasNoDiagnosticAndSucceeds()
    {
        using var content = new TempContent();

        var check = content.Check();

        Diagnostics.None(check.Result.Diagnostics);
        Assert.True(check.Success);
        Assert.Equal("2025", Assert.Single(check.Content.Years).Folder);
    }

    [Fact]
    public void Check_FinalityTypoInAction_GivesExactlyOneRdd1011AtTheValueSuggestingClimat()
    {
        // The issue's « Done when »: finalites=climt is one error naming the file, the line, the column of the value,
        // the bad code and the code it was meant to be.
        using var content = new TempContent();
        content.Replace(ClimateSection, "finalites=epanouissement", "finalites=climt");

        var check = content.Check();

        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, "RDD1011");
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Diagnostics.At(diagnostic, "RDD1011", ClimateSection, 10, content.ColumnOf(ClimateSection, "climt"));
        Assert.Equal(66, diagnostic.Location!.Column);
        Assert.Contains("« climt »", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("« climat »", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(check.Success);
    }

    [Fact]
    public void Load_CodesWithAccentsAndCapitals_AreTheCanonicalCodes()
    {
        using var content = new TempContent();
        content.Replace(ClimateSection, "finalites=epanouissement termes=plan-climat:mobilites", "finalites=Épanouissement,biodiversité termes=Plan-Climat:Mobilités");

        var report = content.Load().Latest!.Report;

        var placed = report.AllActions().Single(a => a.Action.Id == "plan-velo");
        Assert.Equal(["epanouissement", "biodiversite"], placed.Action.Finalities);
        Assert.Contains(Rdd.Domain.Law.Finalities.Biodiversity.Code, placed.Finalities);
        Assert.Contains(new TermReference("plan-climat", "mobilites"), placed.Terms);
    }

    [Fact]
    public void Load_Fixture_ReadsTheAuthorityAndSiteSettings()
    {
        using var content = new TempContent();

        var loaded = content.Load();

        var authority = loaded.Site.Authority!;
        Assert.Equal("Ville de Belval-sur-Lirette", authority.Name);
        Assert.Equal(Rdd.Domain.Law.AuthorityKind.Commune, authority.Kind);
        Assert.Equal(61200, authority.Population);
        Assert.Equal("#7a2e0b", loaded.Site.AccentColour);
        Assert.Equal("partiellement-conforme", loaded.Site.Accessibility.Status);
        Assert.Equal(78m, loaded.Site.Accessibility.Rate);
        Assert.Equal(new LocalDate(2025, 9, 15), loaded.Site.Accessibility.AuditDate);
    }

    [Fact]
    public void Load_Fixture_ReadsTheReportDates()
    {
        using var content = new TempContent();

        var report = content.Load().Latest!.Report;

        Assert.Equal(2025, report.Year);
        Assert.Equal(2026, report.BudgetYear);
        Assert.Equal("Rapport sur la situation en matière de développement durable 2025", report.Title);
        Assert.Equal(new LocalDate(2026, 1, 22), report.PresentationDate);
        Assert.Equal(new LocalDate(2026, 2, 12), report.BudgetDebateDate);
        Assert.Null(report.Period);
        Assert.StartsWith("La Ville de Belval-sur-Lirette présente", report.Introduction, StringComparison.Ordinal);
        Assert.Equal(string.Empty, report.ReadingGuide);
    }

    [Fact]
    public void Load_Fixture_PartOneHasFiveSectionsEachInheritingItsFinality()
    {
        using var content = new TempContent();

        var report = content.Load().Latest!.Report;

        Assert.Equal([PartKind.PublicPolicies, PartKind.InternalFunctioning, PartKind.Modalities], report.Parts.Select(p => p.Kind));
        var part = report.Parts[0];
        Assert.Equal("Nos politiques au regard des cinq finalités", part.Title);
        Assert.Equal(["climat", "biodiversite", "cohesion", "epanouissement", "production"], part.Sections.Select(s => s.Id));
        foreach (var section in part.Sections)
        {
            Assert.Equal([section.Id], section.DefaultFinalities);
            Assert.NotEmpty(section.Actions);
            Assert.All(section.Actions, a => Assert.Contains(section.Id, section.FinalitiesOf(a)));
        }

        var climate = part.Sections[0];
        Assert.Equal(["renovation-ecole-tilleuls", "plan-velo"], climate.Actions.Select(a => a.Id));
        Assert.Equal(["climat", "epanouissement"], climate.FinalitiesOf(climate.Actions[1]));
    }

    [Fact]
    public void Load_Fixture_ReadsActionAttributes()
    {
        using var content = new TempContent();

        var report = content.Load().Latest!.Report;

        var renovation = Find(report, "renovation-ecole-tilleuls");
        Assert.Equal("Rénovation thermique de l'école des Tilleuls", renovation.Title);
        Assert.Equal(Progress.Completed, renovation.Progress);
        Assert.Equal([new TermReference("plan-climat", "batiments"), new TermReference("odd", "7"), new TermReference("odd", "13")], renovation.Terms);
        Assert.StartsWith("Isolation des combles", renovation.Body, StringComparison.Ordinal);
        Assert.Equal(["part-bio-local"], Find(report, "cantines-local").Figures);
        Assert.Equal(["production", "climat"], Find(report, "clauses-environnementales").Finalities);
    }

    [Fact]
    public void Load_Fixture_PartThreeActionsInheritTheirSectionElements()
    {
        using var content = new TempContent();

        var part = content.Load().Latest!.Report.Parts.Single(p => p.Kind == PartKind.Modalities);

        Assert.Equal(["elaboration", "mise-en-oeuvre", "evaluation"], part.Sections.Select(s => s.Id));
        Assert.Equal("La mise en œuvre et le suivi", part.Sections[1].Title);
        Assert.Equal(["participation"], part.Sections[0].GovernanceElementsOf(part.Sections[0].Actions.Single()));
        Assert.Equal(["pilotage", "transversalite"], part.Sections[1].GovernanceElementsOf(part.Sections[1].Actions.Single()));
        Assert.Equal(["evaluation", "amelioration"], part.Sections[2].GovernanceElementsOf(part.Sections[2].Actions.Single()));
        Assert.Null(part.Sections[1].Actions.Single().Progress);
        Assert.Equal(Progress.Renewed, part.Sections[0].Actions.Single().Progress);
    }

    [Fact]
    public void Load_Fixture_ReadsKeyFigures()
    {
        using var content = new TempContent();

        var figures = content.Load().Latest!.Report.KeyFigures;

        Assert.Equal(["part-bio-local", "pistes-cyclables"], figures.Select(f => f.Id));
        Assert.Equal(52m, figures[0].Value);
        Assert.Equal("%", figures[0].Unit);
        Assert.Equal("Alimentation", figures[0].Theme);
        Assert.Equal("de produits durables et de qualité dans les cantines", figures[0].Label);
        Assert.Equal(Approximation.Exact, figures[0].Approximation);
    }

    [Fact]
    public void Load_Fixture_ReadsTheBudget()
    {
        using var content = new TempContent();

        var budget = content.Load().Latest!.Report.Budget!;

        Assert.Equal(2025, budget.Year);
        Assert.Equal("Le budget 2025 par politique publique", budget.Title);
        Assert.Equal(["education", "cadre-de-vie"], budget.Lines.Select(l => l.Id));
        Assert.Equal(BudgetAmount.Given(12500000m), budget.Lines[0].Operating);
        Assert.Equal(BudgetAmount.Given(3200000m), budget.Lines[0].Investment);
        Assert.Equal(20600000m, budget.StatedOperatingTotal);
        Assert.Equal(8600000m, budget.StatedInvestmentTotal);
    }

    [Fact]
    public void Load_Fixture_ReadsTheIndicatorAndItsSeries()
    {
        using var content = new TempContent();

        var indicator = Assert.Single(content.Load().Latest!.Report.Indicators);

        Assert.Equal("consommation-energie-batiments", indicator.Id);
        Assert.Equal(2025, indicator.Year);
        Assert.Equal(8420m, indicator.Value);
        Assert.Equal(6000m, indicator.Target);
        Assert.Equal(2030, indicator.TargetYear);
        Assert.Equal([new IndicatorPoint(2023, 9310m), new IndicatorPoint(2024, 8900m)], indicator.Series);
        Assert.Equal(["climat"], indicator.Finalities);
    }

    [Fact]
    public void Load_Fixture_ReadsTaxonomyGlossaryAndDigitalReview()
    {
        using var content = new TempContent();

        var report = content.Load().Latest!.Report;

        var taxonomy = Assert.Single(report.Taxonomies);
        Assert.Equal("plan-climat", taxonomy.Id);
        Assert.Equal("Plan climat communal", taxonomy.Name);
        Assert.Equal(["batiments", "mobilites"], taxonomy.Terms.Select(t => t.Code));
        Assert.Equal("Des bâtiments sobres", taxonomy.Terms[0].Label);
        var entry = Assert.Single(report.Glossary);
        Assert.Equal(("PCAET", "Plan climat-air-énergie territorial"), (entry.Term, entry.Expansion));
        Assert.StartsWith("La stratégie numérique responsable, adoptée en décembre 2024", report.DigitalStrategyReview, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Fixture_RecordsWhereEachActionIsWritten()
    {
        using var content = new TempContent();

        var sources = content.Load().Latest!.Sources;

        Assert.Equal(new SourceLocation(ClimateSection, 6, 1), sources.Find(new ElementRef(ElementKind.Action, "renovation-ecole-tilleuls")));
        Assert.Equal(new SourceLocation("2025/budget.yml", 5, 5), sources.Find(new ElementRef(ElementKind.BudgetLine, "education")));
    }

    [Fact]
    public void Load_ContentFolderMissing_ReportsRdd2001()
    {
        var root = Path.Combine(Path.GetTempPath(), "rdd-site-tests", "absent-" + Guid.NewGuid().ToString("N"));

        var loaded = ContentLoader.Load(root);

        var diagnostic = Diagnostics.Only(loaded.Diagnostics, "RDD2001");
        Assert.Equal(new SourceLocation(root), diagnostic.Location);
        Assert.Empty(loaded.Years);
        Assert.False(ContentChecker.Check(root).Success);
    }

    [Fact]
    public void Load_SiteYmlMissing_ReportsRdd2002AndKeepsNoYear()
    {
        using var content = new TempContent();
        content.Delete("site.yml");

        var check = content.Check();

        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, "RDD2002");
        Assert.Equal(new SourceLocation("site.yml"), diagnostic.Location);
        Assert.Contains("site.yml", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(check.Content.Years);
        Assert.False(check.Success);
    }

    [Fact]
    public void Load_NoYearFolder_ReportsRdd2002()
    {
        using var content = new TempContent();
        content.Delete("2025");

        var check = content.Check();

        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, "RDD2002");
        Assert.Equal(new SourceLocation("."), diagnostic.Location);
        Assert.Contains("Aucun dossier d'année", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(check.Success);
    }

    [Fact]
    public void Load_RapportYmlMissing_ReportsRdd2002()
    {
        using var content = new TempContent();
        content.Delete("2025/rapport.yml");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2002");

        Assert.Equal(new SourceLocation("2025/rapport.yml"), diagnostic.Location);
    }

    [Fact]
    public void Load_ReportYearNotMatchingItsFolder_ReportsRdd2015AtTheYear()
    {
        using var content = new TempContent();
        content.Move("2025", "2026");

        var check = content.Check();

        var diagnostic = Diagnostics.Single(check.Result.Diagnostics, "RDD2015");
        Diagnostics.At(diagnostic, "RDD2015", "2026/rapport.yml", 2, 8);
        Assert.Contains("2025", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("« 2026 »", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisnamedKeyFiguresFile_WarnsRdd2023SuggestingTheRightName()
    {
        using var content = new TempContent();
        content.Move("2025/chiffres-cles.yml", "2025/chiffres-cle.yml");

        var check = content.Check();

        var diagnostic = Diagnostics.Only(check.Content.Diagnostics, "RDD2023");
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(new SourceLocation("2025/chiffres-cle.yml"), diagnostic.Location);
        Assert.Contains("vouliez-vous dire « chiffres-cles.yml » ?", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(check.Content.Latest!.Report.KeyFigures);
    }

    [Fact]
    public void Load_MisnamedPartFolder_WarnsRdd2023SuggestingTheRightName()
    {
        using var content = new TempContent();
        content.Move("2025/partie-2", "2025/partie2");

        var diagnostic = Diagnostics.Single(content.Load().Diagnostics, "RDD2023");

        Assert.Equal(new SourceLocation("2025/partie2"), diagnostic.Location);
        Assert.Contains("« partie-2 »", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptySectionFile_ReportsMissingFrontMatterAtLineOne()
    {
        using var content = new TempContent();
        content.Write("2025/partie-2/02-vide.md", string.Empty);

        var diagnostic = Diagnostics.Only(content.Load().Diagnostics, "RDD2013");

        Diagnostics.At(diagnostic, "RDD2013", "2025/partie-2/02-vide.md", 1, 1);
    }

    [Fact]
    public void Load_MalformedFrontMatterYaml_ReportsOnlyRdd2010()
    {
        using var content = new TempContent();
        content.Replace("2025/introduction.md", "titre: L'essentiel", "titre: L'essentiel: oui");

        var diagnostic = Diagnostics.Only(content.Load().Diagnostics, "RDD2010");

        Assert.Equal("2025/introduction.md", diagnostic.Location!.Path);
        Assert.Equal(2, diagnostic.Location.Line);
    }

    [Fact]
    public void Load_MalformedSiteYml_ReportsOnlyRdd2010()
    {
        using var content = new TempContent();
        content.Replace("site.yml", "  population: 61200", "  population: [61200");

        var check = content.Check();

        // YamlDotNet throws an InvalidOperationException here, not a YamlException: it must not escape the loader.
        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, "RDD2010");
        Assert.Equal(new SourceLocation("site.yml", 6, 15), diagnostic.Location);
        Assert.Empty(check.Content.Years);
    }

    [Fact]
    public void Load_UnknownKeyInSiteYml_KeepsReadingTheYears()
    {
        using var content = new TempContent();
        content.Replace("site.yml", "  population: 61200", "  population: 61200\n  habitants: 61200");

        var check = content.Check();

        Diagnostics.At(Diagnostics.Only(check.Result.Diagnostics, "RDD2011"), "RDD2011", "site.yml", 7, 3);
        Assert.Single(check.Content.Years);
    }

    [Fact]
    public void Load_InvalidAuthority_ReadsTheYearButKeepsNoReport()
    {
        using var content = new TempContent();
        content.Replace("site.yml", "  population: 61200\n", string.Empty);
        content.Replace(ClimateSection, "avancement=achevement", "avancement=fini");

        var check = content.Check();

        Diagnostics.Single(check.Result.Diagnostics, "RDD2013");
        Diagnostics.Single(check.Result.Diagnostics, "RDD2022");
        Assert.Empty(check.Content.Years);
        Assert.False(check.Success);
    }

    [Fact]
    public void Load_PopulationInRapportYml_OverridesTheSite()
    {
        using var content = new TempContent();
        content.Replace("2025/rapport.yml", "annee_budget: 2026", "annee_budget: 2026\npopulation: 62000\ndebut: 2024-09-01\nfin: 2025-08-31");

        var report = content.Load().Latest!.Report;

        Assert.Equal(62000, report.Authority.Population);
        Assert.Equal(new ActionPeriod(new LocalDate(2024, 9, 1), new LocalDate(2025, 8, 31)), report.Period);
    }

    private static ReportAction Find(Report report, string id) => report.AllActions().Single(a => a.Action.Id == id).Action;
}
