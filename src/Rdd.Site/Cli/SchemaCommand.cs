using Rdd.Site.Content;
using Rdd.Site.Text;

namespace Rdd.Site.Cli;

/// <summary><c>rdd schema</c>: prints the JSON Schema of the report; with <c>--contenu</c>, writes the schemas of the content's YAML files.</summary>
internal static class SchemaCommand
{
    public const string Usage = "rdd schema [--contenu [DOSSIER]]";

    public static int Run(Arguments args, Console console)
    {
        if (args.Flag("contenu", "content"))
        {
            var root = args.Positional.Count > 0 ? args.Positional[0] : "content";
            if (!Directory.Exists(root))
            {
                return console.UsageError($"Le dossier de contenu « {root} » n'existe pas.", Usage);
            }

            var folder = Path.Combine(root, "schemas");
            var written = ContentSchemas.Write(folder);
            console.Out.WriteLine($"{FrenchCount.Of(written, "schéma mis", "schémas mis")} à jour dans {folder.Replace('\\', '/')}.");
            return ExitCodes.Success;
        }

        console.Out.Write(ReportSchema.Text);
        return ExitCodes.Success;
    }
}
