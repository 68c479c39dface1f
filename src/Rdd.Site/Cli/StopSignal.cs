using System.Runtime.InteropServices;

namespace Rdd.Site.Cli;

/// <summary>Waits until the person or the system asks a server command to stop.</summary>
internal static class StopSignal
{
    /// <summary>
    /// Completes on Ctrl+C in a terminal (SIGINT), a plain « kill » from a script or a service manager (SIGTERM), or
    /// the terminal's window closed (SIGHUP, which .NET also raises when a Windows console window is closed).
    /// </summary>
    /// <returns>When asked to stop.</returns>
    public static async Task WaitAsync()
    {
        var stop = new TaskCompletionSource();
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.TrySetResult();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);
        await stop.Task.ConfigureAwait(false);
    }
}
