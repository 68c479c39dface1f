using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.Loader;

namespace Rdd.Site.Extensions;

/// <summary>
/// Loads one extension assembly and its own dependencies beside it, while sharing with the tool every assembly the
/// tool itself has (Rdd.Domain above all): an extension's <c>IReportRule</c> must be the tool's type, not a copy.
/// </summary>
internal sealed class ExtensionLoadContext : AssemblyLoadContext
{
    private readonly string _folder;
    private readonly AssemblyDependencyResolver _resolver;

    public ExtensionLoadContext(string assemblyPath)
        : base("rdd-extension:" + Path.GetFileNameWithoutExtension(assemblyPath))
    {
        _folder = Path.GetDirectoryName(assemblyPath)!;
        _resolver = new AssemblyDependencyResolver(assemblyPath);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Extension contexts are only made by the portable rdd, which is not trimmed (ExtensionLoader.CanLoadAssemblies).")]
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (HostHas(assemblyName))
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName) ?? Path.Combine(_folder, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;

    /// <summary>Whether the tool can load the assembly itself: then the default context provides it.</summary>
    private static bool HostHas(AssemblyName name)
    {
        if (Default.Assemblies.Any(a => string.Equals(a.GetName().Name, name.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        try
        {
            Default.LoadFromAssemblyName(name);
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return false;
        }
    }
}
