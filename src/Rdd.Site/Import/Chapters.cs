using Rdd.Domain;
using Rdd.Domain.Reports;

namespace Rdd.Site.Import;

/// <summary>What a heading of the structure's top level names, besides a part: the report's other chapters.</summary>
internal enum Chapter
{
    /// <summary>A part (or, when nothing else matches, what the levels say).</summary>
    None,

    /// <summary>« Ce qu'il faut retenir », an introduction, an editorial: introduction.md.</summary>
    Introduction,

    /// <summary>« Comment lire ce rapport ? »: lecture.md.</summary>
    ReadingGuide,

    /// <summary>The review of the responsible digital strategy: numerique-responsable.md.</summary>
    DigitalReview,

    /// <summary>A chapter of data (key figures, budget, indicators, glossary) or a table of contents: not imported.</summary>
    Data,
}

/// <summary>Recognises the chapters and the decree's three contents by their titles, as reports word them.</summary>
internal static class Chapters
{
    /// <summary>The chapter a top-level heading names, and for a data chapter, where its data belongs.</summary>
    public static (Chapter Chapter, string? Where) Of(string title)
    {
        var key = Codes.Slugify(title);
        if (Starts(key, "ce-qu-il-faut-retenir", "introduction", "edito", "editorial", "avant-propos", "preambule"))
        {
            return (Chapter.Introduction, null);
        }

        if (key.Contains("comment-lire", StringComparison.Ordinal) || Starts(key, "guide-de-lecture", "mode-d-emploi"))
        {
            return (Chapter.ReadingGuide, null);
        }

        if (key.Contains("numerique-responsable", StringComparison.Ordinal))
        {
            return (Chapter.DigitalReview, null);
        }

        return key switch
        {
            _ when Starts(key, "chiffres-cles", "les-chiffres-cles") => (Chapter.Data, "chiffres-cles.yml"),
            _ when Starts(key, "budget", "le-budget") => (Chapter.Data, "budget.yml"),
            _ when Starts(key, "indicateurs", "les-indicateurs") => (Chapter.Data, "indicateurs.yml"),
            _ when Starts(key, "glossaire", "lexique", "sigles", "liste-des-sigles") => (Chapter.Data, "glossaire.yml"),
            _ when Starts(key, "sommaire", "table-des-matieres") => (Chapter.Data, null),
            _ => (Chapter.None, null),
        };
    }

    /// <summary>The decree's content a part's title names, or null when it names none clearly.</summary>
    public static PartKind? PartOf(string title)
    {
        var key = Codes.Slugify(title);
        if (Has(key, "modalites", "elaboration", "elaborer", "mise-en-oeuvre", "mettre-en-oeuvre", "demarche", "gouvernance"))
        {
            return PartKind.Modalities;
        }

        if (Has(key, "fonctionnement", "interne", "exemplarite", "administration"))
        {
            return PartKind.InternalFunctioning;
        }

        return Has(key, "politique", "territoire") ? PartKind.PublicPolicies : null;
    }

    private static bool Starts(string key, params string[] prefixes) =>
        prefixes.Any(p => key == p || key.StartsWith(p + "-", StringComparison.Ordinal));

    private static bool Has(string key, params string[] words) =>
        words.Any(w => ("-" + key + "-").Contains("-" + w, StringComparison.Ordinal));
}
