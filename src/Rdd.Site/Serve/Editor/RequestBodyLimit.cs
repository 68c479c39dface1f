using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Rdd.Site.Serve.Editor;

/// <summary>
/// The size a form may have, enforced before it is read: a body whose <c>Content-Length</c> says it is larger is
/// refused without parsing or keeping any of it, and the server stops reading one sent without a length (chunked) as
/// soon as it passes the limit (<see cref="IHttpMaxRequestBodySizeFeature"/>: Kestrel then fails the read with 413),
/// instead of receiving the whole form (files buffered in memory or on disk) first and checking after.
/// </summary>
internal static class RequestBodyLimit
{
    /// <summary>What a form without a file may weigh: the text of a long section is a few dozen kilobytes.</summary>
    public const long FormBytes = 4L * 1024 * 1024;

    /// <summary>What a form with a file adds to the file: its other fields and the multipart boundaries.</summary>
    public const long FormOverheadBytes = 64L * 1024;

    /// <summary>
    /// The largest body, announced too large, that is still read to its end, into nothing, before the answer: a
    /// browser still sending when the server answers and closes shows « connection reset » instead of the page that
    /// says what to do. Over 127.0.0.1 that reading takes a moment, and nothing of it is kept.
    /// </summary>
    public const long DiscardedBytes = 1024L * 1024 * 1024;

    /// <summary>
    /// Sets the largest body the server will read for <paramref name="request"/>; when its <c>Content-Length</c>
    /// already says it is larger, discards it unread (up to <see cref="DiscardedBytes"/>) and says so.
    /// </summary>
    /// <param name="request">A request whose body is not read yet.</param>
    /// <param name="maxBytes">The largest body accepted.</param>
    /// <returns>False when the body is too large: the request is to be answered with 413.</returns>
    public static async Task<bool> ApplyAsync(HttpRequest request, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(request);
        var feature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } writable ? writable : null;
        if (request.ContentLength is not { } length || length <= maxBytes)
        {
            if (feature is not null)
            {
                feature.MaxRequestBodySize = maxBytes;
            }

            return true;
        }

        if (length <= DiscardedBytes && feature is not null)
        {
            feature.MaxRequestBodySize = length;
            await request.Body.CopyToAsync(Stream.Null, request.HttpContext.RequestAborted).ConfigureAwait(false);
        }

        return false;
    }

    /// <summary>Whether <paramref name="exception"/> is the server's refusal of a body read past its limit.</summary>
    /// <param name="exception">What reading the form threw.</param>
    /// <returns>Whether it is the 413 of Kestrel.</returns>
    public static bool IsTooLarge(Exception exception) => exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };
}
