using Rdd.Site.Cli;

namespace Rdd.Site.Tests.Cli;

/// <summary>The content folder rdd without a command opens: given, else ./content, else content beside the executable.</summary>
public sealed class ContentLocationTests : IDisposable
{
    private readonly TempContent _folder = TempContent.Empty();

    public void Dispose() => _folder.Dispose();

    private string Here => _folder.FullPath("ici");

    private string Beside => _folder.FullPath("programme");

    [Fact]
    public void Find_FolderGiven_IsTakenExistingOrNot()
    {
        _folder.Write("ici/content/site.yml", "x");

        Assert.Equal(new ContentLocation(_folder.FullPath("ailleurs"), false), ContentLocation.Find("../ailleurs", Here, Beside));
    }

    [Fact]
    public void Find_FolderGivenWithoutSiteYml_IsToBeCreated()
    {
        Directory.CreateDirectory(_folder.FullPath("vide"));

        Assert.Equal(new ContentLocation(_folder.FullPath("vide"), false), ContentLocation.Find(_folder.FullPath("vide"), Here, Beside));
    }

    [Fact]
    public void Find_ContentInTheCurrentFolder_ComesFirst()
    {
        _folder.Write("ici/content/site.yml", "x").Write("programme/content/site.yml", "x");

        Assert.Equal(new ContentLocation(Path.Combine(Here, "content"), true), ContentLocation.Find(null, Here, Beside));
    }

    [Fact]
    public void Find_ContentBesideTheExecutable_IsFoundFromAnywhereAFolderWithoutSiteYmlIsNotContent()
    {
        _folder.Write("programme/content/site.yml", "x").Write("ici/content/notes.txt", "x");

        Assert.Equal(new ContentLocation(Path.Combine(Beside, "content"), true), ContentLocation.Find(null, Here, Beside));
    }

    [Fact]
    public void Find_NoContentAnywhere_IsToBeCreatedBesideTheExecutableWithItsLogBesideIt()
    {
        var location = ContentLocation.Find(null, Here, Beside);

        Assert.Equal(new ContentLocation(Path.Combine(Beside, "content"), false), location);
        Assert.Equal(Path.Combine(Beside, "rdd.log"), location.LogFile);
    }
}
