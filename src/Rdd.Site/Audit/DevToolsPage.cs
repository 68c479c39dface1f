using System.Text.Json;

namespace Rdd.Site.Audit;

/// <summary>A tab of <see cref="DevTools"/>: loads a page, runs scripts in it, resizes it, presses Tab.</summary>
internal sealed class DevToolsPage
{
    private readonly DevTools _browser;
    private readonly string _session;

    internal DevToolsPage(DevTools browser, string session)
    {
        _browser = browser;
        _session = session;
    }

    /// <summary>
    /// Lets scripts run whatever the page's content security policy says (axe-core is added to pages whose policy
    /// forbids any script of another origin); the page's own behaviour is unchanged.
    /// </summary>
    public async Task PrepareAsync()
    {
        await _browser.SendAsync("Page.enable", null, _session).ConfigureAwait(false);
        await _browser.SendAsync("Page.setBypassCSP", w => w.WriteBoolean("enabled", true), _session).ConfigureAwait(false);
    }

    /// <summary>Adds a script that runs in every page this tab loads, before the page's own.</summary>
    /// <param name="source">The script.</param>
    public Task AddScriptAsync(string source) =>
        _browser.SendAsync("Page.addScriptToEvaluateOnNewDocument", w => w.WriteString("source", source), _session);

    /// <summary>Sets the viewport's size in CSS pixels.</summary>
    /// <param name="width">The width.</param>
    /// <param name="height">The height.</param>
    public Task ResizeAsync(int width, int height) =>
        _browser.SendAsync("Emulation.setDeviceMetricsOverride", w =>
        {
            w.WriteNumber("width", width);
            w.WriteNumber("height", height);
            w.WriteNumber("deviceScaleFactor", 1);
            w.WriteBoolean("mobile", false);
        }, _session);

    /// <summary>Loads a page and waits for its load event.</summary>
    /// <param name="url">The page's address.</param>
    /// <exception cref="DevToolsException">It could not be loaded.</exception>
    public async Task NavigateAsync(Uri url)
    {
        var loaded = _browser.EventAsync(_session, "Page.loadEventFired");
        var navigation = await _browser.SendAsync("Page.navigate", w => w.WriteString("url", url.AbsoluteUri), _session).ConfigureAwait(false);
        if (navigation.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } text)
        {
            throw new DevToolsException($"la page {url.AbsolutePath} n'a pas pu être chargée ({text}).");
        }

        await loaded.ConfigureAwait(false);
    }

    /// <summary>Evaluates a script in the page, awaiting it when it gives a promise.</summary>
    /// <param name="expression">The script; its value must be JSON-serialisable.</param>
    /// <returns>Its value.</returns>
    /// <exception cref="DevToolsException">The script threw.</exception>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await _browser.SendAsync("Runtime.evaluate", w =>
        {
            w.WriteString("expression", expression);
            w.WriteBoolean("awaitPromise", true);
            w.WriteBoolean("returnByValue", true);
        }, _session).ConfigureAwait(false);
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            var description = exception.TryGetProperty("exception", out var thrown) && thrown.TryGetProperty("description", out var d) ? d.GetString() : exception.GetProperty("text").GetString();
            throw new DevToolsException($"un script a échoué dans la page : {description}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    /// <summary>Presses and releases the Tab key, as a keyboard user does.</summary>
    public async Task PressTabAsync()
    {
        foreach (var type in (string[])["rawKeyDown", "keyUp"])
        {
            await _browser.SendAsync("Input.dispatchKeyEvent", w =>
            {
                w.WriteString("type", type);
                w.WriteString("key", "Tab");
                w.WriteString("code", "Tab");
                w.WriteNumber("windowsVirtualKeyCode", 9);
            }, _session).ConfigureAwait(false);
        }
    }
}
