using FsCheck;
using FsCheck.Fluent;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Site.Content.Editing;

namespace Rdd.Site.Tests.Content.Editing;

/// <summary>
/// Random edits through the editor's model on the default content's section files: the file differs from the original
/// only in the lines of the edited element, and reading it back gives the edited model.
/// </summary>
public sealed class SectionTextProperties
{
    private const int Runs = 300;

    private static readonly string Root = Path.Combine(RepositoryRoot.Path, "content");

    private static readonly IReadOnlyList<(string Path, string Text)> Files = Directory
        .EnumerateFiles(Path.Combine(Root, "2024"), "*.md", SearchOption.AllDirectories)
        .Where(f => Path.GetFileName(f) != "partie.md" && Path.GetFileName(Path.GetDirectoryName(f)!).StartsWith("partie-", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(f => (Path.GetRelativePath(Root, f).Replace('\\', '/'), File.ReadAllText(f)))
        .ToList();

    private static readonly string[] Words = ["Plan", "vélo", "école", "eau", "l'Agglo", "compost", "réseau", "chaleur", "solidaire", "2025", "jardins", "partagés"];

    private static readonly string[] Names = ["Région Occitanie", "ADEME", "CAF de l'Aude", "Leuc", "Cavanac"];

    private static Gen<string> Title => Gen.Elements(Words).ListOf().Where(w => w.Count is > 0 and < 7)
        .Select(w => char.ToUpperInvariant(w[0][0]) + string.Join(' ', w)[1..]);

    private static Gen<string> Body => Gen.OneOf(
        Gen.Constant(string.Empty),
        Gen.Elements(Words).NonEmptyListOf().Select(w => string.Join(' ', w) + "."),
        Gen.Elements(Words).NonEmptyListOf().Select(w => "- " + string.Join("\n- ", w)));

    private static Gen<ReportAction> Edit(ReportAction action) =>
        from title in Gen.OneOf(Gen.Constant(action.Title), Title)
        from body in Gen.OneOf(Gen.Constant(action.Body), Body)
        from finalities in Gen.SubListOf(Finalities.All.Select(f => f.Code).ToArray())
        from progress in Gen.Elements(new Progress?[] { null }.Concat(Enum.GetValues<Progress>().Cast<Progress?>()).ToArray())
        from odd in Gen.SubListOf(Enumerable.Range(1, 17).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray())
        from partners in Gen.SubListOf(Names)
        from keepTerms in Gen.Elements(true, false)
        select action with
        {
            Title = title,
            Body = body,
            Finalities = finalities.ToList(),
            Progress = progress,
            Terms = [.. keepTerms ? action.Terms.Where(t => t.Taxonomy != "odd") : [], .. odd.Select(o => new TermReference("odd", o))],
            Partners = partners.ToList(),
        };

    [Fact]
    public void AnyEdit_ChangesOnlyTheLinesOfItsElement_AndReadsBackAsTheEditedModel()
    {
        var edits = from file in Gen.Elements(Files.ToArray())
                    let section = SectionText.Read(Root, file.Path, file.Text)
                    where section.Section!.Actions.Count > 0
                    from index in Gen.Choose(0, section.Section!.Actions.Count - 1)
                    from kind in Gen.Choose(0, 5)
                    from edited in Edit(section.Section!.Actions[index])
                    from header in Title
                    select (section, index, kind, edited, header);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), Prop.ForAll(edits.ToArbitrary(), sample =>
        {
            var (section, index, kind, edited, header) = sample;
            var before = section.Section!;
            var id = before.Actions[index].Id;
            var (first, last) = section.LinesOf(id)!.Value;
            var next = index + 1 < before.Actions.Count ? section.LinesOf(before.Actions[index + 1].Id)!.Value : (First: 0, Last: 0);
            var previous = index > 0 ? section.LinesOf(before.Actions[index - 1].Id)!.Value : (First: 0, Last: 0);
            var added = new ReportAction { Id = "nouvelle-action-editeur", Title = edited.Title, Body = edited.Body, Finalities = edited.Finalities };
            List<ReportAction> actions = [.. before.Actions];
            var (text, expected, allowed) = kind switch
            {
                0 => (section.EditAction(id, edited), before with { Actions = Replace(actions, index, edited) }, (first, last)),
                1 => (section.DeleteAction(id), before with { Actions = actions.Where((_, i) => i != index).ToList() }, (first, next.First > 0 ? next.First - 1 : int.MaxValue)),
                2 => (section.AddAction(added, id), before with { Actions = actions.Take(index + 1).Append(added).Concat(actions.Skip(index + 1)).ToList() }, (last, last)),
                3 when index > 0 => (section.MoveAction(id, down: false), before with { Actions = Swap(actions, index - 1, index) }, (previous.First, last)),
                4 when next.First > 0 => (section.MoveAction(id, down: true), before with { Actions = Swap(actions, index, index + 1) }, (first, next.Last)),
                _ => (section.EditHeader(before with { Title = header, DefaultFinalities = edited.Finalities }), before with { Title = header, DefaultFinalities = edited.Finalities }, (2, section.FrontMatterEnd)),
            };

            var (changedFirst, changedLast) = ChangedLines(section.Text, text);
            Assert.True(changedFirst > changedLast || (changedFirst >= allowed.Item1 && changedLast <= allowed.Item2), $"{section.Path}, edit {kind} of « {id} »: lines {changedFirst}–{changedLast} changed, only {allowed.Item1}–{allowed.Item2} may.\n{text}");
            var reread = SectionText.Read(Root, section.Path, text);
            Assert.Empty(reread.Diagnostics.Where(d => d.Severity == Rdd.Domain.Validation.Severity.Error).Except(section.Diagnostics));
            Assert.True(ReportComparer.Structural.Equals(expected, reread.Section), $"{section.Path}, edit {kind} of « {id} » does not read back as the edited model.\n{text}");
        }));
    }

    /// <summary>The first and last lines (from 1) of the original that differ from the new text, by the longest common start and end; first &gt; last when none do.</summary>
    private static (int First, int Last) ChangedLines(string before, string after)
    {
        var old = before.Split('\n');
        var now = after.Split('\n');
        var prefix = 0;
        while (prefix < old.Length && prefix < now.Length && old[prefix] == now[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < old.Length - prefix && suffix < now.Length - prefix && old[^(suffix + 1)] == now[^(suffix + 1)])
        {
            suffix++;
        }

        return (prefix + 1, old.Length - suffix);
    }

    private static List<ReportAction> Replace(List<ReportAction> actions, int index, ReportAction action) => actions.Select((a, i) => i == index ? action : a).ToList();

    private static List<ReportAction> Swap(List<ReportAction> actions, int a, int b)
    {
        var swapped = actions.ToList();
        (swapped[a], swapped[b]) = (swapped[b], swapped[a]);
        return swapped;
    }
}
