using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Rdd.Domain.Reports;
using Rdd.Site.Content.Editing;
using static System.Net.WebUtility;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// The page of a part: its title (partie.md), the order of its sections (« Monter », « Descendre »: the files are
/// renumbered, only those whose number changes), « Nouvelle section »; and the creation of a part the year lacks.
/// The three parts are those of the law (CGCT, art. D2311-15): their order is fixed.
/// </summary>
internal sealed class PartModule : IEditorModule
{
    /// <summary>The part's page; its title form posts here.</summary>
    public const string Path = "/edition/partie";

    /// <summary>Where « Monter » and « Descendre » post.</summary>
    public const string OrderPath = "/edition/partie/ordre";

    /// <summary>Where « Nouvelle section » posts.</summary>
    public const string NewSectionPath = "/edition/partie/section";

    /// <inheritdoc />
    public IReadOnlyList<EditorLink> Navigation => [];

    /// <inheritdoc />
    public async Task<bool> TryHandleAsync(EditorRequest request)
    {
        if (request.Path is not (Path or OrderPath or NewSectionPath))
        {
            return false;
        }

        var year = request.IsPost ? request.Form["annee"].ToString() : request.Query("annee");
        var number = request.IsPost ? request.Form["partie"].ToString() : request.Query("partie");
        if (request.Content?.Years.FirstOrDefault(y => y.Folder == year) is null || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || !Enum.IsDefined((PartKind)n))
        {
            await request.RenderAsync("Partie introuvable", $"<p>Cette partie n'existe pas.</p><p>{EditorHtml.Link(EditorUrls.Structure, "Revenir à la structure du rapport")}</p>", status: StatusCodes.Status404NotFound).ConfigureAwait(false);
            return true;
        }

        var part = new PartPlace(year, (PartKind)n);
        if (!request.IsPost)
        {
            await RenderAsync(request, part, null, [], StatusCodes.Status200OK).ConfigureAwait(false);
            return true;
        }

        await (request.Path switch
        {
            OrderPath => MoveAsync(request, part),
            NewSectionPath => NewSectionAsync(request, part),
            _ => RenameAsync(request, part),
        }).ConfigureAwait(false);
        return true;
    }

