using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Rdd.Domain;
using Rdd.Domain.Validation;
using Rdd.Site.Export;
using Rdd.Site.Serve.Editor;
using Rdd.Site.Text;
using static System.Net.WebUtility;

namespace Rdd.Site.Serve.Publishing;

/// <summary>
/// The editor's page « Publier » (<see cref="SitePublisher"/>): what the check says (errors, each linked to its
/// editor page, block; warnings are listed and accepted with a box), the folder and base path of the site, then the
/// files to hand on: the ZIP of the site, the PDF of the whole report (or how to get it) and the open data files.
/// Publishing is a POST; downloading is a GET of a file the last publication wrote. « Télécharger en Word » needs no
/// publication: the document is written on request from the content of the last build (<see cref="DocxExporter"/>).
/// </summary>
internal sealed class PublishModule : IEditorModule
{
    /// <summary>The page.</summary>
    public const string PagePath = "/edition/publier";

    /// <summary>The downloads, followed by their path in the publication's folder (« site.zip », « donnees/actions.csv »).</summary>
    public const string DownloadPath = "/edition/publier/fichiers/";

    /// <summary>« Télécharger en Word »: the whole report as a Word document, written from the last build's content.</summary>
    public const string WordPath = "/edition/publier/rapport.docx";

    private const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The last publication of each content folder, for the page shown after it (POST, then 303, then GET).</summary>
    private readonly ConcurrentDictionary<string, (Publication Publication, DateTime At)> _last = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public IReadOnlyList<EditorLink> Navigation { get; } = [new("Publier", PagePath)];

