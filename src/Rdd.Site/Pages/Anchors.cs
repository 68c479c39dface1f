using System.Globalization;
using Rdd.Domain;

namespace Rdd.Site.Pages;

/// <summary>
/// The ids of the places other pages link to inside a page, named once for the page that holds them and for every
/// link to them (the site's addresses are in <see cref="SiteUrls"/>).
/// </summary>
public static class Anchors
{
    /// <summary>Prefix of the anchors of the printable report, so that its ids stay unique on the one page.</summary>
    public const string FullReportPrefix = "rc-";

    /// <summary>« partie-1 »: a part's folder in the site, its menu key, and its chapter in the printable report.</summary>
    /// <param name="number">The part's number.</param>
    /// <returns>The name.</returns>
    public static string Part(int number) => "partie-" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>« chiffre-habitants »: a key figure, on the home page and in the printable report.</summary>
    /// <param name="id">The key figure's id.</param>
    /// <returns>The anchor.</returns>
    public static string KeyFigure(string id) => "chiffre-" + id;

    /// <summary>« sigle-pcaet »: a glossary entry, on the glossary page and in the printable report.</summary>
    /// <param name="term">The term, as written.</param>
    /// <returns>The anchor.</returns>
    public static string GlossaryEntry(string term) => "sigle-" + Codes.Slugify(term);

    /// <summary>« indicateur-eau »: an indicator, on the indicators page (and, with <see cref="FullReportPrefix"/>, in the printable report).</summary>
    /// <param name="id">The indicator's id.</param>
    /// <returns>The anchor.</returns>
    public static string Indicator(string id) => "indicateur-" + id;
}
