namespace Rdd.Site.Tests.Serve;

/// <summary>A stream that cannot say its length: sent as a form's file, the client sends the form chunked, without Content-Length.</summary>
internal sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
{
    public override bool CanSeek => false;
}
