using Rdd.Domain;

namespace Rdd.Site.Abstractions;

/// <summary>A page an extension adds to the site.</summary>
public sealed record ExtensionPage
{
    /// <summary>Creates a page.</summary>
    /// <param name="path">Its path in the site: lower-case words separated by hyphens, between slashes (<c>/eau/</c>, <c>/eau/chiffres/</c>).</param>
    /// <param name="title">Its title (the <c>h1</c>), plain text.</param>
    /// <param name="html">Its body, an HTML fragment.</param>
    /// <exception cref="ArgumentException">The path is not of that form, or the title is empty.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ExtensionPage(string path, string title, string html)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(html);
        if (!IsValidPath(path))
        {
            throw new ArgumentException($"The path « {path} » must be lower-case words separated by hyphens, between slashes (« /eau/ »).", nameof(path));
        }

        Path = path;
        Title = title;
        Html = html;
    }

    /// <summary>The path in the site, without the base path (<c>/eau/</c>).</summary>
    public string Path { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The body, an HTML fragment.</summary>
    public string Html { get; }

    /// <summary>A short introduction shown under the title, plain text; none by default.</summary>
    public string? Lead { get; init; }

    private static bool IsValidPath(string path)
    {
        if (path.Length < 3 || path[0] != '/' || path[^1] != '/')
        {
            return false;
        }

        return path[1..^1].Split('/').All(segment => segment.Length > 0 && segment == Codes.Slugify(segment));
    }
}
