using Rdd.Domain.Validation;
using Rdd.Site.Content;

namespace Rdd.Site.Tests.Hardening;

/// <summary>
/// Bad input gives a clear diagnostic at its file and line, never an exception. Cases already covered elsewhere:
/// malformed YAML (ContentLoaderTests.Load_MalformedSiteYml_ReportsOnlyRdd2010, YamlFileTests), front matter not closed
/// (MarkdownFileTests), tabs (YamlFileTests.Parse_TabIndentation_ReportsRdd2010AtTheTab), duplicate keys
/// (YamlFileTests.Parse_DuplicateKey_ReportsRdd2014NamingTheKeyAtTheSecond), wrong types (MappingReaderTests.Number_*),
/// unknown keys (MappingReaderTests.Open_UnknownKey_SuggestsTheClosestAndReportsNothingElse), encodings, BOM and CRLF
/// (SourceTextTests), a missing folder (ContentLoaderTests.Load_ContentFolderMissing_ReportsRdd2001), a missing
/// image or one without alt (Content/MarkdownSafetyTests.MissingImage_IsRdd2032, ImageWithoutAlt_IsRejected).
/// </summary>
public sealed class HostileInputTests
{
    private const string Section = "2025/partie-1/01-climat.md";

    [Theory]
    [InlineData("site.yml")]
    [InlineData("2025/rapport.yml")]
    [InlineData("2025/chiffres-cles.yml")]
    [InlineData("2025/budget.yml")]
    [InlineData("2025/glossaire.yml")]
    [InlineData("2025/strategie/plan-climat.yml")]
    public void Load_ZeroByteYamlFile_IsReportedAsEmptyAtItsFirstLine(string file)
    {
        using var content = new TempContent();
        content.WriteBytes(file, []);

        var diagnostics = content.Load().Diagnostics;

        var diagnostic = Diagnostics.Only(diagnostics, "RDD2012");
        Diagnostics.At(diagnostic, "RDD2012", file, 1, 1);
        Assert.Contains($"Le fichier « {file} » est vide", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("bloc de clés", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_YamlFileOfCommentsOnly_IsReportedAsEmpty()
    {
        using var content = new TempContent();
        content.Write("2025/budget.yml", "# yaml-language-server: $schema=../schemas/budget.schema.json\n\n");

        var diagnostic = Diagnostics.Only(content.Load().Diagnostics, "RDD2012");

        Diagnostics.At(diagnostic, "RDD2012", "2025/budget.yml", 1, 1);
        Assert.Contains("est vide", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    public void Load_ZeroByteSection_IsReportedAsEmptyAtLineOne(string text)
    {
        using var content = new TempContent();
        content.Write(Section, text);

        var diagnostic = Diagnostics.Only(content.Load().Diagnostics, "RDD2013");

        Diagnostics.At(diagnostic, "RDD2013", Section, 1, 1);
        Assert.Contains($"Le fichier « {Section} » est vide", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyFrontMatter_SaysSo()
    {
        using var content = new TempContent();
        content.Write(Section, "---\n---\n\n## Action {#action-sans-entete}\n\nTexte.\n");

        var diagnostic = Diagnostics.Only(content.Load().Diagnostics, "RDD2012");

        Diagnostics.At(diagnostic, "RDD2012", Section, 1, 1);
        Assert.Contains("L'en-tête de", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("est vide", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025/partie-1/01-climat.md")]
    [InlineData("2025/chiffres-cles.yml")]
    public void Check_Sparse50MegabyteFile_IsRDD2005WithoutBeingRead(string file)
    {
        using var content = new TempContent();
        using (var stream = new FileStream(content.FullPath(file), FileMode.Create, FileAccess.Write))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var check = content.Check();

        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, "RDD2005");
        Assert.Equal(new SourceLocation(file), diagnostic.Location);
        Assert.Contains("50 Mo", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(">", " ")]
    [InlineData("-", " ")]
    [InlineData("*", " ")]
    [InlineData("1.", " ")]
    public void Check_TenThousandNestedMarkers_AreRDD2024AtTheirLineNotACrash(string marker, string separator)
    {
        using var content = new TempContent();
        var nested = string.Concat(Enumerable.Repeat(marker + separator, 10_000)) + "texte";
        content.Edit(Section, text => text + "\n" + nested + "\n");
        var line = content.LineOf(Section, nested[..20]);

        var check = RunWithTimeout(content.Check);

        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, "RDD2024");
        Assert.Equal(Section, diagnostic.Location!.Path);
        Assert.Equal(line, diagnostic.Location.Line);
        Assert.Contains("imbriqu", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NestedMarkersSpreadOverManyLines_AreRDD2024NotACrash()
    {
        using var content = new TempContent();
        var nested = string.Join('\n', Enumerable.Range(0, 1_000).Select(i => new string(' ', i * 2) + "- niveau " + i));
        content.Edit(Section, text => text + "\n" + nested + "\n");

        var check = RunWithTimeout(content.Check);

        var diagnostic = Diagnostics.Only(check.Result.Diagnostics, "RDD2024");
        Diagnostics.At(diagnostic, "RDD2024", Section, content.LineOf(Section, "- niveau 33"), 1);
        Assert.Contains("imbriqu", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("*")]
    [InlineData("_")]
    [InlineData("`")]
    [InlineData("![")]
    public void Check_TenThousandInlineMarkers_AreTextNotACrash(string marker)
    {
        using var content = new TempContent();
        content.Edit(Section, text => text + "\nDébut " + string.Concat(Enumerable.Repeat(marker, 10_000)) + "texte\n");

        var check = RunWithTimeout(content.Check);

        // « ![ » not followed by an image would be published as written: it is one RDD2029 for the line.
        Assert.DoesNotContain(check.Result.Diagnostics, d => d.Severity == Severity.Error && d.Code != "RDD2031" && d.Code != "RDD2032" && d.Code != "RDD2029");
        Assert.True(check.Result.Diagnostics.Count(d => d.Code == "RDD2029") == (marker == "![" ? 1 : 0), Diagnostics.Describe(check.Result.Diagnostics));
    }

    [Fact]
    public void Check_ReasonableNesting_IsAccepted()
    {
        using var content = new TempContent();
        content.Edit(Section, text => text + "\n> > > Citation dans une citation.\n\n- un\n  - deux\n    - trois\n      - quatre\n");

        Diagnostics.None(content.Check().Result.Diagnostics);
    }

    [Fact]
    public void Check_TenThousandCharacterLine_IsRead()
    {
        using var content = new TempContent();
        var line = string.Join(' ', Enumerable.Repeat("développement", 10_000 / 14 + 1))[..10_000];
        content.Edit(Section, text => text + "\n" + line + "\n");

        var check = RunWithTimeout(content.Check);

        Diagnostics.None(check.Result.Diagnostics);
        Assert.Contains(check.Content.Latest!.Report.AllActions(), a => a.Action.Body.Contains(line, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TenThousandCharacterYamlValue_IsRead()
    {
        using var content = new TempContent();
        var label = new string('é', 10_000);
        content.Replace("2025/chiffres-cles.yml", "libelle: de pistes cyclables livrées", "libelle: " + label);

        var check = RunWithTimeout(content.Check);

        Diagnostics.None(check.Result.Diagnostics);
        Assert.Contains(check.Content.Latest!.Report.KeyFigures, f => f.Label == label);
    }

    [Fact]
    public void Check_ActionIdUsedInTwoFiles_IsRDD1010AtTheSecondFileAndLine()
    {
        using var content = new TempContent();
        content.Replace("2025/partie-2/01-achats.md", "{#clauses-environnementales ", "{#plan-velo ");

        var diagnostic = Diagnostics.Single(content.Check().Result.Diagnostics, "RDD1010");

        Assert.Equal("2025/partie-2/01-achats.md", diagnostic.Location!.Path);
        Assert.Equal(content.LineOf("2025/partie-2/01-achats.md", "{#plan-velo "), diagnostic.Location.Line);
        Assert.Contains("déjà utilisé dans 2025/partie-1/01-climat.md, ligne " + content.LineOf(Section, "{#plan-velo "), diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownSuiteDeInTheTwoYearFixture_IsRDD2040AtTheAttribute()
    {
        using var content = new TempContent(Path.Combine(TempContent.RepoRoot, "tests", "fixtures", "commune-deux-annees"));
        content.Replace(Section, "suite_de=schema-velo", "suite_de=schema-velo-disparu");

        var diagnostic = Diagnostics.Single(content.Check().Result.Diagnostics, "RDD2040");

        Diagnostics.At(diagnostic, "RDD2040", Section, content.LineOf(Section, "suite_de=schema-velo-disparu"), content.ColumnOf(Section, "schema-velo-disparu"));
        Assert.Contains("« schema-velo »", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownStrategyTerm_IsRDD1013AtTheActionLine()
    {
        using var content = new TempContent();
        content.Replace(Section, "termes=plan-climat:mobilites", "termes=plan-climat:mobilite-douce");

        var diagnostic = Diagnostics.Only(content.Check().Result.Diagnostics, "RDD1013");

        Assert.Equal(Section, diagnostic.Location!.Path);
        Assert.Equal(content.LineOf(Section, "mobilite-douce"), diagnostic.Location.Line);
    }

    [Fact]
    public void Check_EmptyContentFolder_SaysSiteYmlAndAYearFolderAreMissing()
    {
        using var content = TempContent.Empty();

        var diagnostics = content.Check().Result.Diagnostics;

        Assert.All(diagnostics, d => Assert.Equal("RDD2002", d.Code));
        Assert.Contains(diagnostics, d => d.Location == new SourceLocation("site.yml") && d.Message.Contains("« site.yml » manque", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("Aucun dossier d'année", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ContentPathThatIsAFile_IsRDD2001()
    {
        using var content = TempContent.Empty();
        content.Write("pas-un-dossier", "texte");

        var diagnostic = Diagnostics.Only(ContentChecker.Check(content.FullPath("pas-un-dossier")).Result.Diagnostics, "RDD2001");

        Assert.Equal(content.FullPath("pas-un-dossier"), diagnostic.Location!.Path);
    }

    [Fact]
    public async Task CheckAndBuild_ReadOnlyContent_Succeed()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var content = new TempContent();
        var entries = Directory.EnumerateFileSystemEntries(content.Root, "*", SearchOption.AllDirectories).Prepend(content.Root).ToList();
        try
        {
            foreach (var entry in entries)
            {
                File.SetUnixFileMode(entry, Directory.Exists(entry)
                    ? UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
                    : UnixFileMode.UserRead | UnixFileMode.GroupRead);
            }

            Diagnostics.None(content.Check().Result.Diagnostics);
            var build = await SiteGenerator.BuildAsync(content.Root, new BuildOptions());
            Assert.True(build.Success, Diagnostics.Describe(build.Diagnostics));
        }
        finally
        {
            foreach (var entry in entries)
            {
                File.SetUnixFileMode(entry, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }

    [Theory]
    [InlineData("03 Équipements Sportifs.md")]
    [InlineData("03 E\u0301quipements Sportifs.md")]
    [InlineData("03_ÉQUIPEMENTS  sportifs.md")]
    public async Task SectionFileName_WithAccentsCapitalsAndSpaces_GivesAnAsciiLowerCaseIdAndPath(string name)
    {
        using var content = new TempContent();
        content.Write("2025/partie-2/" + name, "---\ntitre: Équipements sportifs\n---\n\n## Gymnase rénové {#gymnase-renove avancement=achevement finalites=epanouissement}\n\nTexte.\n");

        var check = content.Check();
        Diagnostics.None(check.Result.Diagnostics);
        var section = Assert.Single(check.Content.Latest!.Report.Parts.SelectMany(p => p.Sections), s => s.Title == "Équipements sportifs");
        Assert.Equal("equipements-sportifs", section.Id);

        var build = await SiteGenerator.BuildAsync(content.Root, new BuildOptions());
        Assert.True(build.Success, Diagnostics.Describe(build.Diagnostics));
        var path = Assert.Single(build.Files!.Paths, p => p.Contains("equipements", StringComparison.OrdinalIgnoreCase));
        Assert.Matches("^[a-z0-9/._-]+$", path);
        Assert.All(build.Files.Paths, p => Assert.Matches("^[a-z0-9/._-]+$", p));
    }

    internal static T RunWithTimeout<T>(Func<T> action, int seconds = 10)
    {
        // A thread of its own, with a large stack like the main thread's, so that a recursion crash shows as a crash.
        T result = default!;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = action();
            }
            catch (Exception e)
            {
                error = e;
            }
        }, 8 * 1024 * 1024) { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(seconds)), $"no answer within {seconds} s");
        if (error is not null)
        {
            throw new InvalidOperationException("the loader threw", error);
        }

        return result;
    }
}
