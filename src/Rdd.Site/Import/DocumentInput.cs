using System.IO.Compression;
using System.Text;
using Rdd.Domain.Validation;

namespace Rdd.Site.Import;

/// <summary>
/// Reads the bytes of a document to import and refuses what is not a .docx the import can read safely, before any
/// XML is parsed: another format (by its first bytes, whatever the file's name), a password-protected document, a
/// file too large, or a zip whose entries expand beyond reason (each entry is decompressed once, counted, up to a limit).
/// </summary>
internal static class DocumentInput
{
    /// <summary>The largest document read: a report of several hundred pages with its images is far smaller.</summary>
    public const long MaxFileBytes = 100L * 1024 * 1024;

    /// <summary>The most the entries of a document may expand to, all together.</summary>
    public const long MaxExpandedBytes = 512L * 1024 * 1024;

    private const int MaxEntries = 10_000;

    private static readonly byte[] Zip = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();
    private static readonly byte[] Rtf = "{\\rtf"u8.ToArray();

    /// <summary>Reads <paramref name="stream"/> into memory and checks it.</summary>
    /// <param name="stream">The document.</param>
    /// <param name="sourceName">The document's name, for messages.</param>
    /// <param name="failure">Why the document is refused, else null.</param>
    /// <returns>The document's bytes, or null when refused.</returns>
    public static byte[]? Read(Stream stream, string sourceName, out Diagnostic? failure)
    {
        var location = new SourceLocation(sourceName);
        var bytes = ReadAtMost(stream, MaxFileBytes + 1);
        if (bytes.Length > MaxFileBytes)
        {
            failure = ImportDiagnostics.TooLarge.Create($"« {sourceName} » dépasse {MaxFileBytes / 1024 / 1024} Mo : il n'est pas lu.", null, location);
            return null;
        }

        failure = Format(bytes, sourceName, location) ?? Expansion(bytes, sourceName, location);
        return failure is null ? bytes : null;
    }

    private static byte[] ReadAtMost(Stream stream, long limit)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while (memory.Length < limit && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, limit - memory.Length))) > 0)
        {
            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }

    /// <summary>Refuses a file whose first bytes are not those of a zip, naming the format they are.</summary>
    private static Diagnostic? Format(byte[] bytes, string sourceName, SourceLocation location)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(Ole))
        {
            // A password-protected .docx is an OLE container that holds the encrypted package; any other OLE file is a
            // Word 97-2003 document (or another old Office file).
            return Encoding.Unicode.GetBytes("EncryptedPackage").AsSpan() is var marker && span.IndexOf(marker) >= 0
                ? ImportDiagnostics.Encrypted.Create($"« {sourceName} » est protégé par un mot de passe : retirez la protection dans Word, enregistrez-le, puis importez-le.", null, location)
                : Refuse("est un document Word 97-2003 (.doc)");
        }

        if (span.StartsWith(Pdf))
        {
            return Refuse("est un PDF, qui a perdu les styles de titre du document Word dont il a été tiré");
        }

        if (span.StartsWith(Rtf))
        {
            return Refuse("est un document RTF");
        }

        if (!span.StartsWith(Zip))
        {
            return Refuse("n'est ni un document Word (.docx) ni un format que l'import connaisse");
        }

        return span[..Math.Min(span.Length, 200)].IndexOf("application/vnd.oasis.opendocument"u8) >= 0
            ? Refuse("est un document OpenDocument (.odt, LibreOffice)")
            : null;

        Diagnostic Refuse(string what) => ImportDiagnostics.NotADocx.Create(
            $"« {sourceName} » {what} : enregistrez-le au format .docx depuis LibreOffice Writer ou Word (Fichier, Enregistrer sous, « Document Word (.docx) »), puis importez ce fichier.",
            null, location);
    }

    /// <summary>Decompresses every entry once, counting, to refuse a zip bomb before the document is parsed.</summary>
    private static Diagnostic? Expansion(byte[] bytes, string sourceName, SourceLocation location)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > MaxEntries)
            {
                return TooLarge();
            }

            var total = 0L;
            var buffer = new byte[81920];
            foreach (var entry in archive.Entries)
            {
                using var content = entry.Open();
                int read;
                while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > MaxExpandedBytes)
                    {
                        return TooLarge();
                    }
                }
            }

            return null;
        }
        catch (InvalidDataException e)
        {
            return ImportDiagnostics.Corrupt.Create($"« {sourceName} » ne se lit pas : {e.Message}", null, location);
        }

        Diagnostic TooLarge() => ImportDiagnostics.TooLarge.Create(
            $"Le contenu de « {sourceName} » se décompresse en plus de {MaxExpandedBytes / 1024 / 1024} Mo (ou compte plus de {MaxEntries} fichiers) : ce n'est pas un rapport, il n'est pas lu.",
            null, location);
    }
}
