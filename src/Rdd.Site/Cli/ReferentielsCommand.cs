using Rdd.Domain.Validation;
using Rdd.Site.Content;
using Rdd.Site.Extensions;
using Rdd.Site.Text;

namespace Rdd.Site.Cli;

/// <summary>
/// <c>rdd referentiels --extension A.dll -o DIR</c>: writes each taxonomy the extensions register as a file of
/// <c>strategie/</c> (<see cref="TaxonomyYaml"/>), for an authority that keeps a shared taxonomy as data rather than
/// loading the extension.
/// </summary>
internal static class ReferentielsCommand
{
    public const string Usage = "rdd referentiels --extension A.dll[,B.dll] -o DOSSIER";

    public static int Run(Arguments args, Console console)
    {
        var extensions = Arguments.List(args.Option("extension"));
        var output = args.Option("o", "output");
        if (extensions.Count == 0 || output is null || args.Positional.Count > 0)
        {
            return console.UsageError("Indiquez l'extension qui déclare les référentiels (--extension) et le dossier où les écrire (-o), par exemple -o content/2024/strategie.", Usage);
        }

        var loaded = ExtensionLoader.Load(".", [], extensions);
        var diagnostics = new List<Diagnostic>(loaded.Diagnostics);
        var taxonomies = loaded.Apply(ReportValidator.Default, diagnostics).Taxonomies;
        DiagnosticWriter.WriteText(console.Out, ".", diagnostics);
        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return ExitCodes.ContentErrors;
        }

        if (taxonomies.Count == 0)
        {
            console.Error.WriteLine($"rdd : {(extensions.Count == 1 ? "l'extension ne déclare" : "les extensions ne déclarent")} aucun référentiel.");
            return ExitCodes.ContentErrors;
        }

        var names = taxonomies.Select(t => t.Id + ".yml").ToList();
        try
        {
            Directory.CreateDirectory(output);
            foreach (var taxonomy in taxonomies)
            {
                File.WriteAllText(Path.Combine(output, taxonomy.Id + ".yml"), TaxonomyYaml.Write(taxonomy));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"rdd : impossible d'écrire dans « {output} » : {e.Message}");
            return ExitCodes.ContentErrors;
        }

        console.Out.WriteLine($"{FrenchCount.Of(names.Count, "référentiel écrit", "référentiels écrits")} dans {output.Replace('\\', '/')} : {string.Join(", ", names)}.");
        return ExitCodes.Success;
    }
}
