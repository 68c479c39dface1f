namespace Rdd.Site.Policy;

/// <summary>
/// Which images the site publishes, and where: the loader accepts an image and rewrites its path, the content
/// folder's check leaves image files alone, the build copies them and the renderer prefixes them with the base path,
/// all from these few lines.
/// </summary>
internal static class MediaPolicy
{
    /// <summary>Where images are published in the site, under the base path.</summary>
    public const string Folder = "medias/";

    /// <summary>
    /// The extensions of the image files an author may insert, lower case. No <c>.gif</c>: a GIF is most often animated,
    /// and an animation that starts by itself and lasts more than five seconds needs a control to pause it (WCAG 2.2.2,
    /// RGAA criterion 13.8), which a static site without inline script cannot give; a still GIF loses nothing saved as
    /// PNG. (An animated PNG or WebP cannot be told by its extension: the author's guide asks for still images.)
    /// </summary>
    public static IReadOnlyList<string> ImageExtensions { get; } = [".png", ".jpg", ".jpeg", ".svg", ".webp"];

    /// <summary>Whether <paramref name="path"/> names an image file the site publishes, by its extension (any case).</summary>
    /// <param name="path">A file name or path.</param>
    /// <returns>True for the extensions of <see cref="ImageExtensions"/>.</returns>
    public static bool IsImage(string path) => ImageExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>The path of an image in the site, from its path in the content folder.</summary>
    /// <param name="contentPath">The image's path relative to the content folder, with « / ».</param>
    /// <returns>The path relative to the site's root (<c>medias/2024/images/carte.png</c>).</returns>
    public static string PublishedPath(string contentPath) => Folder + contentPath;

    /// <summary>Whether an image target is the path of a published image (to which the renderer adds the base path).</summary>
    /// <param name="url">The image's target in the checked Markdown.</param>
    /// <returns>True when it starts with <see cref="Folder"/>.</returns>
    public static bool IsPublished(string url) => url.StartsWith(Folder, StringComparison.Ordinal);
}
