using Rdd.Site.Docs;
using Rdd.Site.Text;

namespace Rdd.Site.Cli;

/// <summary><c>rdd docs [-o docs]</c> (not in the help: for the developers of Rdd): regenerates the reference pages of docs/.</summary>
internal static class DocsCommand
{
    public const string Usage = "rdd docs [-o DOSSIER]";

    public static int Run(Arguments args, Console console)
    {
        if (args.Positional.Count > 0)
        {
            return console.UsageError("La commande docs ne prend pas de dossier de contenu.", Usage);
        }

        var output = args.Option("o", "output") ?? "docs";
        var changed = ReferenceDocs.Write(output);
        console.Out.WriteLine($"{FrenchCount.Of(changed, "fichier de documentation mis", "fichiers de documentation mis")} à jour dans {output.Replace('\\', '/')}.");
        return ExitCodes.Success;
    }
}
