namespace Rdd.Domain.Validation;

/// <summary>Where something was written: a file, a line and a column (both 1-based), or a JSON path in a JSON file.</summary>
/// <param name="Path">The file's path, relative to the content folder, with forward slashes; empty when unknown.</param>
/// <param name="Line">The line, from 1; 0 when only the file is known.</param>
/// <param name="Column">The column, from 1; 0 when only the line is known.</param>
public sealed record SourceLocation(string Path, int Line = 0, int Column = 0)
{
    /// <summary>The element's JSON path (<c>$.parts[0].sections[1].actions[2]</c>), when it was read from a report's JSON.</summary>
    public string? JsonPath { get; init; }

    /// <summary>
    /// The location in the MSBuild convention: <c>path(line,col)</c>; for a JSON path, <c>path:$.parts[0]</c> (or the
    /// JSON path alone when the file is not known).
    /// </summary>
    /// <returns>The text form.</returns>
    public override string ToString() => (Line, JsonPath) switch
    {
        (<= 0, { } jsonPath) => Path.Length == 0 ? jsonPath : $"{Path}:{jsonPath}",
        (<= 0, null) => Path,
        _ => Column <= 0 ? $"{Path}({Line})" : $"{Path}({Line},{Column})",
    };
}
