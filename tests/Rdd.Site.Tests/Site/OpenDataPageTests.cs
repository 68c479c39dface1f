using Rdd.Site.Data;
using Rdd.Site.Tests.Data;

namespace Rdd.Site.Tests.Site;

/// <summary>The « Données ouvertes » page: it links the Data Package, describes it in French, and gives the SIRET when known.</summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class OpenDataPageTests(BuiltSitesFixture sites)
{
    [Fact]
    public void DataPage_LinksDatapackageJsonAndDescribesIt()
    {
        var site = sites[BuiltSitesFixture.Default];
        var page = site.Page("donnees/index.html");

        var links = page.QuerySelectorAll("a").Where(a => a.GetAttribute("href") == site.BasePath + "donnees/" + DataPackage.FileName).ToList();
        Assert.NotEmpty(links);
        Assert.Contains(links, a => a.TextContent == "La description des fichiers");
        var text = SiteStructureTests.Normalize(page.Body!.TextContent);
        Assert.Contains("au format Data Package de Frictionless Data", text, StringComparison.Ordinal);
        Assert.Contains("l'année du rapport et le SIRET de la collectivité", text, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("dt"), dt => dt.TextContent == "SIRET de la collectivité");
    }

    [Fact]
    public void DataPage_SiretInSiteYml_IsGivenGrouped()
    {
        var page = sites[BuiltSitesFixture.Fixture].Page("donnees/index.html");

        var term = page.QuerySelectorAll("dt").Single(dt => dt.TextContent == "SIRET de la collectivité");
        Assert.Equal("210\u00a0000\u00a0006\u00a000010", term.NextElementSibling!.TextContent);
    }

    [Fact]
    public void PublishedDataPackage_AgreesWithThePublishedFiles()
    {
        var site = sites[BuiltSitesFixture.Fixture];
        var files = site.Files.Paths.Where(p => p.StartsWith("donnees/", StringComparison.Ordinal))
            .ToDictionary(p => p["donnees/".Length..], p => site.Files[p], StringComparer.Ordinal);

        Assert.Empty(DataPackageValidator.Problems(files[DataPackage.FileName], files));
    }
}
