using Rdd.Site.Content.Editing;

namespace Rdd.Site.Tests.Content.Editing;

/// <summary>The check of one file's new text before the editor writes it: it reads the text as the loader does.</summary>
public sealed class ContentFileCheckTests
{
    [Fact]
    public void AGreenBudgetOfCommentsOnly_IsNoError_AsTheLoaderReadsIt()
    {
        using var content = new TempContent();

        var errors = ContentFileCheck.NewErrors(content.Root, "2025/budget-vert.yml", null, "# yaml-language-server: $schema=../schemas/budget-vert.schema.json\n# exercice: 2024\n");

        Assert.Empty(errors);
    }

    [Fact]
    public void AGreenBudgetThatIsNotABlockOfKeys_IsRefused()
    {
        using var content = new TempContent();

        var errors = ContentFileCheck.NewErrors(content.Root, "2025/budget-vert.yml", null, "- exercice\n- lignes\n");

        Assert.Contains(errors, d => d.Code == "RDD2012");
    }

    [Fact]
    public void AnEmptyGlossary_IsStillRefused()
    {
        using var content = new TempContent();

        var errors = ContentFileCheck.NewErrors(content.Root, "2025/glossaire.yml", null, "# rien\n");

        Assert.NotEmpty(errors);
    }
}
