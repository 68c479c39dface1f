namespace Rdd.Domain.Validation;

/// <summary>
/// Where each element of a report was written. A loader that reads files fills it, so that every diagnostic the
/// validator gives points at a file, a line and a column.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<ElementRef, SourceLocation> _locations = [];
    private readonly Dictionary<ElementRef, SourceLocation> _repeats = [];

    /// <summary>A map that knows no location.</summary>
    public static SourceMap Empty { get; } = new();

    /// <summary>The number of locations recorded.</summary>
    public int Count => _locations.Count;

    /// <summary>
    /// Records where an element, or one of its attributes, was written. The first record wins; the second is kept apart,
    /// for the diagnostic of an id used twice (<see cref="FindRepeat"/>).
    /// </summary>
    /// <param name="element">The element.</param>
    /// <param name="location">Its location.</param>
    /// <exception cref="InvalidOperationException">The map is <see cref="Empty"/>.</exception>
    public void Add(ElementRef element, SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentNullException.ThrowIfNull(location);
        if (ReferenceEquals(this, Empty))
        {
            throw new InvalidOperationException("The empty source map is shared and cannot be written.");
        }

        if (!_locations.TryAdd(element, location))
        {
            _repeats.TryAdd(element, location);
        }
    }

    /// <summary>Where an element recorded more than once was recorded the second time, else null.</summary>
    /// <param name="element">The element, or one of its attributes.</param>
    /// <returns>The second location recorded for exactly this reference.</returns>
    public SourceLocation? FindRepeat(ElementRef? element) => element is null ? null : _repeats.GetValueOrDefault(element);

    /// <summary>The location of an element's attribute, else of the element, else null.</summary>
    /// <param name="element">The element.</param>
    /// <returns>The most precise location known.</returns>
    public SourceLocation? Find(ElementRef? element)
    {
        if (element is null)
        {
            return null;
        }

        return _locations.GetValueOrDefault(element) ?? (element.Attribute is null ? null : _locations.GetValueOrDefault(element.WithoutAttribute));
    }
}
