namespace Rdd.Site;

/// <summary>
/// Work that every build does later, started on another thread as the build starts, while the content is read (which
/// leaves a core idle): building the JSON contract of the report, which costs some 600 methods compiled at run time
/// in the portable rdd (the native one only builds the contract objects; docs/performance.md). Once per process:
/// <c>rdd serve</c>'s rebuilds find it done.
/// </summary>
internal static class WarmUp
{
    private static int _started;

    public static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = Task.Run(Rdd.Domain.Json.ReportJson.PrepareContract);
        }
    }
}
