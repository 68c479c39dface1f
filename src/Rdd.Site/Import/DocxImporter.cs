using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Rdd.Domain.Reports;
using Rdd.Domain.Validation;
using Rdd.Site.Text;

namespace Rdd.Site.Import;

/// <summary>
/// <c>rdd import</c> and the editor's « Importer un document Word »: a Word document (.docx) → the files of a new
/// content folder, in memory, with the import report. The document is read with the Open XML SDK; its heading
/// styles give the structure (<see cref="HeadingLevels"/>), its parts are matched to the decree's three contents by
/// their titles, and whatever cannot be placed is listed in the report with its position. Legal tags (finalités,
/// elements, ODD) are never guessed. A document that cannot be read gives a diagnostic (RDD4xxx), never an exception.
/// </summary>
public static class DocxImporter
{
    /// <summary>Imports a document.</summary>
    /// <param name="document">The .docx, read to its end (at most <see cref="DocumentInput.MaxFileBytes"/> bytes are read).</param>
    /// <param name="options">The authority and the heading levels.</param>
    /// <returns>The files and report, or the diagnostics of a document that could not be read.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static ImportResult Import(Stream document, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var location = new SourceLocation(options.SourceName);
        if (DocumentInput.Read(document, options.SourceName, out var refused) is not { } bytes)
        {
            return Failed(refused!);
        }

        try
        {
            using var word = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false, new OpenSettings { AutoSave = false });
            if (word.MainDocumentPart?.Document?.Body is not { } body)
            {
                return Failed(ImportDiagnostics.Corrupt.Create($"« {options.SourceName} » n'a pas de corps de texte : ce n'est pas un document de traitement de texte.", null, location));
            }

            var context = new ImportContext(word.MainDocumentPart);
            var reader = new DocumentReader(context, options.Levels);
            var outline = reader.Read(body);
            if (!reader.FoundStructure)
            {
                return Failed(ImportDiagnostics.NoHeadings.Create(
                    $"« {options.SourceName} » n'a aucun titre aux niveaux choisis : appliquez le style Titre 1 aux parties, Titre 2 aux sections et Titre 3 aux actions, ou choisissez d'autres niveaux avec --niveaux.",
                    null, location));
            }

            foreach (var (name, image) in context.Images)
            {
                outline.Images[name] = image;
            }

            MatchParts(outline, context);
            ReadData(outline, context, options);
            var files = ContentFolder.Files(outline, options, out var counts);
            var report = new ImportReport(options.SourceName, counts, context.Notes);
            files[ImportReport.FileName] = Encoding.UTF8.GetBytes(report.ToMarkdown());
            return new ImportResult(files, report, []);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or IOException or InvalidOperationException)
        {
            return Failed(ImportDiagnostics.Corrupt.Create($"« {options.SourceName} » ne se lit pas ({e.Message}) : ouvrez-le dans Word ou LibreOffice, qui proposent de le réparer, et enregistrez-le de nouveau.", null, location));
        }
    }

    /// <summary>Reads the data chapters' tables that read safely into the year's data files; reports each chapter, in document order.</summary>
    private static void ReadData(ImportedOutline outline, ImportContext context, ImportOptions options)
    {
        foreach (var chapter in outline.DataChapters)
        {
            var what = $"chapitre {ImportContext.Quote(chapter.Title)}";
            ImportNote note;
            if (!outline.DataFiles.ContainsKey(chapter.File) && DataChapters.Read(chapter, options.SourceName, options.Year) is { } data)
            {
                outline.DataFiles[chapter.File] = data.Yaml;
                var (entries, check) = chapter.File switch
                {
                    "chiffres-cles.yml" => (FrenchCount.Of(data.Count, "chiffre clé", "chiffres clés"), "vérifiez les valeurs et les unités, et les identifiants, tirés des libellés"),
                    "glossaire.yml" => (FrenchCount.Of(data.Count, "sigle", "sigles"), "vérifiez-les"),
                    _ => (FrenchCount.Of(data.Count, "ligne", "lignes"), "vérifiez les montants, et les identifiants, tirés des politiques"),
                };
                note = new ImportNote(ImportNoteKind.ToCheck, chapter.Paragraph, chapter.HeadingPath, what, $"repris dans {chapter.File} ({entries}) : {check}");
            }
            else
            {
                note = new ImportNote(ImportNoteKind.NotPlaced, chapter.Paragraph, chapter.HeadingPath, what, $"non repris, jusqu'au titre suivant de même niveau : ses données s'écrivent dans {chapter.File}, dans le dossier de l'année");
            }

            var after = context.Notes.FindIndex(n => n.Paragraph > chapter.Paragraph);
            context.Notes.Insert(after < 0 ? context.Notes.Count : after, note);
        }
    }

    private static ImportResult Failed(Diagnostic diagnostic) => new(new Dictionary<string, byte[]>(), null, [diagnostic]);

    /// <summary>
    /// Gives each part the decree's content its title names; a part whose title names none, or one already taken, takes
    /// the next free one in document order (reported); when none is left, its sections join the part before it.
    /// </summary>
    private static void MatchParts(ImportedOutline outline, ImportContext context)
    {
        var taken = new HashSet<PartKind>();
        foreach (var part in outline.Parts)
        {
            if (Chapters.PartOf(part.Title) is { } kind && taken.Add(kind))
            {
                part.Kind = kind;
            }
        }

        ImportedPart? previous = null;
        foreach (var part in outline.Parts.ToList())
        {
            if (part.Kind is null)
            {
                var after = (int?)previous?.Kind ?? 0;
                var free = Enum.GetValues<PartKind>().Where(k => !taken.Contains(k)).OrderBy(k => (int)k <= after ? 1 : 0).ThenBy(k => k).ToList();
                context.Paragraph = part.Paragraph;
                context.HeadingPath = part.Title;
                if (free.Count > 0)
                {
                    part.Kind = free[0];
                    taken.Add(free[0]);
                    if (part.Title.Length > 0)
                    {
                        context.ToCheck("partie", $"son titre ne dit pas lequel des trois contenus du décret elle présente : placée en partie {(int)free[0]} (« {free[0].DefaultTitle()} »), déplacez le dossier si ce n'est pas le bon");
                    }
                }
                else if (previous is not null)
                {
                    previous.Sections.AddRange(part.Sections);
                    outline.Parts.Remove(part);
                    context.ToCheck("partie en trop", $"le rapport a trois parties, celles du décret : ses sections sont placées à la suite de la partie {(int)previous.Kind!.Value}, son introduction n'est pas reprise");
                    continue;
                }
            }

            previous = part;
        }
    }
}
