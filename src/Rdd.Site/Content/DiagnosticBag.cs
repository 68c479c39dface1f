using Rdd.Domain.Validation;

namespace Rdd.Site.Content;

/// <summary>Collects the diagnostics of a load.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public void Add(DiagnosticDescriptor descriptor, string message, SourceLocation location) =>
        _items.Add(descriptor.Create(message, null, location));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
