using FsCheck;
using FsCheck.Fluent;
using Rdd.Site.Content;

namespace Rdd.Site.Tests.Content;

/// <summary>The lines of a body, cut out of it, are those that splitting it at line feeds gives.</summary>
public sealed class BodyLinesTests
{
    [Fact]
    public void GetAndTrimmed_AnyLines_EqualTheSplitLinesJoinedAndTrimmed()
    {
        var bodies = Gen.Elements(' ', '\n', 'a', 'é', '\t').ArrayOf().Select(chars => new string(chars));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(bodies.ToArbitrary(), body =>
        {
            var split = body.Split('\n');
            var lines = new BodyLines(body);
            return lines.Count == split.Length
                && Enumerable.Range(0, split.Length + 1).All(from => Enumerable.Range(from, split.Length + 1 - from).All(to =>
                    lines.Get(from, to) == string.Join('\n', split[from..to]) && lines.Trimmed(from, to) == string.Join('\n', split[from..to]).Trim()));
        }));
    }

    [Theory]
    [InlineData("un\ndeux\ntrois", 0, 0)]
    [InlineData("un\ndeux\ntrois", 2, 0)]
    [InlineData("un\ndeux\ntrois", 3, 1)]
    [InlineData("un\ndeux\ntrois", 8, 2)]
    public void LineOf_AnyOffset_IsTheLineThatHoldsIt(string body, int offset, int line) =>
        Assert.Equal(line, new BodyLines(body).LineOf(offset));
}
