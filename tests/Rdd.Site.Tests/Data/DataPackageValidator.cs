using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rdd.Site.Data;

namespace Rdd.Site.Tests.Data;

/// <summary>
/// Checks a Data Package against the files it describes, as a Frictionless reader would use it: the metadata the
/// specification requires (profile, name, licences, resources with path, format, media type, encoding), each file's
/// size and hash, and for each CSV file its Table Schema: the header holds the fields in order, and every cell parses
/// in its field's type (decimal comma, oui/non, missing values) and meets its constraints. A structural check: the
/// published Frictionless JSON schemas are draft-04, which the test's JSON Schema library does not read.
/// </summary>
internal static partial class DataPackageValidator
{
    [GeneratedRegex("^[a-z0-9._-]+$")]
    private static partial Regex NamePattern();

    /// <summary>Every problem found, empty when the package and its files agree.</summary>
    public static IReadOnlyList<string> Problems(byte[] package, IReadOnlyDictionary<string, byte[]> files)
    {
        var problems = new List<string>();
        using var json = JsonDocument.Parse(package);
        var root = json.RootElement;
        Require(root, "profile", problems, "package");
        if (Text(root, "name") is not { } name || !NamePattern().IsMatch(name))
        {
            problems.Add($"package: name « {Text(root, "name")} » missing or not lower case letters, digits, « . », « _ », « - »");
        }

        Require(root, "title", problems, "package");
        if (!root.TryGetProperty("licenses", out var licences) || licences.GetArrayLength() == 0)
        {
            problems.Add("package: no licence");
        }
        else
        {
            foreach (var licence in licences.EnumerateArray())
            {
                if (Text(licence, "name") is null && Text(licence, "path") is null)
                {
                    problems.Add("package: a licence has neither name nor path");
                }
            }
        }

        if (!root.TryGetProperty("resources", out var resources) || resources.GetArrayLength() == 0)
        {
            problems.Add("package: no resource");
            return problems;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in resources.EnumerateArray())
        {
            var path = Text(resource, "path") ?? string.Empty;
            var where = $"resource « {path} »";
            if (Text(resource, "name") is not { } resourceName || !NamePattern().IsMatch(resourceName) || !names.Add(resourceName))
            {
                problems.Add($"{where}: name missing, malformed or not unique");
            }

            foreach (var key in new[] { "format", "mediatype", "encoding", "title", "description" })
            {
                Require(resource, key, problems, where);
            }

            if (!files.TryGetValue(path, out var bytes))
            {
                problems.Add($"{where}: no such file");
                continue;
            }

            if (!resource.TryGetProperty("bytes", out var size) || size.GetInt64() != bytes.Length)
            {
                problems.Add($"{where}: bytes differs from the file's size {bytes.Length}");
            }

            if (Text(resource, "hash") != "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)))
            {
                problems.Add($"{where}: hash differs from the file's SHA-256");
            }

            if (Text(resource, "format") == "csv")
            {
                CheckTable(resource, bytes, where, problems);
            }
        }

        return problems;
    }

    private static void CheckTable(JsonElement resource, byte[] bytes, string where, List<string> problems)
    {
        if (Text(resource, "profile") != "tabular-data-resource" || Text(resource, "mediatype") != "text/csv")
        {
            problems.Add($"{where}: not declared a tabular data resource in text/csv");
        }

        if (!resource.TryGetProperty("dialect", out var dialect) || Text(dialect, "delimiter") != ";" || !dialect.GetProperty("header").GetBoolean())
        {
            problems.Add($"{where}: the dialect does not say « ; » and a header row");
        }

        if (!resource.TryGetProperty("schema", out var schema) || !schema.TryGetProperty("fields", out var fieldsJson))
        {
            problems.Add($"{where}: no Table Schema");
            return;
        }

        var missing = schema.TryGetProperty("missingValues", out var m) ? m.EnumerateArray().Select(v => v.GetString()!).ToHashSet(StringComparer.Ordinal) : [string.Empty];
        var fields = fieldsJson.EnumerateArray().ToList();
        var rows = Csv.Parse(bytes);
        var header = rows[0];
        var names = fields.Select(f => Text(f, "name")).ToList();
        if (!names.SequenceEqual(header))
        {
            problems.Add($"{where}: the header « {string.Join(';', header)} » is not the schema's fields « {string.Join(';', names)} » in order");
            return;
        }

        foreach (var field in fields)
        {
            if (Text(field, "type") is null || Text(field, "description") is null)
            {
                problems.Add($"{where}: field « {Text(field, "name")} » has no type or no description");
            }
        }

        for (var r = 1; r < rows.Count; r++)
        {
            if (rows[r].Count != fields.Count)
            {
                problems.Add($"{where}, row {r}: {rows[r].Count} cells for {fields.Count} fields");
                continue;
            }

            for (var c = 0; c < fields.Count; c++)
            {
                if (CellProblem(fields[c], rows[r][c], missing) is { } problem)
                {
                    problems.Add($"{where}, row {r}, column « {names[c]} »: « {rows[r][c]} » {problem}");
                }
            }
        }
    }

    private static string? CellProblem(JsonElement field, string cell, HashSet<string> missing)
    {
        var constraints = field.TryGetProperty("constraints", out var c) ? c : default;
        var hasConstraints = constraints.ValueKind == JsonValueKind.Object;
        if (missing.Contains(cell))
        {
            return hasConstraints && constraints.TryGetProperty("required", out var required) && required.GetBoolean() ? "is missing in a required field" : null;
        }

        object? value;
        switch (Text(field, "type"))
        {
            case "string":
                value = cell;
                break;
            case "integer":
                value = long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) ? integer : null;
                break;
            case "year":
                value = cell.Length == 4 && int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
                break;
            case "number":
                var decimalChar = Text(field, "decimalChar") ?? ".";
                var groupChar = Text(field, "groupChar") ?? string.Empty;
                var text = groupChar.Length > 0 ? cell.Replace(groupChar, string.Empty, StringComparison.Ordinal) : cell;
                value = decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, new NumberFormatInfo { NumberDecimalSeparator = decimalChar, NegativeSign = "-" }, out var number) ? number : null;
                break;
            case "boolean":
                var trueValues = Strings(field, "trueValues") ?? ["true", "True", "TRUE", "1"];
                var falseValues = Strings(field, "falseValues") ?? ["false", "False", "FALSE", "0"];
                value = trueValues.Contains(cell) ? true : falseValues.Contains(cell) ? false : null;
                break;
            default:
                return $"has the type « {Text(field, "type")} », which this check does not know";
        }

        if (value is null)
        {
            return $"does not parse as {Text(field, "type")}";
        }

        if (hasConstraints && constraints.TryGetProperty("enum", out var choices)
            && !choices.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Number ? value is long l && e.GetInt64() == l : e.GetString() == cell))
        {
            return "is not one of the enum's values";
        }

        if (hasConstraints && constraints.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(cell, pattern.GetString()!))
        {
            return $"does not match the pattern {pattern.GetString()}";
        }

        return null;
    }

    private static string[]? Strings(JsonElement element, string key) =>
        element.TryGetProperty(key, out var array) ? array.EnumerateArray().Select(v => v.GetString()!).ToArray() : null;

    private static string? Text(JsonElement element, string key) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void Require(JsonElement element, string key, List<string> problems, string where)
    {
        if (string.IsNullOrEmpty(Text(element, key)))
        {
            problems.Add($"{where}: « {key} » missing");
        }
    }
}
