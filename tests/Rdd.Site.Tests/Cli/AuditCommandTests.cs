using Rdd.Site.Cli;
using Rdd.Site.Tests.Search;
using CliConsole = Rdd.Site.Cli.Console;

namespace Rdd.Site.Tests.Cli;

/// <summary>
/// <c>rdd audit</c>'s failures before any page is checked: a clear French message and an exit code, never a stack
/// trace. The audit itself runs in Chromium: tests/Rdd.Site.BrowserTests/AuditCommandTests.cs.
/// </summary>
[Collection(ChromiumVariable.Name)]
public sealed class AuditCommandTests
{
    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = RddCommand.Run(["audit", .. args], new CliConsole(output, error));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Audit_WithoutChromium_ExplainsHowToInstallItAndExitsWith3()
    {
        using var content = new TempContent();
        var previous = Environment.GetEnvironmentVariable("RDD_CHROMIUM");
        Environment.SetEnvironmentVariable("RDD_CHROMIUM", "/nulle-part/chromium");
        try
        {
            var (code, _, error) = Run(content.Root);

            Assert.Equal(3, code);
            Assert.StartsWith("rdd : Chromium est introuvable. rdd audit vérifie chaque page avec Chromium", error, StringComparison.Ordinal);
            Assert.Contains("sudo apt-get install chromium", error, StringComparison.Ordinal);
            Assert.False(content.Exists(Rdd.Site.Audit.AuditReport.FileName));
        }
        finally
        {
            Environment.SetEnvironmentVariable("RDD_CHROMIUM", previous);
        }
    }

    [Fact]
    public void Audit_OfAFolderWithoutSiteYml_SaysWhereTheReportGoesAndExitsWith1()
    {
        using var empty = TempContent.Empty();

        var (code, _, error) = Run(empty.Root);

        Assert.Equal(1, code);
        Assert.Contains("n'est pas un dossier de contenu (site.yml est introuvable)", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a", "b")]
    [InlineData("content", "--site", "")]
    [InlineData("content", "--sortie", "x")]
    public void Audit_MiswrittenCommand_ShowsItsUsageAndExitsWith2(params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Contains("Usage : rdd audit [DOSSIER] [--site SITE]", error, StringComparison.Ordinal);
    }
}
