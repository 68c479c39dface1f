using Rdd.Domain.Validation;

namespace Rdd.Site.Import;

/// <summary>
/// What an import made: the files of the new content folder, in memory (nothing is written: the caller writes them,
/// in one go), the import report, and the diagnostics of a document that could not be read.
/// </summary>
public sealed class ImportResult
{
    internal ImportResult(IReadOnlyDictionary<string, byte[]> files, ImportReport? report, IReadOnlyList<Diagnostic> diagnostics)
    {
        Files = files;
        Report = report;
        Diagnostics = diagnostics;
    }

    /// <summary>The files of the content folder by path relative to it, with « / »; empty when the import failed.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>The import report (also among the files, as <see cref="ImportReport.FileName"/>); null when the import failed.</summary>
    public ImportReport? Report { get; }

    /// <summary>Why the document could not be imported (RDD4xxx); empty on success.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the document was imported.</summary>
    public bool Success => Report is not null;
}
