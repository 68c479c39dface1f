namespace Rdd.Site.Pages;

/// <summary>The paths of every page, and links with the base path a host serves the site under.</summary>
public sealed class SiteUrls
{
    /// <summary>Creates the URL scheme.</summary>
    /// <param name="basePath">The prefix the site is served under (« / », « /rapport-dd/ »).</param>
    public SiteUrls(string basePath)
    {
        BasePath = NormalizeBasePath(basePath);
    }

    /// <summary>The base path, starting and ending with « / ».</summary>
    public string BasePath { get; }

    /// <summary>Normalises a base path: « rdd » → « /rdd/ », « » → « / ».</summary>
    /// <param name="basePath">The base path as given.</param>
    /// <returns>The normalised base path.</returns>
    public static string NormalizeBasePath(string? basePath)
    {
        var trimmed = (basePath ?? string.Empty).Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    /// <summary>The link to a site path (« /budget/ » → « /rdd/budget/ »).</summary>
    /// <param name="path">A path starting with « / ».</param>
    /// <returns>The href.</returns>
    public string Href(string path) => BasePath + path.TrimStart('/');

    public static string Home => "/";

    public static string Part(int number) => $"/{Anchors.Part(number)}/";

    public static string Section(int part, string sectionId) => $"{Part(part)}{sectionId}/";

    public static string Finalities => "/finalites/";

    public static string Finality(string code) => $"/finalites/{code}/";

    public static string Elements => "/elements/";

    public static string Element(string code) => $"/elements/{code}/";

    public static string Taxonomies => "/referentiels/";

    public static string Taxonomy(string id) => $"/referentiels/{id}/";

    public static string Term(string taxonomy, string code) => $"/referentiels/{taxonomy}/{code}/";

    public static string Coverage => "/couverture/";

    public static string Budget => "/budget/";

    public static string GreenBudget => "/budget-vert/";

    public static string Glossary => "/glossaire/";

    public static string OpenData => "/donnees/";

    public static string Progress => "/avancement/";

    public static string Indicators => "/indicateurs/";

    public static string DigitalStrategy => "/numerique-responsable/";

    public static string DataFile(string name) => "/donnees/" + name;

    public static string LegalFramework => "/cadre-legal/";

    public static string Accessibility => "/accessibilite/";

    public static string LegalNotice => "/mentions-legales/";

    public static string SiteMap => "/plan-du-site/";

    public static string NotFound => "/404.html";

    public static string Stylesheet => "/assets/site.css";

    public static string Favicon => "/assets/favicon.svg";

    public static string Search => "/recherche/";

    public static string SearchIndex => "/recherche/index.json";

    public static string SearchScript => "/assets/recherche.js";

    /// <summary>The script that keeps a table's scrolling box in the tab order only while the table overflows.</summary>
    public static string TablesScript => "/assets/tableaux.js";

    public static string FullReport => "/rapport-complet/";

    /// <summary>The file a page path is written to: « /budget/ » → « budget/index.html ».</summary>
    /// <param name="path">The page path.</param>
    /// <returns>The relative file path.</returns>
    public static string FileOf(string path) => path.EndsWith('/') ? path.TrimStart('/') + "index.html" : path.TrimStart('/');
}
