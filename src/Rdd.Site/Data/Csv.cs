using System.Globalization;
using System.Text;

namespace Rdd.Site.Data;

/// <summary>
/// Writes CSV the way French spreadsheet users open it without a wizard: UTF-8 with a byte-order mark, « ; » as
/// separator, decimal commas, CRLF line ends (RFC 4180), fields quoted when they hold a separator, quote or line end.
/// </summary>
public sealed class Csv
{
    private static readonly NumberFormatInfo Decimal = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = string.Empty, NegativeSign = "-" };

    private readonly StringBuilder _text = new();

    /// <summary>Creates a CSV file with its header row.</summary>
    /// <param name="columns">The column names.</param>
    public Csv(IEnumerable<string> columns) => Row(columns);

    /// <summary>Adds a row.</summary>
    /// <param name="cells">The cells, already formatted.</param>
    /// <returns>This file.</returns>
    public Csv Row(IEnumerable<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                _text.Append(';');
            }

            first = false;
            AppendQuoted(cell ?? string.Empty);
        }

        _text.Append("\r\n");
        return this;
    }

    /// <summary>Formats a number with a decimal comma and no thousands separator (« 2,4 », « 7737580 »).</summary>
    /// <param name="value">The number, or null for an empty cell.</param>
    /// <returns>The cell.</returns>
    public static string Number(decimal? value) => value?.ToString("0.##########", Decimal) ?? string.Empty;

    /// <summary>The file's bytes: UTF-8 with byte-order mark.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToBytes()
    {
        // Encoded once, into the final array after the byte-order mark (not into an array then copied after it).
        var text = _text.ToString();
        var preamble = Encoding.UTF8.Preamble;
        var bytes = new byte[preamble.Length + Encoding.UTF8.GetByteCount(text)];
        preamble.CopyTo(bytes);
        Encoding.UTF8.GetBytes(text, bytes.AsSpan(preamble.Length));
        return bytes;
    }

    /// <summary>Reads a CSV file written by <see cref="Csv"/> back into rows (header first).</summary>
    /// <param name="bytes">The file.</param>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<IReadOnlyList<string>> Parse(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var text = Encoding.UTF8.GetString(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes[3..] : bytes);
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ';')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Reads a number written by <see cref="Number"/>.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The number, or null for an empty cell.</returns>
    public static decimal? ParseNumber(string cell) =>
        string.IsNullOrEmpty(cell) ? null : decimal.Parse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Decimal);

    private void AppendQuoted(string text)
    {
        if (text.AsSpan().IndexOfAny(";\"\r\n") < 0)
        {
            _text.Append(text);
            return;
        }

        _text.Append('"');
        foreach (var c in text)
        {
            _text.Append(c);
            if (c == '"')
            {
                _text.Append('"');
            }
        }

        _text.Append('"');
    }
}
