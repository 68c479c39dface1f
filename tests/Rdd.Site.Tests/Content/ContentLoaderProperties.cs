using System.Diagnostics;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Rdd.Site.Content;
using Rdd.Site.Tests.Hardening;

namespace Rdd.Site.Tests.Content;

/// <summary>
/// Random damage to the files of the fixture and of the default content (lines deleted or duplicated, a file cut short,
/// characters swapped, YAML and Markdown punctuation, raw HTML, very long or deeply nested lines inserted) never makes
/// <see cref="ContentChecker.Check"/> throw or hang: it returns diagnostics or years, within 10 seconds. Each content
/// folder is copied once; a case writes its damaged files over the copy and puts the originals back afterwards.
/// Set RDD_PROPERTY_RUNS for more than the default 1 000 cases.
/// </summary>
public sealed class ContentLoaderProperties : IDisposable
{
    private const int DefaultRuns = 1_000;

    private static readonly string[] Inserted =
    [
        ":", ": ", "-", "- ", "#", "## ", "{", "}", "[", "]", "\"", "'", "|", ">", "> ", "&", "*", "!", "%", "@", "`", "```",
        "\t", "\r", "\n", "---\n", "\n---\n", "? ", "!!str ", "&ancre ", "*ancre", "<<: ", "~", "\u00a0", "\u202f", "\ufeff", "\0",
        "{#", "{#id avancement=", "=", "\\", "![](", "](", "[a](", "\u00e9", "e\u0301", "😀", "\ud800",
    ];

