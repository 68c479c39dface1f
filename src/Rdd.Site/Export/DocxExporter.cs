using Rdd.Domain;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Site.Content;
using Rdd.Site.Pages;

namespace Rdd.Site.Export;

/// <summary>
/// <c>rdd export --format docx</c> and the « Publier » page's « Télécharger en Word »: the whole report of the latest
/// year as one accessible Word document, for the council's agenda. Real heading styles (Titre 1 for the chapters and
/// parts, Titre 2 for the sections, Titre 3 for the actions), French as the document's language, its title and author,
/// a table of contents field, the finalités and other attachments of each action written as text, the key figures,
/// budget, indicators and glossary as tables with header rows, images with their alternative text.
/// </summary>
public static class DocxExporter
{
    /// <summary>Writes the document.</summary>
    /// <param name="content">The content folder as read (the same model <c>rdd build</c> reads); its latest year is exported.</param>
    /// <param name="output">Where to write the .docx.</param>
    /// <returns>What the document could not carry (an image in a format Word does not store), one French sentence each.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="ArgumentException">When the content has no year.</exception>
    public static IReadOnlyList<string> Export(LoadedContent content, Stream output)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(output);
        var report = (content.Latest ?? throw new ArgumentException("Le contenu n'a aucune année de rapport.", nameof(content))).Report;
        using var writer = new WordWriter(output);
        var markdown = new MarkdownBlocks(writer, content.Root);
        var title = report.Title.Length > 0 ? report.Title : $"Rapport sur la situation en matière de développement durable {report.Year}";
        writer.Properties(title, report.Authority.Name);
        writer.Paragraph(WordStyles.Title, WordWriter.Text(title));
        writer.Paragraph(WordStyles.Subtitle, WordWriter.Text(report.PresentationDate is { } date
            ? $"{report.Authority.Name} — présenté le {French.Date(date)}, avant le débat sur le budget {report.BudgetYear}"
            : $"{report.Authority.Name} — rapport présenté avant le débat sur le budget {report.BudgetYear}"));
        writer.TableOfContents("Sommaire", "Le sommaire se remplit à l'ouverture du document (dans Word, acceptez la mise à jour des champs ; sinon, clic droit puis « Mettre à jour les champs »).");

        Chapter(writer, markdown, "Ce qu'il faut retenir", report.Introduction);
        Chapter(writer, markdown, "Comment lire ce rapport ?", report.ReadingGuide);
        foreach (var part in report.Parts)
        {
            writer.Heading(1, part.Title);
            markdown.Write(part.Introduction, 1, introduction: true);
            foreach (var section in part.Sections)
            {
                writer.Heading(2, section.Title);
                markdown.Write(section.Introduction, 2, introduction: true);
                foreach (var action in section.Actions)
                {
                    writer.Heading(3, action.Title);
                    foreach (var line in Attachments(section, action))
                    {
                        writer.Paragraph(WordStyles.Attachments, WordWriter.Text(line));
                    }

                    markdown.Write(action.Body, 3);
                }
            }
        }

        Chapter(writer, markdown, "Le bilan de la stratégie numérique responsable", report.DigitalStrategyReview ?? string.Empty);
        DataTables.Write(writer, report);
        writer.Save();
        return markdown.Warnings;
    }

    private static void Chapter(WordWriter writer, MarkdownBlocks markdown, string title, string text)
    {
        if (text.Trim().Length > 0)
        {
            writer.Heading(1, title);
            markdown.Write(text, 1);
        }
    }

    /// <summary>What the site shows beside an action, as sentences: finalités, governance elements, progress, goals, partners, places.</summary>
    private static IEnumerable<string> Attachments(Section section, Rdd.Domain.Reports.ReportAction action)
    {
        var finalities = section.FinalitiesOf(action).Select(Finalities.Find).OfType<Finality>().Select(f => f.Label).ToList();
        if (finalities.Count > 0)
        {
            yield return $"{(finalities.Count == 1 ? "Finalité" : "Finalités")} : {string.Join(" ; ", finalities)}.";
        }

        var elements = section.GovernanceElementsOf(action).Select(GovernanceElements.Find).OfType<GovernanceElement>().Select(e => e.Label).ToList();
        if (elements.Count > 0)
        {
            yield return $"{(elements.Count == 1 ? "Élément déterminant" : "Éléments déterminants")} de la démarche : {string.Join(" ; ", elements)}.";
        }

        if (action.Progress is { } progress)
        {
            yield return $"Avancement : {progress.FrenchLabel()}.";
        }

        var goals = section.TermsOf(action).Where(t => t.Taxonomy == Rdd.Domain.Taxonomies.SustainableDevelopmentGoals.Id).Select(t => t.Code).ToList();
        if (goals.Count > 0)
        {
            yield return $"{(goals.Count == 1 ? "Objectif" : "Objectifs")} de développement durable : {string.Join(", ", goals)}.";
        }

        if (action.Partners.Count > 0)
        {
            yield return $"{(action.Partners.Count == 1 ? "Partenaire" : "Partenaires")} : {string.Join(" ; ", action.Partners)}.";
        }

        if (action.Places.Count > 0)
        {
            yield return $"{(action.Places.Count == 1 ? "Lieu" : "Lieux")} : {string.Join(" ; ", action.Places)}.";
        }
    }
}
