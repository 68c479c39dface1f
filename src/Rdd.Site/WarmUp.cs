using System.Text.Json.Serialization.Metadata;
using Rdd.Domain.Json;
using Rdd.Domain.Reports;

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
            _ = Task.Run(PrepareJsonContract);
        }
    }

    /// <summary>
    /// Builds now the contract of <see cref="Report"/> under <see cref="ReportJson.Options"/> and of every type under
    /// it, which the first serialization would otherwise build: hundreds of small generic methods the runtime compiles
    /// on first use, even in a precompiled (ReadyToRun) program.
    /// </summary>
    internal static void PrepareJsonContract()
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([typeof(Report)]);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            var info = ReportJson.Options.GetTypeInfo(type);
            if (info.ElementType is { } element)
            {
                pending.Push(element);
            }

            if (info.Kind == JsonTypeInfoKind.Object)
            {
                foreach (var property in info.Properties)
                {
                    pending.Push(property.PropertyType);
                }
            }
        }
    }
}
