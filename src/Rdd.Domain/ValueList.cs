using System.Collections;

namespace Rdd.Domain;

/// <summary>
/// An immutable list with value equality: two lists are equal when they hold equal items in the same order.
/// </summary>
/// <remarks>
/// Domain records expose their collections as <see cref="IReadOnlyList{T}"/> and store them as
/// <see cref="ValueList{T}"/>, so that the compiler-generated record equality compares contents rather than
/// references. This is what makes "a report read back from JSON equals the report written" a checkable promise.
/// </remarks>
/// <typeparam name="T">The type of the items.</typeparam>
public sealed class ValueList<T> : IReadOnlyList<T>, ICollection<T>, IEquatable<ValueList<T>>
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

    /// <summary>Always true: the list never changes.</summary>
    bool ICollection<T>.IsReadOnly => true;

    /// <summary>
    /// Whether the list holds <paramref name="item"/> (by <see cref="EqualityComparer{T}.Default"/>). Through
    /// <see cref="ICollection{T}"/>, <c>Enumerable.Contains</c>, <c>ToList</c> and <c>ToArray</c> read the array
    /// directly instead of enumerating it: « does this action serve this finalité? » is asked on every page.
    /// </summary>
    /// <param name="item">The item.</param>
    /// <returns>True when it is in the list.</returns>
    public bool Contains(T item) => Array.IndexOf(_items, item) >= 0;

    /// <summary>Copies the items into <paramref name="array"/> from <paramref name="arrayIndex"/>.</summary>
    /// <param name="array">The destination.</param>
    /// <param name="arrayIndex">Where the first item goes.</param>
    public void CopyTo(T[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    void ICollection<T>.Add(T item) => throw new NotSupportedException("A ValueList never changes.");

    void ICollection<T>.Clear() => throw new NotSupportedException("A ValueList never changes.");

    bool ICollection<T>.Remove(T item) => throw new NotSupportedException("A ValueList never changes.");

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
