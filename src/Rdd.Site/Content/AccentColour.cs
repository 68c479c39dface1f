using System.Globalization;

namespace Rdd.Site.Content;

/// <summary>
/// An sRGB colour « #rrggbb » and its contrast with white, computed as WCAG 2.x defines it (relative luminance,
/// https://www.w3.org/TR/WCAG21/#dfn-relative-luminance).
/// </summary>
/// <param name="Red">Red, 0–255.</param>
/// <param name="Green">Green, 0–255.</param>
/// <param name="Blue">Blue, 0–255.</param>
public readonly record struct AccentColour(byte Red, byte Green, byte Blue)
{
    /// <summary>The contrast an accent colour needs against white: 4.5:1 (WCAG 1.4.3 AA for normal text).</summary>
    public const double MinimumContrast = 4.5;

    /// <summary>The culture of the messages (decimal comma).</summary>
    public static CultureInfo French { get; } = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The relative luminance, 0 (black) to 1 (white).</summary>
    public double Luminance => (0.2126 * Linear(Red)) + (0.7152 * Linear(Green)) + (0.0722 * Linear(Blue));

    /// <summary>The contrast ratio with white, 1 to 21.</summary>
    public double ContrastWithWhite => 1.05 / (Luminance + 0.05);

    /// <summary>Reads « #rrggbb » (either case); nothing else.</summary>
    /// <param name="text">The text.</param>
    /// <param name="colour">The colour.</param>
    /// <returns>True when <paramref name="text"/> is a colour.</returns>
    public static bool TryParse(string? text, out AccentColour colour)
    {
        colour = default;
        if (text is not { Length: 7 } || text[0] != '#' || !text.Skip(1).All(char.IsAsciiHexDigit))
        {
            return false;
        }

        var value = int.Parse(text.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        colour = new AccentColour((byte)(value >> 16), (byte)(value >> 8), (byte)value);
        return true;
    }

    /// <summary>
    /// The lightest colour of the same hue, as a mix of this colour with black, that reaches <paramref name="contrast"/>
    /// against white.
    /// </summary>
    /// <param name="contrast">The contrast to reach.</param>
    /// <returns>This colour when it is dark enough, else a darker one.</returns>
    public AccentColour DarkenedToContrast(double contrast)
    {
        for (var keep = 100; keep >= 0; keep--)
        {
            var candidate = new AccentColour(Scale(Red, keep), Scale(Green, keep), Scale(Blue, keep));
            if (candidate.ContrastWithWhite >= contrast)
            {
                return candidate;
            }
        }

        return new AccentColour(0, 0, 0);
    }

    /// <summary>A ratio rounded down to two decimals, so that a colour just under the threshold never reads « 4,50 ».</summary>
    /// <param name="ratio">The ratio.</param>
    /// <returns>The ratio, floored.</returns>
    public static double Floor(double ratio) => Math.Floor(ratio * 100) / 100;

    /// <summary>« #rrggbb », lower case.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{Red:x2}{Green:x2}{Blue:x2}");

    private static byte Scale(byte channel, int percent) => (byte)(channel * percent / 100);

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
