namespace Rdd.Site.Tests.Export;

/// <summary>
/// A test that needs LibreOffice: skipped, with the reason, where it is not installed (tests/run-all.sh does not install
/// it: some 60 Debian packages). The validity of the documents is checked everywhere by OpenXmlValidator.
/// </summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (Path is null)
        {
            Skip = "LibreOffice n'est pas installé (paquet Debian libreoffice-writer-nogui) : la validité du document est vérifiée par OpenXmlValidator.";
        }
    }

    /// <summary>The LibreOffice program, or null.</summary>
    public static string? Path { get; } = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists);
}
