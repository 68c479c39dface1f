using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Rdd.Site.Content.Editing;

/// <summary>
/// Writes a value as a YAML scalar with the quoting it needs to read back as the same string: plain when it can,
/// double quotes otherwise (single quotes when the value replaced was written so).
/// </summary>
internal static partial class YamlScalars
{
    /// <summary>
    /// A text that YAML 1.1 or 1.2 would read as something else than a string when written plain: nothing, a boolean
    /// (« yes », « off »), a number (« 1_000 », « 0x1F », « .5 », « 1e3 », the base-60 « 12:30 »), a date, or the
    /// merge and value keys. Tools that read the file with either version then agree with Rdd that it is a text.
    /// </summary>
    [GeneratedRegex(@"^(~|null|Null|NULL|[yYnN]|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|<<|=|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+)|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])*(\.[0-9_]*)?([eE][-+]?[0-9]+)?|[-+]?\.[0-9][0-9_]*([eE][-+]?[0-9]+)?|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex NotAString();

    /// <summary>The characters that cannot begin a plain scalar (YAML 1.2, § 7.3.3).</summary>
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    /// <summary>The characters that end a plain scalar inside a flow collection (« [a, b] »).</summary>
    private const string FlowIndicators = ",[]{}";

    /// <summary>A text value, quoted when YAML would read it plain as something else or could not read it plain at all.</summary>
    /// <param name="value">The text.</param>
    /// <param name="inFlow">Whether the scalar stands inside « [ ] » or « { } ».</param>
    /// <param name="singleQuoted">Whether the value replaced was single-quoted: its style is kept when quotes are needed.</param>
    /// <returns>The scalar as it is written in the file.</returns>
    public static string Text(string value, bool inFlow = false, bool singleQuoted = false) =>
        CanBePlain(value, inFlow) && !NotAString().IsMatch(value) ? value : Quoted(value, singleQuoted);

    /// <summary>
    /// A number, a date or an amount (« non communiqué »), written plain when it reads back as itself; quoted otherwise,
    /// so that the loader reports the value the author typed, at its field, instead of the file not being YAML.
    /// </summary>
    /// <param name="value">The value as the author typed it.</param>
    /// <param name="inFlow">Whether the scalar stands inside « [ ] » or « { } ».</param>
    /// <returns>The scalar as it is written in the file.</returns>
    public static string Typed(string value, bool inFlow = false) =>
        CanBePlain(value, inFlow) && !IsNullWord(value) ? value : Quoted(value, singleQuoted: false);

    /// <summary>Whether a multi-line text can be written as a literal block (« | »): its first line does not start with a space and it holds no control character.</summary>
    public static bool CanBeLiteral(string value) =>
        value.Contains('\n', StringComparison.Ordinal) && value[0] is not (' ' or '\t' or '\n') && value.All(c => c is '\n' || !IsSpecial(c))
        && !value.EndsWith("\n\n", StringComparison.Ordinal);

    private static bool IsNullWord(string value) => value is "~" or "null" or "Null" or "NULL";

    private static bool CanBePlain(string value, bool inFlow)
    {
        // « - », « ? » and « : » may begin a plain scalar when a character that is not a space follows (« -52 »).
        var indicator = Indicators.Contains(value.Length > 0 ? value[0] : ' ', StringComparison.Ordinal)
            && !(value.Length > 1 && value[0] is '-' or '?' or ':' && value[1] is not (' ' or '\t') && !(inFlow && FlowIndicators.Contains(value[1], StringComparison.Ordinal)));
        if (value.Length == 0 || value[0] is ' ' or '\t' || value[^1] is ' ' or '\t' or ':' || indicator)
        {
            return false;
        }

        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.Any(IsSpecial) || value.Contains('\t', StringComparison.Ordinal))
        {
            return false;
        }

        return !inFlow || value.IndexOfAny(FlowIndicators.ToCharArray()) < 0;
    }

    /// <summary>Characters a plain or single-quoted scalar cannot hold as they are: controls, breaks, the byte-order mark.</summary>
    private static bool IsSpecial(char c) => char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF';

    private static string Quoted(string value, bool singleQuoted)
    {
        if (singleQuoted && !value.Any(IsSpecial))
        {
            return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
        }

        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when IsSpecial(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
