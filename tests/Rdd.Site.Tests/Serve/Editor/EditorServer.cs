using Rdd.Site.Serve;
using Rdd.Site.Serve.Editor;

namespace Rdd.Site.Tests.Serve.Editor;

/// <summary>A preview server on a copy of the fictional content, and a client that posts the editor's forms as its pages do (token, same origin).</summary>
internal sealed class EditorServer : IAsyncDisposable
{
    private EditorServer(TempContent content, PreviewServer server)
    {
        Content = content;
        Server = server;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public TempContent Content { get; }

    public PreviewServer Server { get; }

    public HttpClient Http { get; }

    public EditorSession Editor => Server.Editor!;

    public string Origin => Server.Address!.GetLeftPart(UriPartial.Authority);

    public static async Task<EditorServer> StartAsync()
    {
        var content = new TempContent();
        var server = new PreviewServer(content.Root, TextWriter.Null);
        Assert.True(await server.StartAsync(0), string.Join('\n', server.LastDiagnostics));
        return new EditorServer(content, server);
    }

    public Task<string> GetStringAsync(string path) => Http.GetStringAsync(new Uri(path, UriKind.Relative));

    /// <summary>Posts a form with the session's token from the server's own origin.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, params (string Name, string Value)[] fields) =>
        SendAsync(path, [(EditorSecurity.TokenField, Editor.Security.Token), .. fields], Origin, null);

    /// <summary>Posts a form as given: with or without token, origin and referer.</summary>
    public async Task<HttpResponseMessage> SendAsync(string path, IEnumerable<(string Name, string Value)> fields, string? origin, string? referer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
        };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (referer is not null)
        {
            request.Headers.Referrer = new Uri(referer);
        }

        return await Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        Content.Dispose();
    }
}
