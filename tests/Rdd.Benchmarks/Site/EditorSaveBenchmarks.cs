using BenchmarkDotNet.Attributes;
using Rdd.Site.Serve;
using Rdd.Site.Serve.Editor;

namespace Rdd.Benchmarks.Site;

/// <summary>
/// What an author waits for after « Enregistrer » in the editor of <c>rdd serve</c>, on a copy of the default content:
/// the action's text changed in its section file, the new text read by the loader, the file written with its history,
/// then the content checked and the preview rebuilt (<see cref="EditorSession.SaveAsync"/>), the preview server's
/// renderer warm as it is after its first build.
/// </summary>
[MemoryDiagnoser]
public class EditorSaveBenchmarks
{
    private const string Section = "2024/partie-1/01-mobilites-et-deplacements.md";

    private string _content = null!;
    private PreviewServer _server = null!;
    private int _saves;

    /// <summary>Copies the default content and starts a preview server on it.</summary>
    /// <returns>When the server has built the site once.</returns>
    /// <exception cref="InvalidOperationException">The default content did not build.</exception>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        _content = Path.Combine(Path.GetTempPath(), "rdd-editor-bench-" + Guid.NewGuid().ToString("N"));
        var source = GeneratedContent.DefaultContent();
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_content, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        _server = new PreviewServer(_content, TextWriter.Null);
        if (!await _server.StartAsync(0).ConfigureAwait(false))
        {
            throw new InvalidOperationException("The default content did not build.");
        }
    }

    /// <summary>Saves the section with one more sentence at its end.</summary>
    /// <returns>The number of diagnostics of the saved file after the rebuild.</returns>
    /// <exception cref="InvalidOperationException">The save was not made.</exception>
    [Benchmark]
    public async Task<int> Save()
    {
        var editor = _server.Editor!;
        var file = editor.Store.Read(Section)!;
        var result = await editor.SaveAsync([new FileEdit(Section, file.Text + "\nPhrase ajoutée n° " + ++_saves + ".\n", file.Version)]).ConfigureAwait(false);
        return result.Saved ? result.Diagnostics.Count : throw new InvalidOperationException(result.Message);
    }

    /// <summary>Stops the server and deletes the copy.</summary>
    /// <returns>When done.</returns>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _server.DisposeAsync().ConfigureAwait(false);
        Directory.Delete(_content, recursive: true);
    }
}
