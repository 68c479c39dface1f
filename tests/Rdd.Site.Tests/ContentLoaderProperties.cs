using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Rdd.Site.Content;

namespace Rdd.Site.Tests;

/// <summary>
/// Random damage to the fixture's files (lines deleted or duplicated, a file cut short, characters swapped, YAML and
/// Markdown punctuation inserted) never makes <see cref="ContentChecker.Check"/> throw: it returns diagnostics or years.
/// Set RDD_PROPERTY_RUNS for more than the default 100 cases.
/// </summary>
public sealed class ContentLoaderProperties
{
    private const int DefaultRuns = 100;

    private static readonly string[] Inserted = [":", "-", "#", "{", "}", "[", "]", "\"", "'", "|", ">", "&", "*", "!", "%", "@", "`", "\t", "\r"];

    private static readonly Lazy<string[]> Files = new(() =>
        Directory.EnumerateFiles(TempContent.FixtureRoot, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(TempContent.FixtureRoot, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("schemas/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray());

    private enum Kind
    {
        DeleteLine,
        DuplicateLine,
        Cut,
        Swap,
        Insert,
    }

    [Fact]
    public void Check_RandomlyDamagedFixture_NeverThrowsAndReturnsDiagnosticsOrYears()
    {
        var runs = int.TryParse(Environment.GetEnvironmentVariable("RDD_PROPERTY_RUNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultRuns;
        var mutation =
            from file in Gen.Elements(Files.Value)
            from kind in Gen.Elements(Enum.GetValues<Kind>())
            from a in Gen.Choose(0, 1_000_000)
            from b in Gen.Choose(0, 1_000_000)
            from inserted in Gen.Elements(Inserted)
            select new Mutation(file, kind, a, b, inserted);
        var mutations = Gen.ListOf(mutation).Where(l => l.Count > 0).Select(l => l.Take(3).ToList());

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(runs), Prop.ForAll(mutations.ToArbitrary(), Holds));
    }

    private static bool Holds(List<Mutation> mutations)
    {
        using var content = new TempContent();
        foreach (var mutation in mutations)
        {
            content.Write(mutation.File, mutation.Apply(content.Read(mutation.File)));
        }

        var check = ContentChecker.Check(content.Root);

        Assert.True(check.Result.Diagnostics.Count > 0 || check.Content.Years.Count > 0, "Neither a diagnostic nor a year.");
        foreach (var diagnostic in check.Result.Diagnostics.Where(d => d.Location is { Line: > 0 } && content.Exists(d.Location.Path)))
        {
            var lines = content.Read(diagnostic.Location!.Path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r').Length;
            Assert.True(diagnostic.Location.Line <= lines + 1, $"{diagnostic} points past the end of the file ({lines} lines).");
        }

        return true;
    }

    private sealed record Mutation(string File, Kind Kind, int A, int B, string Inserted)
    {
        public string Apply(string text)
        {
            var lines = text.Split('\n').ToList();
            switch (Kind)
            {
                case Kind.DeleteLine:
                    lines.RemoveAt(A % lines.Count);
                    return string.Join('\n', lines);
                case Kind.DuplicateLine:
                    lines.Insert(A % lines.Count, lines[A % lines.Count]);
                    return string.Join('\n', lines);
                case Kind.Cut:
                    return text[..(A % (text.Length + 1))];
                case Kind.Swap when text.Length > 1:
                    var chars = text.ToCharArray();
                    (chars[A % chars.Length], chars[B % chars.Length]) = (chars[B % chars.Length], chars[A % chars.Length]);
                    return new string(chars);
                case Kind.Insert:
                    return text.Insert(A % (text.Length + 1), Inserted);
                default:
                    return text;
            }
        }

        public override string ToString() => $"{Kind} in {File} at {A}/{B}{(Kind == Kind.Insert ? $" « {Inserted} »" : string.Empty)}";
    }
}
