using Rdd.Domain.Validation;

namespace Rdd.Site.Serve.Editor;

/// <summary>What <see cref="EditorRequest.SaveAsync(string, string, string?)"/> did.</summary>
/// <param name="Status">Saved, refused or in conflict.</param>
/// <param name="Diagnostics">Saved: the diagnostics of the saved files after the rebuild; refused: the errors the text would have had.</param>
/// <param name="Message">What to tell the author, in French; null when saved.</param>
internal sealed record SaveResult(SaveStatus Status, IReadOnlyList<Diagnostic> Diagnostics, string? Message)
{
    /// <summary>Whether the files were written.</summary>
    public bool Saved => Status == SaveStatus.Saved;
}

/// <summary>The outcomes of a save.</summary>
internal enum SaveStatus
{
    /// <summary>Written, checked and the preview rebuilt.</summary>
    Saved,

    /// <summary>Not written: the text would not be read, or a path is not allowed; the files are as they were.</summary>
    Refused,

    /// <summary>Not written: a file changed on disk since the form was opened.</summary>
    Conflict,
}
