using Rdd.Site.Content;

namespace Rdd.Site.Tests.Cli;

/// <summary><c>rdd new</c>: a content folder for another authority that checks (warnings only) and builds.</summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rdd-new-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Rdd.Site.Cli.RddCommand.Run(args, new Rdd.Site.Cli.Console(output, error));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task New_FictionalCommune_ChecksWithWarningsOnlyAndBuilds()
    {
        var (code, output, _) = Run("new", _folder, "--name", "Ville de Belval", "--kind", "commune", "--population", "58000", "--year", "2025");

        Assert.Equal(0, code);
        Assert.Contains("En tant que commune de plus de 50", output, StringComparison.Ordinal);
        var check = ContentChecker.Check(_folder);
        Assert.True(check.Success, string.Join('\n', check.Result.Diagnostics));
        Assert.Contains(check.Result.Diagnostics, d => d.Code == "RDD1060");
        Assert.DoesNotContain(check.Result.Diagnostics, d => d.Severity == Rdd.Domain.Validation.Severity.Error);
        var build = await SiteGenerator.BuildAsync(_folder, new BuildOptions());
        Assert.True(build.Success, string.Join('\n', build.Diagnostics));
        Assert.Contains("Ville de Belval", build.Files!.Text("index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("commune", "58000", "En tant que commune de plus de 50", new[] { "L2311-1-1", "D2311-15" }, new[] { "L3311-2", "D3311-8", "L4310-1", "D4311-6" })]
    [InlineData("departement", "400000", "En tant que département", new[] { "L3311-2", "D3311-8" }, new[] { "L2311-1-1", "D2311-15", "D4311-6" })]
    [InlineData("metropole-lyon", "1400000", "En tant que métropole de Lyon", new[] { "L3661-2", "D3661-7" }, new[] { "L2311-1-1", "D2311-15", "D3311-8" })]
    [InlineData("martinique", "350000", "En tant que collectivité territoriale de Martinique", new[] { "L72-100-2" }, new[] { "L2311-1-1", "D2311-15", "D3311-8", "D4311-6" })]
    [InlineData("guyane", "290000", "En tant que collectivité territoriale de Guyane", new[] { "L7111-4" }, new[] { "L2311-1-1", "D2311-15", "D4311-6" })]
    public async Task New_EachKind_SaysAndPublishesItsOwnArticlesOnly(string kind, string population, string verdict, string[] cited, string[] foreign)
    {
        var (code, output, _) = Run("new", _folder, "--name", "Collectivité d'essai", "--kind", kind, "--population", population, "--year", "2025");

        Assert.Equal(0, code);
        Assert.Contains(verdict, output, StringComparison.Ordinal);
        Assert.Contains($"nature: {kind}", File.ReadAllText(Path.Combine(_folder, "site.yml")), StringComparison.Ordinal);
        var build = await SiteGenerator.BuildAsync(_folder, new BuildOptions());
        Assert.True(build.Success, string.Join('\n', build.Diagnostics));
        var page = build.Files!.Text("cadre-legal/index.html");
        Assert.All(cited, article => Assert.Contains($"art. {article}", page, StringComparison.Ordinal));
        Assert.All(foreign, article => Assert.DoesNotContain(article, page, StringComparison.Ordinal));
        Assert.All(foreign, article => Assert.DoesNotContain(article, output, StringComparison.Ordinal));
    }

    [Fact]
    public void New_Commune_MentionsTheEqualityReportAndTheSpaserAndSaysTheBudgetYearDecidesTheDigitalStrategy()
    {
        var (_, output, _) = Run("new", _folder, "--name", "Ville de Montreuil", "--kind", "commune", "--population", "62000", "--year", "2025");

        Assert.Contains("égalité entre les femmes et les hommes est aussi présenté avant le débat budgétaire (CGCT, art. L2311-1-2)", output, StringComparison.Ordinal);
        Assert.Contains("(SPASER, Code de la commande publique, art. L2111-3)", output, StringComparison.Ordinal);
        Assert.Contains("La date de présentation n'étant pas indiquée, l'année du budget en tient lieu : le rapport précède le budget 2026", output, StringComparison.Ordinal);
    }

    [Fact]
    public void New_CommuneOf30000_IsToldItIsNotObligedToTheReportButIsToTheGreenBudget()
    {
        var (code, output, _) = Run("new", _folder, "--name", "Petite ville", "--kind", "commune", "--population", "30000", "--year", "2025");

        Assert.Equal(0, code);
        Assert.Contains("le rapport n'est pas obligatoire", output, StringComparison.Ordinal);
        Assert.Contains("Une commune de plus de 3\u202f500 habitants, si elle applique le référentiel budgétaire et comptable M57, annexe à son compte administratif ou à son compte financier unique de l'exercice 2024 l'état «\u00a0Impact du budget pour la transition écologique\u00a0»", output, StringComparison.Ordinal);
    }

    [Fact]
    public void New_WritesACommentedGreenBudgetThatDeclaresNoStatement()
    {
        Run("new", _folder, "--name", "Ville de Belval", "--kind", "commune", "--population", "58000", "--year", "2025");

        var text = File.ReadAllText(Path.Combine(_folder, "2025", "budget-vert.yml"));
        Assert.Contains("# exercice: 2024", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "schemas", "budget-vert.schema.json")));
        Assert.Null(ContentLoader.Load(_folder).Latest!.Report.GreenBudget);
    }

    [Fact]
    public void New_Siret_IsWrittenInSiteYmlAndLoaded()
    {
        var (code, _, _) = Run("new", _folder, "--name", "Ville de Belval", "--kind", "commune", "--population", "58000", "--year", "2025", "--siret", "21000000600010");

        Assert.Equal(0, code);
        Assert.Contains("siret: \"21000000600010\"", File.ReadAllText(Path.Combine(_folder, "site.yml")), StringComparison.Ordinal);
        var check = ContentChecker.Check(_folder);
        Assert.Equal("21000000600010", check.Content.Site.Authority!.Siret);
        Assert.DoesNotContain(check.Result.Diagnostics, d => d.Code is "RDD2095" or "RDD2096");
    }

    [Fact]
    public void New_MalformedSiret_IsRefusedSayingWhyAndWritesNothing()
    {
        var (code, _, error) = Run("new", _folder, "--name", "Ville de Belval", "--kind", "commune", "--population", "58000", "--siret", "21000000600011");

        Assert.Equal(2, code);
        Assert.Contains("Le numéro SIRET «\u00a021000000600011\u00a0» n'a pas une clé de contrôle valide", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder));
    }

    [Theory]
    [InlineData("Ville de Belval", new string[0], "article: la", "« la Ville de Belval » et « de la Ville de Belval »")]
    [InlineData("Département du Gard", new string[0], "article: le", "« le Département du Gard » et « du Département du Gard »")]
    [InlineData("Agglomération du Grand Belval", new string[0], "article: l'", "« l'Agglomération du Grand Belval » et « de l'Agglomération du Grand Belval »")]
    [InlineData("Belval Agglo", new string[0], "article: aucun", "« Belval Agglo » et « de Belval Agglo »")]
    [InlineData("Ville de Belval", new[] { "--article", "aucun" }, "article: aucun", "« Ville de Belval » et « de Ville de Belval »")]
    public void New_ArticleOfTheName_IsProposedWithHowSentencesWillReadItAndTheLoaderReadsIt(string name, string[] options, string written, string said)
    {
        var (code, output, _) = Run(["new", _folder, "--name", name, "--kind", "commune", "--population", "58000", "--year", "2025", .. options]);

        Assert.Equal(0, code);
        Assert.Contains(written, File.ReadAllText(Path.Combine(_folder, "site.yml")), StringComparison.Ordinal);
        Assert.Contains($"Dans les phrases du site, le nom s'écrira {said}", output, StringComparison.Ordinal);
        var authority = ContentChecker.Check(_folder).Content.Site.Authority!;
        Assert.Equal(said, $"« {authority.NameInSentence} » et « {authority.NameAfterDe} »");
    }

    [Fact]
    public void New_UnknownArticle_IsRefusedListingTheValues()
    {
        var (code, _, error) = Run("new", _folder, "--name", "Ville de Belval", "--kind", "commune", "--population", "58000", "--article", "du");

        Assert.Equal(2, code);
        Assert.Contains("Article inconnu « du » : la, le, l', les ou aucun", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder));
    }

    [Theory]
    [InlineData("article: l’", "l'Eurométropole")]
    [InlineData("article: les", "les Eurométropole")]
    public void SiteYml_Article_IsReadWithTheWordProcessorApostropheToo(string line, string expected)
    {
        Run("new", _folder, "--name", "Eurométropole de Strasbourg", "--kind", "epci", "--population", "500000", "--year", "2025");
        var siteYml = Path.Combine(_folder, "site.yml");
        File.WriteAllText(siteYml, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(siteYml), "article: [^ \n]+", line));

        Assert.StartsWith(expected, ContentChecker.Check(_folder).Content.Site.Authority!.NameInSentence, StringComparison.Ordinal);
    }

    [Fact]
    public void SiteYml_UnknownArticle_IsRDD2015()
    {
        Run("new", _folder, "--name", "Ville de Belval", "--kind", "commune", "--population", "58000", "--year", "2025");
        var siteYml = Path.Combine(_folder, "site.yml");
        File.WriteAllText(siteYml, File.ReadAllText(siteYml).Replace("article: la", "article: lee", StringComparison.Ordinal));

        var diagnostic = Assert.Single(ContentChecker.Check(_folder).Result.Diagnostics, d => d.Code == "RDD2015");
        Assert.Equal("Valeur « lee » non reconnue pour « article ». Vouliez-vous dire « le » ?", diagnostic.Message);
        Assert.Equal(6, diagnostic.Location?.Line);
    }

    [Fact]
    public void New_WithoutSiret_LeavesACommentToFillIn()
    {
        Run("new", _folder, "--name", "Ville de Belval", "--kind", "commune", "--population", "58000", "--year", "2025");

        Assert.Contains("# siret:", File.ReadAllText(Path.Combine(_folder, "site.yml")), StringComparison.Ordinal);
        Assert.Null(ContentChecker.Check(_folder).Content.Site.Authority!.Siret);
    }

    [Fact]
    public void New_PartThreeHasTheFiveGovernanceElements()
    {
        Run("new", _folder, "--name", "Ville de Belval", "--kind", "commune", "--population", "58000", "--year", "2025");

        var part = ContentLoader.Load(_folder).Latest!.Report.PartOf(Rdd.Domain.Reports.PartKind.Modalities)!;
        Assert.Equal(["participation", "pilotage", "transversalite", "evaluation", "amelioration"], part.Sections.SelectMany(s => s.DefaultGovernanceElements));
    }

    [Fact]
    public void New_SmallCommune_IsToldItIsNotObligedAndMayGoOn()
    {
        var (code, output, _) = Run("new", _folder, "--name", "Petite ville", "--kind", "commune", "--population", "30000", "--year", "2025");

        Assert.Equal(0, code);
        Assert.Contains("n'atteint pas le seuil de plus de 50", output, StringComparison.Ordinal);
        Assert.Contains("Vous pouvez tout de même publier un rapport", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "site.yml")));
    }

    [Fact]
    public void New_NonEmptyFolder_IsRefusedAndLeftUntouched()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "à garder");

        var (code, _, error) = Run("new", _folder, "--name", "X", "--kind", "commune", "--population", "58000");

        Assert.Equal(2, code);
        Assert.Contains("n'est pas vide", error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void New_UnknownKind_SuggestsTheClosest()
    {
        var (code, _, error) = Run("new", _folder, "--name", "X", "--kind", "comune", "--population", "58000");

        Assert.Equal(2, code);
        Assert.Contains("vouliez-vous dire « commune »", error, StringComparison.Ordinal);
    }

    [Fact]
    public void New_ObligedCommune_CreatesEveryFileItsChecksAskForAndChecksWithoutError()
    {
        Run("new", _folder, "--name", "Ville de Montreuil", "--kind", "commune", "--population", "62000", "--year", "2025");

        foreach (var file in new[] { "README.md", "site.yml", "2025/budget.yml", "2025/indicateurs.yml", "2025/numerique-responsable.md", "2025/chiffres-cles.yml", "2025/glossaire.yml" })
        {
            Assert.True(File.Exists(Path.Combine(_folder, file)), $"rdd new did not create {file}");
        }

        var check = ContentChecker.Check(_folder);
        Assert.True(check.Success, string.Join('\n', check.Result.Diagnostics));
        var report = check.Content.Latest!.Report;
        Assert.Equal(report.BudgetYear, report.Budget!.Year);
        var indicator = Assert.Single(report.Indicators);
        Assert.Equal([2024], indicator.Series.Select(p => p.Year));
        Assert.Equal(2025, indicator.Year);
        Assert.NotNull(indicator.Value);
        Assert.Contains("Ville de Montreuil", check.Content.Site.LegalNotice, StringComparison.Ordinal);

        // What is left to do is replacing examples, dating the accessibility statement and giving its contact, and
        // writing the digital strategy's review the law asks for.
        Assert.Contains(check.Result.Diagnostics, d => d.Code == "RDD2090" && d.Location!.Path == "site.yml");
        Assert.Contains(check.Result.Diagnostics, d => d.Code == "RDD2091" && d.Location!.Path == "site.yml");
        // The green budget statement (RDD1073) is annexed to the accounts: the report may show it, once reported.
        var left = check.Result.Diagnostics.Where(d => d.Code is not ("RDD1060" or "RDD2090" or "RDD2091" or "RDD1073")).ToList();
        var review = Assert.Single(left);
        Assert.Equal("RDD1041", review.Code);
        Assert.Equal("2025/numerique-responsable.md", review.Location!.Path);
        Assert.Contains(check.Result.Diagnostics, d => d.Code == "RDD1060" && d.Location!.Path == "2025/budget.yml");
        Assert.Contains(check.Result.Diagnostics, d => d.Code == "RDD1060" && d.Location!.Path == "2025/indicateurs.yml");
    }

    [Fact]
    public void New_DigitalStrategyReview_GuidesInCommentsTheSiteNeverShows()
    {
        Run("new", _folder, "--name", "Ville de Montreuil", "--kind", "commune", "--population", "62000", "--year", "2025");

        var text = File.ReadAllText(Path.Combine(_folder, "2025", "numerique-responsable.md"));
        Assert.Contains("# Ce fichier est obligatoire pour votre collectivité (CGCT, art. L2311-1-1", text, StringComparison.Ordinal);
        var report = ContentLoader.Load(_folder).Latest!.Report;
        Assert.True(string.IsNullOrWhiteSpace(report.DigitalStrategyReview), report.DigitalStrategyReview);
    }

    [Theory]
    [InlineData("commune", "30000")]
    [InlineData("departement", "400000")]
    public void New_AuthorityNotOwingTheReview_GetsNoDigitalStrategyFile(string kind, string population)
    {
        Run("new", _folder, "--name", "Collectivité", "--kind", kind, "--population", population, "--year", "2025");

        Assert.False(File.Exists(Path.Combine(_folder, "2025", "numerique-responsable.md")));
        Assert.True(ContentChecker.Check(_folder).Success);
    }

    [Fact]
    public void New_CommentsOfTheSettingsAndSchemasPointAtFilesThatExist()
    {
        Run("new", _folder, "--name", "Ville de Montreuil", "--kind", "commune", "--population", "62000", "--year", "2025");

        var site = File.ReadAllText(Path.Combine(_folder, "site.yml"));
        Assert.Contains("README.md", site, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "README.md")));
        foreach (var yaml in Directory.EnumerateFiles(_folder, "*.yml", SearchOption.AllDirectories))
        {
            var schema = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(yaml), @"\$schema=(\S+)");
            Assert.True(schema.Success, $"{yaml} has no schema line");
            Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(yaml)!, schema.Groups[1].Value)), $"{yaml} points at {schema.Groups[1].Value}, which does not exist");
        }
    }

    [Fact]
    public void New_Readme_TellsTheAuthorInFrenchWhatToWriteAndHowToCheck()
    {
        Run("new", _folder, "--name", "Ville de Montreuil", "--kind", "commune", "--population", "62000", "--year", "2025");

        var readme = File.ReadAllText(Path.Combine(_folder, "README.md"));
        Assert.StartsWith("# Le rapport développement durable 2025 de la Ville de Montreuil", readme, StringComparison.Ordinal);
        Assert.Contains("`2025/budget.yml` | le budget 2026", readme, StringComparison.Ordinal);
        Assert.Contains("rdd check .", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project src/Rdd.Site -- check", readme, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "  rdd check /tmp/mon-rapport ")]
    [InlineData(true, "  dotnet run --project src/Rdd.Site -- check /tmp/mon-rapport ")]
    public void New_NextSteps_NameTheFolderJustCreatedAsThisRddIsRun(bool fromSources, string start)
    {
        using var output = new StringWriter();
        Rdd.Site.Cli.NewCommand.WriteNextSteps(output, "/tmp/mon-rapport", fromSources);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith(start, lines[1], StringComparison.Ordinal);
        Assert.Contains("serve /tmp/mon-rapport ", lines[2], StringComparison.Ordinal);
        Assert.Equal(fromSources, output.ToString().Contains("« rdd check /tmp/mon-rapport »", StringComparison.Ordinal));
    }

    [Fact]
    public void New_ThroughTheCommand_PrintsTheCheckCommandWithTheFolder()
    {
        var (code, output, _) = Run("new", _folder, "--name", "Ville de Montreuil", "--kind", "commune", "--population", "62000", "--year", "2025");

        Assert.Equal(0, code);
        Assert.Contains($"rdd check {_folder}", output, StringComparison.Ordinal);
        Assert.DoesNotContain("rdd check\n", output.Replace("\r", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
