using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Rdd.Site.Content;
using Rdd.Site.Rendering;

namespace Rdd.Site.Tests.Content;

/// <summary>
/// Random damage to the attribute block of an action heading, to the markers of a heading, or to the syntax of an image
/// in a section of the default content is never published raw: either a diagnostic points at the damaged line, or no
/// page of the site built holds « {# », « ## » or « ![ ». The content folder is copied once; each case
/// damages one line of one section, checks, builds only when no diagnostic points there, and puts the file back.
/// </summary>
public sealed class MalformedSyntaxProperties : IDisposable
{
    /// <summary>A few dozen cases: each may build the whole site, and CI has two cores. Set RDD_PROPERTY_RUNS for more.</summary>
    private const int DefaultRuns = 40;

    private const string Image = "![Carte des pistes cyclables](../images/carte.png)";

    private static readonly string[] Raw = ["{#", "##", "!["];

    private readonly TempContent _content = new(Path.Combine(TempContent.RepoRoot, "content"));
    private readonly PageRenderer _renderer = new();
    private readonly string[] _sections;

    public MalformedSyntaxProperties()
    {
        _content.WriteBytes("2024/images/carte.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        _sections = Directory.EnumerateFiles(_content.FullPath("2024"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_content.Root, f).Replace('\\', '/'))
            .Where(f => f.Contains("/partie-", StringComparison.Ordinal) && !f.EndsWith("/partie.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>What is damaged: the attribute block, the heading's markers, or an image written in the text.</summary>
    private enum Target
    {
        AttributeBlock,
        HeadingMarkers,
        Image,
    }

    public void Dispose()
    {
        _content.Dispose();
        _renderer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Fact]
    public void Read_DamagedAttributeBlocksHeadingMarkersAndImages_AreReportedAtTheirLineOrNotPublishedRaw()
    {
        var cases =
            from target in Gen.Elements(Enum.GetValues<Target>())
            from section in Gen.Choose(0, _sections.Length - 1)
            from heading in Gen.Choose(0, 1_000)
            from damage in Gen.Choose(0, 1_000)
            from position in Gen.Choose(0, 1_000)
            select new Case(target, section, heading, damage, position);

        var runs = int.TryParse(Environment.GetEnvironmentVariable("RDD_PROPERTY_RUNS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultRuns;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(runs), Prop.ForAll(cases.ToArbitrary(), Holds));
    }

    private bool Holds(Case test)
    {
        var file = _sections[test.Section];
        var original = _content.Read(file);
        var (damaged, line) = test.Apply(original);
        try
        {
            _content.Write(file, damaged);
            var check = ContentChecker.Check(_content.Root);
            if (check.Result.Diagnostics.Any(d => d.Location is { } l && l.Path == file && l.Line >= line && l.Line <= line + 1))
            {
                return true;
            }

            var build = SiteGenerator.BuildAsync(_content.Root, new BuildOptions { Renderer = _renderer }).GetAwaiter().GetResult();
            if (build.Files is null)
            {
                // An error elsewhere (a reference to an id the damage changed): nothing is published.
                return true;
            }

            foreach (var page in build.Files.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
            {
                var html = Encoding.UTF8.GetString(build.Files[page]);
                foreach (var raw in Raw)
                {
                    var at = html.IndexOf(raw, StringComparison.Ordinal);
                    Assert.True(at < 0, $"{test}: « {raw} » published in {page} (…{html[Math.Max(0, at - 80)..Math.Min(html.Length, at + 80)]}…), with no diagnostic at line {line} of {file}.");
                }
            }

            return true;
        }
        finally
        {
            _content.Write(file, original);
        }
    }

    /// <summary>One damage: <see cref="Damage"/> picks how, <see cref="Position"/> where in the line.</summary>
    private sealed record Case(Target Target, int Section, int Heading, int Damage, int Position)
    {
        /// <summary>The damaged text and the (1-based) line damaged.</summary>
        public (string Text, int Line) Apply(string text)
        {
            var lines = text.Split('\n').ToList();
            var headings = Enumerable.Range(0, lines.Count).Where(i => lines[i].StartsWith("## ", StringComparison.Ordinal)).ToList();
            if (headings.Count == 0)
            {
                return (text, 1);
            }

            var index = headings[Heading % headings.Count];
            if (Target == Target.Image)
            {
                // An image, written right, in the text of the action, then damaged.
                lines.Insert(index + 1, string.Empty);
                lines.Insert(index + 2, Image);
                index += 2;
            }

            lines[index] = Target switch
            {
                Target.AttributeBlock => DamageBlock(lines[index]),
                Target.HeadingMarkers => DamageMarkers(lines[index]),
                _ => DamageImage(lines[index]),
            };
            return (string.Join('\n', lines), index + 1);
        }

        private string DamageBlock(string line)
        {
            var open = line.LastIndexOf('{');
            if (open < 0)
            {
                return line;
            }

            var inside = open + 1 + (Position % Math.Max(1, line.Length - open - 1));
            return (Damage % 9) switch
            {
                0 => line.Remove(line.LastIndexOf('}'), 1),
                1 => line.Remove(open, 1),
                2 => line[..open].TrimEnd() + "\n" + line[open..],
                3 => line + " suite",
                4 => line.Insert(inside, " "),
                5 => line.Remove(inside, 1),
                6 => line[..open] + line[open..] + " " + line[open..],
                7 => line.Insert(open, "{"),
                _ => line.Replace("{#", "{", StringComparison.Ordinal),
            };
        }

        private string DamageMarkers(string line) => (Damage % 7) switch
        {
            0 => "##" + line[3..],
            1 => "#" + line,
            2 => line[1..],
            3 => line[3..],
            4 => "    " + line,
            5 => "\t" + line,
            _ => "###" + line[3..],
        };

        private string DamageImage(string line)
        {
            var at = Position % line.Length;
            return (Damage % 8) switch
            {
                0 => line.Remove(line.IndexOf('!', StringComparison.Ordinal), 1),
                1 => line.Remove(line.IndexOf(']', StringComparison.Ordinal), 1),
                2 => line.Remove(line.IndexOf('(', StringComparison.Ordinal), 1),
                3 => line.Remove(line.IndexOf(')', StringComparison.Ordinal), 1),
                4 => line.Replace("](", "] (", StringComparison.Ordinal),
                5 => line.Replace("carte.png", "Carte des pistes.PNG", StringComparison.Ordinal),
                6 => "    " + line,
                _ => line.Insert(at, " "),
            };
        }
    }
}
