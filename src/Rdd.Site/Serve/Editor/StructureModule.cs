using System.Globalization;
using System.Text;
using Rdd.Domain.Validation;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// The editor's home: the report's structure — years, parts, sections, actions — each with the count of its
/// diagnostics and a link to its editor; and the way from a preview page to its editor (« Modifier cette page »).
/// </summary>
internal sealed class StructureModule : IEditorModule
{
    /// <summary>Where a preview page's « Modifier cette page » leads (with « ?page=/partie-1/climat/ »).</summary>
    public const string FromPreviewPath = "/edition/depuis";

    /// <inheritdoc />
    public IReadOnlyList<EditorLink> Navigation { get; } = [new("Structure du rapport", EditorUrls.Structure)];

    /// <inheritdoc />
    public async Task<bool> TryHandleAsync(EditorRequest request)
    {
        if (request.IsPost)
        {
            return false;
        }

        if (request.Path == FromPreviewPath)
        {
            request.Redirect(EditorPageOf(ReportOutline.Of(request.Content), request.Query("page"), request.Query("ancre")));
            return true;
        }

        if (request.Path != EditorUrls.Structure)
        {
            return false;
        }

        await request.RenderAsync("Structure du rapport", Page(ReportOutline.Of(request.Content), request.Diagnostics, ImportReportModule.HasReport(request.Store))).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// The editor page of a preview page: a section's page leads to the section's editor, or to an action's form when
    /// <paramref name="anchor"/> names one of its actions; a part's page to the part's editor; any other page to the structure.
    /// </summary>
    /// <param name="outline">The content's outline.</param>
    /// <param name="page">The preview page's path (« /partie-1/climat/ », « /2023/partie-2/ »).</param>
    /// <param name="anchor">The fragment of its address, without « # »; empty when none.</param>
    /// <returns>The editor page's address.</returns>
    internal static string EditorPageOf(ReportOutline outline, string page, string anchor)
    {
        var parts = page.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var year = parts.Length > 0 ? outline.Years.FirstOrDefault(y => !y.IsLatest && y.Folder == parts[0]) : null;
        if (year is not null)
        {
            parts = parts[1..];
        }
        else
        {
            year = outline.Years.FirstOrDefault();
        }

        var part = year is not null && parts.Length > 0 ? year.Parts.FirstOrDefault(p => "partie-" + ((int)p.Kind).ToString(CultureInfo.InvariantCulture) == parts[0]) : null;
        if (year is null || part is null)
        {
            return EditorUrls.Structure;
        }

        if (parts.Length == 1)
        {
            return EditorUrls.Part(year.Folder, part.Kind);
        }

        if (part.Sections.FirstOrDefault(s => s.Id == parts[1]) is not { } section)
        {
            return EditorUrls.Structure;
        }

        return section.Actions.Any(a => a.Id == anchor) ? EditorUrls.Action(section.File, anchor) : EditorUrls.Section(section.File);
    }

    private static string Page(ReportOutline outline, IReadOnlyList<Diagnostic> diagnostics, bool imported)
    {
        if (outline.Years.Count == 0)
        {
            return "<p>Le contenu n'a pas pu être lu\u00A0: aucune année de rapport n'a été trouvée. Les erreurs sont détaillées dans la fenêtre où l'aperçu a été lancé.</p>";
        }

        var byFile = diagnostics.Where(d => d.Location is not null).ToLookup(d => d.Location!.Path, StringComparer.Ordinal);
        var html = new StringBuilder();
        html.Append("<p>Choisissez ce que vous voulez modifier. Entre parenthèses\u00A0: ce que la vérification du contenu signale dans chaque élément.</p>\n")
            .Append("<p>Les trois parties se suivent dans l'ordre des trois contenus que fixe le décret n°\u00A02011-687 du 17\u00A0juin 2011\u00A0: elles ne se déplacent pas. Les sections d'une partie et les actions d'une section, elles, se réordonnent depuis la page de leur partie ou de leur section.</p>\n");
        if (outline.Years.FirstOrDefault(y => y.IsLatest) is { } latest)
        {
            html.Append("<p>").Append(EditorHtml.Link(NextYearModule.Path, $"Commencer le rapport {latest.Year + 1}")).Append("\u00A0: il reprend du rapport ").Append(latest.Year).Append(" ce qui dure d'une année à l'autre.</p>\n");
        }

        if (imported)
        {
            html.Append("<p>Ce rapport a été créé à partir d'un document Word\u00A0: ").Append(EditorHtml.Link(ImportReportModule.PagePath, "voir le rapport d'import")).Append(", ce qui n'a pas été repris tel quel.</p>\n");
        }

        foreach (var year in outline.Years)
        {
            var yearId = "annee-" + year.Folder;
            html.Append("<section aria-labelledby=\"").Append(yearId).Append("\">\n<h2 id=\"").Append(yearId).Append("\">Rapport ")
                .Append(year.Year.ToString(CultureInfo.InvariantCulture)).Append("</h2>\n");
            foreach (var part in year.Parts)
            {
                var inPart = diagnostics.Where(d => d.Location is { } l && l.Path.StartsWith(part.Folder + "/", StringComparison.Ordinal)).ToList();
                html.Append("<h3>Partie ").Append(((int)part.Kind).ToString(CultureInfo.InvariantCulture)).Append("\u00A0: ")
                    .Append(EditorHtml.Link(EditorUrls.Part(year.Folder, part.Kind), part.Title)).Append(EditorHtml.Counts(inPart)).Append("</h3>\n");
                if (part.Sections.Count == 0)
                {
                    html.Append("<p>Cette partie n'a pas encore de section.</p>\n");
                    continue;
                }

                AppendSections(html, part, byFile);
            }

            foreach (var missing in Enum.GetValues<Rdd.Domain.Reports.PartKind>().Where(k => year.Parts.All(p => p.Kind != k)))
            {
                html.Append("<p>").Append(EditorHtml.Link(EditorUrls.Part(year.Folder, missing), $"Créer la partie {(int)missing}\u00A0: {Rdd.Domain.Reports.PartKindExtensions.DefaultTitle(missing)}")).Append("</p>\n");
            }

            html.Append("</section>\n");
        }

        return html.ToString();
    }

    /// <summary>The tree of a part's sections and their actions, each with what the check reports in it.</summary>
    private static void AppendSections(StringBuilder html, OutlinePart part, ILookup<string, Diagnostic> byFile)
    {
        html.Append("<ol class=\"editor-tree\">\n");
        foreach (var section in part.Sections)
        {
            var inFile = byFile[section.File].ToList();
            html.Append("<li>").Append(EditorHtml.Link(EditorUrls.Section(section.File), section.Title)).Append(EditorHtml.Counts(inFile));
            if (section.Actions.Count > 0)
            {
                html.Append("\n<ol>\n");
                foreach (var action in section.Actions)
                {
                    html.Append("<li>").Append(EditorHtml.Link(EditorUrls.Action(section.File, action.Id), action.Title))
                        .Append(EditorHtml.Counts(inFile.Where(d => d.Location!.Line >= action.FirstLine && d.Location.Line <= action.LastLine).ToList())).Append("</li>\n");
                }

                html.Append("</ol>\n");
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n");
    }
}
