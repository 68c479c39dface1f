using System.Globalization;
using BenchmarkDotNet.Attributes;
using Rdd.ContentGenerator;
using Rdd.Domain.Law;
using Rdd.Site.Import;

namespace Rdd.Benchmarks.Import;

/// <summary>
/// <c>rdd import</c> of a generated report of about 60 pages (about 21 000 words: 55 to 60 pages of A4 at 11 pt):
/// 3 parts, 15 sections, 120 actions of two paragraphs and a list, a table every fourth action, 10 images.
/// The budget is 2 s; the number is in docs/performance.md.
/// </summary>
[MemoryDiagnoser]
public class DocxImportBenchmarks
{
    private static readonly string[] Words = "la collectivité engage avec ses partenaires une démarche de transition qui associe les habitants les associations et les entreprises du territoire pour réduire les consommations d'énergie préserver la ressource en eau et développer des services de proximité accessibles à tous".Split(' ');

    private static readonly ImportOptions Options = new() { Name = "Ville de Belval", Kind = AuthorityKind.Commune, Population = 58000, Year = 2025, SourceName = "rapport-60-pages.docx" };

    private byte[] _document = null!;

    /// <summary>Builds the document once.</summary>
    [GlobalSetup]
    public void Setup() => _document = SixtyPages();

    /// <summary>Imports it: reading, structure, Markdown, images, report.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ImportResult Import() => DocxImporter.Import(new MemoryStream(_document, writable: false), Options);

    /// <summary>The document: deterministic, the same bytes on every run.</summary>
    public static byte[] SixtyPages()
    {
        using var word = new WordDocumentBuilder();
        string[] parts = ["Les politiques publiques du territoire", "Le fonctionnement interne de la collectivité", "Les modalités d'élaboration et d'évaluation"];
        var action = 0;
        foreach (var part in parts)
        {
            word.Heading(1, part).Paragraph(Sentence(0, 40));
            for (var section = 1; section <= 5; section++)
            {
                word.Heading(2, $"Section {section} de « {part} »").Paragraph(Sentence(section, 30));
                for (var i = 0; i < 8; i++, action++)
                {
                    word.Heading(3, $"Action {action + 1} : {Sentence(action, 6)}")
                        .Paragraph(WordDocumentBuilder.Plain(Sentence(action, 45) + " "), WordDocumentBuilder.Bold(Sentence(action + 1, 4)), WordDocumentBuilder.Plain(" " + Sentence(action + 2, 30) + "."))
                        .Paragraph(Sentence(action + 3, 60) + ".")
                        .ListItem(Sentence(action + 4, 8)).ListItem(Sentence(action + 5, 8), level: 1).ListItem(Sentence(action + 6, 8));
                    if (action % 4 == 0)
                    {
                        word.Table(["Indicateur", "2023", "2024"], [Sentence(action, 3), "1 200", "1 350"], [Sentence(action + 1, 3), "45 %", "52 %"], [Sentence(action + 2, 3), "12", "15"]);
                    }

                    if (action % 12 == 0)
                    {
                        word.Image($"Illustration de l'action {action + 1}");
                    }
                }
            }
        }

        return word.Build();
    }

    private static string Sentence(int seed, int length)
    {
        var words = Enumerable.Range(0, length).Select(i => Words[((seed * 7) + (i * 3)) % Words.Length]);
        var text = string.Join(' ', words);
        return char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
    }
}
