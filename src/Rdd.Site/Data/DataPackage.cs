using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rdd.Domain;
using Rdd.Domain.Reports;

namespace Rdd.Site.Data;

/// <summary>
/// The <c>datapackage.json</c> that describes the other data files (Frictionless Data Package, version 1:
/// https://specs.frictionlessdata.io/data-package/): each file as a resource with its path, format, media type,
/// encoding, size and SHA-256 hash; each CSV file as a tabular data resource with its dialect (« ; », CRLF) and its
/// Table Schema (the columns' names, types and descriptions, the decimal comma, no group separator, empty cells as
/// missing values). It is built from the files' <see cref="DataFile.Columns"/>, so a new CSV file only has to
/// declare its columns.
/// </summary>
public static class DataPackage
{
    /// <summary>The file name, which data portals and Frictionless tools look for.</summary>
    public const string FileName = "datapackage.json";

    /// <summary>The value of <see cref="DataFile.Format"/> for the Data Package.</summary>
    public const string Format = "JSON (Data Package)";

    /// <summary>The only missing value of the CSV files: an empty cell (an amount not given is never written as 0).</summary>
    public static readonly IReadOnlyList<string> MissingValues = [string.Empty];

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Builds the Data Package of some data files.</summary>
    /// <param name="report">The report the files come from.</param>
    /// <param name="licence">The licence of the data, as site.yml names it.</param>
    /// <param name="files">The files it describes (a Data Package among them is left out).</param>
    /// <param name="homepage">The public address of the data page, when known.</param>
    /// <returns>The <c>datapackage.json</c> file.</returns>
    public static DataFile Build(Report report, string licence, IReadOnlyList<DataFile> files, string? homepage = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(licence);
        ArgumentNullException.ThrowIfNull(files);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("profile", "data-package");
            json.WriteString("name", $"rapport-developpement-durable-{Codes.Slugify(report.Authority.Name)}-{Year(report.Year)}");
            json.WriteString("title", $"{report.Title}\u00a0: données ouvertes");
            json.WriteString("description",
                $"Les données ouvertes du rapport sur la situation en matière de développement durable de l'année {Year(report.Year)}. Collectivité\u00a0: {report.Authority.Name}.");
            if (homepage is not null)
            {
                json.WriteString("homepage", homepage);
            }

            json.WriteStartArray("keywords");
            foreach (var keyword in (string[])["développement durable", "rapport développement durable", "collectivité territoriale", Year(report.Year)])
            {
                json.WriteStringValue(keyword);
            }

            json.WriteEndArray();
            json.WriteStartArray("licenses");
            WriteLicence(json, licence);
            json.WriteEndArray();
            json.WriteStartArray("contributors");
            WritePublisher(json, report.Authority);
            json.WriteEndArray();
            json.WriteStartArray("resources");
            foreach (var file in files.Where(f => f.Name != FileName))
            {
                WriteResource(json, file);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return new DataFile(FileName, Format, "La description des fichiers",
            "La description normalisée des fichiers ci-dessus, au format Data Package de Frictionless Data\u00a0: pour chaque fichier, son format, son encodage, sa taille et son empreinte SHA-256\u00a0; pour chaque fichier CSV, son séparateur et le schéma de ses colonnes (nom, type, description, virgule décimale, cellules vides). Les outils de données ouvertes le lisent pour charger et vérifier les fichiers sans réglage.",
            [], stream.ToArray());
    }

    /// <summary>
    /// The licence: an SPDX or Open Definition identifier and the licence's address for the licences data.gouv.fr
    /// offers; otherwise a name made from its text, which is kept as the title.
    /// </summary>
    private static void WriteLicence(Utf8JsonWriter json, string licence)
    {
        var text = Codes.Normalize(licence).Replace('-', ' ').Replace('_', ' ');
        (string Name, string Path)? known =
            (text.Contains("etalab", StringComparison.Ordinal) || text.Contains("licence ouverte", StringComparison.Ordinal) || text.Contains("open licence", StringComparison.Ordinal))
                && text.Contains('2') ? ("etalab-2.0", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/")
            : text.Contains("odbl", StringComparison.Ordinal) ? ("ODbL-1.0", "https://opendatacommons.org/licenses/odbl/1-0/")
            : text.Contains("cc0", StringComparison.Ordinal) ? ("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/")
            : text.Contains("cc by sa", StringComparison.Ordinal) ? ("CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/")
            : text.Contains("cc by", StringComparison.Ordinal) ? ("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/")
            : null;
        json.WriteStartObject();
        json.WriteString("name", known?.Name ?? Codes.Slugify(licence));
        if (known is { } k)
        {
            json.WriteString("path", k.Path);
        }

        json.WriteString("title", licence);
        json.WriteEndObject();
    }

    /// <summary>The publisher, with its SIREN and SIRET (custom properties) when site.yml gives them.</summary>
    private static void WritePublisher(Utf8JsonWriter json, Authority authority)
    {
        json.WriteStartObject();
        json.WriteString("title", authority.Name);
        json.WriteString("role", "publisher");
        json.WriteString("organization", authority.Name);
        if (authority.Siren is { } siren)
        {
            json.WriteString("siren", siren);
        }

        if (authority.Siret is { } siret)
        {
            json.WriteString("siret", siret);
        }

        json.WriteEndObject();
    }

    private static void WriteResource(Utf8JsonWriter json, DataFile file)
    {
        var extension = Path.GetExtension(file.Name).TrimStart('.').ToLowerInvariant();
        var csv = extension == "csv";
        json.WriteStartObject();
        if (csv)
        {
            json.WriteString("profile", "tabular-data-resource");
        }

        json.WriteString("name", ResourceName(file.Name));
        json.WriteString("path", file.Name);
        json.WriteString("title", file.Title);
        json.WriteString("description", file.Description);
        json.WriteString("format", extension);
        json.WriteString("mediatype", csv ? "text/csv" : file.Name.EndsWith(".schema.json", StringComparison.Ordinal) ? "application/schema+json" : "application/json");
        json.WriteString("encoding", "utf-8");
        json.WriteNumber("bytes", file.Bytes.Length);
        json.WriteString("hash", "sha256:" + Convert.ToHexStringLower(SHA256.HashData(file.Bytes)));
        if (csv)
        {
            json.WriteStartObject("dialect");
            json.WriteString("delimiter", ";");
            json.WriteString("lineTerminator", "\r\n");
            json.WriteString("quoteChar", "\"");
            json.WriteBoolean("doubleQuote", true);
            json.WriteBoolean("header", true);
            json.WriteEndObject();
            WriteSchema(json, file.Columns);
        }

        json.WriteEndObject();
    }

    /// <summary>A resource name: lower case letters, digits, « - », « . » and « _ » (the file name without its extension, dots as dashes).</summary>
    /// <param name="fileName">The file name.</param>
    /// <returns>The name.</returns>
    public static string ResourceName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return Codes.Slugify(Path.GetFileNameWithoutExtension(fileName).Replace('.', '-'));
    }

    private static void WriteSchema(Utf8JsonWriter json, IReadOnlyList<DataColumn> columns)
    {
        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var column in columns)
        {
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            json.WriteString("type", column.Type);
            json.WriteString("description", column.Description);
            switch (column.Type)
            {
                case DataTypes.Number:
                    json.WriteString("decimalChar", ",");
                    json.WriteString("groupChar", string.Empty);
                    break;
                case DataTypes.YesNo:
                    json.WriteStartArray("trueValues");
                    json.WriteStringValue("oui");
                    json.WriteEndArray();
                    json.WriteStartArray("falseValues");
                    json.WriteStringValue("non");
                    json.WriteEndArray();
                    break;
            }

            WriteConstraints(json, column);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("missingValues");
        foreach (var missing in MissingValues)
        {
            json.WriteStringValue(missing);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The field's constraints (required, the values it takes, its pattern), when it has any.</summary>
    private static void WriteConstraints(Utf8JsonWriter json, DataColumn column)
    {
        if (!column.Required && column.Choices is null && column.Pattern is null)
        {
            return;
        }

        json.WriteStartObject("constraints");
        if (column.Required)
        {
            json.WriteBoolean("required", true);
        }

        if (column.Choices is { } choices)
        {
            json.WriteStartArray("enum");
            // In the field's logical type: numbers for an integer column.
            foreach (var choice in choices)
            {
                if (column.Type == DataTypes.Integer)
                {
                    json.WriteNumberValue(int.Parse(choice, System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    json.WriteStringValue(choice);
                }
            }

            json.WriteEndArray();
        }

        if (column.Pattern is { } pattern)
        {
            json.WriteString("pattern", pattern);
        }

        json.WriteEndObject();
    }

    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
