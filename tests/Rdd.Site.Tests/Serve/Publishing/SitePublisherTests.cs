using System.IO.Compression;
using System.Text;
using Rdd.Domain.Law;
using Rdd.Site.Content;
using Rdd.Site.Serve.Publishing;

namespace Rdd.Site.Tests.Serve.Publishing;

/// <summary>« Publier »: errors block, warnings wait for the author, and a publication writes the site, its ZIP and its open data.</summary>
public sealed class SitePublisherTests : IDisposable
{
    private readonly TempContent _folder = TempContent.Empty();

    public void Dispose() => _folder.Dispose();

    /// <summary>A content folder inside the temporary folder, copied from <paramref name="source"/> or scaffolded as <c>rdd new</c> does.</summary>
    private string Content(string? source = null)
    {
        var root = _folder.FullPath("rapport");
        var files = source is null
            ? Scaffold.Files("Ville de Belval", AuthorityKind.Commune, 60000, 2025).ToList()
            : Directory.GetFiles(source, "*", SearchOption.AllDirectories).Select(f => new KeyValuePair<string, string>(Path.GetRelativePath(source, f), File.ReadAllText(f))).ToList();
        foreach (var (path, text) in files)
        {
            _folder.Write(Path.Combine("rapport", path), text);
        }

        return root;
    }

    private static SitePublisher Publisher(string root) => new(root, () => null);

    [Fact]
    public async Task PublishAsync_ContentWithAnError_IsBlockedAndWritesNothing()
    {
        var root = Content(TempContent.FixtureRoot);
        File.WriteAllText(Path.Combine(root, "2025", "chiffres-cles.yml"), "chiffres: [\n");
        var publisher = Publisher(root);

        var publication = await publisher.PublishAsync(new PublishRequest(publisher.DefaultOutput, "/", WarningsAccepted: true));

        Assert.Equal(PublicationOutcome.Blocked, publication.Outcome);
        Assert.Contains(publication.Errors, d => d.Location?.Path == "2025/chiffres-cles.yml");
        Assert.False(Directory.Exists(publisher.DefaultOutput));
        Assert.Empty(publisher.Downloads);
    }

    [Fact]
    public async Task PublishAsync_WarningsNotAccepted_WaitsForTheAuthorThenPublishesOnceAccepted()
    {
        var root = Content();
        var publisher = Publisher(root);

        var waiting = await publisher.PublishAsync(new PublishRequest(publisher.DefaultOutput, "/", WarningsAccepted: false));

        Assert.Equal(PublicationOutcome.WarningsToAccept, waiting.Outcome);
        Assert.NotEmpty(waiting.Warnings);
        Assert.Empty(waiting.Errors);
        Assert.False(Directory.Exists(publisher.DefaultOutput));

        var published = await publisher.PublishAsync(new PublishRequest(publisher.DefaultOutput, "/", WarningsAccepted: true));

        Assert.Equal(PublicationOutcome.Published, published.Outcome);
        Assert.True(File.Exists(Path.Combine(publisher.DefaultOutput, "index.html")));
    }

