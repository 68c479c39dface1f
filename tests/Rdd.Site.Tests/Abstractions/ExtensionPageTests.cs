using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Site.Abstractions;

namespace Rdd.Site.Tests.Abstractions;

/// <summary>What an extension's page provider is given and may return (Rdd.Site.Abstractions).</summary>
public class ExtensionPageTests
{
    [Theory]
    [InlineData("/eau/")]
    [InlineData("/eau/chiffres-2024/")]
    public void ExtensionPage_ValidPath_IsKept(string path)
    {
        Assert.Equal(path, new ExtensionPage(path, "Titre", "<p>x</p>").Path);
    }

    [Theory]
    [InlineData("eau/")]
    [InlineData("/eau")]
    [InlineData("/Eau/")]
    [InlineData("/../")]
    [InlineData("//")]
    [InlineData("/eau/index.html")]
    public void ExtensionPage_InvalidPath_Throws(string path)
    {
        Assert.Throws<ArgumentException>(() => new ExtensionPage(path, "Titre", "<p>x</p>"));
    }

    [Fact]
    public void SitePageContext_Href_PrefixesTheBasePath()
    {
        var report = new Report
        {
            Authority = new Authority { Name = "Commune fictive", Kind = AuthorityKind.Commune, Population = 60_000 },
            Year = 2023,
            BudgetYear = 2024,
        };

        Assert.Equal("/rdd/2023/eau/", new SitePageContext(report, "/rdd/2023").Href("/eau/"));
    }
}
