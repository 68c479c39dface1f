using Rdd.Site.Content;

namespace Rdd.Site.Cli;

/// <summary><c>rdd check [CONTENT_DIR] [--format text|json|github]</c>: reads and validates the content, prints diagnostics.</summary>
internal static class CheckCommand
{
    public const string Usage = "rdd check [DOSSIER] [--format text|json|github] [--extension A.dll,B.dll]";

    public static int Run(Arguments args, Console console)
    {
        var format = args.Option("format", "f") ?? "text";
        if (format is not ("text" or "json" or "github"))
        {
            return console.UsageError($"Format inconnu « {format} » : text, json ou github.", Usage);
        }

        if (args.Positional.Count > 1)
        {
            return console.UsageError("Un seul dossier de contenu est attendu.", Usage);
        }

        var root = args.Positional.Count == 1 ? args.Positional[0] : "content";
        var check = ContentChecker.Check(root, null, Arguments.List(args.Option("extension")));
        switch (format)
        {
            case "json":
                DiagnosticWriter.WriteJson(console.OpenStandardOutput(), root, check.Result);
                break;
            case "github":
                DiagnosticWriter.WriteGitHub(console.Out, root, check.Result.Diagnostics);
                console.Out.WriteLine(Summary(check));
                break;
            default:
                DiagnosticWriter.WriteText(console.Out, root, check.Result.Diagnostics);
                console.Out.WriteLine(Summary(check));
                break;
        }

        return check.Success ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    private static string Summary(CheckResult check)
    {
        var years = check.Content.Years.Count == 0 ? "aucun rapport lu" : string.Join(", ", check.Content.Years.Select(y => y.Folder));
        var verdict = check.Success ? "Contenu valide" : "Contenu à corriger";
        return $"{verdict} ({years}) : {DiagnosticWriter.Summary(check.Result)}";
    }
}
