namespace Rdd.Site.Cli;

/// <summary>The JSON Schema of the report's canonical JSON form, as Rdd.Domain ships it.</summary>
internal static class ReportSchema
{
    public static string Text => Rdd.Domain.Json.ReportJson.Schema;
}
