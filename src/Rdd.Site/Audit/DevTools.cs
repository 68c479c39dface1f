using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Rdd.Site.Audit;

/// <summary>Chromium did not start, or answered a command with an error.</summary>
internal sealed class DevToolsException(string message) : IOException(message);

/// <summary>
/// A headless Chromium driven over the Chrome DevTools Protocol (one WebSocket, JSON messages), without Playwright:
/// the native rdd can neither reflect over a driver nor run its Node process. Commands are written with
/// <see cref="Utf8JsonWriter"/> and answers read with <see cref="JsonDocument"/>, which need no reflection.
/// </summary>
internal sealed class DevTools : IAsyncDisposable
{
    /// <summary>Chromium's flags: no sandbox (containers), no GPU, no network of its own, a throw-away profile.</summary>
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--no-default-browser-check",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--mute-audio", "--remote-debugging-port=0",
    ];

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly DirectoryInfo _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentDictionary<(string Session, string Method), TaskCompletionSource<JsonElement>> _events = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private Task _receiving = Task.CompletedTask;
    private int _nextId;

    private DevTools(Process process, DirectoryInfo profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>Starts Chromium and connects to it.</summary>
    /// <param name="executable">Chromium's path.</param>
    /// <returns>The connected browser.</returns>
    /// <exception cref="DevToolsException">Chromium did not start or gave no DevTools address.</exception>
    public static async Task<DevTools> LaunchAsync(string executable)
    {
        var profile = Directory.CreateTempSubdirectory("rdd-audit-");
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var flag in Flags)
        {
            start.ArgumentList.Add(flag);
        }

        start.ArgumentList.Add("--user-data-dir=" + profile.FullName);
        start.ArgumentList.Add("about:blank");
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new DevToolsException("Chromium n'a pas démarré.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            profile.Delete(recursive: true);
            throw new DevToolsException($"Chromium n'a pas démarré ({e.Message}).");
        }

        var browser = new DevTools(process, profile);
        try
        {
            _ = process.StandardOutput.ReadToEndAsync();
            var address = await ReadAddressAsync(process).ConfigureAwait(false);
            await browser._socket.ConnectAsync(address, CancellationToken.None).ConfigureAwait(false);
            browser._receiving = browser.ReceiveAsync();
            return browser;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or DevToolsException)
        {
            await browser.DisposeAsync().ConfigureAwait(false);
            throw e as DevToolsException ?? new DevToolsException($"la connexion à Chromium a échoué ({e.Message}).");
        }
    }

    /// <summary>Reads « DevTools listening on ws://… » from Chromium's error output, then keeps draining it.</summary>
    private static async Task<Uri> ReadAddressAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var seen = new StringBuilder();
        while (await process.StandardError.ReadLineAsync(timeout.Token).ConfigureAwait(false) is { } line)
        {
            const string Prefix = "DevTools listening on ";
            if (line.StartsWith(Prefix, StringComparison.Ordinal))
            {
                _ = process.StandardError.ReadToEndAsync();
                return new Uri(line[Prefix.Length..].Trim());
            }

            seen.AppendLine(line);
        }

        var last = seen.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3);
        throw new DevToolsException($"Chromium s'est arrêté sans ouvrir son protocole DevTools. {string.Join(' ', last)}");
    }

    /// <summary>The browser's name and version, « Chromium 131.0.6778.85 ».</summary>
    /// <returns>The product.</returns>
    public async Task<string> VersionAsync()
    {
        var version = await SendAsync("Browser.getVersion", null, null).ConfigureAwait(false);
        var product = version.GetProperty("product").GetString() ?? "Chromium";
        var slash = product.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? product : "Chromium " + product[(slash + 1)..];
    }

    /// <summary>Opens a new tab and attaches to it.</summary>
    /// <returns>The tab.</returns>
    public async Task<DevToolsPage> NewPageAsync()
    {
        var target = await SendAsync("Target.createTarget", w => w.WriteString("url", "about:blank"), null).ConfigureAwait(false);
        var targetId = target.GetProperty("targetId").GetString()!;
        var attached = await SendAsync("Target.attachToTarget", w =>
        {
            w.WriteString("targetId", targetId);
            w.WriteBoolean("flatten", true);
        }, null).ConfigureAwait(false);
        return new DevToolsPage(this, attached.GetProperty("sessionId").GetString()!);
    }

    /// <summary>Sends a command and waits for its result.</summary>
    /// <param name="method">The command (« Page.navigate »).</param>
    /// <param name="parameters">Writes the parameters' properties; null for none.</param>
    /// <param name="session">The tab's session, or null for the browser.</param>
    /// <returns>The result object.</returns>
    /// <exception cref="DevToolsException">The command failed or timed out.</exception>
    public async Task<JsonElement> SendAsync(string method, Action<Utf8JsonWriter>? parameters, string? session)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", id);
            writer.WriteString("method", method);
            if (session is not null)
            {
                writer.WriteString("sessionId", session);
            }

            writer.WriteStartObject("params");
            parameters?.Invoke(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        await _sending.WaitAsync().ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).ConfigureAwait(false);
        }
        catch (WebSocketException e)
        {
            _pending.TryRemove(id, out _);
            throw new DevToolsException($"Chromium ne répond plus ({e.Message}).");
        }
        finally
        {
            _sending.Release();
        }

        return await WithTimeout(answer.Task, method).ConfigureAwait(false);
    }

    /// <summary>Starts waiting for an event of a tab; call before the command that causes it.</summary>
    /// <param name="session">The tab's session.</param>
    /// <param name="method">The event (« Page.loadEventFired »).</param>
    /// <returns>Its parameters, when it comes.</returns>
    public Task<JsonElement> EventAsync(string session, string method)
    {
        var waiter = _events.AddOrUpdate((session, method),
            _ => new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously),
            (_, _) => new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously));
        return WithTimeout(waiter.Task, method);
    }

    private static async Task<JsonElement> WithTimeout(Task<JsonElement> task, string method)
    {
        if (await Task.WhenAny(task, Task.Delay(CommandTimeout)).ConfigureAwait(false) != task)
        {
            throw new DevToolsException($"Chromium n'a pas répondu à {method} en {CommandTimeout.TotalSeconds} secondes.");
        }

        return await task.ConfigureAwait(false);
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(buffer, _closing.Token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, received.Count);
                if (received.EndOfMessage)
                {
                    Dispatch(message.ToArray());
                    message.SetLength(0);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Chromium closed, or we are closing: the pending commands fail below.
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new DevToolsException("Chromium s'est arrêté."));
        }
    }

    private void Dispatch(byte[] message)
    {
        using var document = JsonDocument.Parse(message);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var id))
        {
            if (_pending.TryRemove(id.GetInt32(), out var answer))
            {
                if (root.TryGetProperty("error", out var error))
                {
                    answer.TrySetException(new DevToolsException("Chromium a répondu : " + (error.TryGetProperty("message", out var text) ? text.GetString() : error.GetRawText())));
                }
                else
                {
                    answer.TrySetResult(root.GetProperty("result").Clone());
                }
            }
        }
        else if (root.TryGetProperty("method", out var method) && root.TryGetProperty("sessionId", out var session)
            && _events.TryRemove((session.GetString()!, method.GetString()!), out var waiter))
        {
            waiter.TrySetResult(root.TryGetProperty("params", out var parameters) ? parameters.Clone() : default);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await SendAsync("Browser.close", null, null).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is DevToolsException or TimeoutException or WebSocketException)
        {
            // Killed below.
        }

        await _closing.CancelAsync().ConfigureAwait(false);
        await _receiving.ConfigureAwait(false);
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync().ConfigureAwait(false);
        _process.Dispose();
        _socket.Dispose();
        _closing.Dispose();
        _sending.Dispose();
        try
        {
            _profile.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary folder left behind.
        }
    }
}