    [Fact]
    public async Task PublishAsync_CleanContent_WritesTheSiteBesideTheContentTheZipOfTheSiteOnlyAndTheOpenData()
    {
        var root = Content(TempContent.FixtureRoot);
        var publisher = Publisher(root);

        var publication = await publisher.PublishAsync(new PublishRequest("_site", "/", WarningsAccepted: false));

        Assert.Equal(PublicationOutcome.Published, publication.Outcome);
        Assert.Equal(_folder.FullPath("_site"), publisher.DefaultOutput);
        var site = Directory.GetFiles(publisher.DefaultOutput, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(publisher.DefaultOutput, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("index.html", site);
        using var zip = ZipFile.OpenRead(Path.Combine(publisher.DownloadsFolder, SitePublisher.ZipFile));
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal([WebmasterNotes.FileName, .. site], entries);
        Assert.Contains("accessibilite/index.html", entries);
        Assert.Equal(File.ReadAllBytes(Path.Combine(publisher.DefaultOutput, "index.html")), Read(zip, "index.html"));
        Assert.Contains(publisher.Downloads, d => d == "donnees/actions.csv");
        Assert.Equal(
            site.Where(p => p.StartsWith("donnees/", StringComparison.Ordinal) && p.Count(c => c == '/') == 1),
            publisher.Downloads.Where(d => d.StartsWith("donnees/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PublishAsync_WithoutChromium_PublishesWithoutPdfAndSaysHowToGetIt()
    {
        var publisher = Publisher(Content(TempContent.FixtureRoot));

        var publication = await publisher.PublishAsync(new PublishRequest(publisher.DefaultOutput, "/", WarningsAccepted: false));

        Assert.Equal(PublicationOutcome.Published, publication.Outcome);
        Assert.DoesNotContain(SitePublisher.PdfFile, publisher.Downloads);
        Assert.Contains("Chromium", publication.PdfUnavailable, StringComparison.Ordinal);
        Assert.Contains("Enregistrer au format PDF", publication.PdfUnavailable, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_BasePath_IsTheSitesAndTheWebmastersNote()
    {
        var publisher = Publisher(Content(TempContent.FixtureRoot));

        var publication = await publisher.PublishAsync(new PublishRequest(publisher.DefaultOutput, "rdd", WarningsAccepted: false));

        Assert.Equal(PublicationOutcome.Published, publication.Outcome);
        Assert.Contains("href=\"/rdd/", File.ReadAllText(Path.Combine(publisher.DefaultOutput, "index.html")), StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(Path.Combine(publisher.DownloadsFolder, SitePublisher.ZipFile));
        var notes = Encoding.UTF8.GetString(Read(zip, WebmasterNotes.FileName));
        Assert.Contains("sous le chemin «\u00a0/rdd/\u00a0»", notes, StringComparison.Ordinal);
        Assert.Contains("error_page 404 /rdd/404.html;", notes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_IntoTheContentFolderOrAFolderOfOtherFiles_IsRefusedAndReplacesNothing()
    {
        var root = Content(TempContent.FixtureRoot);
        _folder.Write("documents/budget.odt", "à garder");
        var publisher = Publisher(root);

        var intoContent = await publisher.PublishAsync(new PublishRequest(root, "/", WarningsAccepted: true));
        var aroundContent = await publisher.PublishAsync(new PublishRequest(_folder.Root, "/", WarningsAccepted: true));
        var intoDocuments = await publisher.PublishAsync(new PublishRequest("documents", "/", WarningsAccepted: true));

        Assert.Equal(PublicationOutcome.Refused, intoContent.Outcome);
        Assert.Contains("dossier du contenu", intoContent.Message, StringComparison.Ordinal);
        Assert.Equal(PublicationOutcome.Refused, aroundContent.Outcome);
        Assert.Equal(PublicationOutcome.Refused, intoDocuments.Outcome);
        Assert.Contains("ne sont pas un site", intoDocuments.Message, StringComparison.Ordinal);
        Assert.Equal("à garder", _folder.Read("documents/budget.odt"));
    }

    [Fact]
    public async Task PublishAsync_AgainIntoItsOwnSite_ReplacesIt()
    {
        var publisher = Publisher(Content(TempContent.FixtureRoot));
        await publisher.PublishAsync(new PublishRequest(publisher.DefaultOutput, "/", WarningsAccepted: false));
        File.WriteAllText(Path.Combine(publisher.DefaultOutput, "ancienne-page.html"), "<p>retirée</p>");

        var again = await publisher.PublishAsync(new PublishRequest(publisher.DefaultOutput, "/", WarningsAccepted: false));

        Assert.Equal(PublicationOutcome.Published, again.Outcome);
        Assert.False(File.Exists(Path.Combine(publisher.DefaultOutput, "ancienne-page.html")));
    }

    [Fact]
    public void Text_GivesNginxAndApacheTheHeadersOfTheSite_InFrenchWithWindowsLineEnds()
    {
        var notes = WebmasterNotes.Text("/", [("Content-Security-Policy", "default-src 'self'; script-src 'self'"), ("X-Content-Type-Options", "nosniff")]);

        Assert.Contains("    add_header Content-Security-Policy \"default-src 'self'; script-src 'self'\" always;\r\n", notes, StringComparison.Ordinal);
        Assert.Contains("    Header always set X-Content-Type-Options \"nosniff\"\r\n", notes, StringComparison.Ordinal);
        Assert.Contains("racine d'un domaine (chemin de base «\u00a0/\u00a0»", notes, StringComparison.Ordinal);
        Assert.Contains("Netlify et Cloudflare Pages lisent le fichier «\u00a0_headers\u00a0»", notes, StringComparison.Ordinal);
        Assert.DoesNotContain(" :", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\r", notes, StringComparison.Ordinal);
        Assert.Equal(notes.Count(c => c == '\n'), notes.Split("\r\n").Length - 1);
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
