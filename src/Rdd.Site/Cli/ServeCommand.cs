using System.Globalization;
using Rdd.Site.Serve;

namespace Rdd.Site.Cli;

/// <summary><c>rdd serve [CONTENT_DIR] [--port N]</c>: previews the site on 127.0.0.1, rebuilding and reloading on change.</summary>
internal static class ServeCommand
{
    public const string Usage = "rdd serve [DOSSIER] [--port N]";

    public static int Run(Arguments args, Console console)
    {
        var root = args.Positional.Count == 1 ? args.Positional[0] : "content";
        var portText = args.Option("port", "p") ?? "8080";
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            return console.UsageError($"Port invalide « {portText} » : un nombre de 0 à 65535.", Usage);
        }

        if (!Directory.Exists(root))
        {
            return console.UsageError($"Le dossier de contenu « {root} » n'existe pas.", Usage);
        }

        return RunAsync(root, port, console).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(string root, int port, Console console)
    {
        await using var server = new PreviewServer(root, console.Out);
        try
        {
            await server.StartAsync(port).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            console.Error.WriteLine($"rdd : impossible d'écouter sur le port {port} : {e.Message} Essayez --port 0 pour un port libre.");
            return ExitCodes.ContentErrors;
        }

        console.Out.WriteLine($"Aperçu : {server.Address} — modifiez un fichier du contenu, la page ouverte se recharge. Ctrl+C pour arrêter.");
        await StopSignal.WaitAsync().ConfigureAwait(false);
        console.Out.WriteLine("Aperçu arrêté.");
        return ExitCodes.Success;
    }
}
