using Rdd.Site.Content;
using Rdd.Site.Content.Editing;

namespace Rdd.Site.Serve.Editor;

/// <summary>A section file the editor works on: as it is on disk now (text, version, model), and its year as the last build read it.</summary>
/// <param name="File">The file as read from the store.</param>
/// <param name="Text">Its text, read by the loader's section reader.</param>
/// <param name="Year">Its year.</param>
/// <param name="Previous">The year before; null when none.</param>
internal sealed record SectionTarget(StoredFile File, SectionText Text, ContentYear Year, ContentYear? Previous)
{
    /// <summary>The section file <paramref name="path"/>; null when it is not a readable section of a year of the content.</summary>
    /// <param name="request">The request.</param>
    /// <param name="path">The file, relative to the content folder.</param>
    /// <returns>The target, or null.</returns>
    public static SectionTarget? Find(EditorRequest request, string path)
    {
        if (request.Content is not { } content || !path.EndsWith(".md", StringComparison.Ordinal) || path.EndsWith("/partie.md", StringComparison.Ordinal) || request.Store.Read(path) is not { } file)
        {
            return null;
        }

        var index = content.Years.ToList().FindIndex(y => path.StartsWith(y.Folder + "/partie-", StringComparison.Ordinal));
        if (index < 0)
        {
            return null;
        }

        var text = SectionText.Read(request.Store.Root, path, file.Text);
        return text.Section is null ? null : new SectionTarget(file, text, content.Years[index], index > 0 ? content.Years[index - 1] : null);
    }

    /// <summary>Whether <paramref name="id"/> is the id of an action of the year, or of this file as it is now.</summary>
    /// <param name="id">The id.</param>
    /// <returns>Whether it is taken.</returns>
    public bool IsTaken(string id) =>
        Year.Report.AllActions().Any(a => a.Action.Id == id) || Text.Section!.Actions.Any(a => a.Id == id);
}
