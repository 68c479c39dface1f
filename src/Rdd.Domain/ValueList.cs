using System.Collections;

namespace Rdd.Domain;

/// <summary>
/// An immutable list with value equality: two lists are equal when they hold equal items in the same order.
/// </summary>
/// <remarks>
/// <para>
/// Domain records expose their collections as <see cref="IReadOnlyList{T}"/> and store them as
/// <see cref="ValueList{T}"/>, so that the compiler-generated equality of a value (a key figure, a budget, a
/// taxonomy, a legal text) compares the contents of its lists rather than their references.
/// </para>
/// <para>
/// Items are compared with their own equality. The report's entities (<see cref="Reports.Report"/>,
/// <see cref="Reports.Part"/>, <see cref="Reports.Section"/>, <see cref="Reports.ReportAction"/>) are equal only to
/// themselves, so a list of sections compares references and never walks the actions under them; their content is
/// compared by <see cref="Reports.ReportComparer.Structural"/>, which says why.
/// </para>
/// </remarks>
/// <typeparam name="T">The type of the items.</typeparam>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items, in order.</param>
    /// <returns>The same instance when <paramref name="items"/> is already a <see cref="ValueList{T}"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static ValueList<T> From(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items is ValueList<T> list)
        {
            return list;
        }

        var array = items.ToArray();
        return array.Length == 0 ? Empty : new ValueList<T>(array);
    }

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}

/// <summary>Factory helpers for <see cref="ValueList{T}"/>.</summary>
public static class ValueList
{
    /// <summary>Creates a <see cref="ValueList{T}"/> from a sequence, or the empty list when it is null.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="items">The items; null is read as no items.</param>
    /// <returns>An immutable list with value equality.</returns>
    public static ValueList<T> From<T>(IEnumerable<T>? items) => items is null ? ValueList<T>.Empty : ValueList<T>.From(items);

    /// <summary>Creates a <see cref="ValueList{T}"/> from the given items.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>An immutable list with value equality.</returns>
    public static ValueList<T> Of<T>(params T[] items) => ValueList<T>.From(items);
}
