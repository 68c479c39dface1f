using System.Globalization;
using Rdd.Domain.Reports;

namespace Rdd.Site.Serve.Editor;

/// <summary>The addresses of the editor's pages, each named once.</summary>
internal static class EditorUrls
{
    /// <summary>The query parameter that names a file of the content folder.</summary>
    public const string FileParameter = "fichier";

    /// <summary>The query parameter that names an action.</summary>
    public const string ActionParameter = "action";

    /// <summary>The structure of the report.</summary>
    public const string Structure = EditorSession.Home;

    /// <summary>The editor of a part: its title and introduction, its sections.</summary>
    /// <param name="year">The year's folder (« 2024 »).</param>
    /// <param name="kind">The part.</param>
    /// <returns>The page's address.</returns>
    public static string Part(string year, PartKind kind) =>
        "/edition/partie?annee=" + Uri.EscapeDataString(year) + "&partie=" + ((int)kind).ToString(CultureInfo.InvariantCulture);

    /// <summary>The editor of a section: its header and the list of its actions.</summary>
    /// <param name="file">The section's file, relative to the content folder.</param>
    /// <returns>The page's address.</returns>
    public static string Section(string file) => "/edition/section?" + FileParameter + "=" + Uri.EscapeDataString(file);

    /// <summary>The form of an action.</summary>
    /// <param name="file">The section's file.</param>
    /// <param name="id">The action's id.</param>
    /// <returns>The page's address.</returns>
    public static string Action(string file, string id) => "/edition/action?" + FileParameter + "=" + Uri.EscapeDataString(file) + "&" + ActionParameter + "=" + Uri.EscapeDataString(id);

    /// <summary>The page that sends a preview page's « Modifier cette page » to its editor.</summary>
    /// <param name="page">The preview page's path.</param>
    /// <returns>The address.</returns>
    public static string FromPreview(string page) => StructureModule.FromPreviewPath + "?page=" + Uri.EscapeDataString(page);
}
