using System.Text.RegularExpressions;
using Rdd.Site.Tests.Output;

namespace Rdd.Site.Tests.Site;

/// <summary>The README's first command does what the README says: it builds content/ into a site of many pages.</summary>
public sealed class ReadmeBuildTests
{
    [Fact]
    public void FirstReadmeCommand_BuildsTheDefaultContentIntoMoreThan80Pages()
    {
        var readme = File.ReadAllText(SiteRepo.Readme);
        var block = Regex.Match(readme, "```(?:bash|sh|shell)\\n(.*?)```", RegexOptions.Singleline);
        Assert.True(block.Success, "README.md has no shell block");
        var first = block.Groups[1].Value.Split('\n')[0];
        var command = Regex.Replace(first, @"\s+#.*$", string.Empty).Trim();
        Assert.Equal("dotnet run --project src/Rdd.Site -- build", command);
        Assert.Contains("content/", first, StringComparison.Ordinal);
        Assert.Contains("_site/", first, StringComparison.Ordinal);

        // The same arguments, with the defaults the README names (content/, _site/) made explicit and absolute.
        var args = command[(command.IndexOf(" -- ", StringComparison.Ordinal) + 4)..].Split(' ');
        using var temp = new SiteTempFolder();
        var output = temp.Combine("_site");
        var (code, stdout, stderr) = BuildCommandOutputTests.Rdd([.. args, SiteRepo.DefaultContent, "-o", output]);
        Assert.True(code == 0, $"exit {code}\n{stdout}\n{stderr}");
        Assert.True(File.Exists(Path.Combine(output, "index.html")), "index.html was not written");
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count();
        Assert.True(pages > 80, $"{pages} pages");
        Assert.Contains($" : {pages} pages", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildCommand_Defaults_AreTheOnesTheReadmeNames()
    {
        var (_, help, _) = BuildCommandOutputTests.Rdd("--help");
        Assert.Contains("rdd build [DOSSIER] [-o SORTIE] [--base-path /p/]  construit le site (par défaut : _site)", help, StringComparison.Ordinal);
        Assert.Contains("vérifie le contenu (par défaut : content)", help, StringComparison.Ordinal);
    }
}
