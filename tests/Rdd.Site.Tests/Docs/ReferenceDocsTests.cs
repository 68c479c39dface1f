using Rdd.Site.Docs;
using Rdd.Site.Tests.Site;

namespace Rdd.Site.Tests.Docs;

/// <summary>The reference pages of docs/ are exactly what the code generates: they cannot drift from the descriptors and content shapes.</summary>
public sealed class ReferenceDocsTests
{
    private const string Regenerate = "Regenerate them with: dotnet run --project src/Rdd.Site -- docs -o docs (or RDD_UPDATE_DOCS=1 dotnet test --filter ReferenceDocs), then commit docs/.";

    private static string DocsFolder => Path.Combine(SiteRepo.Root, "docs");

    [Fact]
    public void Generate_EqualsTheCommittedDocs()
    {
        if (Environment.GetEnvironmentVariable("RDD_UPDATE_DOCS") == "1")
        {
            ReferenceDocs.Write(DocsFolder);
        }

        var stale = Directory.EnumerateFiles(Path.Combine(DocsFolder, ReferenceDocs.DiagnosticsFolder), "RDD*.md")
            .Select(f => ReferenceDocs.DiagnosticsFolder + "/" + Path.GetFileName(f))
            .Where(f => !ReferenceDocs.Generate().ContainsKey(f))
            .ToList();
        Assert.True(stale.Count == 0, $"docs/ holds pages of codes that no longer exist: {string.Join(", ", stale)}. {Regenerate}");
        foreach (var (path, text) in ReferenceDocs.Generate())
        {
            var full = Path.Combine(DocsFolder, path);
            Assert.True(File.Exists(full) && File.ReadAllText(full).ReplaceLineEndings("\n") == text, $"docs/{path} differs from the generated text. {Regenerate}");
        }
    }

    [Fact]
    public void Descriptors_CoverEveryCodeOfTheRulesTheReaderTheExtensionsAndTheOutput()
    {
        var codes = ReferenceDocs.Descriptors.Select(d => d.Code).ToList();

        Assert.Equal(codes.Distinct(StringComparer.Ordinal).Count(), codes.Count);
        Assert.Contains("RDD1001", codes);
        Assert.Contains("RDD1090", codes);
        Assert.Contains("RDD2001", codes);
        Assert.Contains("RDD2051", codes);
        Assert.Contains("RDD3001", codes);
        Assert.Contains("RDD3002", codes);
        Assert.Contains("RDD9999", codes);
        Assert.All(codes, c => Assert.Matches("^RDD[0-9]{4}$", c));
    }

    [Fact]
    public void Descriptors_HelpLinks_NameTheirGeneratedPages()
    {
        var pages = ReferenceDocs.Generate();

        Assert.All(ReferenceDocs.Descriptors, d => Assert.Contains(d.HelpLink!["docs/".Length..], pages.Keys));
    }

    [Fact]
    public void DiagnosticPage_HasCodeSeverityTitleExplanationFixAndExample()
    {
        var page = ReferenceDocs.Generate()["diagnostics/RDD2050.md"];

        Assert.Contains("# RDD2050 — Extension hors du dossier de contenu", page, StringComparison.Ordinal);
        Assert.Contains("**Gravité :** erreur", page, StringComparison.Ordinal);
        Assert.Contains("## Pourquoi", page, StringComparison.Ordinal);
        Assert.Contains("## Comment corriger", page, StringComparison.Ordinal);
        Assert.Contains("## Exemple", page, StringComparison.Ordinal);
    }

    [Fact]
    public void DiagnosticPages_SayHowToFixInContentFilesAndInJsonOrCSharp()
    {
        var pages = ReferenceDocs.Generate();

        Assert.All(ReferenceDocs.Descriptors, d =>
        {
            var page = pages[$"{ReferenceDocs.DiagnosticsFolder}/{d.Code}.md"];
            Assert.Contains("- **Dans les fichiers de contenu :** ", page, StringComparison.Ordinal);
            var model = page.Split('\n').Single(line => line.StartsWith("- **En JSON ou en C# :** ", StringComparison.Ordinal));
            if (d.Code.StartsWith("RDD1", StringComparison.Ordinal))
            {
                Assert.True(model.Contains('`', StringComparison.Ordinal), $"{d.Code} names no property for JSON or C#: {model}");
            }
        });
    }

    [Fact]
    public void ContentKeys_ListEverySiteYmlKeyAndEveryActionAttribute()
    {
        var page = ReferenceDocs.Generate()[ReferenceDocs.ContentKeysPage];

        Assert.Contains("| `extensions` |", page, StringComparison.Ordinal);
        Assert.Contains("| `suite_de` |", page, StringComparison.Ordinal);
        Assert.Contains("## chiffres-cles.yml", page, StringComparison.Ordinal);
    }

    [Fact]
    public void LegalFramework_ListsEveryProvisionWithItsDateAndCertainty()
    {
        var page = ReferenceDocs.Generate()[LegalFrameworkDoc.Page];

        foreach (var basis in Rdd.Domain.Law.LegalTexts.All)
        {
            var date = basis.Date is { } d ? Rdd.Domain.French.Date(d) : "non établie";
            Assert.Contains($"| {basis.Reference} | ", page, StringComparison.Ordinal);
            Assert.Contains($" | {date} | {Rdd.Domain.Law.SourceCertaintyExtensions.FrenchLabel(basis.Certainty)} |\n", page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("| `departement` | département | aucun | 2012 | CGCT, art. L3311-2 | CGCT, art. D3311-8 | CGCT, art. D3311-8 |")]
    [InlineData("| `commune` | commune | plus de 50 000 habitants | 2012 | CGCT, art. L2311-1-1 | CGCT, art. D2311-15 | CGCT, art. D2311-15 (probable, non vérifié) |")]
    [InlineData("| `metropole-lyon` | métropole de Lyon | aucun | 2015 | CGCT, art. L3661-2 (de seconde main) | CGCT, art. D3661-7 (de seconde main) | CGCT, art. D3661-7 (de seconde main) |")]
    [InlineData("| `guyane` | collectivité territoriale de Guyane | aucun | 2016 | CGCT, art. L7111-4 (de seconde main) | aucun trouvé | — |")]
    public void LegalFramework_GivesEachKindItsOwnArticles(string row)
    {
        var page = ReferenceDocs.Generate()[LegalFrameworkDoc.Page];

        Assert.Contains(row.Replace("50 000", Rdd.Domain.French.Number(50_000), StringComparison.Ordinal), page, StringComparison.Ordinal);
    }
}
