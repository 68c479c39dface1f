using Rdd.Domain.Extensions;
using Rdd.Domain.Taxonomies;
using Rdd.Domain.Validation;
using Rdd.Site.Content;
using Rdd.Site.Extensions;
using Rdd.Site.Tests.Site;

namespace Rdd.Site.Tests.Extensions;

/// <summary>Loading extensions never throws: every failure is a diagnostic that says which file and why.</summary>
public sealed class ExtensionLoaderTests
{
    internal static string SampleDll => Path.Combine(AppContext.BaseDirectory, "Rdd.Sample.WaterFigures.dll");

    [Fact]
    public void Load_SampleGivenOnTheCommandLine_CreatesItsExtensionAndPageProvider()
    {
        var loaded = ExtensionLoader.Load(SiteRepo.DefaultContent, [], [SampleDll]);

        Assert.Empty(loaded.Diagnostics);
        Assert.Equal("Chiffres de l'eau", Assert.Single(loaded.Extensions).Name);
        Assert.Equal("Chiffres de l'eau", Assert.Single(loaded.PageProviders).Name);
    }

    [Fact]
    public void Load_TwiceTheSameFile_SharesTheLoadedAssembly()
    {
        var first = ExtensionLoader.Load(SiteRepo.DefaultContent, [], [SampleDll]);
        var second = ExtensionLoader.Load(SiteRepo.DefaultContent, [], [SampleDll]);

        Assert.Same(first.Extensions[0].GetType().Assembly, second.Extensions[0].GetType().Assembly);
    }

    [Fact]
    public void Load_PathOutsideTheContentFolder_ReportsRdd2050AtItsLineOfSiteYml()
    {
        using var content = new TempContent();
        var location = new SourceLocation("site.yml", 12, 14);

        var loaded = ExtensionLoader.Load(content.Root, [new ExtensionReference("../ailleurs/Extension.dll", location)], []);

        var diagnostic = Assert.Single(loaded.Diagnostics);
        Assert.Equal("RDD2050", diagnostic.Code);
        Assert.Equal(location, diagnostic.Location);
        Assert.Empty(loaded.Extensions);
    }

    [Fact]
    public void Load_MissingFile_ReportsRdd2051()
    {
        var loaded = ExtensionLoader.Load(SiteRepo.DefaultContent, [], ["introuvable/Extension.dll"]);

        var diagnostic = Assert.Single(loaded.Diagnostics);
        Assert.Equal("RDD2051", diagnostic.Code);
        Assert.Contains("introuvable", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileThatIsNotAnAssembly_ReportsRdd2051WithoutThrowing()
    {
        using var content = new TempContent();
        content.Write("extensions/Faux.dll", "ceci n'est pas une bibliothèque");

        var loaded = ExtensionLoader.Load(content.Root, [new ExtensionReference("extensions/Faux.dll", new SourceLocation("site.yml", 3, 1))], []);

        Assert.Equal("RDD2051", Assert.Single(loaded.Diagnostics).Code);
    }

    [Fact]
    public void Load_AssemblyWithoutExtension_ReportsRdd2051()
    {
        var loaded = ExtensionLoader.Load(SiteRepo.DefaultContent, [], [typeof(Markdig.Markdown).Assembly.Location]);

        var diagnostic = Assert.Single(loaded.Diagnostics);
        Assert.Equal("RDD2051", diagnostic.Code);
        Assert.Contains("IReportExtension", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_NoExtension_ReturnsTheSameValidator()
    {
        Assert.Same(ReportValidator.Default, LoadedExtensions.None.Apply(ReportValidator.Default, new List<Diagnostic>()));
    }

    [Fact]
    public void Apply_ExtensionTakingABuiltInTaxonomyId_ReportsRdd2051AndAddsNothing()
    {
        var loaded = new LoadedExtensions([new OddReplacingExtension()], [], []);
        var diagnostics = new List<Diagnostic>();

        var validator = loaded.Apply(ReportValidator.Default, diagnostics);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("RDD2051", diagnostic.Code);
        Assert.Contains("« Objectifs maison » reprend l'identifiant « odd »", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(validator.Taxonomies);
    }

    [Fact]
    public void Check_ExtensionInSiteYml_IsLoadedFromTheContentFolderWithoutUnexpectedFileWarning()
    {
        using var temp = new SiteTempFolder();
        var root = temp.CopyFrom(SiteRepo.DefaultContent, "content");
        Directory.CreateDirectory(Path.Combine(root, "extensions"));
        File.Copy(SampleDll, Path.Combine(root, "extensions", "Rdd.Sample.WaterFigures.dll"));
        File.AppendAllText(Path.Combine(root, "site.yml"), "\nextensions: [extensions/Rdd.Sample.WaterFigures.dll]\n");

        var check = ContentChecker.Check(root);

        Assert.True(check.Success);
        Assert.Contains(check.Result.Diagnostics, d => d.Code == "RDD9101");
        Assert.DoesNotContain(check.Result.Diagnostics, d => d.Code is "RDD2023" or "RDD2011" or "RDD2051");
    }

    private sealed class OddReplacingExtension : IReportExtension
    {
        public string Name => "Objectifs maison";

        public void Register(ReportValidatorBuilder builder) => builder.AddTaxonomy(new Taxonomy { Id = "odd", Name = "Objectifs maison" });
    }
}
