using System.Buffers.Binary;
using System.Globalization;
using System.Xml;

namespace Rdd.Site.Export;

/// <summary>The formats of image a Word document carries.</summary>
internal enum ImageFormat
{
    Png,
    Jpeg,

    /// <summary>Drawn by Word 2016 and later and LibreOffice from the SVG itself (the <c>asvg:svgBlip</c> extension), by older readers from a PNG stand-in.</summary>
    Svg,
}

/// <summary>
/// The size in pixels of a PNG, JPEG or SVG image, from its header (for an SVG, its root's width and height, else its
/// viewBox), to give the image its proportions in the document.
/// </summary>
internal static class ImageSize
{
    /// <summary>The size a browser gives an SVG that states none (CSS 2, replaced elements).</summary>
    private const int DefaultSvgWidth = 300;
    private const int DefaultSvgHeight = 150;

    /// <summary>The image's width, height and format, or null when the file is not a PNG, JPEG or SVG image it can read.</summary>
    public static (int Width, int Height, ImageFormat Format)? Of(string path)
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
            return (BinaryPrimitives.ReadInt32BigEndian(span[16..]), BinaryPrimitives.ReadInt32BigEndian(span[20..]), ImageFormat.Png);
        }

        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            return Svg(bytes);
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
                return (BinaryPrimitives.ReadUInt16BigEndian(span[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(span[(i + 5)..]), ImageFormat.Jpeg);
            }

            i += 2 + length;
        }

        return null;
    }

    /// <summary>An SVG's size: its root's width and height in pixels (or without unit), else its viewBox, else a browser's default.</summary>
    private static (int, int, ImageFormat)? Svg(byte[] bytes)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg")
            {
                return null;
            }

            var viewBox = (reader.GetAttribute("viewBox") ?? string.Empty).Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            var (boxWidth, boxHeight) = viewBox.Length == 4 && Pixels(viewBox[2]) is { } w && Pixels(viewBox[3]) is { } h ? (w, h) : (0, 0);
            var width = Pixels(reader.GetAttribute("width"));
            var height = Pixels(reader.GetAttribute("height"));
            return (width, height, boxWidth, boxHeight) switch
            {
                ({ } both, { } and, _, _) => (both, and, ImageFormat.Svg),
                ({ } only, null, > 0, > 0) => (only, only * boxHeight / boxWidth, ImageFormat.Svg),
                (null, { } only, > 0, > 0) => (only * boxWidth / boxHeight, only, ImageFormat.Svg),
                (null, null, > 0, > 0) => (boxWidth, boxHeight, ImageFormat.Svg),
                _ => (DefaultSvgWidth, DefaultSvgHeight, ImageFormat.Svg),
            };
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>A length in pixels, written without unit or in px; null for another unit (a percentage, em) or none.</summary>
    private static int? Pixels(string? length)
    {
        var number = length?.Trim() is { } text && text.EndsWith("px", StringComparison.Ordinal) ? text[..^2] : length;
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 1
            ? (int)Math.Round(Math.Min(value, 100_000))
            : null;
    }
}
