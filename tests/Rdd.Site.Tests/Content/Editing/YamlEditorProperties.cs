using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Rdd.Site.Content;
using Rdd.Site.Content.Editing;

namespace Rdd.Site.Tests.Content.Editing;

/// <summary>
/// Random edits through the forms' model (<see cref="YamlForm"/>) on the default content's YAML files (content/site.yml,
/// content/2024/*.yml, content/2024/strategie/*.yml): a value set, a key removed, a row added, removed or moved. After
/// each, only the edited node's lines differ from the file's, and the loader's reader (<see cref="MappingReader"/>)
/// reads the edited value back. Set RDD_PROPERTY_RUNS for more than the default 500 cases.
/// </summary>
public sealed class YamlEditorProperties
{
    private const int DefaultRuns = 500;

    /// <summary>Values that YAML would read as something else, or could not read, if written as they are.</summary>
    private static readonly string[] Texts =
    [
        "non communiqué", "oui", "1 234", "12:30", "#x", "yes", "No", "null", "~", "true", "2024", "-52", "0x1F", "1e3", ".5",
        "2024-01-01", "a: b", "voir # ici", "- tiret", "[crochet]", "{accolade}", "d'apostrophe", "dit \"non\"", "% pour cent",
        "@arobase", "&ancre", "*étoile", "!point", "| barre", "> chevron", "`accent`", "?question", "fin:", "Zoé et « guillemets »",
        "espace\u00a0insécable", "ligne 1\nligne 2", "premier\n\ntroisième", "tab\tulation", "barre \\ oblique",
    ];

    private static readonly string[] Numbers = ["0", "12", "2.5", "1850", "-3", "1000000"];

    private static readonly (string File, YamlForm Form)[] Files = DataFiles();

    private enum Kind
    {
        Set,
        Remove,
        AddRow,
        RemoveRow,
        MoveRow,
    }

