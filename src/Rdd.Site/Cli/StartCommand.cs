using System.Globalization;
using System.Text;
using Rdd.Site.Serve;
using Rdd.Site.Serve.Welcome;

namespace Rdd.Site.Cli;

/// <summary>
/// <c>rdd</c> without a command — what a double-click on the downloaded rdd runs: serves the editor of the content
/// folder it finds (<see cref="ContentLocation"/>), or the welcome page « Créer le rapport » when there is none yet,
/// prints the address and opens it in the default browser, and stays until closed. Without a terminal (a
/// double-click in a file manager), its messages go to <c>rdd.log</c> beside the content folder.
/// </summary>
internal static class StartCommand
{
    public const string Usage = "rdd [DOSSIER] [--port N]";

    /// <summary>The port tried first when none is given, that of <c>rdd serve</c>; any free port when it is taken.</summary>
    private const int PreferredPort = 8080;

    /// <summary>The path of the editor on the server.</summary>
    private const string EditorPath = "edition/";

    public static int Run(Arguments args, Console console)
    {
        var given = args.Verb ?? (args.Positional.Count == 1 ? args.Positional[0] : null);
        if (args.Verb is not null && args.Positional.Count > 0 || args.Positional.Count > 1)
        {
            return console.UsageError("Un seul dossier de contenu est attendu.", Usage);
        }

        int? port = null;
        if (args.Option("port", "p") is { } portText)
        {
            if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 65535)
            {
                return console.UsageError($"Port invalide « {portText} » : un nombre de 0 à 65535.", Usage);
            }

            port = number;
        }

        var location = ContentLocation.Find(given, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        if (console.IsInteractive)
        {
            return RunAsync(location, port, console.Out, console.Error).GetAwaiter().GetResult();
        }

        // No terminal to read the messages: they go to a file beside the content, where the author can find them.
        StreamWriter log;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(location.LogFile)!);
            log = new StreamWriter(location.LogFile, append: true, new UTF8Encoding(false)) { AutoFlush = true };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return RunAsync(location, port, console.Out, console.Error).GetAwaiter().GetResult();
        }

        using (log)
        {
            log.WriteLine($"— {DateTime.Now.ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture)}");
            return RunAsync(location, port, log, log).GetAwaiter().GetResult();
        }
    }

    private static async Task<int> RunAsync(ContentLocation location, int? port, TextWriter output, TextWriter error)
    {
        Editor editor;
        try
        {
            editor = await Editor.StartAsync(location, port, output).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            error.WriteLine($"rdd : impossible d'écouter sur le port {port} : {e.Message} Essayez --port 0 pour un port libre.");
            return ExitCodes.ContentErrors;
        }

        await using (editor)
        {
            output.WriteLine(location.Exists
                ? $"Éditeur du rapport de {location.Root} : {editor.Address} — Ctrl+C ou fermer cette fenêtre pour arrêter."
                : $"Aucun rapport dans {location.Root} : la page {editor.Address} le crée. Ctrl+C ou fermer cette fenêtre pour arrêter.");
            if (Browser.IsEnabled(Environment.GetEnvironmentVariable) && !Browser.TryOpen(editor.Address))
            {
                output.WriteLine("Le navigateur n'a pas pu être ouvert : ouvrez l'adresse ci-dessus dans votre navigateur.");
            }

            await StopSignal.WaitAsync().ConfigureAwait(false);
        }

        output.WriteLine("Éditeur arrêté.");
        return ExitCodes.Success;
    }

    /// <summary>The running editor: the preview server of an existing content folder, or the welcome page that creates one and then starts it.</summary>
    internal sealed class Editor : IAsyncDisposable
    {
        private readonly WelcomeServer? _welcome;
        private PreviewServer? _preview;

        private Editor(WelcomeServer? welcome) => _welcome = welcome;

        /// <summary>The address to open: the editor's, or the welcome page's.</summary>
        public Uri Address { get; private set; } = null!;

        /// <summary>Starts serving.</summary>
        /// <param name="location">The content folder, existing or to be created.</param>
        /// <param name="port">The port asked for; null for <see cref="PreferredPort"/>, or any free one when it is taken.</param>
        /// <param name="log">Where the servers say what happens.</param>
        /// <returns>The running editor.</returns>
        /// <exception cref="IOException">The port asked for is taken.</exception>
        public static async Task<Editor> StartAsync(ContentLocation location, int? port, TextWriter log)
        {
            if (location.Exists)
            {
                var editor = new Editor(null);
                editor.Address = new Uri(await editor.StartPreviewAsync(location.Root, port, log).ConfigureAwait(false), EditorPath);
                return editor;
            }

            Editor? created = null;
            var welcome = new WelcomeServer(location.Root, root => created!.StartPreviewAsync(root, 0, log), log);
            created = new Editor(welcome);
            await OnPortAsync(port, welcome.StartAsync).ConfigureAwait(false);
            created.Address = welcome.Address!;
            return created;
        }

        /// <summary>Starts the preview server, with its editor, on <paramref name="root"/>; returns its address.</summary>
        private async Task<Uri> StartPreviewAsync(string root, int? port, TextWriter log)
        {
            _preview = new PreviewServer(root, log);
            await OnPortAsync(port, p => _preview.StartAsync(p)).ConfigureAwait(false);
            return _preview.Address!;
        }

        /// <summary>Starts on the port asked for, or on <see cref="PreferredPort"/> and, when that one is taken, on any free port.</summary>
        private static async Task OnPortAsync(int? port, Func<int, Task> start)
        {
            if (port is { } asked)
            {
                await start(asked).ConfigureAwait(false);
                return;
            }

            try
            {
                await start(PreferredPort).ConfigureAwait(false);
            }
            catch (IOException)
            {
                await start(0).ConfigureAwait(false);
            }
        }

        /// <inheritdoc />
        public async ValueTask DisposeAsync()
        {
            if (_welcome is not null)
            {
                await _welcome.DisposeAsync().ConfigureAwait(false);
            }

            if (_preview is not null)
            {
                await _preview.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
