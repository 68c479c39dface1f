using System.Text;
using System.Text.RegularExpressions;
using Rdd.Site.Cli;
using Rdd.Site.Serve;
using CliConsole = Rdd.Site.Cli.Console;
using Rdd.Site.Tests.Search;

namespace Rdd.Site.Tests.Cli;

/// <summary><c>rdd pdf</c>, with the Chromium tests/run-all.sh installs.</summary>
[Collection(ChromiumVariable.Name)]
public sealed class PdfCommandTests
{
    [Fact]
    public void Pdf_PrintsTheFullReport_TitledAndInFrench()
    {
        Assert.True(Chromium.Find() is not null, "Chromium est introuvable : lancez les tests avec tests/run-all.sh, qui l'installe (apt-get install chromium).");
        var folder = Directory.CreateTempSubdirectory("rdd-pdf-test-");
        try
        {
            var pdf = Path.Combine(folder.FullName, "sous-dossier", "rapport.pdf");
            var output = new StringWriter();
            var error = new StringWriter();
            var code = RddCommand.Run(["pdf", DefaultSite.ContentRoot, "-o", pdf], new CliConsole(output, error));
            Assert.True(code == 0, $"code {code}\n{output}\n{error}");
            var bytes = File.ReadAllBytes(pdf);
            Assert.True(bytes.AsSpan().StartsWith("%PDF-"u8));
            Assert.True(bytes.Length > 50 * 1024, $"{bytes.Length} octets");
            Assert.Equal("Rapport développement durable 2024 (version intégrale) — Carcassonne Agglo", Title(bytes));
            Assert.Contains("/Lang (fr)", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
            var pages = ReportPrinter.CountPages(bytes);
            Assert.True(pages > 10, $"{pages} pages");
            Assert.Contains($"{pages} pages", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void ForPrint_KeepsAnchorsAndExternalLinks_DropsLinksToTheTemporaryServer()
    {
        const string html = """<a class="x" href="/finalites/climat/">Climat</a> <a href="#rc-x">X</a> <a href="https://example.org/">E</a> <link rel="stylesheet" href="/assets/site.css"><abbr title="t">T</abbr>""";
        Assert.Equal("""<a class="x">Climat</a> <a href="#rc-x">X</a> <a href="https://example.org/">E</a> <link rel="stylesheet" href="/assets/site.css"><abbr title="t">T</abbr>""", ReportPrinter.ForPrint(html));
    }

    [Fact]
    public void Pdf_WithoutChromium_ExplainsHowToInstallIt()
    {
        var previous = Environment.GetEnvironmentVariable("RDD_CHROMIUM");
        Environment.SetEnvironmentVariable("RDD_CHROMIUM", "/nulle-part/chromium");
        try
        {
            var error = new StringWriter();
            var code = RddCommand.Run(["pdf", DefaultSite.ContentRoot, "-o", Path.Combine(Path.GetTempPath(), "jamais.pdf")], new CliConsole(new StringWriter(), error));
            Assert.Equal(1, code);
            Assert.Contains("Chromium est introuvable", error.ToString(), StringComparison.Ordinal);
            Assert.Contains("apt-get install chromium", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("RDD_CHROMIUM", previous);
        }
    }

    /// <summary>The document information's /Title: a literal string, or UTF-16BE in hexadecimal (« &lt;FEFF…&gt; »).</summary>
    private static string? Title(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var hex = Regex.Match(text, @"/Title\s*<FEFF([0-9A-Fa-f]*)>");
        if (hex.Success)
        {
            return Encoding.BigEndianUnicode.GetString(Convert.FromHexString(hex.Groups[1].Value));
        }

        var literal = Regex.Match(text, @"/Title\s*\(([^)]*)\)");
        return literal.Success ? literal.Groups[1].Value : null;
    }
}