    /// <inheritdoc />
    public async Task<bool> TryHandleAsync(EditorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var publisher = new SitePublisher(request.Store.Root);
        if (request.Path.StartsWith(DownloadPath, StringComparison.Ordinal) && !request.IsPost)
        {
            await DownloadAsync(request, publisher, Uri.UnescapeDataString(request.Path[DownloadPath.Length..])).ConfigureAwait(false);
            return true;
        }

        if (request.Path == WordPath && !request.IsPost)
        {
            await WordAsync(request).ConfigureAwait(false);
            return true;
        }

        if (request.Path != PagePath)
        {
            return false;
        }

        if (!request.IsPost)
        {
            var last = _last.TryGetValue(publisher.DownloadsFolder, out var found) ? found : ((Publication, DateTime)?)null;
            await request.RenderAsync("Publier", Page(request, publisher, request.Diagnostics, publisher.DefaultOutput, "/", last)).ConfigureAwait(false);
            return true;
        }

        var output = request.Form["dossier"].ToString();
        var basePath = request.Form["chemin"].ToString();
        var publication = await publisher.PublishAsync(new PublishRequest(output, basePath, request.Form["accepter"] == "oui"), request.Context.RequestAborted).ConfigureAwait(false);
        if (publication.Outcome == PublicationOutcome.Published)
        {
            _last[publisher.DownloadsFolder] = (publication, DateTime.Now);
            request.Redirect(PagePath + "#publication");
            return true;
        }

        IReadOnlyList<FieldError> errors = publication.Outcome switch
        {
            PublicationOutcome.Refused => [new FieldError("dossier", publication.Message)],
            PublicationOutcome.WarningsToAccept => [new FieldError("accepter", "Relisez les avertissements, puis cochez «\u00A0Publier malgré les avertissements\u00A0» pour publier.")],
            _ => [new FieldError("verification", publication.Message)],
        };
        var diagnostics = publication.Outcome == PublicationOutcome.Refused ? request.Diagnostics : publication.Diagnostics;
        await request.RenderAsync("Publier", Page(request, publisher, diagnostics, output, basePath, null), errors, StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
        return true;
    }

    private static string Page(EditorRequest request, SitePublisher publisher, IReadOnlyList<Diagnostic> diagnostics, string output, string basePath, (Publication Publication, DateTime At)? last)
    {
        var html = new StringBuilder();
        html.Append("<p>Publier vérifie le contenu, construit le site dans un dossier de cet ordinateur, puis prépare ce qu'il faut remettre à la personne qui met le site en ligne\u00A0: une archive ZIP du site, le PDF du rapport complet et les données ouvertes.</p>\n");
        Check(html, request, diagnostics);
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var warnings = diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
        html.Append("<form method=\"post\" action=\"").Append(PagePath).Append("\">\n").Append(request.TokenField()).Append('\n');
        Field(html, "dossier", "Dossier du site", output, "Le site y est écrit en entier\u00A0; ce qu'il contenait est remplacé. Par défaut, le dossier «\u00A0_site\u00A0» à côté du dossier du rapport.");
        Field(html, "chemin", "Chemin de base", basePath, "«\u00A0/\u00A0» pour un site à la racine de son domaine (https://rdd.exemple.fr/)\u00A0; «\u00A0/rapport/\u00A0» pour un site servi sous https://exemple.fr/rapport/.");
        if (warnings.Count > 0 && errors.Count == 0)
        {
            html.Append("<div class=\"editor-field\">\n<div class=\"editor-check\"><input type=\"checkbox\" id=\"accepter\" name=\"accepter\" value=\"oui\"><label for=\"accepter\">Publier malgré les avertissements (")
                .Append(HtmlEncode(FrenchCount.Of(warnings.Count, "avertissement", "avertissements"))).Append(")</label></div>\n</div>\n");
        }

        html.Append("<div class=\"editor-actions\"><button type=\"submit\">Publier</button></div>\n</form>\n");
        Downloads(html, publisher, last);
        Word(html, request);
        return html.ToString();
    }

    /// <summary>What the check says: the errors and the warnings, each linked to the editor page of its element.</summary>
    private static void Check(StringBuilder html, EditorRequest request, IReadOnlyList<Diagnostic> diagnostics)
    {
        var outline = ReportOutline.Of(request.Content);
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var warnings = diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
        html.Append("<section aria-labelledby=\"verification\">\n<h2 id=\"verification\" tabindex=\"-1\">Vérification du contenu</h2>\n");
        if (errors.Count == 0 && warnings.Count == 0)
        {
            html.Append("<p>La vérification ne signale ni erreur ni avertissement\u00A0: le rapport peut être publié.</p>\n");
        }

        if (errors.Count > 0)
        {
            html.Append("<h3>").Append(errors.Count == 1 ? "Une erreur empêche la publication" : HtmlEncode(FrenchCount.Of(errors.Count, "erreur", "erreurs")) + " empêchent la publication").Append("</h3>\n");
            List(html, outline, errors);
        }

        if (warnings.Count > 0)
        {
            html.Append("<h3>").Append(HtmlEncode(FrenchCount.Of(warnings.Count, "avertissement", "avertissements")))
                .Append("</h3>\n<p>Un avertissement n'empêche pas de publier\u00A0: relisez-les, corrigez ce qui doit l'être, puis publiez en les acceptant.</p>\n");
            List(html, outline, warnings);
        }

        html.Append("</section>\n");
    }

    private static void List(StringBuilder html, ReportOutline outline, IEnumerable<Diagnostic> diagnostics)
    {
        html.Append("<ul>\n");
        foreach (var diagnostic in diagnostics)
        {
            var place = diagnostic.Location is { } l ? l.Line > 0 ? $"{l.Path}, ligne {l.Line.ToString(CultureInfo.InvariantCulture)}" : l.Path : "contenu";
            html.Append("<li>").Append(EditorHtml.Link(EditorPageOf(outline, diagnostic.Location), place)).Append("\u00A0: ")
                .Append(HtmlEncode(diagnostic.Message)).Append(" (").Append(HtmlEncode(diagnostic.Code)).Append(")</li>\n");
        }

        html.Append("</ul>\n");
    }

    /// <summary>
    /// The editor page where a diagnostic's element is written: the form of the action whose lines hold it, else its
    /// section's or its part's editor; the structure of the report for the other files.
    /// </summary>
    /// <param name="outline">The content's outline.</param>
    /// <param name="location">Where the diagnostic is.</param>
    /// <returns>The editor page's address.</returns>
    internal static string EditorPageOf(ReportOutline outline, SourceLocation? location)
    {
        if (location is null)
        {
            return EditorUrls.Structure;
        }

        if (outline.FindSection(location.Path) is { } found)
        {
            return found.Section.Actions.FirstOrDefault(a => location.Line >= a.FirstLine && location.Line <= a.LastLine) is { } action
                ? EditorUrls.Action(found.Section.File, action.Id)
                : EditorUrls.Section(found.Section.File);
        }

        foreach (var year in outline.Years)
        {
            if (year.Parts.FirstOrDefault(p => location.Path == p.Folder + "/partie.md") is { } part)
            {
                return EditorUrls.Part(year.Folder, part.Kind);
            }
        }

        return EditorUrls.Structure;
    }

    private static void Field(StringBuilder html, string id, string label, string value, string help) =>
        html.Append("<div class=\"editor-field\">\n<label for=\"").Append(id).Append("\">").Append(HtmlEncode(label)).Append("</label>\n")
            .Append("<span class=\"editor-field-help\" id=\"").Append(id).Append("-aide\">").Append(HtmlEncode(help)).Append("</span>\n")
            .Append("<input type=\"text\" id=\"").Append(id).Append("\" name=\"").Append(id).Append("\" value=\"").Append(HtmlEncode(value))
            .Append("\" aria-describedby=\"").Append(id).Append("-aide\" autocomplete=\"off\" spellcheck=\"false\">\n</div>\n");

    /// <summary>The files of the last publication, each a link; where the PDF is missing, why and how to get it.</summary>
    private static void Downloads(StringBuilder html, SitePublisher publisher, (Publication Publication, DateTime At)? last)
    {
        html.Append("<section aria-labelledby=\"publication\">\n<h2 id=\"publication\" tabindex=\"-1\">Fichiers à télécharger</h2>\n");
        var files = publisher.Downloads;
        if (!files.Contains(SitePublisher.ZipFile))
        {
            html.Append("<p>Rien n'a encore été publié\u00A0: les fichiers apparaîtront ici après «\u00A0Publier\u00A0».</p>\n</section>\n");
            return;
        }

        var at = last?.At ?? File.GetLastWriteTime(Path.Combine(publisher.DownloadsFolder, SitePublisher.ZipFile));
        html.Append("<p role=\"status\">Dernière publication le ").Append(HtmlEncode(at.ToString("d MMMM yyyy 'à' HH:mm", French.Culture)))
            .Append(last is { } done ? "\u00A0: " + HtmlEncode(done.Publication.Message) : ".").Append("</p>\n<ul>\n");
        html.Append("<li>").Append(Link(publisher, SitePublisher.ZipFile, "Archive ZIP du site, pour la personne qui le met en ligne")).Append("\u00A0: tout le site, avec le fichier LISEZMOI.txt qui explique comment le mettre en ligne.</li>\n");
        if (files.Contains(SitePublisher.PdfFile))
        {
            html.Append("<li>").Append(Link(publisher, SitePublisher.PdfFile, "Le rapport complet en PDF")).Append("</li>\n");
        }
        else
        {
            html.Append("<li>Le rapport complet en PDF\u00A0: ").Append(HtmlEncode(last?.Publication.PdfUnavailable ?? SitePublisher.PdfMissing)).Append("</li>\n");
        }

        html.Append("</ul>\n<h3>Données ouvertes</h3>\n<ul>\n");
        foreach (var file in files.Where(f => f.StartsWith(SitePublisher.DataFolder + "/", StringComparison.Ordinal)))
        {
            html.Append("<li>").Append(Link(publisher, file, file[(SitePublisher.DataFolder.Length + 1)..])).Append("</li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    /// <summary>« Télécharger en Word », for the council's agenda: from the content as last read, published or not.</summary>
    private static void Word(StringBuilder html, EditorRequest request)
    {
        html.Append("<section aria-labelledby=\"word\">\n<h2 id=\"word\">Le rapport en Word</h2>\n");
        if (request.Content?.Latest is null)
        {
            html.Append("<p>Le document Word sera proposé quand le contenu aura pu être lu.</p>\n</section>\n");
            return;
        }

        html.Append("<p>Pour l'ordre du jour du conseil et le dossier de la délibération\u00A0: le rapport complet de la dernière année en un document Word accessible (titres, sommaire, tableaux, images décrites), écrit à partir du contenu tel qu'il est maintenant, sans attendre de publier.</p>\n")
            .Append("<p><a href=\"").Append(WordPath).Append("\" download>Télécharger en Word</a></p>\n</section>\n");
    }

    /// <summary>Sends the report as a Word document, written from the last build's content.</summary>
    private static async Task WordAsync(EditorRequest request)
    {
        if (request.Content is not { Latest: { } latest } content)
        {
            await request.RenderAsync("Document introuvable", $"<p>Le contenu n'a pas encore pu être lu\u00A0: corrigez les erreurs signalées, puis recommencez. {EditorHtml.Link(PagePath, "Revenir à «\u00A0Publier\u00A0»")}</p>", status: StatusCodes.Status404NotFound).ConfigureAwait(false);
            return;
        }

        using var document = new MemoryStream();
        DocxExporter.Export(content, document);
        var response = request.Context.Response;
        response.ContentType = WordType;
        response.Headers.ContentDisposition = $"attachment; filename=\"rapport-{latest.Report.Year.ToString(CultureInfo.InvariantCulture)}.docx\"";
        await response.Body.WriteAsync(document.ToArray()).ConfigureAwait(false);
    }

    private static string Link(SitePublisher publisher, string file, string text)
    {
        var size = FileSize.Of(new FileInfo(Path.Combine(publisher.DownloadsFolder, file)).Length);
        return $"<a href=\"{HtmlEncode(DownloadPath + file)}\" download>{HtmlEncode(text)}</a> ({size})";
    }

    /// <summary>Sends a file of the last publication; 404 for any path it did not write.</summary>
    private static async Task DownloadAsync(EditorRequest request, SitePublisher publisher, string file)
    {
        var response = request.Context.Response;
        if (!publisher.Downloads.Contains(file))
        {
            await request.RenderAsync("Fichier introuvable", $"<p>Ce fichier n'a pas été écrit par la dernière publication. {EditorHtml.Link(PagePath, "Revenir à «\u00A0Publier\u00A0»")}</p>", status: StatusCodes.Status404NotFound).ConfigureAwait(false);
            return;
        }

        response.ContentType = LocalWebServer.ContentType(file);
        response.Headers.ContentDisposition = $"attachment; filename=\"{Path.GetFileName(file)}\"";
        await response.SendFileAsync(Path.Combine(publisher.DownloadsFolder, file.Replace('/', Path.DirectorySeparatorChar))).ConfigureAwait(false);
    }
}
