using Rdd.Site.Content;
using Rdd.Site.Markup;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// The import report of a report made from a Word document (« Importer un document Word » on the welcome page, or
/// <c>rdd import</c>): the <c>import.md</c> of the content folder, shown as the page the editor opens first after the
/// import, and linked from the structure of the report while the file is there.
/// </summary>
internal sealed class ImportReportModule : IEditorModule
{
    /// <summary>The page.</summary>
    public const string PagePath = "/edition/import";

    /// <inheritdoc />
    public IReadOnlyList<EditorLink> Navigation => [];

    /// <summary>Whether the content folder has an import report.</summary>
    /// <param name="store">The content folder's files.</param>
    /// <returns>Whether <c>import.md</c> is there.</returns>
    public static bool HasReport(ContentStore store) => store.Exists(ContentLoader.ImportReportFile);

    /// <inheritdoc />
    public async Task<bool> TryHandleAsync(EditorRequest request)
    {
        if (request.Path != PagePath || request.IsPost)
        {
            return false;
        }

        if (request.Store.Read(ContentLoader.ImportReportFile) is not { } file)
        {
            await request.RenderAsync("Rapport d'import", $"<p>Ce rapport n'a pas été créé à partir d'un document Word\u00A0: il n'a pas de rapport d'import. {EditorHtml.Link(EditorUrls.Structure, "Revenir à la structure du rapport")}</p>").ConfigureAwait(false);
            return true;
        }

        // The file's own title (« # Rapport d'import… ») is the page's heading; its sections become h2.
        var lines = file.Text.ReplaceLineEndings("\n").Split('\n');
        var body = string.Join('\n', lines.SkipWhile(l => !l.StartsWith("# ", StringComparison.Ordinal)).Skip(1));
        var html = "<p>Le dossier du rapport a été créé à partir du document Word. Voici ce que l'import a repris, et ce qu'il faut vérifier ou recopier à la main\u00A0; ce rapport reste dans le fichier <code>"
            + ContentLoader.ImportReportFile + "</code> du dossier, que vous pouvez supprimer une fois tout repris.</p>\n"
            + new MarkdownRenderer([]).Render(body, 2, new AbbreviationScope())
            + $"\n<p>{EditorHtml.Link(EditorUrls.Structure, "Ouvrir la structure du rapport")}\u00A0: cochez les finalités de chaque action, puis complétez les données de l'année.</p>";
        await request.RenderAsync("Rapport d'import", html).ConfigureAwait(false);
        return true;
    }
}