    private static async Task RenameAsync(EditorRequest request, PartPlace part)
    {
        var title = ActionForm.OneLine(request.Form["titre"].ToString());
        if (title.Length == 0)
        {
            await RenderAsync(request, part, title, [new FieldError("titre", "Donnez un titre à la partie.")], StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
            return;
        }

        var current = request.Store.Read(part.File);
        var text = current is null ? MarkdownHeader.NewFile(title) : MarkdownHeader.Set(current.Text, "titre", HeaderValue.Of(title));
        var result = await request.SaveAsync(part.File, text, current?.Version).ConfigureAwait(false);
        if (result.Saved)
        {
            request.Redirect(EditorNotices.After(part.Url, EditorNotices.Saved));
            return;
        }

        await RenderAsync(request, part, title, [new FieldError("titre", result.Message!)], StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
    }

    private static async Task NewSectionAsync(EditorRequest request, PartPlace part)
    {
        var title = ActionForm.OneLine(request.Form["nouvelle-section"].ToString());
        if (title.Length == 0)
        {
            await RenderAsync(request, part, null, [new FieldError("nouvelle-section", "Donnez un titre à la nouvelle section.")], StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
            return;
        }

        var file = part.Folder + "/" + SectionFileNames.New(request.Store.Files(part.Folder, ".md").Where(f => f != "partie.md").ToList(), title);
        var edits = new List<FileEdit> { new(file, MarkdownHeader.NewFile(title), null) };
        if (!request.Store.Exists(part.File))
        {
            edits.Add(new FileEdit(part.File, MarkdownHeader.NewFile(part.Kind.DefaultTitle()), null));
        }

        var result = await request.SaveAsync(edits).ConfigureAwait(false);
        if (result.Saved)
        {
            request.Redirect(EditorNotices.After(EditorUrls.Section(file), EditorNotices.Saved));
            return;
        }

        await RenderAsync(request, part, null, [new FieldError("nouvelle-section", result.Message!)], StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
    }

    private static async Task MoveAsync(EditorRequest request, PartPlace part)
    {
        var names = request.Store.Files(part.Folder, ".md").Where(f => f != "partie.md").ToList();
        var index = names.IndexOf(request.Form[EditorUrls.FileParameter].ToString());
        var other = request.Form["sens"] == "bas" ? index + 1 : index - 1;
        if (index < 0 || other < 0 || other >= names.Count)
        {
            request.Redirect(part.Url);
            return;
        }

        (names[index], names[other]) = (names[other], names[index]);
        var renames = SectionFileNames.Renumber(names);
        var targets = renames.Select(r => r.To).ToHashSet(StringComparer.Ordinal);
        var edits = new List<FileEdit>();
        foreach (var (from, to) in renames)
        {
            var source = request.Store.Read(part.Folder + "/" + from)!;
            edits.Add(new FileEdit(part.Folder + "/" + to, source.Text, request.Store.Read(part.Folder + "/" + to)?.Version));
            if (!targets.Contains(from))
            {
                edits.Add(new FileEdit(source.Path, null, source.Version));
            }
        }

        var result = await request.SaveAsync(edits).ConfigureAwait(false);
        if (result.Saved)
        {
            request.Redirect(EditorNotices.After(part.Url, EditorNotices.Saved));
            return;
        }

        await RenderAsync(request, part, null, [new FieldError("titre", result.Message!)], StatusCodes.Status409Conflict).ConfigureAwait(false);
    }

    private static Task RenderAsync(EditorRequest request, PartPlace part, string? title, IReadOnlyList<FieldError> errors, int status)
    {
        var outline = ReportOutline.Of(request.Content).Years.FirstOrDefault(y => y.Folder == part.Year)?.Parts.FirstOrDefault(p => p.Kind == part.Kind);
        var exists = request.Store.Exists(part.Folder);
        var current = title ?? outline?.Title ?? part.Kind.DefaultTitle();
        var hidden = request.TokenField() + new EditorForm([]).Hidden("annee", part.Year).Hidden("partie", ((int)part.Kind).ToString(CultureInfo.InvariantCulture)).Html;
        var html = new StringBuilder();
        html.Append("<p>").Append(EditorHtml.Link(EditorUrls.Structure, "Revenir à la structure du rapport")).Append("</p>\n");
        if (!exists)
        {
            html.Append("<p>Le rapport ").Append(HtmlEncode(part.Year)).Append(" n'a pas encore cette partie. Donnez-lui un titre pour la créer.</p>\n");
        }

        html.Append("<form method=\"post\" action=\"").Append(Path).Append("\" novalidate>\n").Append(hidden)
            .Append(new EditorForm(errors).Text("titre", "Titre de la partie", current, required: true).Buttons(exists ? "Enregistrer le titre" : "Créer la partie", null).Html).Append("</form>\n");
        if (exists)
        {
            Sections(html, request, part, hidden);
            html.Append("<h2 id=\"nouvelle\">Nouvelle section</h2>\n<form method=\"post\" action=\"").Append(NewSectionPath).Append("\" novalidate>\n").Append(hidden)
                .Append(new EditorForm(errors).Text("nouvelle-section", "Titre de la nouvelle section", null, "Elle est placée après les autres sections de la partie\u00A0; son fichier est numéroté pour vous.").Buttons("Créer la section", null).Html).Append("</form>\n");
        }

        return request.RenderAsync($"Partie {(int)part.Kind}\u00A0: {current}", html.ToString(), errors, status);
    }

    private static void Sections(StringBuilder html, EditorRequest request, PartPlace part, string hidden)
    {
        var names = request.Store.Files(part.Folder, ".md").Where(f => f != "partie.md").ToList();
        html.Append("<h2 id=\"sections\">Sections</h2>\n");
        if (names.Count == 0)
        {
            html.Append("<p>Cette partie n'a pas encore de section.</p>\n");
            return;
        }

        var outline = ReportOutline.Of(request.Content);
        html.Append("<ol class=\"editor-list\">\n");
        for (var i = 0; i < names.Count; i++)
        {
            var file = part.Folder + "/" + names[i];
            var title = outline.FindSection(file)?.Section.Title ?? names[i];
            var moveHidden = hidden + new EditorForm([]).Hidden(EditorUrls.FileParameter, names[i]).Html;
            html.Append("<li><span>").Append(EditorHtml.Link(EditorUrls.Section(file), title)).Append(EditorHtml.Counts(request.DiagnosticsOf(file))).Append("</span>\n");
            foreach (var (direction, label, shown) in new[] { ("haut", "Monter", i > 0), ("bas", "Descendre", i + 1 < names.Count) })
            {
                if (shown)
                {
                    html.Append("<form class=\"editor-inline\" method=\"post\" action=\"").Append(OrderPath).Append("\">").Append(moveHidden)
                        .Append("<button type=\"submit\" name=\"sens\" value=\"").Append(direction).Append("\" class=\"editor-secondary\" aria-label=\"").Append(label).Append(" «\u00A0").Append(HtmlEncode(title)).Append("\u00A0»\">").Append(label).Append("</button></form>\n");
                }
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n");
    }

    /// <summary>A part of a year: its folder, its partie.md and its page.</summary>
    private sealed record PartPlace(string Year, PartKind Kind)
    {
        public string Folder => Year + "/partie-" + ((int)Kind).ToString(CultureInfo.InvariantCulture);

        public string File => Folder + "/partie.md";

        public string Url => EditorUrls.Part(Year, Kind);
    }
}
