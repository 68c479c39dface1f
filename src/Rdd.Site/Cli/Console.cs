namespace Rdd.Site.Cli;

/// <summary>The standard streams of a command, replaceable in tests.</summary>
internal sealed class Console(TextWriter output, TextWriter error, Func<Stream>? standardOutput = null, bool interactive = false)
{
    /// <summary>Whether the output is a terminal (progress lines are then shown).</summary>
    public bool IsInteractive { get; } = interactive;

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public static Console System() => new(global::System.Console.Out, global::System.Console.Error, global::System.Console.OpenStandardOutput, !global::System.Console.IsOutputRedirected);

    public Stream OpenStandardOutput() => standardOutput?.Invoke() ?? new TextWriterStream(Out);

    public int UsageError(string message, string usage)
    {
        Error.WriteLine($"rdd : {message}");
        Error.WriteLine($"Usage : {usage}");
        return ExitCodes.Usage;
    }

    /// <summary>A write-only stream over a <see cref="TextWriter"/>, for commands that write UTF-8 bytes in tests.</summary>
    private sealed class TextWriterStream(TextWriter writer) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => writer.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => writer.Write(global::System.Text.Encoding.UTF8.GetString(buffer, offset, count));
    }
}

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;

    /// <summary>A tool the command needs (Chromium) is missing or failed.</summary>
    public const int ToolMissing = 3;
}
