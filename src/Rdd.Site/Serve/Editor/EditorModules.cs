namespace Rdd.Site.Serve.Editor;

/// <summary>The editor's modules, in the order of its menu: each adds one line here.</summary>
internal static class EditorModules
{
    /// <summary>Every module; the first that answers a request serves it.</summary>
    public static IReadOnlyList<IEditorModule> All { get; } =
    [
        new StructureModule(),
        new PartModule(),
        new SectionModule(),
        new ActionModule(),
        new MarkdownPreviewModule(),
        new DataModule(),
        new TextsModule(),
        new ImagesModule(),
        new ImportReportModule(),
        new NextYearModule(),
        new HistoryModule(),
        new Publishing.PublishModule(),
    ];
}
