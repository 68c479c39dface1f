using Rdd.Site.Serve;

namespace Rdd.Site.Tests.Serve.Editor;

/// <summary>
/// A preview server with its editor on a copy of the fictional content, and a client that does not follow redirects
/// (a form's answer is its « 303 See Other »); the tests of the editor's modules share it.
/// </summary>
internal sealed class EditorServer : IAsyncDisposable
{
    private EditorServer(TempContent content, PreviewServer server, HttpClient http)
    {
        Content = content;
        Server = server;
        Http = http;
    }

    public TempContent Content { get; }

    public PreviewServer Server { get; }

    public HttpClient Http { get; }

    /// <summary>The token a form of the editor carries.</summary>
    public string Token => Server.Editor!.Security.Token;

    public static async Task<EditorServer> StartAsync()
    {
        var content = new TempContent();
        var server = new PreviewServer(content.Root, TextWriter.Null);
        Assert.True(await server.StartAsync(0), string.Join('\n', server.LastDiagnostics));
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        return new EditorServer(content, server, http);
    }

    /// <summary>Posts <paramref name="body"/> to <paramref name="path"/> as the editor's own page would: from its origin.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, HttpContent body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body };
        request.Headers.Add("Origin", Server.Address!.GetLeftPart(UriPartial.Authority));
        return await Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        Content.Dispose();
    }
}
