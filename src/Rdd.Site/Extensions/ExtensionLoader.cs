using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using Rdd.Domain.Extensions;
using Rdd.Domain.Validation;
using Rdd.Site.Abstractions;
using Rdd.Site.Content;

namespace Rdd.Site.Extensions;

/// <summary>
/// Loads the extensions of a content folder (<c>extensions:</c> of site.yml, paths relative to the folder and inside
/// it) and of the command line (<c>--extension</c>): every problem becomes a diagnostic, never an exception.
/// </summary>
public static class ExtensionLoader
{
    /// <summary>Assemblies already loaded, by full path and date: the preview server rebuilds often, and an assembly cannot be unloaded from a shared context.</summary>
    private static readonly ConcurrentDictionary<(string Path, DateTime Written), Assembly> Loaded = new();

    /// <summary>
    /// Whether this rdd can load extension assemblies: the portable one can; the native one (the tool on Linux x64,
    /// compiled ahead of time) cannot, and hands commands that need extensions to the portable one it carries
    /// (<see cref="Cli.PortableRuntime"/>).
    /// </summary>
    public static bool CanLoadAssemblies => RuntimeFeature.IsDynamicCodeSupported;

    /// <summary>Loads extensions.</summary>
    /// <param name="contentRoot">The content folder.</param>
    /// <param name="declared">The extensions named in site.yml, relative to the content folder.</param>
    /// <param name="given">The extensions given on the command line, relative to the current folder.</param>
    /// <returns>The extensions and the diagnostics of loading them.</returns>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Assemblies are only loaded when CanLoadAssemblies: in the portable rdd, which is not trimmed.")]
    public static LoadedExtensions Load(string contentRoot, IReadOnlyList<ExtensionReference> declared, IReadOnlyList<string> given)
    {
        ArgumentNullException.ThrowIfNull(contentRoot);
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(given);
        var result = new Builder();
        if (!CanLoadAssemblies)
        {
            // Commands hand such sites to the portable rdd before they start; only a site.yml edited while the
            // native preview server runs gets here.
            foreach (var reference in declared)
            {
                result.Diagnostics.Add(ExtensionDiagnostics.CannotLoad.Create(
                    $"L'extension « {reference.Path} » n'est pas chargée : cette version de rdd, compilée pour ce système, ne charge pas d'extensions. Relancez la commande : rdd passe alors par sa version portable, qui les charge.", null, reference.Location));
            }

            foreach (var path in given)
            {
                result.Diagnostics.Add(ExtensionDiagnostics.CannotLoad.Create(
                    $"L'extension « {path} » n'est pas chargée : cette version de rdd, compilée pour ce système, ne charge pas d'extensions.", null, null));
            }

            return new LoadedExtensions(result.Extensions, result.PageProviders, result.Diagnostics);
        }

        var root = Path.GetFullPath(contentRoot);
        var rootPrefix = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        foreach (var reference in declared)
        {
            var full = Path.GetFullPath(Path.Combine(root, reference.Path));
            if (!full.StartsWith(rootPrefix, StringComparison.Ordinal) || IsLinkOutside(full, rootPrefix))
            {
                result.Diagnostics.Add(ExtensionDiagnostics.OutsideContent.Create(
                    $"L'extension « {reference.Path} » n'est pas dans le dossier de contenu : elle n'est pas chargée.", null, reference.Location));
                continue;
            }

            LoadAssembly(full, reference.Path, reference.Location, result);
        }

        foreach (var path in given)
        {
            LoadAssembly(Path.GetFullPath(path), path, null, result);
        }

        return new LoadedExtensions(result.Extensions, result.PageProviders, result.Diagnostics);
    }

