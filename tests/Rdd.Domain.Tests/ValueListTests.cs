using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;

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
        var a = new Taxonomy { Id = "projet", Name = "Projet de territoire", Terms = [new Term { Code = "1", Label = "Axe 1" }] };
        var b = new Taxonomy { Id = "projet", Name = "Projet de territoire", Terms = new[] { new Term { Code = "1", Label = "Axe 1" } } };

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
    public void ValueList_PublicSurface_OffersNoWayToChangeIt()
    {
        var type = typeof(ValueList<string>);

        Assert.False(typeof(ICollection<string>).IsAssignableFrom(type));
        Assert.False(typeof(System.Collections.IList).IsAssignableFrom(type));
        Assert.All(type.GetProperties(), p => Assert.False(p.CanWrite, $"{p.Name} can be written."));
    }
}
