using Rdd.Domain.Validation;

namespace Rdd.Site.Import;

/// <summary>
/// The diagnostics of importing a Word document (codes RDD4xxx): each one stops the import, and nothing is written.
/// What the import could read but not place is not a diagnostic: it is listed in the import report.
/// </summary>
public static class ImportDiagnostics
{
    /// <summary>RDD4001: a file that is not a Word document (.docx).</summary>
    public static DiagnosticDescriptor NotADocx { get; } = new("RDD4001", Severity.Error,
        "Format de document non pris en charge",
        "rdd import lit les documents Word au format .docx (Office Open XML), celui qu'enregistrent Word depuis 2007 et LibreOffice Writer. Un document OpenDocument (.odt), un ancien document Word (.doc), un RTF ou un PDF ne se lisent pas : un PDF a perdu les styles de titre qui donnent au rapport ses parties, ses sections et ses actions.",
        "Ouvrez le document dans LibreOffice Writer ou Word et enregistrez-le au format .docx (Fichier, Enregistrer sous, « Document Word (.docx) »), puis importez ce fichier. Pour un PDF, importez le document Word dont il a été tiré.");

    /// <summary>RDD4002: a password-protected document.</summary>
    public static DiagnosticDescriptor Encrypted { get; } = new("RDD4002", Severity.Error,
        "Document protégé par un mot de passe",
        "Un document Word chiffré par un mot de passe ne se lit pas sans lui, et rdd ne demande pas de mot de passe.",
        "Ouvrez le document avec son mot de passe, retirez la protection (Fichier, Informations, Protéger le document, puis effacez le mot de passe) et enregistrez-le, puis importez-le.");

    /// <summary>RDD4003: a document too large to be a report, or whose compressed content expands beyond reason.</summary>
    public static DiagnosticDescriptor TooLarge { get; } = new("RDD4003", Severity.Error,
        "Document trop volumineux",
        "Un rapport, même de plusieurs centaines de pages avec ses images, tient en quelques dizaines de mégaoctets. Un document plus gros, ou dont le contenu compressé se décompresse en une taille démesurée (une « bombe de décompression »), n'est pas lu.",
        "Réduisez la taille des images du document (dans Word : Fichier, Compresser les images) ou découpez-le, puis importez-le de nouveau.");

    /// <summary>RDD4004: a .docx whose content cannot be read.</summary>
    public static DiagnosticDescriptor Corrupt { get; } = new("RDD4004", Severity.Error,
        "Document endommagé",
        "Le fichier a la forme d'un document .docx, mais son contenu ne se lit pas : il est tronqué, endommagé, ou n'est pas un document de traitement de texte (un classeur ou une présentation renommés, par exemple).",
        "Ouvrez-le dans Word ou LibreOffice, qui proposent de le réparer, puis enregistrez-le de nouveau au format .docx.");

    /// <summary>RDD4005: a document without any heading the import recognises.</summary>
    public static DiagnosticDescriptor NoHeadings { get; } = new("RDD4005", Severity.Error,
        "Aucun titre reconnu",
        "L'import tire les parties, les sections et les actions des titres du document, écrits avec les styles de titre (Titre 1, Titre 2, Titre 3). Un document dont les titres sont seulement en gras ou en grands caractères n'a pas de structure lisible.",
        "Appliquez le style Titre 1 au titre de chaque partie, Titre 2 à chaque section et Titre 3 à chaque action (ou choisissez d'autres niveaux avec --niveaux), puis importez de nouveau le document.");

    /// <summary>Every import diagnostic, for documentation.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [NotADocx, Encrypted, TooLarge, Corrupt, NoHeadings];
}