    private static bool IsLinkOutside(string full, string rootPrefix)
    {
        var target = File.Exists(full) ? new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) : null;
        return target is not null && !Path.GetFullPath(target.FullName).StartsWith(rootPrefix, StringComparison.Ordinal);
    }

    [RequiresUnreferencedCode("Loads an assembly and creates its extension types by reflection: the portable rdd only.")]
    private static void LoadAssembly(string full, string shown, SourceLocation? location, Builder result)
    {
        var before = result.Extensions.Count + result.PageProviders.Count;
        try
        {
            if (!File.Exists(full))
            {
                result.Diagnostics.Add(ExtensionDiagnostics.CannotLoad.Create($"L'extension « {shown} » est introuvable.", null, location));
                return;
            }

            var assembly = Loaded.GetOrAdd((full, File.GetLastWriteTimeUtc(full)), key => new ExtensionLoadContext(key.Path).LoadFromAssemblyPath(key.Path));
            foreach (var type in assembly.GetExportedTypes().Where(IsExtensionType).OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                var instance = Activator.CreateInstance(type);
                if (instance is IReportExtension extension)
                {
                    result.Extensions.Add(extension);
                }

                if (instance is ISitePageProvider provider)
                {
                    result.PageProviders.Add(new NamedPageProvider(instance is IReportExtension named ? named.Name : type.Name, provider));
                }
            }

            if (result.Extensions.Count + result.PageProviders.Count == before)
            {
                result.Diagnostics.Add(ExtensionDiagnostics.CannotLoad.Create(
                    $"L'extension « {shown} » ne contient aucune classe publique qui implémente IReportExtension ou ISitePageProvider avec un constructeur sans paramètre.", null, location));
            }
        }
#pragma warning disable CA1031 // Whatever a third-party assembly throws while loading becomes a diagnostic for the author.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var reason = e is TargetInvocationException { InnerException: { } inner } ? inner.Message : e.Message;
            result.Diagnostics.Add(ExtensionDiagnostics.CannotLoad.Create($"L'extension « {shown} » n'a pas pu être chargée : {reason}", null, location));
        }
    }

    [RequiresUnreferencedCode("Reads the constructors of a type from an extension assembly: the portable rdd only.")]
    private static bool IsExtensionType(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
        && (typeof(IReportExtension).IsAssignableFrom(type) || typeof(ISitePageProvider).IsAssignableFrom(type))
        && type.GetConstructor(Type.EmptyTypes) is not null;

    private sealed class Builder
    {
        public List<IReportExtension> Extensions { get; } = [];

        public List<NamedPageProvider> PageProviders { get; } = [];

        public List<Diagnostic> Diagnostics { get; } = [];
    }
}

/// <summary>A page provider and the name shown in its diagnostics.</summary>
/// <param name="Name">The extension's name.</param>
/// <param name="Provider">The provider.</param>
public sealed record NamedPageProvider(string Name, ISitePageProvider Provider);

/// <summary>The extensions of a build.</summary>
/// <param name="Extensions">Those that add rules and taxonomies, in load order.</param>
/// <param name="PageProviders">Those that add pages.</param>
/// <param name="Diagnostics">What went wrong while loading them.</param>
public sealed record LoadedExtensions(IReadOnlyList<IReportExtension> Extensions, IReadOnlyList<NamedPageProvider> PageProviders, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>No extension.</summary>
    public static LoadedExtensions None { get; } = new([], [], []);

    /// <summary>The validator with the extensions' rules and taxonomies added; <paramref name="validator"/> itself when there are none.</summary>
    /// <param name="validator">The validator to extend.</param>
    /// <param name="diagnostics">Receives an RDD2051 for each extension that fails while registering.</param>
    /// <returns>The validator.</returns>
    public ReportValidator Apply(ReportValidator validator, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (Extensions.Count == 0)
        {
            return validator;
        }

        var builder = ReportValidatorBuilder.From(validator);
        foreach (var extension in Extensions)
        {
            // Registered on a copy first, so that a failing extension adds nothing at all; building the copy checks
            // its registrations (codes, taxonomy ids).
            var trial = ReportValidatorBuilder.From(builder.Build());
            try
            {
                _ = trial.Use(extension).Build();
                builder = trial;
            }
#pragma warning disable CA1031 // A third-party extension's failure becomes a diagnostic for the author.
            catch (Exception e)
#pragma warning restore CA1031
            {
                diagnostics.Add(ExtensionDiagnostics.CannotLoad.Create($"L'extension « {extension.Name} » a échoué en ajoutant ses règles : {e.Message}"));
            }
        }

        return builder.Build();
    }
}
