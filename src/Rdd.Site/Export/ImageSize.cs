using System.Buffers.Binary;

namespace Rdd.Site.Export;

/// <summary>The size in pixels of a PNG or JPEG image, from its header, to give the image its proportions in the document.</summary>
internal static class ImageSize
{
    /// <summary>The image's width and height and whether it is a PNG, or null when the file is not a PNG or JPEG image it can read.</summary>
    public static (int Width, int Height, bool Png)? Of(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var span = bytes.AsSpan();
        if (span.Length >= 24 && span.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']))
        {
            return (BinaryPrimitives.ReadInt32BigEndian(span[16..]), BinaryPrimitives.ReadInt32BigEndian(span[20..]), true);
        }

        if (span.Length < 4 || span[0] != 0xFF || span[1] != 0xD8)
        {
            return null;
        }

        // JPEG: the first start-of-frame marker (C0 to CF, but C4, C8 and CC) holds the height, then the width.
        for (var i = 2; i + 9 < span.Length;)
        {
            if (span[i] != 0xFF)
            {
                return null;
            }

            var marker = span[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(span[(i + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(span[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(span[(i + 5)..]), false);
            }

            i += 2 + length;
        }

        return null;
    }
}
