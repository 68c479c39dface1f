using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// Who may use the editor: a page of the editor is served only when the request names the server by its own address
/// (Host « 127.0.0.1:port »: a site that points its own name at 127.0.0.1 — DNS rebinding — is refused), and a form is
/// accepted only when it carries this session's token and comes from a page of the server itself (Origin, or Referer
/// when the browser sends no Origin): a form posted from another site is refused with 403 before any page sees it.
/// </summary>
internal sealed class EditorSecurity
{
    /// <summary>The name of the hidden field that carries the token.</summary>
    public const string TokenField = "jeton";

    private readonly string _host;
    private readonly string _origin;

    /// <summary>Makes the security of a server listening at <paramref name="address"/>, with a new random token.</summary>
    /// <param name="address">The server's address (http://127.0.0.1:port/).</param>
    public EditorSecurity(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        _host = address.Authority;
        _origin = address.GetLeftPart(UriPartial.Authority);
        Token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>This session's token (32 random bytes, base64url), written in every form.</summary>
    public string Token { get; }

    /// <summary>Whether the request names this server by its own address.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Whether its Host is the server's.</returns>
    public bool IsOwnHost(HttpRequest request) => string.Equals(request.Host.Value, _host, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a state-changing request may go on: its Host is the server's, it comes from the server's own pages
    /// (Origin, or, absent, Referer) and its form carries the token.
    /// </summary>
    /// <param name="request">The request, whose form is read.</param>
    /// <returns>Whether it is accepted.</returns>
    public async Task<bool> AcceptsAsync(HttpRequest request)
    {
        if (!IsOwnHost(request) || !FromOwnPage(request) || !request.HasFormContentType)
        {
            return false;
        }

        var form = await request.ReadFormAsync().ConfigureAwait(false);
        var token = form[TokenField].ToString();
        return CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(token), System.Text.Encoding.ASCII.GetBytes(Token));
    }

    private bool FromOwnPage(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return string.Equals(origin, _origin, StringComparison.OrdinalIgnoreCase);
        }

        var referer = request.Headers.Referer.ToString();
        return referer.StartsWith(_origin + "/", StringComparison.OrdinalIgnoreCase);
    }
}
