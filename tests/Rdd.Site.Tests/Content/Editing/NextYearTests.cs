using Rdd.Domain.Validation;
using Rdd.Site.Content;
using Rdd.Site.Content.Editing;

namespace Rdd.Site.Tests.Content.Editing;

/// <summary>The files that start next year's report: what lasts is carried over as it is, the year's own starts anew, and the whole passes the check.</summary>
public sealed class NextYearTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    [Fact]
    public void NextYear_WrittenBesideTheFixture_PassesTheCheckWithoutError()
    {
        using var content = new TempContent();
        Write(content);

        var check = content.Check();

        Assert.Equal([2025, 2026], check.Content.Years.Select(y => y.Report.Year));
        Assert.DoesNotContain(check.Result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void NextYear_CarriesOverWhatLastsByteForByte()
    {
        using var content = new TempContent();
        content.Write("2025/lecture.md", "---\ntitre: Comment lire ce rapport\u00A0?\n---\n\nNotre guide, gardé d'une année à l'autre.\n");

        Write(content);

        foreach (var file in new[] { "lecture.md", "glossaire.yml", "indicateurs.yml", "strategie/plan-climat.yml", "partie-1/partie.md", "partie-3/partie.md" })
        {
            Assert.Equal(content.Read("2025/" + file), content.Read("2026/" + file));
        }
    }

    [Fact]
    public void NextYear_StartsTheYearsOwnFilesAsRddNewDoes()
    {
        using var content = new TempContent();

        Write(content);

        Assert.Contains("annee: 2026\nannee_budget: 2027\n", content.Read("2026/rapport.yml"), StringComparison.Ordinal);
        Assert.DoesNotContain(content.Read("2025/chiffres-cles.yml"), content.Read("2026/chiffres-cles.yml"), StringComparison.Ordinal);
        var latest = content.Load().Latest!.Report;
        Assert.All(latest.Parts, part => Assert.All(part.Sections.SelectMany(s => s.Actions), a => Assert.StartsWith(Scaffold.ExamplePrefix, a.Id, StringComparison.Ordinal)));
        Assert.All(latest.Parts, part => Assert.Single(part.Sections.SelectMany(s => s.Actions)));
    }

    [Fact]
    public void NextYear_KeepsEachSectionsHeaderAndNoneOfItsActions()
    {
        using var content = new TempContent();
        var before = content.Load().Latest!.Report;

        Write(content);

        var after = content.Load().Latest!.Report;
        Assert.Equal(before.Parts.SelectMany(p => p.Sections).Select(s => (s.Id, s.Title, s.Group)), after.Parts.SelectMany(p => p.Sections).Select(s => (s.Id, s.Title, s.Group)));
        var lastYears = before.Parts.SelectMany(p => p.Sections).SelectMany(s => s.Actions).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(after.Parts.SelectMany(p => p.Sections).SelectMany(s => s.Actions), a => lastYears.Contains(a.Id));
    }

    [Fact]
    public void NextYear_CopiesTheImagesItsTextsShowAndNoOther()
    {
        using var content = new TempContent();
        content.WriteBytes("2025/images/carte.png", Png)
            .WriteBytes("2025/images/photo-action.png", Png)
            .Edit("2025/partie-1/partie.md", text => text + "\n![Carte du territoire](../images/carte.png)\n");

        var files = Write(content);

        Assert.Equal(["2026/images/carte.png"], files.Where(f => f.Bytes is not null).Select(f => f.Path));
        Assert.Equal(File.ReadAllBytes(content.FullPath("2025/images/carte.png")), File.ReadAllBytes(content.FullPath("2026/images/carte.png")));
    }

    [Theory]
    [InlineData("---\ntitre: Eau\n---\n\nIntro.\n\n## Action {#a}\n", "---\ntitre: Eau\n---\n")]
    [InlineData("---\r\ntitre: Eau\r\n---\r\n## Action {#a}\r\n", "---\r\ntitre: Eau\r\n---\r\n")]
    [InlineData("\uFEFF---\ntitre: Eau\n...\nTexte\n", "---\ntitre: Eau\n...\n")]
    [InlineData("## Action {#a}\n", null)]
    [InlineData("---\ntitre: jamais fermé\n", null)]
    public void Header_IsTheFrontMatterWithItsLines(string text, string? header)
    {
        Assert.Equal(header, NextYear.Header(text));
    }

    private static IReadOnlyList<NextYearFile> Write(TempContent content)
    {
        var loaded = content.Load();
        var latest = loaded.Latest!;
        var files = NextYear.Files(content.Root, latest, latest.Report.Authority);
        foreach (var file in files)
        {
            if (file.Bytes is { } bytes)
            {
                content.WriteBytes(file.Path, bytes);
            }
            else
            {
                content.Write(file.Path, file.Text!);
            }
        }

        return files;
    }
}