    [Fact]
    public void Edit_RandomEditsOfTheDefaultContent_ChangeOnlyTheEditedNodesLinesAndReadBack()
    {
        var runs = int.TryParse(Environment.GetEnvironmentVariable("RDD_PROPERTY_RUNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultRuns;
        var cases =
            from file in Gen.Choose(0, Files.Length - 1)
            from kind in Gen.Elements(Enum.GetValues<Kind>())
            from place in Gen.Choose(0, 1_000_000)
            from text in Gen.Elements(Texts)
            from number in Gen.Elements(Numbers)
            from other in Gen.Choose(0, 1_000_000)
            select new Case(file, kind, place, text, number, other);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(runs), Prop.ForAll(cases.ToArbitrary(), Holds));
    }

    private static bool Holds(Case edit)
    {
        var (file, form) = Files[edit.File];
        var text = File.ReadAllText(Path.Combine(TempContent.RepoRoot, "content", file));
        var document = YamlEditor.Parse(text)!;
        var places = Places(document, form, []).ToList();
        var fields = places.Where(p => p.Field.Kind is not (FormFieldKind.Group or FormFieldKind.Rows or FormFieldKind.TextList or FormFieldKind.YearValues)).ToList();
        var tables = places.Where(p => p.Field.Kind == FormFieldKind.Rows && document.Find(p.Path) is YamlSequenceSpan { Items.Count: > 0 }).ToList();
        switch (tables.Count == 0 && edit.Kind >= Kind.AddRow ? Kind.Set : edit.Kind)
        {
            case Kind.Set:
            {
                var (path, field, mapping) = fields[edit.Place % fields.Count];
                var typed = field.Kind is FormFieldKind.Integer or FormFieldKind.Number ? edit.Number : field.Kind == FormFieldKind.Choice ? field.Choices![edit.Other % field.Choices.Count] : edit.Text;
                var edited = document.Set(path, field.Value(typed)!, mapping.Order);
                var node = document.Find(path);
                var entry = document.Find(path.Take(path.Count - 1).ToList()) as YamlMappingSpan;
                var key = entry?.Find(field.Key)?.Key;
                AssertChangedWithin(text, edited, node is null || key is null ? null : (Line(text, key.Start), Line(text, node.End)), inserted: node is null);
                AssertReadBack(edited, form, path, field, typed);
                return true;
            }

            case Kind.Remove:
            {
                var present = fields.Where(f => !f.Field.Required && document.Find(f.Path) is not null).ToList();
                if (present.Count == 0)
                {
                    return true;
                }

                var (path, field, _) = present[edit.Place % present.Count];
                var key = ((YamlMappingSpan)document.Find(path.Take(path.Count - 1).ToList())!).Find(field.Key)!;
                var edited = document.Remove(path);
                AssertChangedWithin(text, edited, (Line(text, key.Key.Start), Line(text, key.Value.End)), inserted: false);
                Assert.Null(YamlEditor.Parse(edited)!.Find(path));
                return true;
            }

            case Kind.AddRow:
            {
                var (path, field, mapping) = tables[edit.Place % tables.Count];
                var item = field.Item!;
                var typed = item.Fields.Where(f => f.Required && f.Kind is not (FormFieldKind.Group or FormFieldKind.Rows))
                    .ToDictionary(f => f.Key, f => f.Kind is FormFieldKind.Integer or FormFieldKind.Number ? edit.Number : f.Kind == FormFieldKind.Choice ? f.Choices![0] : edit.Text);
                var count = ((YamlSequenceSpan)document.Find(path)!).Items.Count;
                var index = edit.Other % (count + 1);
                var edited = document.Add(path, item.Row(typed), index, mapping.Order);
                AssertChangedWithin(text, edited, null, inserted: true);
                foreach (var (key, value) in typed)
                {
                    AssertReadBack(edited, form, [.. path, index, key], item[key], value);
                }

                return true;
            }

            case Kind.RemoveRow:
            {
                var (path, _, _) = tables[edit.Place % tables.Count];
                var rows = (YamlSequenceSpan)document.Find(path)!;
                var index = edit.Other % rows.Items.Count;
                var entry = ((YamlMappingSpan)document.Find(path.Take(path.Count - 1).ToList())!).Find(path[^1].Key!)!;
                var first = rows.Items.Count == 1 ? Line(text, entry.Key.Start) : Line(text, rows.Items[index].Start);
                var edited = document.Remove([.. path, index]);
                AssertChangedWithin(text, edited, (first, Line(text, rows.Items[index].End)), inserted: false);
                Assert.Equal(rows.Items.Count - 1, (YamlEditor.Parse(edited)!.Find(path) as YamlSequenceSpan)?.Items.Count);
                return true;
            }

            default:
            {
                var (path, _, _) = tables[edit.Place % tables.Count];
                var rows = (YamlSequenceSpan)document.Find(path)!;
                var from = edit.Place / tables.Count % rows.Items.Count;
                var to = edit.Other % rows.Items.Count;
                var edited = document.Move(path, from, to);
                var low = Math.Min(from, to);
                var high = Math.Max(from, to);
                AssertChangedWithin(text, edited, (Line(text, rows.Items[low].Start), Line(text, rows.Items[high].End)), inserted: false);
                var moved = YamlEditor.Parse(edited)!;
                Assert.Equal(FormField.Display(rows.Items[from]), FormField.Display(moved.Find([.. path, to])));
                return true;
            }
        }
    }

    /// <summary>
    /// The lines that differ are within <paramref name="lines"/> of the old text (1-based, inclusive); for an insertion
    /// (a new key or row), the old text's lines all stay, but for the one that carries the dash or the key it joins.
    /// </summary>
    private static void AssertChangedWithin(string before, string after, (int First, int Last)? lines, bool inserted)
    {
        var (first, last) = LineDiff.Changed(before, after);
        var changedOld = last - first + 1;
        if (inserted)
        {
            Assert.True(changedOld <= 1, $"An insertion changed {changedOld} lines of the file:\n{after}");
            return;
        }

        Assert.True(changedOld == 0 || (first >= lines!.Value.First && last <= lines.Value.Last),
            $"Lines {first} to {last} changed, outside lines {lines!.Value.First} to {lines.Value.Last} of the edited node:\n{after}");
    }

    /// <summary>The loader's reader gives back the value typed, at its place.</summary>
    private static void AssertReadBack(string text, YamlForm form, IReadOnlyList<YamlStep> path, FormField field, string typed)
    {
        var bag = new DiagnosticBag();
        var source = SourceText.Decode("edite.yml", System.Text.Encoding.UTF8.GetBytes(text), bag)!;
        var reader = MappingReader.Parse(source, text, 1, form.Shape, bag);
        var i = 0;
        while (i < path.Count - 1 && reader is not null)
        {
            var row = path[i + 1].Key is null;
            reader = row ? reader.Objects(path[i].Key!)[path[i + 1].Index] : reader.Object(path[i].Key!);
            i += row ? 2 : 1;
        }

        Assert.NotNull(reader);
        Assert.DoesNotContain(bag.Items, d => d.Code == "RDD2010");
        var expected = field.Value(typed) switch
        {
            YamlValue.Text t => t.Value,
            var other => ((YamlValue.Typed)other!).Value,
        };
        if (field.Kind is FormFieldKind.Integer or FormFieldKind.Number)
        {
            Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), reader.Number(field.Key));
        }
        else
        {
            Assert.Equal(expected, reader.Text(field.Key));
        }
    }

    private static IEnumerable<(IReadOnlyList<YamlStep> Path, FormField Field, YamlForm Mapping)> Places(YamlEditor document, YamlForm form, List<YamlStep> path)
    {
        foreach (var field in form.Fields)
        {
            var at = path.Append(field.Key).ToList();
            yield return (at, field, form);
            if (field.Kind == FormFieldKind.Group && document.Find(at) is YamlMappingSpan)
            {
                foreach (var inner in Places(document, field.Item!, at))
                {
                    yield return inner;
                }
            }
            else if (field.Kind == FormFieldKind.Rows && document.Find(at) is YamlSequenceSpan rows)
            {
                for (var i = 0; i < rows.Items.Count; i++)
                {
                    foreach (var inner in Places(document, field.Item!, [.. at, i]))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }

    private static int Line(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static (string, YamlForm)[] DataFiles()
    {
        var root = Path.Combine(TempContent.RepoRoot, "content");
        return [.. Directory.GetFiles(root, "*.yml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("schemas/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, YamlForm.For(f) ?? throw new InvalidOperationException($"{f} has no form.")))];
    }

    private sealed record Case(int File, Kind Kind, int Place, string Text, string Number, int Other);
}
