using System.Text;
using Rdd.Domain.Validation;

namespace Rdd.Site.Content;

/// <summary>A content file read as text: UTF-8, byte-order mark removed, line endings normalised to LF.</summary>
internal sealed record SourceText(string Path, string Text)
{
    /// <summary>Files larger than this are refused (RDD2005).</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public SourceLocation At(int line = 0, int column = 0) => new(Path, line, column);

    /// <summary>Reads <paramref name="relativePath"/> under <paramref name="root"/>; reports and returns null when it cannot.</summary>
    public static SourceText? Read(string root, string relativePath, DiagnosticBag bag)
    {
        var path = relativePath.Replace('\\', '/');
        var full = System.IO.Path.Combine(root, relativePath);
        byte[] bytes;
        try
        {
            var info = new FileInfo(full);
            if (!ContentPaths.StaysInside(root, relativePath))
            {
                bag.Add(ContentDiagnostics.FileUnreadable, $"Le fichier « {path} » est un lien (ou se trouve dans un dossier lié) vers l'extérieur du dossier de contenu : il n'est pas lu.", new SourceLocation(path));
                return null;
            }

            if (info.Length > MaxBytes)
            {
                bag.Add(ContentDiagnostics.FileTooLarge, $"Le fichier « {path} » pèse {info.Length / (1024 * 1024)} Mo ; la limite est de {MaxBytes / (1024 * 1024)} Mo par fichier.", new SourceLocation(path));
                return null;
            }

            bytes = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Add(ContentDiagnostics.FileUnreadable, $"Le fichier « {path} » n'a pas pu être lu : {e.Message}", new SourceLocation(path));
            return null;
        }

        return Decode(path, bytes, bag);
    }

    /// <summary>Decodes bytes as UTF-8; UTF-16 and invalid bytes are reported with their line.</summary>
    public static SourceText? Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag bag)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            bag.Add(ContentDiagnostics.BadEncoding, $"Le fichier « {path} » est enregistré en UTF-16 ; enregistrez-le en UTF-8.", new SourceLocation(path, 1, 1));
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var valid = FirstInvalidUtf8(bytes);
            var line = 1 + bytes[..valid].Count((byte)'\n');
            bag.Add(ContentDiagnostics.BadEncoding, $"Le fichier « {path} » contient des caractères qui ne sont pas en UTF-8 (ligne {line}) ; il a sans doute été enregistré en Windows-1252 ou Latin-1. Enregistrez-le en UTF-8.", new SourceLocation(path, line, 1));
            return null;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            bag.Add(ContentDiagnostics.BadEncoding, $"Le fichier « {path} » contient des caractères nuls : ce n'est pas un fichier texte.", new SourceLocation(path, 1, 1));
            return null;
        }

        return new SourceText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? bytes.Length : read;
    }
}

/// <summary>Path rules of the content folder.</summary>
internal static class ContentPaths
{
    /// <summary>
    /// Whether <paramref name="relativePath"/> under <paramref name="root"/> stays inside it: neither the file nor any
    /// folder on the way to it is a symbolic link to a place outside the content folder.
    /// </summary>
    public static bool StaysInside(string root, string relativePath)
    {
        var current = System.IO.Path.GetFullPath(root);
        foreach (var part in relativePath.Split('/', '\\', StringSplitOptions.RemoveEmptyEntries))
        {
            current = System.IO.Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null && !IsInside(root, info.ResolveLinkTarget(returnFinalTarget: true)?.FullName))
            {
                return false;
            }
        }

        return IsInside(root, current);
    }

    public static bool IsInside(string root, string? path)
    {
        if (path is null)
        {
            return false;
        }

        var fullRoot = System.IO.Path.GetFullPath(root).TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar;
        var full = System.IO.Path.GetFullPath(path);
        return full.StartsWith(fullRoot, StringComparison.Ordinal);
    }
}
