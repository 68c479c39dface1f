using Rdd.Domain.Reports;
using Rdd.Domain.Validation;

namespace Rdd.Site.Tests.Content;

public sealed class SectionReaderTests
{
    private const string File = "2025/partie-1/06-essai.md";

    private const string FrontMatter = "---\ntitre: Essai\nfinalites: [climat]\n---\n";

    [Fact]
    public void Read_IntroductionThenTwoActions_ReadsEach()
    {
        using var content = new TempContent();
        content.Write(File, FrontMatter + """

            Introduction de la section.

            ## Jardins partagés {#jardins avancement=lancement finalites=cohesion elements=participation chiffres=part-bio-local}

            Trois jardins ouverts.

            ### Un sous-titre

            - une liste

            ## Réseau de chaleur {#reseau-chaleur avancement=projet termes=plan-climat:batiments}

            Étude de faisabilité.
            """);

        var (section, diagnostics) = Read(content);

        Diagnostics.None(diagnostics);
        Assert.Equal("essai", section.Id);
        Assert.Equal("Essai", section.Title);
        Assert.Equal("Introduction de la section.", section.Introduction);
        Assert.Equal(["jardins", "reseau-chaleur"], section.Actions.Select(a => a.Id));
        var garden = section.Actions[0];
        Assert.Equal("Jardins partagés", garden.Title);
        Assert.Equal(Progress.Launched, garden.Progress);
        Assert.Equal(["climat", "cohesion"], section.FinalitiesOf(garden));
        Assert.Equal(["participation"], garden.GovernanceElements);
        Assert.Equal(["part-bio-local"], garden.Figures);
        Assert.Equal("Trois jardins ouverts.\n\n### Un sous-titre\n\n- une liste", garden.Body);
        Assert.Equal(Progress.Planned, section.Actions[1].Progress);
        Assert.Equal([new TermReference("plan-climat", "batiments")], section.Actions[1].Terms);
    }

    [Fact]
    public void Read_QuotedPartnersPlacesOddAndPreviousYear_AreRead()
    {
        using var content = new TempContent();
        content.Write(File, FrontMatter + "\n## Santé {#sante partenaires=\"ARS;CPAM de l'Aude\" lieux=\"Cavanac;Leuc\" odd=3,10 suite_de=sante-2024}\n\nTexte.\n");

        var (section, diagnostics) = Read(content);

        Diagnostics.None(diagnostics);
        var action = Assert.Single(section.Actions);
        Assert.Equal(["ARS", "CPAM de l'Aude"], action.Partners);
        Assert.Equal(["Cavanac", "Leuc"], action.Places);
        Assert.Equal([new TermReference("odd", "3"), new TermReference("odd", "10")], action.Terms);
        Assert.Equal("sante-2024", action.ContinuesFrom);
    }