    private static readonly string[] Html =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=\"https://exemple.invalid\"></iframe>",
        "<style>p{}</style>", "<div>", "</div>", "<!-- commentaire", "[lien](javascript:alert(1))", "![x](data:image/png;base64,AAAA)",
        "<javascript:alert(1)>", "<a href=\"javascript:alert(1)\">a</a>",
    ];

    private readonly Folder[] _folders =
    [
        new("commune-fictive", TempContent.FixtureRoot),
        new("content", Path.Combine(TempContent.RepoRoot, "content")),
    ];

    private enum Kind
    {
        DeleteLine,
        DuplicateLine,
        Cut,
        Swap,
        Insert,
        InsertHtml,
        InsertLongLine,
        InsertNesting,
        SwapLines,
    }

    public void Dispose()
    {
        foreach (var folder in _folders)
        {
            folder.Dispose();
        }
    }

    [Fact]
    public void Check_RandomlyDamagedContent_NeverThrowsNorHangsAndReturnsDiagnosticsOrYears()
    {
        var runs = int.TryParse(Environment.GetEnvironmentVariable("RDD_PROPERTY_RUNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultRuns;
        var mutation =
            from kind in Gen.Elements(Enum.GetValues<Kind>())
            from file in Gen.Choose(0, 1_000_000)
            from a in Gen.Choose(0, 1_000_000)
            from b in Gen.Choose(0, 1_000_000)
            from inserted in Gen.Elements(Inserted)
            from html in Gen.Elements(Html)
            select new Mutation(file, kind, a, b, kind == Kind.InsertHtml ? html : inserted);
        var cases =
            from folder in Gen.Choose(0, _folders.Length - 1)
            from mutations in Gen.ListOf(mutation).Where(l => l.Count > 0).Select(l => l.Take(3).ToList())
            select new Case(folder, mutations);

        var clock = Stopwatch.StartNew();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(runs), Prop.ForAll(cases.ToArbitrary(), Holds));
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), $"{runs} cases took {clock.Elapsed}");
    }

    /// <summary>
    /// A case the property found in CI: a tag « !!str » inserted in the taxonomies file made YamlDotNet's document model
    /// throw ArgumentException (« The current event is of an unsupported type »), which escaped the loader.
    /// </summary>
    [Fact]
    public void Check_ContentWithAMisplacedYamlTag_ReportsItInsteadOfThrowing() =>
        Assert.True(Holds(new Case(0,
        [
            new Mutation(820590, Kind.InsertHtml, 266519, 755857, "<!-- commentaire"),
            new Mutation(23875, Kind.Insert, 325684, 665898, ":"),
            new Mutation(793395, Kind.Insert, 895266, 267776, "!!str "),
        ])));

    private bool Holds(Case test)
    {
        var folder = _folders[test.Folder];
        var damaged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mutation in test.Mutations)
        {
            var file = folder.Files[mutation.File % folder.Files.Length];
            damaged[file] = mutation.Apply(damaged.GetValueOrDefault(file) ?? folder.Original(file));
        }

        try
        {
            foreach (var (file, text) in damaged)
            {
                folder.Content.Write(file, text);
            }

            var check = HostileInputTests.RunWithTimeout(() => ContentChecker.Check(folder.Content.Root));

            Assert.True(check.Result.Diagnostics.Count > 0 || check.Content.Years.Count > 0, "Neither a diagnostic nor a year.");
            foreach (var diagnostic in check.Result.Diagnostics.Where(d => d.Location is { Line: > 0 } && folder.Content.Exists(d.Location.Path)))
            {
                var text = damaged.GetValueOrDefault(diagnostic.Location!.Path) ?? folder.Original(diagnostic.Location.Path);
                var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r').Length;
                Assert.True(diagnostic.Location.Line <= lines + 1, $"{diagnostic} points past the end of the file ({lines} lines).");
            }

            return true;
        }
        finally
        {
            foreach (var file in damaged.Keys)
            {
                folder.Content.Write(file, folder.Original(file));
            }
        }
    }

    private sealed record Case(int Folder, List<Mutation> Mutations)
    {
        public override string ToString() => $"folder {Folder}: {string.Join("; ", Mutations)}";
    }

    /// <summary>A content folder copied once, with its text files read once.</summary>
    private sealed class Folder : IDisposable
    {
        private readonly Dictionary<string, string> _originals;

        public Folder(string name, string source)
        {
            Name = name;
            Content = new TempContent(source);
            Files = Directory.EnumerateFiles(Content.Root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Content.Root, f).Replace('\\', '/'))
                .Where(f => !f.StartsWith("schemas/", StringComparison.Ordinal) && (f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)))
                .Where(f => f != "README.md")
                .Order(StringComparer.Ordinal)
                .ToArray();
            _originals = Files.ToDictionary(f => f, Content.Read, StringComparer.Ordinal);
        }

        public string Name { get; }

        public TempContent Content { get; }

        public string[] Files { get; }

        public string Original(string file) => _originals[file];

        public void Dispose() => Content.Dispose();

        public override string ToString() => Name;
    }

    private sealed record Mutation(int File, Kind Kind, int A, int B, string Inserted)
    {
        public string Apply(string text)
        {
            var lines = text.Split('\n').ToList();
            var line = A % lines.Count;
            switch (Kind)
            {
                case Kind.DeleteLine:
                    lines.RemoveAt(line);
                    return string.Join('\n', lines);
                case Kind.DuplicateLine:
                    lines.Insert(line, lines[line]);
                    return string.Join('\n', lines);
                case Kind.SwapLines:
                    (lines[line], lines[B % lines.Count]) = (lines[B % lines.Count], lines[line]);
                    return string.Join('\n', lines);
                case Kind.Cut:
                    return text[..(A % (text.Length + 1))];
                case Kind.Swap when text.Length > 1:
                    var chars = text.ToCharArray();
                    (chars[A % chars.Length], chars[B % chars.Length]) = (chars[B % chars.Length], chars[A % chars.Length]);
                    return new string(chars);
                case Kind.Insert or Kind.InsertHtml:
                    return text.Insert(A % (text.Length + 1), Inserted);
                case Kind.InsertLongLine:
                    lines.Insert(line, new string((char)('a' + (B % 26)), 10_000 + (B % 20_000)));
                    return string.Join('\n', lines);
                case Kind.InsertNesting:
                    lines.Insert(line, string.Concat(Enumerable.Repeat(B % 2 == 0 ? "> " : "- ", 10 + (B % 400))) + "texte");
                    return string.Join('\n', lines);
                default:
                    return text;
            }
        }

        public override string ToString() => $"{Kind} in file #{File} at {A}/{B}{(Kind is Kind.Insert or Kind.InsertHtml ? $" « {Inserted} »" : string.Empty)}";
    }
}
