using System.Diagnostics;

namespace Rdd.Site.Cli;

/// <summary>Opens an address in the default browser, or quietly does not: the address is printed anyway.</summary>
internal static class Browser
{
    /// <summary>Set to any value, the variable that keeps rdd from opening the browser (tests, servers without a desktop).</summary>
    public const string DisableVariable = "RDD_NO_BROWSER";

    /// <summary>Whether the browser may be opened: not when <see cref="DisableVariable"/> is set.</summary>
    /// <param name="variable">Reads an environment variable.</param>
    /// <returns>True unless disabled.</returns>
    public static bool IsEnabled(Func<string, string?> variable) => string.IsNullOrEmpty(variable(DisableVariable));

    /// <summary>The program that opens an address with the system's default browser, and its arguments.</summary>
    /// <param name="address">The address.</param>
    /// <returns><c>xdg-open</c> on Linux, <c>open</c> on macOS; on Windows, the address itself, which the shell opens (as « start » does).</returns>
    public static ProcessStartInfo Command(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (OperatingSystem.IsWindows())
        {
            return new ProcessStartInfo(address.AbsoluteUri) { UseShellExecute = true };
        }

        var start = new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(address.AbsoluteUri);
        return start;
    }

    /// <summary>Opens <paramref name="address"/>; a missing or failing opener is ignored (the caller has printed the address).</summary>
    /// <param name="address">The address.</param>
    /// <returns>Whether the opener started.</returns>
    public static bool TryOpen(Uri address)
    {
        try
        {
            using var process = Process.Start(Command(address));
            return process is not null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            return false;
        }
    }
}
