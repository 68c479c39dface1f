using Rdd.Domain.Reports;

namespace Rdd.Domain.Tests;

public sealed class ValueListTests
{
    [Fact]
    public void Equals_SameItemsInSameOrder_IsTrueWithSameHashCode()
    {
        var a = ValueList.Of("climat", "cohesion");
        var b = ValueList.From(new List<string> { "climat", "cohesion" });

        Assert.Equal(a, b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentOrderOrItems_IsFalse()
    {
        Assert.NotEqual(ValueList.Of("climat", "cohesion"), ValueList.Of("cohesion", "climat"));
        Assert.NotEqual(ValueList.Of("climat"), ValueList.Of("climat", "cohesion"));
        Assert.False(ValueList.Of("climat").Equals(null));
    }

    [Fact]
    public void Equals_RecordsHoldingEqualLists_AreEqual()
    {
        var a = new Section { Id = "s", Title = "S", DefaultFinalities = ["climat"] };
        var b = new Section { Id = "s", Title = "S", DefaultFinalities = new[] { "climat" } };

        Assert.Equal(a, b);
    }

    [Fact]
    public void From_Null_IsEmpty()
    {
        Assert.Same(ValueList<string>.Empty, ValueList.From<string>(null));
    }

    [Fact]
    public void From_ValueList_ReturnsTheSameInstance()
    {
        var list = ValueList.Of(1, 2);

        Assert.Same(list, ValueList<int>.From(list));
    }

    [Fact]
    public void From_MutableSource_CopiesTheItems()
    {
        var source = new List<int> { 1 };
        var list = ValueList.From(source);
        source.Add(2);

        Assert.Equal([1], list);
    }

    [Fact]
    public void ToString_ListsTheItems()
    {
        Assert.Equal("[a, b]", ValueList.Of("a", "b").ToString());
    }

    [Fact]
    public void A_value_list_is_a_collection_that_never_changes()
    {
        ICollection<string> list = ValueList.Of("climat", "cohesion");

        Assert.True(list.IsReadOnly);
        Assert.True(list.Contains("cohesion"));
        Assert.False(list.Contains("Climat"));
        var copy = new[] { "avant", string.Empty, string.Empty };
        list.CopyTo(copy, 1);
        Assert.Equal(new[] { "avant", "climat", "cohesion" }, copy);
        Assert.Throws<NotSupportedException>(() => list.Add("production"));
        Assert.Throws<NotSupportedException>(() => list.Remove("climat"));
        Assert.Throws<NotSupportedException>(list.Clear);
        Assert.Equal(["climat", "cohesion"], list);
    }
}
