using AngleSharp.Html.Parser;
using Rdd.Domain;
using Rdd.Site.Tests.Site;
using Rdd.Taxonomies.LeviersSgpe;

namespace Rdd.Site.Tests.Extensions;

/// <summary>The package Rdd.Taxonomies.LeviersSgpe: its list is the source file's, and the default content can refer to it.</summary>
public sealed class LeviersSgpeTests
{
    internal const string Heading = "{#renovation-du-siege avancement=lancement finalites=climat termes=pacte-vert:axe-1}";
    internal const string Tagged = "{#renovation-du-siege avancement=lancement finalites=climat termes=pacte-vert:axe-1,leviers-sgpe:renovation-hors-changement-chaudieres}";

    internal static string ExtensionDll => Path.Combine(AppContext.BaseDirectory, "Rdd.Taxonomies.LeviersSgpe.dll");

    [Fact]
    public void Taxonomy_IsTheSourceFile()
    {
        var source = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "src", "Rdd.Taxonomies.LeviersSgpe", "source", "50_leviers_SGPE_03_2025.csv"));

        Assert.Equal("levier", source[0]);
        Assert.Equal(source[1..], LeviersSgpe.Taxonomy.Terms.Select(t => t.Label));
        Assert.Equal(50, LeviersSgpe.Taxonomy.Terms.Count);
        Assert.All(LeviersSgpe.Taxonomy.Terms, t => Assert.Equal(Codes.Slugify(t.Label), t.Code));
        Assert.Equal(50, LeviersSgpe.Taxonomy.Terms.Select(t => t.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Taxonomy_CodeIsTheLabelMadeAnId()
    {
        Assert.Equal("leviers-sgpe", LeviersSgpe.Taxonomy.Id);
        Assert.Contains(LeviersSgpe.Taxonomy.Terms, t => t is { Code: "renovation-hors-changement-chaudieres", Label: "Rénovation (hors changement chaudières)" });
        Assert.Contains(LeviersSgpe.Taxonomy.Terms, t => t is { Code: "2-roues-elec-efficacite", Label: "2 roues (élec&efficacité)" });
        Assert.Contains(LeviersSgpe.SourceDate, LeviersSgpe.Taxonomy.Description, StringComparison.Ordinal);
        Assert.Contains(LeviersSgpe.SourceUrl, LeviersSgpe.Taxonomy.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_ActionTaggedWithALever_HasItsLeverPageFilterAndColumn()
    {
        using var temp = new SiteTempFolder();
        var root = TaggedCopy(temp);

        var build = await SiteGenerator.BuildAsync(root, new BuildOptions { Extensions = [ExtensionDll] });

        Assert.True(build.Success, string.Join("\n", build.Diagnostics));
        var parser = new HtmlParser();
        var lever = parser.ParseDocument(build.Files!.Text("referentiels/leviers-sgpe/renovation-hors-changement-chaudieres/index.html"));
        Assert.Equal("Rénovation (hors changement chaudières)", lever.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Contains(lever.QuerySelectorAll("main a"), a => a.TextContent.Contains("programme de rénovation de son siège", StringComparison.Ordinal));
        TaxonomyAssertions.FilterAndCsvColumn(build.Files, "leviers-sgpe", "renovation-hors-changement-chaudieres", "renovation-du-siege");
    }

    internal static string TaggedCopy(SiteTempFolder temp, string name = "content")
    {
        var root = temp.CopyFrom(SiteRepo.DefaultContent, name);
        var section = Path.Combine(root, "2024", "partie-2", "10-patrimoine.md");
        File.WriteAllText(section, File.ReadAllText(section).Replace(Heading, Tagged, StringComparison.Ordinal));
        return root;
    }
}
