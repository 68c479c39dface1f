using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Rdd.Domain.Json;
using Rdd.Domain.Reports;
using Rdd.Domain.Tests.Generators;

namespace Rdd.Domain.Tests.Json;

/// <summary>The promises of the canonical form, checked on generated reports.</summary>
public class ReportJsonProperties
{
    [ReportProperty]
    public void Report_WrittenAndRead_IsEqual(Report report)
    {
        var result = ReportJson.Deserialize(ReportJson.Serialize(report));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(report, result.Report, ReportComparer.Structural);
    }

    [ReportProperty]
    public void HostileReport_WrittenAndRead_IsEqual(HostileReport hostile)
    {
        Assert.Equal(hostile.Report, ReportJson.Deserialize(ReportJson.Serialize(hostile.Report)).Report, ReportComparer.Structural);
    }

    /// <summary>
    /// "$schema" is spliced in front of the serialized report (for speed): the text is the one an indented writer
    /// gives for "$schema" followed by every property of the report, whatever the address.
    /// </summary>
    [ReportProperty]
    public void Serialize_WithSchema_IsTheReportWithSchemaWrittenFirst(HostileReport hostile)
    {
        foreach (var schema in new[] { "rapport.schema.json", "https://exemple.fr/schéma « 1 ».json?a=1&b=\"2\"", string.Empty })
        {
            var element = System.Text.Json.JsonSerializer.SerializeToElement(hostile.Report, ReportJson.ReportTypeInfo);
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = ReportJson.Options.Encoder }))
            {
                writer.WriteStartObject();
                writer.WriteString("$schema", schema);
                foreach (var property in element.EnumerateObject())
                {
                    property.WriteTo(writer);
                }

                writer.WriteEndObject();
            }

            Assert.Equal(Encoding.UTF8.GetString(buffer.WrittenSpan), ReportJson.Serialize(hostile.Report, schema));
            Assert.Equal(buffer.WrittenSpan.ToArray(), ReportJson.SerializeToUtf8Bytes(hostile.Report, schema));
        }
    }

    [ReportProperty]
    public void Json_ReadAndWritten_IsTheSameText(Report report)
    {
        var json = ReportJson.Serialize(report, "rapport.schema.json");

        Assert.Equal(json, ReportJson.Serialize(ReportJson.Deserialize(json).Report!, "rapport.schema.json"));
    }

    [ReportProperty]
    public void Serialize_EqualReports_GiveTheSameText(Report report)
    {
        var copy = ReportJson.Deserialize(ReportJson.Serialize(report)).Report!;

        Assert.NotSame(report, copy);
        Assert.Equal(ReportJson.Serialize(report), ReportJson.Serialize(copy));
        Assert.Equal(ReportJson.Serialize(report), ReportJson.Serialize(report with { }));
    }

    [ReportProperty]
    public void SerializedReport_SatisfiesTheSchema(Report report)
    {
        Assert.Empty(SchemaValidation.Errors(ReportJson.Serialize(report, ReportJson.SchemaId)));
    }

    [ReportProperty]
    public void SerializedHostileReport_SatisfiesTheSchema(HostileReport hostile)
    {
        Assert.Empty(SchemaValidation.Errors(ReportJson.Serialize(hostile.Report)));
    }

    [ReportProperty]
    public Property Deserialize_DamagedJson_NeverThrows(Report report)
    {
        var json = ReportJson.Serialize(report);
        var damage =
            from position in Gen.Choose(0, json.Length - 1)
            from kind in Gen.Choose(0, 3)
            from inserted in Gen.Elements("{", "}", "[", "]", ",", ":", "\"", "null", "1e999", "\"x\": 1,", "é", "\\", "-")
            select kind switch
            {
                0 => json[..position],
                1 => json.Remove(position, 1),
                2 => json.Insert(position, inserted),
                _ => json.Remove(position, 1).Insert(position, inserted),
            };

        return Prop.ForAll(Arb.From(damage), damaged =>
        {
            var result = ReportJson.Deserialize(Encoding.UTF8.GetBytes(damaged), "r.json");
            Assert.True(result.Success || result.Diagnostics.All(d => d.Code == "RDD1090"));
            Assert.Equal(result.Success, result.Report is not null);
        });
    }
}
