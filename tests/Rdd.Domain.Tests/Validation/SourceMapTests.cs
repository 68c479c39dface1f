using Rdd.Domain.Validation;

namespace Rdd.Domain.Tests.Validation;

public sealed class SourceMapTests
{
    private static readonly ElementRef Action = new(ElementKind.Action, "compteurs-eau");

    [Fact]
    public void Find_AttributeNotRecorded_FallsBackToTheElement()
    {
        var map = new SourceMap();
        var location = new SourceLocation("2024/partie-1/02-eau.md", 7, 1);
        map.Add(Action, location);

        Assert.Equal(location, map.Find(Action.At("finalites")));
    }

    [Fact]
    public void Find_AttributeRecorded_IsMorePreciseThanTheElement()
    {
        var map = new SourceMap();
        map.Add(Action, new SourceLocation("a.md", 7, 1));
        map.Add(Action.At("finalites"), new SourceLocation("a.md", 7, 40));

        Assert.Equal(40, map.Find(Action.At("finalites"))?.Column);
    }

    [Fact]
    public void FindRepeat_ElementRecordedTwice_IsTheSecondPlaceWhileFindKeepsTheFirst()
    {
        var map = new SourceMap();
        map.Add(Action, new SourceLocation("a.md", 7, 1));
        map.Add(Action, new SourceLocation("b.md", 3, 1));
        map.Add(Action, new SourceLocation("c.md", 9, 1));

        Assert.Equal(new SourceLocation("a.md", 7, 1), map.Find(Action));
        Assert.Equal(new SourceLocation("b.md", 3, 1), map.FindRepeat(Action));
        Assert.Null(map.FindRepeat(Action.At("finalites")));
        Assert.Null(map.FindRepeat(null));
    }

    [Fact]
    public void Find_UnknownElementOrNull_ReturnsNull()
    {
        var map = new SourceMap();
        map.Add(Action, new SourceLocation("a.md", 7, 1));

        Assert.Null(map.Find(new ElementRef(ElementKind.Action, "autre")));
        Assert.Null(map.Find(null));
    }

    [Fact]
    public void Add_SameElementTwice_KeepsTheFirstLocation()
    {
        var map = new SourceMap();
        map.Add(Action, new SourceLocation("first.md", 1));
        map.Add(Action, new SourceLocation("second.md", 2));

        Assert.Equal("first.md", map.Find(Action)?.Path);
        Assert.Equal(1, map.Count);
    }

    [Fact]
    public void Add_ToTheSharedEmptyMap_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => SourceMap.Empty.Add(Action, new SourceLocation("a.md")));
    }
}
