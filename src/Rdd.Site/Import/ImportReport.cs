using System.Text;
using Rdd.Site.Text;

namespace Rdd.Site.Import;

/// <summary>Whether an element of the document was left out, or placed in a way the author should check.</summary>
public enum ImportNoteKind
{
    /// <summary>Not in the content folder: the author copies it by hand if it matters.</summary>
    NotPlaced,

    /// <summary>In the content folder, but not as the document had it.</summary>
    ToCheck,
}

/// <summary>One element of the document the import could not place as it was.</summary>
/// <param name="Kind">Left out, or placed otherwise.</param>
/// <param name="Paragraph">The number of the paragraph where it is, counting every paragraph of the document (tables' included), from 1.</param>
/// <param name="HeadingPath">The headings it is under (« Partie 1 › Mobilités › Plan vélo »), or empty before the first.</param>
/// <param name="What">What it is (« zone de texte », « commentaire »).</param>
/// <param name="Detail">Its text or what became of it.</param>
public sealed record ImportNote(ImportNoteKind Kind, int Paragraph, string HeadingPath, string What, string Detail)
{
    /// <summary>Where the element is, as the report writes it.</summary>
    public string Position => HeadingPath.Length == 0 ? $"paragraphe {Paragraph}" : $"paragraphe {Paragraph} ({HeadingPath})";
}

/// <summary>
/// The import report: what was imported, and every element of the document that was not placed as it was, with its
/// position. Written as <c>import.md</c> in the new content folder, and shown in the terminal.
/// </summary>
public sealed class ImportReport
{
    /// <summary>The name of the report's file, at the root of the content folder.</summary>
    public const string FileName = Rdd.Site.Content.ContentLoader.ImportReportFile;

    /// <summary>Creates a report: <paramref name="counts"/> are those of the parts, sections, actions and images imported.</summary>
    internal ImportReport(string sourceName, IReadOnlyList<int> counts, IReadOnlyList<ImportNote> notes)
    {
        SourceName = sourceName;
        Parts = counts[0];
        Sections = counts[1];
        Actions = counts[2];
        Images = counts[3];
        Notes = notes;
    }

    /// <summary>The document's file name.</summary>
    public string SourceName { get; }

    /// <summary>How many parts were imported.</summary>
    public int Parts { get; }

    /// <summary>How many sections were imported.</summary>
    public int Sections { get; }

    /// <summary>How many actions were imported.</summary>
    public int Actions { get; }

    /// <summary>How many images were extracted.</summary>
    public int Images { get; }

    /// <summary>What was left out or placed otherwise, in document order.</summary>
    public IReadOnlyList<ImportNote> Notes { get; }

    /// <summary>The one-line summary of what was imported.</summary>
    public string Summary =>
        $"{FrenchCount.Of(Parts, "partie", "parties")}, {FrenchCount.Of(Sections, "section", "sections")}, {FrenchCount.Of(Actions, "action", "actions")} et {FrenchCount.Of(Images, "image", "images")} reprises de « {SourceName} »";

    /// <summary>The report in Markdown (the text of <see cref="FileName"/>).</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("# Rapport d'import du document Word\n\n")
            .Append(Summary).Append(".\n\n")
            .Append("Les finalités des actions, leurs éléments déterminants (partie 3) et les objectifs de développement durable ne sont pas devinés : ")
            .Append("`rdd check` liste chaque action qui n'a pas encore de finalité. Les chiffres clés, le budget et le glossaire sont repris ")
            .Append("des tableaux tels que `rdd export --format docx` les écrit ; les autres données, dont les indicateurs, gardent les exemples ")
            .Append("de `rdd new`, à remplacer dans les fichiers YAML de l'année.\n");
        Section(text, ImportNoteKind.NotPlaced, "Ce qui n'a pas été repris",
            "Ces éléments du document ne sont pas dans le dossier : recopiez à la main ceux qui comptent.");
        Section(text, ImportNoteKind.ToCheck, "Ce qui a été repris autrement",
            "Ces éléments sont dans le dossier, mais pas tels que le document les avait : vérifiez-les.");
        if (Notes.Count == 0)
        {
            text.Append("\nTout le document a été repris.\n");
        }

        return text.ToString();
    }

    private void Section(StringBuilder text, ImportNoteKind kind, string title, string introduction)
    {
        var notes = Notes.Where(n => n.Kind == kind).ToList();
        if (notes.Count == 0)
        {
            return;
        }

        text.Append("\n## ").Append(title).Append(" (").Append(notes.Count).Append(")\n\n").Append(introduction).Append("\n\n");
        foreach (var note in notes)
        {
            text.Append("- ").Append(note.Position).Append(" : ").Append(note.What).Append(" — ").Append(note.Detail).Append('\n');
        }
    }
}
