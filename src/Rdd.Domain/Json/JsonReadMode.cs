namespace Rdd.Domain.Json;

/// <summary>How <see cref="ReportJson.Deserialize(string, string?, JsonReadMode)"/> treats what it does not know.</summary>
public enum JsonReadMode
{
    /// <summary>
    /// An unknown property, or a file of a newer format, is an error (RDD1090) and no report is read: the mode for files
    /// people write, where an unknown property is a typo.
    /// </summary>
    Strict,

    /// <summary>
    /// An unknown property (one a newer format added) is left out with a warning (RDD1091) that gives its JSON path, and
    /// the rest is read: the mode for reading the open data other authorities publish, of last year's or next year's format.
    /// </summary>
    Tolerant,
}
