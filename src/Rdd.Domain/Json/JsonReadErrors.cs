using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rdd.Domain.Validation;

namespace Rdd.Domain.Json;

/// <summary>Turns the serializer's exceptions into French messages and 1-based locations.</summary>
/// <remarks>
/// System.Text.Json reports in English and in bytes. The message kinds are recognised from the exception's type and
/// message, which is brittle across runtime versions; what is not recognised keeps the English detail, so nothing is lost.
/// </remarks>
internal static partial class JsonReadErrors
{
    /// <summary>A French account of what went wrong.</summary>
    /// <param name="exception">The exception the serializer or the model threw.</param>
    /// <returns>The message, without the location.</returns>
    internal static string Describe(Exception exception)
    {
        var where = exception is JsonException { Path: { Length: > 0 } path } ? $" (à l'emplacement {path})" : string.Empty;
        var message = exception.Message;
        if (UnmappedProperty().Match(message) is { Success: true } unmapped)
        {
            return $"la propriété « {unmapped.Groups[1].Value} » n'existe pas à cet endroit{where} ; vérifiez son orthographe ou consultez rapport.schema.json.";
        }

        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            return $"propriété obligatoire manquante : {Detail(missing.Groups[1].Value)}{where}.";
        }

        if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return $"une propriété apparaît deux fois{where}.";
        }

        if (exception.InnerException is JsonException reader)
        {
            // JsonReaderException, internal to System.Text.Json: the text itself is not JSON.
            return $"le texte n'est pas du JSON bien formé{where} ({Detail(reader.Message)}).";
        }

        if (message.Contains("null value", StringComparison.Ordinal) || message.Contains("non-nullable", StringComparison.Ordinal))
        {
            return $"valeur null interdite{where} ; omettez la propriété si elle est facultative.";
        }

        if (exception.InnerException is NodaTime.Text.UnparsableValueException date)
        {
            return $"date invalide{where} : une date s'écrit AAAA-MM-JJ, par exemple 2025-01-31 ({Detail(date.Message)}).";
        }

        if (exception.InnerException is FormatException or OverflowException)
        {
            return $"nombre mal écrit ou hors des limites admises{where}.";
        }

        if (exception.InnerException is { } inner and not InvalidOperationException)
        {
            return $"valeur invalide{where} ({Detail(inner.Message)}).";
        }

        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal) || exception.InnerException is InvalidOperationException)
        {
            return $"la valeur n'a pas le type attendu{where} ; rapport.schema.json donne le type de chaque propriété.";
        }

        if (exception is JsonException { InnerException: null } && !message.StartsWith("The ", StringComparison.Ordinal))
        {
            // Written by this library's converters, in French.
            return $"{Detail(message)}{where}.";
        }

        return $"valeur invalide{where} ({Detail(message)}).";
    }

    /// <summary>A message of the serializer without its English location suffix and final period.</summary>
    private static string Detail(string message) =>
        message.Split([" LineNumber:", " Path:"], 2, StringSplitOptions.None)[0].Trim().TrimEnd('.', ' ');

    /// <summary>The 1-based line and column of the error, in characters, and its JSON path, when the exception gives them.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="utf8Json">The JSON read, to turn the byte position into a character column.</param>
    /// <param name="path">The file's path.</param>
    /// <returns>The location, or null when neither a path nor a line is known.</returns>
    internal static SourceLocation? Locate(Exception exception, ReadOnlySpan<byte> utf8Json, string? path)
    {
        if (exception is not JsonException { LineNumber: { } line } json)
        {
            return path is null ? null : new SourceLocation(path);
        }

        var bytes = json.BytePositionInLine ?? 0;
        return new SourceLocation(path ?? string.Empty, checked((int)line + 1), CharacterColumn(utf8Json, line, bytes) + 1)
        {
            JsonPath = string.IsNullOrEmpty(json.Path) ? null : json.Path,
        };
    }

    private static int CharacterColumn(ReadOnlySpan<byte> utf8Json, long line, long bytePosition)
    {
        var start = 0;
        for (var i = 0L; i < line; i++)
        {
            var next = utf8Json[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return (int)bytePosition;
            }

            start += next + 1;
        }

        var length = (int)Math.Min(bytePosition, utf8Json.Length - start);
        return Encoding.UTF8.GetCharCount(utf8Json.Slice(start, length));
    }

    [GeneratedRegex("The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex("missing required properties including: (.*)$", RegexOptions.Singleline)]
    private static partial Regex MissingRequired();
}
