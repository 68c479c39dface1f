using System.Text;
using Rdd.Site.Content;
using Rdd.Site.Serve.Editor;

namespace Rdd.Site.Tests.Serve.Editor;

/// <summary>The editor's only way to the files: checked paths, versions, conflicts, history and undo.</summary>
public sealed class ContentStoreTests : IDisposable
{
    private const string Section = "2025/partie-1/01-climat.md";

    private readonly TempContent _content = new();

    private ContentStore Store => new(_content.Root);

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Read_GivesTheTextAsWrittenAndTheSha256OfItsBytes()
    {
        _content.WriteBytes(Section, Encoding.UTF8.GetBytes("---\r\ntitre: Climat\r\n---\r\n"));

        var file = Store.Read(Section);

        Assert.NotNull(file);
        Assert.Equal("---\r\ntitre: Climat\r\n---\r\n", file.Text);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(_content.FullPath(Section)))), file.Version);
    }

    [Theory]
    [InlineData("../secret.md")]
    [InlineData("2025/../../secret.md")]
    [InlineData("/etc/passwd")]
    [InlineData("2025//partie-1/01-climat.md")]
    [InlineData("2025\\partie-1\\01-climat.md")]
    [InlineData(".rdd/historique/x.md")]
    [InlineData(".git/config")]
    [InlineData("2025/partie-1/./01-climat.md")]
    [InlineData("")]
    public void APathOutsideTheContentOrOddlyWritten_IsRefused(string path)
    {
        Assert.False(Store.IsAllowed(path));
        Assert.Null(Store.Read(path));
        Assert.Equal(StoreOutcomeKind.Refused, Store.Apply([new FileEdit(path, "texte", null)]).Kind);
    }

    [Fact]
    public void ASymbolicLink_IsRefusedEvenWhenItPointsInside()
    {
        File.CreateSymbolicLink(_content.FullPath("2025/partie-1/06-lien.md"), _content.FullPath(Section));
        Directory.CreateSymbolicLink(_content.FullPath("2025/partie-9"), _content.FullPath("2025/partie-1"));
        var before = _content.Read(Section);

        Assert.Null(Store.Read("2025/partie-1/06-lien.md"));
        Assert.Equal(StoreOutcomeKind.Refused, Store.Apply([new FileEdit("2025/partie-1/06-lien.md", "écrasé", Store.Read(Section)!.Version)]).Kind);
        Assert.Equal(StoreOutcomeKind.Refused, Store.Apply([new FileEdit("2025/partie-9/01-climat.md", "écrasé", Store.Read(Section)!.Version)]).Kind);
        Assert.Equal(before, _content.Read(Section));
    }

    [Fact]
    public void Apply_WritesTheFileAndKeepsThePreviousVersionInTheHistory()
    {
        var before = Store.Read(Section)!;

        var outcome = Store.Apply([new FileEdit(Section, before.Text + "\nAjout.\n", before.Version)]);

        Assert.Equal(StoreOutcomeKind.Done, outcome.Kind);
        Assert.Equal(before.Text + "\nAjout.\n", _content.Read(Section));
        var kept = Directory.GetFiles(_content.FullPath(ContentStore.HistoryFolder), "*-01-climat.md", SearchOption.AllDirectories);
        Assert.Equal(before.Text, File.ReadAllText(Assert.Single(kept)));
        Assert.Empty(Directory.GetFiles(_content.FullPath(".rdd"), "ecriture-*"));
    }

    [Fact]
    public void Apply_AFileChangedOnDiskSinceItWasRead_IsRefusedAndTheFileKept()
    {
        var read = Store.Read(Section)!;
        _content.Write(Section, read.Text + "\nÉcrit ailleurs.\n");

        var outcome = Store.Apply([new FileEdit(Section, "mon texte", read.Version)]);

        Assert.Equal(StoreOutcomeKind.Conflict, outcome.Kind);
        Assert.Equal(read.Text + "\nÉcrit ailleurs.\n", _content.Read(Section));
        Assert.Null(Store.LastChange);
    }

    [Fact]
    public void Apply_ANewFileWhereOneExists_IsAConflict()
    {
        Assert.Equal(StoreOutcomeKind.Conflict, Store.Apply([new FileEdit(Section, "nouveau", null)]).Kind);
    }

    [Fact]
    public void Undo_RestoresEveryFileOfTheLastChange_ThenTheOneBefore()
    {
        var original = Store.Read(Section)!;
        Store.Apply([new FileEdit(Section, "premier", original.Version)]);
        Store.Apply([new FileEdit(Section, "second", Store.Read(Section)!.Version), new FileEdit("2025/partie-1/06-nouvelle.md", "nouvelle", null)]);

        Assert.Equal(StoreOutcomeKind.Done, Store.Undo().Kind);
        Assert.Equal("premier", _content.Read(Section));
        Assert.False(_content.Exists("2025/partie-1/06-nouvelle.md"));

        Assert.Equal(StoreOutcomeKind.Done, Store.Undo().Kind);
        Assert.Equal(original.Text, _content.Read(Section));
        Assert.Equal(StoreOutcomeKind.Nothing, Store.Undo().Kind);
    }

    [Fact]
    public void Undo_OfADeletion_BringsTheFileBack()
    {
        var original = Store.Read(Section)!;
        Store.Apply([new FileEdit(Section, null, original.Version)]);
        Assert.False(_content.Exists(Section));

        Store.Undo();

        Assert.Equal(original.Text, _content.Read(Section));
    }

    [Fact]
    public void Undo_AfterTheFileChangedOnDisk_IsRefusedAndTheFileKept()
    {
        Store.Apply([new FileEdit(Section, "de l'éditeur", Store.Read(Section)!.Version)]);
        _content.Write(Section, "d'un autre éditeur");

        Assert.Equal(StoreOutcomeKind.Conflict, Store.Undo().Kind);
        Assert.Equal("d'un autre éditeur", _content.Read(Section));
    }

    [Fact]
    public void TheHistory_IsIgnoredByTheLoader()
    {
        Store.Apply([new FileEdit(Section, _content.Read(Section) + "\n", Store.Read(Section)!.Version)]);

        var loaded = ContentLoader.Load(_content.Root);

        Assert.True(Directory.Exists(_content.FullPath(ContentStore.HistoryFolder)));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Message.Contains(".rdd", StringComparison.Ordinal));
    }
}
