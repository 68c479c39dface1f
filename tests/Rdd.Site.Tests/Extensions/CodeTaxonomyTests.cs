using AngleSharp.Html.Parser;
using Rdd.Domain.Validation;
using Rdd.Sample.WaterFigures;
using Rdd.Site.Tests.Site;

namespace Rdd.Site.Tests.Extensions;

/// <summary>A taxonomy registered by code (<c>AddTaxonomy</c>) gets what a taxonomy of <c>strategie/</c> gets, through the same code.</summary>
public sealed class CodeTaxonomyTests
{
    private const string Heading = "{#securisation-eau-potable finalites=cohesion,biodiversite}";
    private const string Tagged = "{#securisation-eau-potable finalites=cohesion,biodiversite termes=cycle-eau:eau-potable}";

    [Fact]
    public async Task Build_SampleTermOnAnAction_GetsPagesLinkFilterAndColumn()
    {
        using var temp = new SiteTempFolder();
        var root = TaggedCopy(temp);

        var build = await SiteGenerator.BuildAsync(root, new BuildOptions { Extensions = [ExtensionLoaderTests.SampleDll] });

        Assert.True(build.Success, string.Join("\n", build.Diagnostics));
        var parser = new HtmlParser();
        var index = parser.ParseDocument(build.Files!.Text("referentiels/index.html"));
        Assert.Contains(index.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/referentiels/cycle-eau/");
        var term = parser.ParseDocument(build.Files.Text("referentiels/cycle-eau/eau-potable/index.html"));
        Assert.Equal("Production et distribution d'eau potable", term.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Contains(term.QuerySelectorAll("main a"), a => a.TextContent.Contains("Sécurisation de l’alimentation en eau potable", StringComparison.Ordinal));
        Assert.Contains("referentiels/cycle-eau/assainissement/index.html", build.Files.Paths);
        TaxonomyAssertions.FilterAndCsvColumn(build.Files, "cycle-eau", "eau-potable", "securisation-eau-potable");
        Assert.Contains("\"cycle-eau\"", build.Files.Text("donnees/rapport.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_CodeAndYamlTaxonomy_GiveTheSameSite()
    {
        using var temp = new SiteTempFolder();
        var coded = TaggedCopy(temp, "code");
        var written = TaggedCopy(temp, "yaml");
        File.WriteAllText(Path.Combine(written, "2024", "strategie", "cycle-eau.yml"), """
            id: cycle-eau
            nom: Le petit cycle de l'eau
            description: Les étapes du service de l'eau, du captage au rejet dans le milieu naturel.
            termes:
              - code: eau-potable
                libelle: Production et distribution d'eau potable
              - code: assainissement
                libelle: Collecte et traitement des eaux usées
              - code: eaux-pluviales
                libelle: Gestion des eaux pluviales
              - code: irrigation
                libelle: Eau brute et irrigation
            """);

        var fromCode = await SiteGenerator.BuildAsync(coded, new BuildOptions { Validator = new ReportValidatorBuilder().AddTaxonomy(WaterCycle.Taxonomy).Build() });
        var fromYaml = await SiteGenerator.BuildAsync(written, new BuildOptions());

        Assert.True(fromCode.Success, string.Join("\n", fromCode.Diagnostics));
        Assert.True(fromYaml.Success, string.Join("\n", fromYaml.Diagnostics));
        Assert.Equal(fromYaml.Files!.Paths.Order(StringComparer.Ordinal), fromCode.Files!.Paths.Order(StringComparer.Ordinal));
        Assert.All(fromYaml.Files.Paths, path => Assert.True(fromYaml.Files[path].AsSpan().SequenceEqual(fromCode.Files[path]), path));
    }

    private static string TaggedCopy(SiteTempFolder temp, string name = "content")
    {
        var root = temp.CopyFrom(SiteRepo.DefaultContent, name);
        var section = Path.Combine(root, "2024", "partie-1", "02-eau-et-assainissement.md");
        File.WriteAllText(section, File.ReadAllText(section).Replace(Heading, Tagged, StringComparison.Ordinal));
        return root;
    }
}
