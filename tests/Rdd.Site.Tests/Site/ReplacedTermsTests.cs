using AngleSharp.Html.Parser;

namespace Rdd.Site.Tests.Site;

/// <summary>Terms across years: a term of 2025 says which term of 2024 it replaces (<c>remplace:</c>).</summary>
public sealed class ReplacedTermsTests : IDisposable
{
    private readonly SiteTempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Build_TermReplacingAnother_LinksBothYearsTermPages()
    {
        var root = TwoYears("batiments-publics");

        var build = await SiteGenerator.BuildAsync(root, new BuildOptions());

        Assert.True(build.Success, string.Join("\n", build.Diagnostics));
        var parser = new HtmlParser();
        var current = parser.ParseDocument(build.Files!.Text("referentiels/plan-climat/batiments/index.html"));
        Assert.Contains(current.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/2024/referentiels/plan-climat/batiments-publics/" && a.TextContent.Trim() == "Des bâtiments publics économes (2024)");
        var previous = parser.ParseDocument(build.Files.Text("2024/referentiels/plan-climat/batiments-publics/index.html"));
        Assert.Contains(previous.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/referentiels/plan-climat/batiments/" && a.TextContent.Trim() == "Des bâtiments sobres (2025)");
        Assert.Contains("Remplacé par", previous.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ActionOnAReplacedTerm_NamesItsReplacement()
    {
        var root = TwoYears("batiments-publics");
        var section = Path.Combine(root, "2025", "partie-1", "01-climat.md");
        File.WriteAllText(section, File.ReadAllText(section).Replace("termes=plan-climat:batiments odd", "termes=plan-climat:batiments-publics odd", StringComparison.Ordinal));

        var check = ContentChecker.Check(root);

        var diagnostic = Assert.Single(check.Result.Diagnostics, d => d.Code == "RDD1018");
        Assert.Contains("« batiments-publics », qui n'est plus un terme de la taxonomie « Plan climat communal » : il est remplacé par « Des bâtiments sobres » (plan-climat:batiments)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("2025/partie-1/01-climat.md", diagnostic.Location?.Path);
        Assert.DoesNotContain(check.Result.Diagnostics, d => d.Code == "RDD1013");
    }

    [Fact]
    public void Check_ReplacesAnUnknownTerm_SaysSoWithTheNearest()
    {
        var root = TwoYears("batiments-publiques");

        var check = ContentChecker.Check(root);

        var diagnostic = Assert.Single(check.Result.Diagnostics, d => d.Code == "RDD2041");
        Assert.Contains("« batiments-publiques », qui n'est pas un terme de « Plan climat communal » dans le rapport 2024. Vouliez-vous dire « batiments-publics » ?", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("2025/strategie/plan-climat.yml", diagnostic.Location?.Path);
    }

    /// <summary>The two-year fixture, with the 2024 plan and a 2025 term that replaces <paramref name="replaced"/>.</summary>
    private string TwoYears(string replaced)
    {
        var root = _temp.CopyFrom(Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "commune-deux-annees"), "contenu");
        Directory.CreateDirectory(Path.Combine(root, "2024", "strategie"));
        File.WriteAllText(Path.Combine(root, "2024", "strategie", "plan-climat.yml"), """
            nom: Plan climat communal
            termes:
              - code: batiments-publics
                libelle: Des bâtiments publics économes
              - code: mobilites
                libelle: Des mobilités actives
            """);
        var plan = Path.Combine(root, "2025", "strategie", "plan-climat.yml");
        File.WriteAllText(plan, File.ReadAllText(plan).Replace("    libelle: Des bâtiments sobres\n", $"    libelle: Des bâtiments sobres\n    remplace: [{replaced}]\n", StringComparison.Ordinal));
        return root;
    }
}
