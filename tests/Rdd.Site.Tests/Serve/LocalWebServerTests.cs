using System.Net;
using Rdd.Site.Output;
using Rdd.Site.Serve;

namespace Rdd.Site.Tests.Serve;

/// <summary>The one local web server of <c>rdd serve</c> and <c>rdd pdf</c>: the site as a static host serves it, on 127.0.0.1 only.</summary>
public sealed class LocalWebServerTests : IAsyncLifetime
{
    private const string Headers = "/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n/donnees/*\n  Access-Control-Allow-Origin: *\n";

    private readonly SiteFiles _site = new();
    private LocalWebServer? _server;
    private HttpClient? _http;

    private HttpClient Http => _http!;

    public async Task InitializeAsync()
    {
        _site.Add("index.html", "<p>Accueil</p>");
        _site.Add("partie-1/index.html", "<p>Partie 1</p>");
        _site.Add("assets/site.css", "body{}");
        _site.Add("404.html", "<p>Page introuvable</p>");
        _site.Add(LocalWebServer.HeadersFile, Headers);
        _server = await LocalWebServer.StartAsync(0, context => LocalWebServer.ServeFileAsync(context, _site));
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _server.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public void Address_IsOnTheLoopbackOnly() => Assert.Equal("127.0.0.1", _server!.Address.Host);

    [Theory]
    [InlineData("/", "<p>Accueil</p>")]
    [InlineData("/partie-1/", "<p>Partie 1</p>")]
    [InlineData("/partie-1/index.html", "<p>Partie 1</p>")]
    public async Task AFolder_IsServedItsIndex(string path, string body)
    {
        using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AFolder_WithoutItsSlash_IsRedirectedToIt()
    {
        using var response = await Http.GetAsync(new Uri("/partie-1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/partie-1/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AMissingPage_IsTheSites404Page_WithTheStatus404()
    {
        using var response = await Http.GetAsync(new Uri("/nulle-part/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("<p>Page introuvable</p>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EveryResponse_CarriesTheHeadersTheSiteGivesEveryPath_AndIsNotCached()
    {
        using var page = await Http.GetAsync(new Uri("/assets/site.css", UriKind.Relative));
        using var missing = await Http.GetAsync(new Uri("/absent.png", UriKind.Relative));

        Assert.Equal("text/css; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        foreach (var response in new[] { page, missing })
        {
            Assert.Equal("default-src 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
            Assert.True(response.Headers.CacheControl?.NoStore);
        }
    }

    [Fact]
    public async Task SiteHeaders_OfABuiltSite_AreItsSecurityHeaders()
    {
        var build = await SiteGenerator.BuildAsync(TempContent.FixtureRoot, new BuildOptions());

        var headers = LocalWebServer.SiteHeaders(build.Files!).ToList();

        Assert.Equal(["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"], headers.Select(h => h.Name));
        Assert.Equal(Rdd.Site.Pages.PageBuilder.ContentSecurityPolicyHeader, headers[0].Value);
    }
}
