using Rdd.Domain;

namespace Rdd.Site.Text;

/// <summary>A file's size as an author reads it, for the editor's limits and downloads.</summary>
internal static class FileSize
{
    /// <summary>« 640 ko » under a megabyte (rounded up: a file of a few bytes is « 1 ko »), else « 12,5 Mo ».</summary>
    /// <param name="bytes">The size in bytes.</param>
    /// <returns>The French text, with a no-break space before the unit.</returns>
    public static string Of(long bytes) =>
        bytes < 1024 * 1024
            ? Math.Ceiling(bytes / 1024.0).ToString("0", French.Culture) + "\u00A0ko"
            : (bytes / 1024.0 / 1024.0).ToString("0.#", French.Culture) + "\u00A0Mo";
}