    [Fact]
    public void Read_UnknownAttribute_ReportsRdd2021AtTheFileLineAndColumn()
    {
        using var content = new TempContent();
        content.Replace("2025/partie-1/01-climat.md", "avancement=achevement", "avancment=achevement");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD2021");

        Diagnostics.At(diagnostic, "RDD2021", "2025/partie-1/01-climat.md", 6, content.ColumnOf("2025/partie-1/01-climat.md", "avancment"));
        Assert.Contains("« avancement »", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownProgress_ReportsRdd2022AtTheValueWithASuggestion()
    {
        using var content = new TempContent();
        content.Replace("2025/partie-1/01-climat.md", "avancement=achevement", "avancement=acheve");

        var check = content.Check();

        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, "RDD2022");
        Diagnostics.At(diagnostic, "RDD2022", "2025/partie-1/01-climat.md", 6, content.ColumnOf("2025/partie-1/01-climat.md", "=acheve ") + 1);
        Assert.Equal("Avancement inconnu « acheve ». Vouliez-vous dire « achevement » ?", diagnostic.Message);
        Assert.Null(check.Content.Latest!.Report.AllActions().First().Action.Progress);
    }

    [Fact]
    public void Read_ProgressWithCapitalAndAccent_IsRecognised()
    {
        using var content = new TempContent();
        content.Replace("2025/partie-1/01-climat.md", "avancement=achevement", "avancement=Achèvement");

        var check = content.Check();

        Diagnostics.None(check.Result.Diagnostics);
        Assert.Equal(Progress.Completed, check.Content.Latest!.Report.AllActions().First().Action.Progress);
    }

    [Fact]
    public void Read_LevelOneHeading_ReportsRdd2024()
    {
        using var content = new TempContent();
        content.Write(File, FrontMatter + "\n# Un titre de trop\n\n## Action {#action}\n\nTexte.\n");

        var (section, diagnostics) = Read(content);

        Diagnostics.At(Diagnostics.Only(diagnostics, "RDD2024"), "RDD2024", File, 6, 1);
        Assert.Equal(["action"], section.Actions.Select(a => a.Id));
    }

    [Fact]
    public void Read_SetextLevelTwoHeading_IsAnAction()
    {
        using var content = new TempContent();
        content.Write(File, FrontMatter + "\nIntroduction.\n\nAction soulignée {#soulignee avancement=poursuite}\n---------------\n\nCorps de l'action.\n\n## Suivante\n");

        var check = content.Check();

        Diagnostics.None(check.Result.Diagnostics);
        var section = check.Content.Latest!.Report.Parts[0].Sections.Single(s => s.Id == "essai");
        Assert.Equal("Introduction.", section.Introduction);
        Assert.Equal(["soulignee", "suivante"], section.Actions.Select(a => a.Id));
        Assert.Equal("Action soulignée", section.Actions[0].Title);
        Assert.Equal(Progress.Continued, section.Actions[0].Progress);
        Assert.Equal("Corps de l'action.", section.Actions[0].Body);
        Assert.Equal(new SourceLocation(File, 8, 1), check.Content.Latest.Sources.Find(new ElementRef(ElementKind.Action, "soulignee")));
    }

    [Fact]
    public void Read_SetextLevelTwoHeadingWithBadAttribute_ReportsItsTextLine()
    {
        using var content = new TempContent();
        content.Write(File, FrontMatter + "\nAction soulignée {#soulignee avancement=fini}\n---\n");

        var (_, diagnostics) = Read(content);

        Diagnostics.At(Diagnostics.Only(diagnostics, "RDD2022"), "RDD2022", File, 6, 41);
    }

    [Fact]
    public void Read_SetextLevelOneHeading_ReportsRdd2024AtItsTextLine()
    {
        using var content = new TempContent();
        content.Write(File, FrontMatter + "\nTitre souligné\n==============\n\n## Action\n");

        var (_, diagnostics) = Read(content);

        Diagnostics.At(Diagnostics.Only(diagnostics, "RDD2024"), "RDD2024", File, 6, 1);
    }

    [Fact]
    public void Read_HeadingInFencedCode_IsNotAnAction()
    {
        using var content = new TempContent();
        content.Write(File, FrontMatter + "\n## Exemple {#exemple}\n\n```markdown\n## Pas une action {inconnu=1}\n```\n\n~~~\n## Toujours pas\n~~~\n");

        var (section, diagnostics) = Read(content);

        Diagnostics.None(diagnostics);
        var action = Assert.Single(section.Actions);
        Assert.Contains("## Pas une action {inconnu=1}", action.Body, StringComparison.Ordinal);
        Assert.Contains("## Toujours pas", action.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeadingWithoutAttributes_GetsASlugOfItsTitle()
    {
        using var content = new TempContent();
        content.Write(File, FrontMatter + "\n## Création d'un jardin partagé à l'école Œuvre ##\n\nTexte.\n\n## **Mise** en [réseau](https://exemple.fr)\n");

        var (section, diagnostics) = Read(content);

        Diagnostics.None(diagnostics);
        Assert.Equal(["creation-d-un-jardin-partage-a-l-ecole-oeuvre", "mise-en-reseau"], section.Actions.Select(a => a.Id));
        Assert.Equal("Création d'un jardin partagé à l'école Œuvre", section.Actions[0].Title);
        Assert.Equal("Mise en réseau", section.Actions[1].Title);
    }

    [Fact]
    public void Read_LongTitleWithoutId_IsCutAtAWordBoundary()
    {
        using var content = new TempContent();
        content.Write(File, FrontMatter + "\n## Accompagnement des associations sportives dans la transition énergétique\n");

        var (section, _) = Read(content);

        var id = section.Actions.Single().Id;
        Assert.Equal("accompagnement-des-associations-sportives-dans-la-transition", id);
        Assert.True(id.Length <= 60);
    }

    [Fact]
    public void Read_ActionWithoutTitle_ReportsRdd2024()
    {
        using var content = new TempContent();
        content.Write(File, FrontMatter + "\n## Première {#premiere}\n\n## {#sans-titre finalites=climat}\n\nTexte.\n");

        var (section, diagnostics) = Read(content);

        Diagnostics.At(Diagnostics.Only(diagnostics, "RDD2024"), "RDD2024", File, 8, 1);
        Assert.Equal(["premiere"], section.Actions.Select(a => a.Id));
    }

    [Fact]
    public void Read_FrontMatterIdGroupTermsAndOdd_AreTheSectionDefaults()
    {
        using var content = new TempContent();
        content.Write(File, "---\ntitre: Essai\nid: autre-id\ngroupe: Une ville sobre\nfinalites: climat\ntermes: [plan-climat:batiments]\nodd: [7, 13]\n---\n\n## Action {#action}\n");

        var (section, diagnostics) = Read(content, "autre-id");

        Diagnostics.None(diagnostics);
        Assert.Equal("Une ville sobre", section.Group);
        Assert.Equal(["climat"], section.DefaultFinalities);
        Assert.Equal([new TermReference("plan-climat", "batiments"), new TermReference("odd", "7"), new TermReference("odd", "13")], section.DefaultTerms);
        Assert.Equal(section.DefaultTerms, section.TermsOf(section.Actions.Single()));
    }

    [Fact]
    public void Read_TermWithoutTaxonomy_ReportsRdd2021AtTheTerm()
    {
        using var content = new TempContent();
        content.Write(File, FrontMatter + "\n## Action {#action termes=plan-climat:batiments,batiments}\n");

        var (section, diagnostics) = Read(content);

        var diagnostic = Diagnostics.Only(diagnostics, "RDD2021");
        Diagnostics.At(diagnostic, "RDD2021", File, 6, 49);
        Assert.Contains("« batiments »", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal([new TermReference("plan-climat", "batiments")], section.Actions.Single().Terms);
    }

    [Fact]
    public void Read_NoFrontMatter_ReportsRdd2013AndUsesTheFileName()
    {
        using var content = new TempContent();
        content.Write(File, "## Action {#action finalites=climat}\n");

        var (section, diagnostics) = Read(content);

        Diagnostics.At(Diagnostics.Only(diagnostics, "RDD2013"), "RDD2013", File, 1, 1);
        Assert.Equal("essai", section.Title);
        Assert.Single(section.Actions);
    }

    [Fact]
    public void Read_MissingTitle_ReportsRdd2013()
    {
        using var content = new TempContent();
        content.Write(File, "---\nfinalites: [climat]\n---\n## Action\n");

        var (_, diagnostics) = Read(content);

        var diagnostic = Diagnostics.Only(diagnostics, "RDD2013");
        Diagnostics.At(diagnostic, "RDD2013", File, 2, 1);
        Assert.Contains("« titre »", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SectionsAreOrderedByFileName()
    {
        using var content = new TempContent();
        content.Write("2025/partie-1/00-avant.md", FrontMatter);
        content.Write("2025/partie-1/10-apres.md", FrontMatter);

        var sections = content.Load().Latest!.Report.Parts[0].Sections;

        Assert.Equal(["avant", "climat", "biodiversite", "cohesion", "epanouissement", "production", "apres"], sections.Select(s => s.Id));
    }

    private static (Section Section, IReadOnlyList<Diagnostic> Diagnostics) Read(TempContent content, string id = "essai")
    {
        var loaded = content.Load();
        return (loaded.Latest!.Report.Parts[0].Sections.Single(s => s.Id == id), loaded.Diagnostics);
    }
}
