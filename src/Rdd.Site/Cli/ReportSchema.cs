namespace Rdd.Site.Cli;

/// <summary>Interim: the report's JSON Schema is being written in Rdd.Domain.Json on another branch; this file is replaced when it lands.</summary>
internal static class ReportSchema
{
    public static string Text => "{}\n";
}
