namespace Rdd.Domain.Validation;

/// <summary>Where something was written: a file, a line and a column (both 1-based).</summary>
/// <param name="Path">The file's path, relative to the content folder, with forward slashes.</param>
/// <param name="Line">The line, from 1; 0 when only the file is known.</param>
/// <param name="Column">The column, from 1; 0 when only the line is known.</param>
public sealed record SourceLocation(string Path, int Line = 0, int Column = 0)
{
    /// <summary>The location in the MSBuild convention: <c>path(line,col)</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Line <= 0 ? Path : Column <= 0 ? $"{Path}({Line})" : $"{Path}({Line},{Column})";
}
